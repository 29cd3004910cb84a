"""`gxlint annotate`: the findings written into a copy of the report, where its author
reads it. A .docx gets Word comments anchored on the words each finding concerns; a
.pdf gets highlights with notes at their place on the page; a .doc or .wps, the .docx
LibreOffice converts it to, with the comments; a .txt or .html becomes a .docx of its
text with the comments. The original is never modified.

comment.py holds a finding's text as a comment says it, docx_comments.py writes them
into a Word file, pdf_notes.py into a PDF.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..diagnostic import Diagnostic


@dataclass(frozen=True, slots=True)
class Annotated:
    out: str
    placed: int         # findings anchored on their words
    general: int        # findings about the whole report, or not found in the document, at its start
    paged: int = 0      # findings whose page is known but not their words (a scanned page), on that page


def default_out(path: str) -> str:
    p = Path(path)
    suffix = ".pdf" if p.suffix.lower() == ".pdf" else ".docx"
    return str(p.with_name(p.stem + ".gxlint" + suffix))


def annotate(path: str, diagnostics: list[Diagnostic], text: str, layout, out: str, lang: str) -> Annotated:
    """Write `out`: the document at `path` with `diagnostics` (positions in `text`, the
    text extracted from it, and `layout`) as comments or notes."""
    from ..read import OFFICE_SUFFIXES

    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from .docx_comments import comment_docx

        return comment_docx(path, diagnostics, text, layout, out, lang)
    if suffix in OFFICE_SUFFIXES:            # a .doc or .wps: comments in the .docx LibreOffice makes of it
        from ..extract.office import as_docx
        from .docx_comments import comment_docx

        with as_docx(path, lang) as converted:
            return comment_docx(converted, diagnostics, text, layout, out, lang)
    if suffix == ".pdf":
        from .pdf_notes import note_pdf

        return note_pdf(path, diagnostics, text, layout, out, lang)
    from .docx_comments import text_to_docx

    return text_to_docx(diagnostics, text, out, lang)
