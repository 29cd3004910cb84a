"""Table cells: what a cell's text means under the null policy (domain.md §7).

Blank, "/", "-", "—" and words are no value, never zero. Digits split by a bad
conversion ("230 000023") are unreadable. A run of digits that holds several
columns glued together ("4251516" for 本年 and 历年累计) is split only when exactly
one split is possible; otherwise it stays unreadable — never guessed.
"""
from __future__ import annotations

import regex

from ..model import Cell
from ..text import Span
from .layout import splits

NULLS = frozenset({"", "/", "／", "-", "－", "—", "——", "–", "―", "\\", "无", "空", "暂无", "不适用"})
_NUMBER = regex.compile(r"^[-−－]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[-−－]?\d+(?:\.\d+)?$")
_SPLIT_DIGITS = regex.compile(r"^\d+(?:\s+\d+)+$")


def read_cell(raw: str, span: Span) -> Cell:
    """One cell as written; `span` covers `raw` exactly."""
    s = raw.strip()
    lead = len(raw) - len(raw.lstrip())
    span = Span(span.start + lead, span.start + lead + len(s))
    if s in NULLS:
        return Cell(s, None, "null", span)
    if _NUMBER.match(s):
        return Cell(s, float(s.replace(",", "").replace("−", "-").replace("－", "-")), "value", span)
    if _SPLIT_DIGITS.match(s):
        return Cell(s, None, "unreadable", span)
    return Cell(s, None, "null", span)


def glued_splits(digits: str, columns: int, cumulative: int | None = None) -> list[tuple[int, ...]]:
    """Every way to cut `digits` into `columns` counts (layout.splits: no leading zeros).

    With `cumulative` (the index of a 历年累计 column), a split must also keep the
    year's figure at or below the cumulative one.
    """
    if columns < 1 or len(digits) > 40:
        return []
    out = [tuple(int(p) for p in parts) for parts in splits(digits, columns)]
    if cumulative is not None and 0 < cumulative < columns:
        out = [p for p in out if p[0] <= p[cumulative]]
    return out


def split_glued(digits: str, span: Span, columns: int, cumulative: int | None = None) -> list[Cell]:
    """`columns` cells from one glued digit run: read when the split is unique, else unreadable."""
    splits = glued_splits(digits, columns, cumulative)
    if len(splits) != 1:
        return [Cell(digits, None, "unreadable", span, note=_candidates(splits)) for _ in range(columns)]
    cells, at = [], span.start
    for value in splits[0]:
        raw = str(value)
        cells.append(Cell(raw, float(value), "value", Span(at, at + len(raw)), note="glued"))
        at += len(raw)
    return cells


def _candidates(splits: list[tuple[int, ...]]) -> str:
    shown = ["|".join(map(str, s)) for s in splits[:4]]
    return "、".join(shown) + ("…" if len(splits) > 4 else "")
