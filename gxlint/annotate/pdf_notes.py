"""Findings as PDF annotations (pypdf): a highlight over the finding's words, its text
as the highlight's note; a finding on a scanned page, which has no text to find its
words in, as a note at the top of that page; a finding about the whole report, or
whose words cannot be found, as a note at the top of page 1.

A finding's page is the page its line was read from (Layout.pages); its words are
looked for in that page's characters (pdfplumber), white space between them allowed,
as the n-th occurrence where the extracted text of that page holds n−1 before it.
"""
from __future__ import annotations

import bisect

import regex
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Text
from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

from ..atomic import temporary
from ..diagnostic import Diagnostic
from . import Annotated
from .comment import comment_text, covered

AUTHOR = "gxlint"
_NOTE_SIZE = 18


def note_pdf(path: str, diagnostics: list[Diagnostic], text: str, layout, out: str, lang: str) -> Annotated:
    import pdfplumber

    lines = text.split("\n")
    writer = PdfWriter(clone_from=PdfReader(path))
    placed = general = 0
    on_page: dict[int, int] = {}
    with pdfplumber.open(path) as pdf:
        for d in sorted(diagnostics, key=Diagnostic.sort_key):
            box = _box(d, lines, layout, pdf)
            note = comment_text(d, lang)
            page_no = layout.page_of(d.line) if box is None and layout is not None and d.line > 1 else None
            if page_no and layout.by_ocr(d.line) and 1 <= page_no <= len(writer.pages):
                # A scanned page has no text to find its words in: the note goes on its page.
                _general(writer, note, on_page.get(page_no, 0), page_no - 1)
                on_page[page_no] = on_page.get(page_no, 0) + 1
                continue
            if box is None:
                _general(writer, note, general)
                general += 1
                continue
            page_index, (x0, top, x1, bottom), height = box
            left, low = _origin(writer, page_index)
            y0, y1 = low + height - bottom, low + height - top
            x0, x1 = left + x0, left + x1
            quad = ArrayObject([FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)])
            mark = Highlight(rect=(x0, y0, x1, y1), quad_points=quad, highlight_color="ffd400", printing=True)
            _describe(mark, note)
            writer.add_annotation(page_number=page_index, annotation=mark)
            placed += 1
    with temporary(out) as tmp, open(tmp, "wb") as fh:
        writer.write(fh)
    return Annotated(out, placed, general, sum(on_page.values()))


def _box(d: Diagnostic, lines: list[str], layout, pdf):
    """(page index, (x0, top, x1, bottom), page height) of the finding's words, or None."""
    words = covered(d, lines)
    page_no = layout.page_of(d.line) if layout is not None else None
    if words is None or not page_no or not 1 <= page_no <= len(pdf.pages):
        return None
    i, a, b = words
    target = lines[i][a:b].strip()
    if not target:
        return None
    pattern = r"\s*".join(regex.escape(c) for c in target if not c.isspace())
    first = bisect.bisect_left(layout.pages, page_no)          # the page's first line (pages run in order)
    before = sum(len(regex.findall(pattern, lines[j])) for j in range(first, i))
    before += len(regex.findall(pattern, lines[i][:a]))
    page = pdf.pages[page_no - 1]
    found = page.search(pattern, regex=True, return_chars=False)
    if not found:
        return None
    hit = found[before] if before < len(found) else found[0]
    return page_no - 1, (hit["x0"], hit["top"], hit["x1"], hit["bottom"]), float(page.height)


def _origin(writer: PdfWriter, index: int) -> tuple[float, float]:
    box = writer.pages[index].mediabox
    return float(box.left), float(box.bottom)


def _general(writer: PdfWriter, note: str, n: int, index: int = 0) -> None:
    """A note at the top left of a page (page 1 unless `index` says), the n-th one a little lower."""
    left, low = _origin(writer, index)
    top = low + float(writer.pages[index].mediabox.height) - 10 - n * (_NOTE_SIZE + 4)
    mark = Text(rect=(left + 10, top - _NOTE_SIZE, left + 10 + _NOTE_SIZE, top), text=note)
    _describe(mark, note)
    writer.add_annotation(page_number=index, annotation=mark)


def _describe(mark, note: str) -> None:
    mark[NameObject("/Contents")] = TextStringObject(note)
    mark[NameObject("/T")] = TextStringObject(AUTHOR)
