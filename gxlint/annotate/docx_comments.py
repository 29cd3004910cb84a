"""Findings as Word comments: in a copy of a .docx, each anchored on the words it
concerns; for a .txt or .html, in a new .docx of the text.

A finding's words are found again in the document's paragraphs (those of the body, of
table cells, of text boxes, in document order) by their text: the paragraph, or the
cell, that holds them and the words around them, the first at or after the last one
used, since findings and paragraphs run in the same order. The runs are cut at the
words' ends where a run is plain text; a finding about the whole report, or whose words
the document does not hold as written (a numeral Word's list numbering draws), is
anchored on the title. A finding in a table cell is placed by the table itself: the
row whose cells read as the line's, then the cell at the same place in it, whose
words may be a lone figure no text search could place.
"""
from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field

import regex
from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..atomic import temporary
from ..diagnostic import Diagnostic
from ..extract import cell_text
from ..extract.docx import slots
from . import Annotated
from .comment import comment_text, covered

AUTHOR, INITIALS = "gxlint", "GX"
_SPACE = regex.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\ufeff\n\r]+")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_TAGS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}


@dataclass
class _Para:
    """A paragraph's runs and its text with white space squeezed as the extractor does,
    each squeezed character mapped to its run and offset in that run."""
    paragraph: Paragraph
    runs: list = field(default_factory=list)
    text: str = ""
    where: list[tuple[int, int]] = field(default_factory=list)     # (run index, offset) per character


def comment_docx(path: str, diagnostics: list[Diagnostic], text: str, layout, out: str, lang: str) -> Annotated:
    doc = Document(path)
    paras = _paragraphs(doc)
    rows = _Rows(doc, paras, layout)
    lines = text.split("\n")
    placed = general = 0
    cursor = 0
    title = next((p for p in paras if p.text.strip()), None)
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        found = rows.locate(d, lines, layout) or _locate(d, lines, layout, paras, cursor)
        if found is not None:
            cursor, a, b = found
            runs = _isolate(paras[cursor], a, b)
            placed += 1
        elif title is not None:
            runs = title.runs[:]
            general += 1
        else:
            continue
        if runs:
            doc.add_comment(runs, text=comment_text(d, lang), author=AUTHOR, initials=INITIALS)
    with temporary(out) as tmp:
        doc.save(tmp)
    return Annotated(out, placed, general)


def text_to_docx(diagnostics: list[Diagnostic], text: str, out: str, lang: str) -> Annotated:
    """A .docx of the text, one paragraph a line, cut into runs at every finding's ends."""
    lines = text.rstrip("\n").split("\n")
    spans: dict[int, list[tuple[int, int, Diagnostic]]] = {}
    whole: list[Diagnostic] = []
    for d in sorted(diagnostics, key=Diagnostic.sort_key):
        words = covered(d, lines)
        if words is None:
            whole.append(d)
        else:
            spans.setdefault(words[0], []).append((words[1], words[2], d))
    doc = Document()
    written = []
    for i, line in enumerate(lines):
        cuts = sorted({0, len(line), *(x for a, b, _ in spans.get(i, ()) for x in (a, b))})
        paragraph = doc.add_paragraph()
        runs = [(a, paragraph.add_run(line[a:b])) for a, b in itertools.pairwise(cuts)] or [(0, paragraph.add_run(""))]
        written.append(runs)
        for a, b, d in spans.get(i, ()):
            chosen = [r for at, r in runs if a <= at < b]
            doc.add_comment(chosen, text=comment_text(d, lang), author=AUTHOR, initials=INITIALS)
    if written:
        for d in whole:
            doc.add_comment([r for _, r in written[0]], text=comment_text(d, lang), author=AUTHOR, initials=INITIALS)
    with temporary(out) as tmp:
        doc.save(tmp)
    return Annotated(out, len(diagnostics) - len(whole), len(whole))


class _Rows:
    """The document's table rows in order, as the extractor writes them: each row's
    cells (a merged cell once, at its top-left slot) as their texts and paragraphs."""

    def __init__(self, doc, paras: list[_Para], layout) -> None:
        self.paras = paras
        self.on_line: dict[int, list] = {}          # the layout's cells by line, looked up per finding
        for c in layout.cells if layout is not None else ():
            self.on_line.setdefault(c.line, []).append(c)
        at = {id(p.paragraph._p): k for k, p in enumerate(paras)}
        self.rows: list[tuple[list[str], list[list[int]]]] = []
        for tbl in doc.element.body.iterchildren(qn("w:tbl")):
            grid = slots(Table(tbl, doc._body))
            for r, row in enumerate(grid):
                tcs = [tc for c, tc in enumerate(row)
                       if not (c and row[c - 1] is tc) and not (r and c < len(grid[r - 1]) and grid[r - 1][c] is tc)]
                members = [[at[id(p)] for p in tc.iter(qn("w:p")) if id(p) in at] for tc in tcs]
                texts = [cell_text("\n".join(paras[k].text for k in ks)) for ks in members]
                self.rows.append((texts, members))
        self.cursor = 0

    def locate(self, d: Diagnostic, lines: list[str], layout) -> tuple[int, int, int] | None:
        words = covered(d, lines)
        cell = layout.cell_at(d.line, d.column) if layout is not None and words else None
        if cell is None or words is None:
            return None
        i, a, b = words
        on_line = self.on_line[cell.line]
        texts = [lines[i][c.start - 1:c.end - 1] for c in on_line]
        k = on_line.index(cell)
        for n in (*range(self.cursor, len(self.rows)), *range(self.cursor)):
            row_texts, members = self.rows[n]
            if row_texts == texts:
                self.cursor = n
                return _in_cell(members[k], lines[i][a:b], a - (cell.start - 1), self.paras)
        return None


