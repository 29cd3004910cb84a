"""A page given as positioned text runs and straight strokes, as an .ofd states it and as
OCR reads a scanned page: runs on one baseline make a line, and where horizontal and
vertical rulings form a grid, the runs inside are that table's cells (a missing ruling
between two slots is a merged cell, written once at its top left). Coordinates are in
millimetres from the page's top left."""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from . import join_lines
from .grids import Grid

STRAIGHT = 0.3        # mm a ruling may lean and still be straight
MIN_RULE = 2.0        # mm: shorter strokes are no table rulings
_NEAR = 0.5           # mm: strokes this close touch, rulings this close are one


@dataclass(frozen=True, slots=True)
class Run:
    """Text set from x to right on the baseline y, in characters about `size` high."""
    x: float
    y: float
    size: float
    text: str
    right: float

    @property
    def middle(self) -> tuple[float, float]:
        return (self.x + self.right) / 2, self.y - self.size / 2


@dataclass(frozen=True, slots=True)
class Ruled:
    """A grid the rulings draw: its column and row edges and the rulings themselves."""
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    h: tuple[tuple[float, float, float], ...]        # (y, x0, x1) rulings
    v: tuple[tuple[float, float, float], ...]        # (x, y0, y1)

    def holds(self, r: Run) -> bool:
        x, y = r.middle
        return self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    left: float
    right: float
    size: float
    y: float             # baseline


def rulings(strokes, min_rule: float = MIN_RULE) -> list[Ruled]:
    """The tables the strokes (x0, y0, x1, y1) draw: straight strokes that touch,
    gathered, each gathering with two horizontal and two vertical rulings at least."""
    h = [(y0, min(x0, x1), max(x0, x1)) for x0, y0, x1, y1 in strokes
         if abs(y0 - y1) < STRAIGHT and abs(x1 - x0) >= min_rule]
    v = [(x0, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in strokes
         if abs(x0 - x1) < STRAIGHT and abs(y1 - y0) >= min_rule]
    boxes = [[x0, y, x1, y, [("h", (y, x0, x1))]] for y, x0, x1 in h] + \
            [[x, y0, x, y1, [("v", (x, y0, y1))]] for x, y0, y1 in v]
    merged: list[list] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for m in merged:
            if box[0] <= m[2] + _NEAR and m[0] <= box[2] + _NEAR and box[1] <= m[3] + _NEAR and m[1] <= box[3] + _NEAR:
                m[0], m[1], m[2], m[3] = min(m[0], box[0]), min(m[1], box[1]), max(m[2], box[2]), max(m[3], box[3])
                m[4] += box[4]
                break
        else:
            merged.append(box)
    out = []
    for *_, parts in merged:
        hs = tuple(p for k, p in parts if k == "h")
        vs = tuple(p for k, p in parts if k == "v")
        xs, ys = _levels(p[0] for p in vs), _levels(p[0] for p in hs)
        if len(xs) >= 2 and len(ys) >= 2:
            out.append(Ruled(xs, ys, hs, vs))
    return out


def _levels(values) -> tuple[float, ...]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _NEAR:
            out.append(v)
    return tuple(out)


def _covers(rules, at: float, a: float, b: float) -> bool:
    """Whether a ruling at `at` runs from a to b (a slot's side)."""
    mid = (a + b) / 2
    return any(abs(p - at) <= _NEAR and lo - _NEAR <= mid <= hi + _NEAR for p, lo, hi in rules)


def table(grid: Ruled, runs: list[Run]) -> Grid:
    """The runs inside the grid as its cells' text, merged slots None."""
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    anchor: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(rows):
        for j in range(cols):
            left = j and not _covers(grid.v, grid.xs[j], grid.ys[i], grid.ys[i + 1])
            up = i and not _covers(grid.h, grid.ys[i], grid.xs[j], grid.xs[j + 1])
            anchor[i, j] = anchor[i, j - 1] if left else anchor[i - 1, j] if up else (i, j)
    texts: dict[tuple[int, int], list[Run]] = {}
    for r in runs:
        x, y = r.middle
        i, j = _band(grid.ys, y), _band(grid.xs, x)
        texts.setdefault(anchor[min(i, rows - 1), min(j, cols - 1)], []).append(r)
    return [[join_lines(lines(texts.get((i, j), []))) if anchor[i, j] == (i, j) else None
             for j in range(cols)] for i in range(rows)]


def _band(levels: tuple[float, ...], at: float) -> int:
    return max(0, sum(1 for v in levels if v <= at) - 1)


def lines(runs: list[Run]) -> list[str]:
    return [line.text for line in set_lines(runs)]


def set_lines(runs: list[Run]) -> list[Line]:
    """Runs on one baseline as a line, left to right; a gap wider than a character is a space."""
    out: list[tuple[float, list[Run]]] = []
    for r in sorted(runs, key=lambda r: (r.y, r.x)):
        if out and abs(out[-1][0] - r.y) <= r.size * 0.4:
            out[-1][1].append(r)
        else:
            out.append((r.y, [r]))
    result = []
    for y, line in out:
        line.sort(key=lambda r: r.x)
        text = line[0].text
        for prev, r in itertools.pairwise(line):
            text += (" " if r.x - prev.right > r.size else "") + r.text
        result.append(Line(text, line[0].x, line[-1].right, max(r.size for r in line), y))
    return result
