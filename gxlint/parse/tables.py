"""Where the statistics tables are, and whether any values survived.

Flattened tables come as " | " rows, tab rows, one cell per line or glued cells.
This module does not read rows and columns (the format tables have their own
readers); it finds each table's caption and body and counts standalone numeric
cells, which is what "a table with no values" needs.
"""
from __future__ import annotations

import regex

from ..chars import HAN
from ..model import TableRegion
from ..text import Span

_CAPTION = regex.compile(r"(?:详见|见)?附表|统计表|附件[一二三1-9]?[:：]?$")
_CELL_SPLIT = regex.compile(r"\s*(?:\||\t|\n|\s+)\s*")
_NUMERIC = regex.compile(r"^[-−]?\d[\d,]*(?:\.\d+)?$")
_YEAR = regex.compile(r"^(?:19|20)\d{2}$")
# "主动公开信息数条4251516": label, unit and values run together (a PDF or web copy).
_GLUED = regex.compile(r"\p{Han}\d{2,}(?![\d.]*\s*[年月日号])")
_CONTACT = regex.compile(r"(?:电话|传真|邮编|联系人|手机)")
_PROSE_PUNCT = regex.compile(r"[。，,；]")


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


def _glued_value(cell: str) -> bool:
    """A label glued to its figures, not a phone number ("电话12345")."""
    return any(not _CONTACT.search(cell, max(0, m.start() - 6), m.start() + 1) for m in _GLUED.finditer(cell))


def count_cells(body: str) -> tuple[int, int]:
    values = labels = 0
    for cell in _CELL_SPLIT.split(body):
        cell = cell.strip(" :：")
        if not cell:
            continue
        if (_NUMERIC.match(cell) and not _YEAR.match(cell)) or _glued_value(cell):
            values += 1
        elif HAN.search(cell):
            labels += 1
    return values, labels


def find_regions(text: str, section_starts: list[int]) -> list[TableRegion]:
    """One region per caption: its body runs to the next caption or the end of the part."""
    captions = find_captions(text)
    regions: list[TableRegion] = []
    for i, (cap, _ref) in enumerate(captions):
        part_end = next((s for s in section_starts if s > cap.end), len(text))
        nxt = captions[i + 1][0].start if i + 1 < len(captions) else len(text)
        end = min(part_end, nxt)
        values, labels = count_cells(text[cap.end:end])
        regions.append(TableRegion(cap, Span(cap.start, end), values, labels))
    return regions