def _in_cell(members: list[int], target: str, offset: int, paras: list[_Para]) -> tuple[int, int, int] | None:
    """The target's place in the cell's paragraphs, nearest the offset it has in the cell."""
    for k in members:
        text = paras[k].text
        at = text.find(target, max(0, offset - len(target))) if offset < len(text) else -1
        at = at if at >= 0 else text.find(target)
        if at >= 0:
            return k, at, at + len(target)
        offset -= len(text)
    return None


def _paragraphs(doc) -> list[_Para]:
    out = []
    for p in doc.element.body.iter(qn("w:p")):
        if any(a.tag == _FALLBACK for a in p.iterancestors()):
            continue                       # Word writes a text box twice; its fallback copy is not read
        para = _Para(Paragraph(p, doc._body))
        para.runs = [Run(r, para.paragraph) for r in p.iter(qn("w:r"))]
        para.text, para.where = _squeeze(para.runs)
        out.append(para)
    return out


def _squeeze(runs: list[Run]) -> tuple[str, list[tuple[int, int]]]:
    """The runs' text with white space runs made one space and the ends stripped, as the
    extractor writes a paragraph, and where each character came from."""
    chars: list[tuple[str, int, int]] = []
    for k, run in enumerate(runs):
        for j, c in enumerate(_run_text(run)):
            chars.append((c, k, j))
    text: list[str] = []
    where: list[tuple[int, int]] = []
    for c, k, j in chars:
        if _SPACE.match(c):
            if text and text[-1] != " ":
                text.append(" ")
                where.append((k, j))
            continue
        text.append(c)
        where.append((k, j))
    while text and text[-1] == " ":
        text.pop()
        where.pop()
    return "".join(text), where


def _run_text(run: Run) -> str:
    parts = []
    for child in run._r:
        if child.tag == qn("w:t"):
            parts.append(child.text or "")
        else:
            parts.append(_TEXT_TAGS.get(child.tag) or "")
    return "".join(parts)


def _locate(d: Diagnostic, lines: list[str], layout, paras: list[_Para], cursor: int) -> tuple[int, int, int] | None:
    """(paragraph index, start, end) of the finding's words in a paragraph's squeezed
    text, or None. The words are looked for with their cell (or line) around them, then
    with a few characters either side, then alone, from the cursor on."""
    words = covered(d, lines)
    if words is None:
        return None
    i, a, b = words
    line = lines[i]
    cell = layout.cell_at(i + 1, a + 1) if layout is not None else None
    lo, hi = (cell.start - 1, cell.end - 1) if cell is not None and cell.start - 1 <= a < b <= cell.end - 1 \
        else (0, len(line))
    for x, y in ((lo, hi), (max(lo, a - 6), min(hi, b + 6)), (a, b)):
        raw = line[x:y]
        context = raw.strip()
        at = a - x - (len(raw) - len(raw.lstrip()))
        if len(context) < 2 or not 0 <= at <= len(context) - (b - a):
            continue
        for k in (*range(cursor, len(paras)), *range(cursor)):
            start = paras[k].text.find(context)
            if start >= 0:
                return k, start + at, start + at + b - a
    return None


def _isolate(para: _Para, a: int, b: int) -> list[Run]:
    """The runs that carry characters a..b of the squeezed text, cut at a and b where a
    run is plain text."""
    (ka, ja), (kb, jb) = para.where[a], para.where[b - 1]
    _split(para.runs, kb, jb + 1)          # the end first: run kb keeps what comes before the cut
    if _split(para.runs, ka, ja):
        ka, kb = ka + 1, kb + 1
    para.text, para.where = _squeeze(para.runs)       # the next finding in this paragraph sees the cuts
    return para.runs[ka:kb + 1]


def _split(runs: list[Run], k: int, j: int) -> bool:
    """Cut run k before its character j when it is one plain text; whether it was cut."""
    run = runs[k]
    texts = [c for c in run._r if c.tag != qn("w:rPr")]
    if len(texts) != 1 or texts[0].tag != qn("w:t"):
        return False
    whole = texts[0].text or ""
    if not 0 < j < len(whole):
        return False
    after = copy.deepcopy(run._r)
    run._r.addnext(after)
    _set(texts[0], whole[:j])
    _set(next(c for c in after if c.tag == qn("w:t")), whole[j:])
    runs.insert(k + 1, Run(after, run._parent))
    return True


def _set(t, value: str) -> None:
    t.text = value
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
