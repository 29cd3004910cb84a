"""Where the statistics tables are, and whether any values survived.

This module does not read rows and columns (the format tables have their own
readers); it finds each table's caption and body and counts its numbers, read by the
layout stage (layout.pieces) in whatever layout the copy has, which is what "a table
with no values" needs.
"""
from __future__ import annotations

import regex

from ..chars import HAN
from ..model import TableRegion
from ..text import Span
from .layout import Cells, pieces

_CAPTION = regex.compile(r"(?:详见|见)?附表|统计表|附件[一二三1-9]?[:：]?$")
_NUMERIC = regex.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?$")
_YEAR = regex.compile(r"^(?:19|20)\d{2}$")
_PROSE_PUNCT = regex.compile(r"[。，,；]")


def row_lines(lines: list[str], starts: list[int], cells: Cells | None) -> set[int]:
    """The lines that are table rows: a document's that its extractor drew as rows, a
    text's with separators enough."""
    if cells is not None:
        return {i for i, at in enumerate(starts) if at in cells}
    return {i for i, line in enumerate(lines) if is_table_row(line)}


def is_table_row(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if s.count("|") >= 2 or (s.count("|") == 1 and (s.startswith("|") or s.endswith("|"))):
        return True
    return s.count("\t") >= 2


MAX_CAPTION = 40


def _segment(text: str, pos: int) -> tuple[int, int] | None:
    """The whitespace-delimited run around `pos`, if it is short enough for a caption
    (the run is not followed further than that)."""
    start = pos
    while start > 0 and pos - start <= MAX_CAPTION and not text[start - 1].isspace():
        start -= 1
    end = pos
    while end < len(text) and end - start <= MAX_CAPTION and not text[end].isspace():
        end += 1
    return (start, end) if end - start <= MAX_CAPTION else None


def find_captions(text: str) -> list[tuple[Span, bool]]:
    """Caption spans and whether each is only a reference ("见附表")."""
    out: list[tuple[Span, bool]] = []
    for m in _CAPTION.finditer(text):
        run = _segment(text, m.start())
        if run is None or (out and out[-1][0].end >= run[1]):
            continue
        start, end = run
        seg = text[start:end]
        if _PROSE_PUNCT.search(seg):
            continue
        out.append((Span(start, end), seg.lstrip("(（").startswith(("见", "详见"))))
    return out


def count_cells(plain: str, start: int, end: int, cells: Cells | None = None) -> tuple[int, int]:
    """The numbers (a year is no count) and the labels in plain[start:end], as the layout
    stage reads a table's cells in whatever layout the copy has."""
    values = labels = 0
    for p in pieces(plain, start, end, cells):
        if not p.value:
            labels += HAN.search(p.text) is not None
        elif _NUMERIC.match(p.text) and not _YEAR.match(p.text):
            values += 1
    return values, labels


def find_regions(text: str, section_starts: list[int], cells: Cells | None = None) -> list[TableRegion]:
    """One region per caption: its body runs to the next caption or the end of the part."""
    captions = find_captions(text)
    regions: list[TableRegion] = []
    for i, (cap, _ref) in enumerate(captions):
        part_end = next((s for s in section_starts if s > cap.end), len(text))
        nxt = captions[i + 1][0].start if i + 1 < len(captions) else len(text)
        end = min(part_end, nxt)
        values, labels = count_cells(text, cap.end, end, cells)
        regions.append(TableRegion(cap, Span(cap.start, end), values, labels))
    return regions
