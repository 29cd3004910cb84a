"""Read: find the files to lint and turn each into text.

Text files are decoded by decode.py. Documents (.docx, .html, .pdf) are extracted
to the same kind of text (extract/), with their layout kept beside it.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .decode import ReadError, decode
from .i18n import t

if TYPE_CHECKING:
    from .extract import Layout

TEXT_SUFFIXES = (".txt", ".md", ".text")
# Word 97–2003 and WPS documents: read as the .docx LibreOffice converts them to.
OFFICE_SUFFIXES = (".doc", ".wps", ".dot")
DOCUMENT_SUFFIXES = (".docx", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".ofd", *OFFICE_SUFFIXES)
SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str | None
    encoding: str | None = None
    error: str | None = None
    layout: Layout | None = None


def collect(paths: list[str], lang: str = "zh") -> tuple[list[str], list[Source]]:
    """Expand folders into report files (walk.py: never outside the folder); missing
    paths and entries that are not read become error sources."""
    from .walk import walk

    found: list[str] = []
    errors: list[Source] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            files, skipped = walk(p, SUFFIXES)
            found += files
            errors += [Source(s.path, None, error=t(f"walk.{s.why}", lang, reason=s.detail)) for s in skipped]
        elif p.exists():
            found.append(raw)
        else:
            errors.append(Source(raw, None, error=t("read.missing", lang)))
    return found, errors


def read_source(path: str, lang: str = "zh", data: bytes | None = None, progress: bool = False) -> Source:
    """The file as text (`data`: its bytes, already read, as standard input is;
    `progress`: a long read, a scan's OCR, shows how far it is on standard error)."""
    suffix = os.path.splitext(path)[1].lower()
    try:
        if path != "-" and data is None and not _regular(path):
            raise ReadError(t("walk.special", lang))
        if suffix in DOCUMENT_SUFFIXES:
            if data is not None:           # --stdin-filename names a document: its bytes are not on disk
                raise ReadError(t("read.stdin_document", lang, suffix=suffix))
            return _read_document(path, suffix, lang, progress)
        if data is None:
            data = read_stdin() if path == "-" else _read_bytes(path)
        if len(data) > MAX_BYTES:
            raise ReadError(t("read.too_large", lang, limit=MAX_BYTES // (1024 * 1024)))
        text, encoding = decode(data, lang)
    except ReadError as exc:
        return Source(path, None, error=str(exc))
    except OSError as exc:
        return Source(path, None, error=t("read.oserror", lang, reason=exc.strerror or str(exc)))
    return Source(path, text, encoding)


def _read_document(path: str, suffix: str, lang: str, progress: bool = False) -> Source:
    # Imported here: a run over .txt files never pays for extract/, lxml, python-docx or pdfminer.
    from .extract import ExtractError

    try:
        if suffix in OFFICE_SUFFIXES or (suffix == ".docx" and _binary_word(path)):
            from .extract.docx import extract_docx
            from .extract.office import as_docx

            with as_docx(path, lang) as converted:
                text, layout = extract_docx(converted, lang)
            return Source(path, text, None, layout=layout)
        if suffix == ".docx":
            from .extract.docx import extract_docx

            text, layout = extract_docx(path, lang)
            return Source(path, text, None, layout=layout)
        if suffix == ".ofd":
            from .extract.ofd import extract_ofd

            text, layout = extract_ofd(path, lang)
            return Source(path, text, None, layout=layout)
        if suffix == ".pdf":
            from .extract.pdf import extract_pdf

            text, layout = extract_pdf(path, lang, progress)
            return Source(path, text, None, layout=layout)
        from .extract.html import extract_html

        text, layout, encoding = extract_html(path, lang)
        return Source(path, text, encoding, layout=layout)
    except ExtractError as exc:
        raise ReadError(str(exc)) from None


def _binary_word(path: str) -> bool:
    """A .doc (or .wps) renamed .docx: an OLE compound file, not a zip."""
    from .extract.guard import OLE_MAGIC

    with open(path, "rb") as fh:
        return fh.read(len(OLE_MAGIC)) == OLE_MAGIC


def read_stdin() -> bytes:
    """Standard input's bytes, up to one past the limit, read where the run starts
    (worker processes have none)."""
    return sys.stdin.buffer.read(MAX_BYTES + 1)


def _regular(path: str) -> bool:
    """A regular file (or a link to one): a pipe, a device or a socket is not read."""
    import stat

    return stat.S_ISREG(os.stat(path).st_mode)


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read(MAX_BYTES + 1)       # bounded, whatever the file says its size is
