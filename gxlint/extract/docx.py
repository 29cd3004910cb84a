""".docx (python-docx): body paragraphs and tables in document order.

A heading's level comes from its style ("Heading 2", "标题 2") or outline level, its
numeral from Word's list numbering when it is not typed; tables become full grids with
merged cells (gridSpan, vMerge) expanded. Text boxes are read after the paragraph they
are anchored in.
"""
from __future__ import annotations

import zipfile

import regex
from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from ..i18n import t
from . import Builder, ExtractError, Grid, Layout, reason
from .guard import check_docx_tables, check_zip
from .numbering import Numbering

_HEADING_STYLE = regex.compile(r"^(?:heading|标题)\s*(\d)$", regex.I)


def extract_docx(path: str, lang: str = "zh") -> tuple[str, Layout]:
    check_zip(path, lang)
    try:
        check_docx_tables(path, lang)
    except (KeyError, XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise ExtractError(t("extract.bad_docx", lang, reason=reason(exc))) from None
    try:
        doc = Document(path)
    except (PackageNotFoundError, KeyError, ValueError, XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise ExtractError(t("extract.bad_docx", lang, reason=reason(exc))) from None
    numbering = Numbering(doc)
    out = Builder("docx", lang)
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            out.table(grid(block))
            continue
        style = _style(block)
        label = _number(block, style, numbering)
        if label and label[-1].isascii():
            label += " "
        out.paragraph(label + block.text, _level(block, style))
        for text in _text_boxes(block):
            out.paragraph(text)
    return out.result()


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph) -> list[str]:
    """The paragraphs of the text boxes anchored in `paragraph` (a signature or a title
    set in a box), which its own text leaves out. Word writes each box twice, as a
    drawing and as a VML fallback: the fallback is skipped."""
    out = []
    for box in paragraph._p.iter(qn("w:txbxContent")):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue
        out += [Paragraph(p, None).text for p in box.iter(qn("w:p"))]  # type: ignore[arg-type]
    return out


def grid(table) -> Grid:
    """The full grid: a slot covered by a merged cell (the same <w:tc> to its left or
    above) is None."""
    rows = slots(table)
    texts = {}
    out: Grid = []
    for r, row in enumerate(rows):
        line: list[str | None] = []
        for c, tc in enumerate(row):
            if (c and row[c - 1] is tc) or (r and c < len(rows[r - 1]) and rows[r - 1][c] is tc):
                line.append(None)
                continue
            if id(tc) not in texts:
                texts[id(tc)] = "\n".join(_tc_text(tc))
            line.append(texts[id(tc)])
        out.append(line)
    return out


def slots(table) -> list[list]:
    """Each row's <w:tc> for each grid column it covers, read from the XML: a cell spans
    its gridSpan columns, and a vMerge "continue" cell is the cell above it at the same
    grid column. A merge continued in the first row, or under nothing, is a cell of its
    own (python-docx refuses such a table; Word shows it)."""
    rows: list[tuple[int, list]] = []
    for tr in table._tbl.tr_lst:
        start = tr.grid_before
        row: list = []
        for tc in tr.tc_lst:
            ref = tc
            if tc.vMerge == "continue" and rows:
                above_start, above = rows[-1]
                at = start + len(row) - above_start
                if 0 <= at < len(above):
                    ref = above[at]
            row.extend([ref] * max(1, tc.grid_span))
        rows.append((start, row))
    return [row for _, row in rows]


def _tc_text(tc) -> list[str]:
    # The text needs no parent part (only images and hyperlinks would).
    return [Paragraph(p, None).text for p in tc.iter(qn("w:p"))]  # type: ignore[arg-type]


def _style(paragraph):
    try:
        return paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None


def _styles(style):
    seen = 0
    while style is not None and seen < 20:     # base-style chains can loop in broken files
        yield style
        style, seen = style.base_style, seen + 1


def _level(paragraph, style) -> int | None:
    for el in [paragraph._p.pPr] + [s.element.pPr for s in _styles(style)]:
        node = el.find(qn("w:outlineLvl")) if el is not None else None
        if node is not None:
            value = node.get(qn("w:val"), "9")
            return int(value) + 1 if value.isdigit() and int(value) < 9 else None
    for s in _styles(style):
        m = _HEADING_STYLE.match(s.name or "")
        if m:
            return int(m.group(1))
    return None


def _number(paragraph, style, numbering) -> str:
    for el in [paragraph._p.pPr] + [s.element.pPr for s in _styles(style)]:
        num_pr = el.find(qn("w:numPr")) if el is not None else None
        if num_pr is None:
            continue
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        if num_id is None:
            continue
        value = num_id.get(qn("w:val"), "0")
        if value == "0":
            return ""
        level = ilvl.get(qn("w:val"), "0") if ilvl is not None else "0"
        return numbering.label(value, int(level) if level.isdigit() else 0)
    return ""
