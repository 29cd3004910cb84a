"""Read: find the files to lint and turn each into text.

Text files: encodings are recognised from a BOM or by charset-normalizer restricted to
the encodings Chinese reports actually come in; a file that none of them decodes
cleanly is refused rather than guessed. Documents (.docx, .html, .pdf) are extracted
to the same kind of text (extract/), with their layout kept beside it.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .i18n import t

if TYPE_CHECKING:
    from .extract import Layout

# Formats people do submit that no maintained Python library reads: say how to convert.
REFUSED = {".doc": "extract.convert_doc", ".wps": "extract.convert_doc", ".dot": "extract.convert_doc",
           ".ofd": "extract.convert_ofd"}
TEXT_SUFFIXES = (".txt", ".md", ".text")
DOCUMENT_SUFFIXES = (".docx", ".html", ".htm", ".shtml", ".xhtml", ".pdf")
SUFFIXES = TEXT_SUFFIXES + DOCUMENT_SUFFIXES + tuple(REFUSED)
MAX_BYTES = 20 * 1024 * 1024

_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16", "big5hkscs"]


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    text: str | None
    encoding: str | None = None
    error: str | None = None
    layout: Layout | None = None


class ReadError(Exception):
    """A file that cannot be turned into text; the message is for the user."""


def collect(paths: list[str]) -> tuple[list[str], list[Source]]:
    """Expand folders into report files; missing paths become error sources."""
    found: list[str] = []
    errors: list[Source] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        p = Path(raw)
        if p.is_dir():
            found.extend(str(f) for f in sorted(p.rglob("*"))
                         if f.is_file() and f.suffix.lower() in SUFFIXES
                         and not any(part.startswith(".") for part in f.relative_to(p).parts))
        elif p.exists():
            found.append(raw)
        else:
            errors.append(Source(raw, None, error=t("read.missing")))
    return found, errors


def read_source(path: str, lang: str = "zh") -> Source:
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix in REFUSED:
            return Source(path, None, error=t(REFUSED[suffix], lang, suffix=suffix))
        if suffix in DOCUMENT_SUFFIXES:
            return _read_document(path, suffix, lang)
        data = sys.stdin.buffer.read() if path == "-" else _read_bytes(path, lang)
        text, encoding = decode(data, lang)
    except ReadError as exc:
        return Source(path, None, error=str(exc))
    except OSError as exc:
        return Source(path, None, error=t("read.oserror", lang, reason=exc.strerror or str(exc)))
    return Source(path, text, encoding)


def _read_document(path: str, suffix: str, lang: str) -> Source:
    # Imported here: a run over .txt files never pays for extract/, lxml, python-docx or pdfminer.
    from .extract import ExtractError

    try:
        if suffix == ".docx":
            from .extract.docx import extract_docx

            text, layout = extract_docx(path, lang)
            return Source(path, text, None, layout=layout)
        if suffix == ".pdf":
            from .extract.pdf import extract_pdf

            text, layout = extract_pdf(path, lang)
            return Source(path, text, None, layout=layout)
        from .extract.html import extract_html

        text, layout, encoding = extract_html(path, lang)
        return Source(path, text, encoding, layout=layout)
    except ExtractError as exc:
        raise ReadError(str(exc)) from None


def _read_bytes(path: str, lang: str) -> bytes:
    # Unbuffered, and one stat of the open file: a bulk run reads thousands, and
    # pathlib's and the buffer's layers cost more than the read itself.
    with open(path, "rb", buffering=0) as f:
        if os.fstat(f.fileno()).st_size > MAX_BYTES:
            raise ReadError(t("read.too_large", lang, limit=MAX_BYTES // (1024 * 1024)))
        return f.readall()


def decode(data: bytes, lang: str = "zh") -> tuple[str, str]:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError(t("read.empty", lang))
    for bom, enc in ((b"\xef\xbb\xbf", "utf_8_sig"), (b"\xff\xfe", "utf_16"), (b"\xfe\xff", "utf_16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ReadError(t("read.undecodable", lang)) from None
    if b"\x00" in data[:4096]:
        raise ReadError(t("read.binary", lang))
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 files need it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise ReadError(t("read.undecodable", lang))
    text = str(best)
    if _looks_binary(text):
        raise ReadError(t("read.binary", lang))
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > max(8, len(sample) // 50)
