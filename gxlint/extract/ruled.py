"""A page given as positioned text runs and straight strokes, as an .ofd states it and as
OCR reads a scanned page: runs on one baseline make a line, and where horizontal and
vertical rulings form a grid, the runs inside are that table's cells (a missing ruling
between two slots is a merged cell, written once at its top left). Coordinates are in
millimetres from the page's top left."""
from __future__ import annotations

import bisect
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
    """A grid the rulings draw: its column and row edges, the rulings themselves, and
    each slot's cell, named by its top-left slot (a slot outside every drawn cell has none)."""
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    h: tuple[tuple[float, float, float], ...]        # (y, x0, x1) rulings
    v: tuple[tuple[float, float, float], ...]        # (x, y0, y1)
    cells: dict[tuple[int, int], tuple[int, int]]

    def holds(self, r: Run) -> bool:
        """Whether the run stands in one of the grid's cells (not merely in its bounds)."""
        x, y = r.middle
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return False
        return _slot(self, x, y) in self.cells


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
    parts = [("h", r) for r in h] + [("v", r) for r in v]
    boxes = [(x0, y, x1, y) for y, x0, x1 in h] + [(x, y0, x, y1) for x, y0, y1 in v]
    groups: dict[int, list] = {}
    for k, root in enumerate(_touching(boxes)):
        groups.setdefault(root, []).append(parts[k])
    out = []
    for group in groups.values():
        hs = tuple(p for k, p in group if k == "h")
        vs = tuple(p for k, p in group if k == "v")
        xs, ys = _levels(p[0] for p in vs), _levels(p[0] for p in hs)
        if len(xs) >= 2 and len(ys) >= 2:
            out.append(Ruled(xs, ys, hs, vs, _anchors(xs, ys, hs, vs)))
    return out


def place(grids: list[Ruled], runs: list[Run]) -> tuple[dict[int, list[Run]], list[Run]]:
    """The runs inside each grid (by its index), and those in none."""
    inside: dict[int, list[Run]] = {}
    loose = []
    for r in runs:
        k = next((n for n, g in enumerate(grids) if g.holds(r)), None)
        if k is None:
            loose.append(r)
        else:
            inside.setdefault(k, []).append(r)
    return inside, loose


def _touching(boxes: list[tuple[float, float, float, float]]) -> list[int]:
    """Each stroke's gathering (the index of one of its strokes): strokes that touch,
    directly or through others. Swept left to right, so only strokes whose spans across
    overlap are compared."""
    parent = list(range(len(boxes)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    order = sorted(range(len(boxes)), key=lambda k: boxes[k][0])
    open_: list[int] = []
    for k in order:
        x0, y0, _, y1 = boxes[k]
        open_ = [m for m in open_ if boxes[m][2] + _NEAR >= x0]
        for m in open_:
            if boxes[m][1] <= y1 + _NEAR and y0 <= boxes[m][3] + _NEAR:
                parent[root(m)] = root(k)
        open_.append(k)
    return [root(k) for k in range(len(boxes))]


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


def _anchors(xs, ys, h, v) -> dict[tuple[int, int], tuple[int, int]]:
    """Each slot's cell, named by its top-left slot: a slot whose left or top ruling is
    missing belongs to the cell of the slot beyond it. Slots outside every drawn cell
    (beside a narrower frame stacked on a wider one) are no cell's."""
    outside = _outside(xs, ys, v)
    anchor: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(len(ys) - 1):
        for j in range(len(xs) - 1):
            if (i, j) in outside:
                continue
            left = j and (i, j - 1) not in outside and not _covers(v, xs[j], ys[i], ys[i + 1])
            up = i and (i - 1, j) not in outside and not _covers(h, ys[i], xs[j], xs[j + 1])
            anchor[i, j] = anchor[i, j - 1] if left else anchor[i - 1, j] if up else (i, j)
    return anchor


def _outside(xs, ys, v) -> set[tuple[int, int]]:
    """The slots reached from the grid's left or right edge, along their row, without
    crossing a ruling: beside a narrower frame stacked on a wider one. (A top or bottom
    left open is a table broken by the page, its cells still cells.)"""
    out: set[tuple[int, int]] = set()
    cols = len(xs) - 1
    for i in range(len(ys) - 1):
        top, bottom = ys[i], ys[i + 1]
        j = 0
        while j < cols and not _covers(v, xs[j], top, bottom):
            out.add((i, j))
            j += 1
        j = cols - 1
        while j >= 0 and not _covers(v, xs[j + 1], top, bottom):
            out.add((i, j))
            j -= 1
    return out


def cell_boxes(grid: Ruled) -> dict[tuple[int, int], tuple[float, float, float, float]]:
    """Each cell's box (x0, y0, x1, y1), by its top-left slot."""
    boxes: dict[tuple[int, int], tuple[float, float, float, float]] = {}
    for (i, j), a in grid.cells.items():
        x0, y0, x1, y1 = boxes.get(a, (grid.xs[j], grid.ys[i], grid.xs[j + 1], grid.ys[i + 1]))
        boxes[a] = (min(x0, grid.xs[j]), min(y0, grid.ys[i]), max(x1, grid.xs[j + 1]), max(y1, grid.ys[i + 1]))
    return boxes


def table(grid: Ruled, runs: list[Run]) -> Grid:
    """The runs inside the grid as its cells' text, merged slots None."""
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    texts: dict[tuple[int, int], list[Run]] = {}
    for r in runs:
        texts.setdefault(cell_of(grid, r), []).append(r)
    return [[join_lines(lines(texts.get((i, j), []))) if grid.cells.get((i, j)) == (i, j) else None
             for j in range(cols)] for i in range(rows)]


def cell_of(grid: Ruled, r: Run) -> tuple[int, int]:
    """The cell (its top-left slot) a run's middle stands in."""
    slot = _slot(grid, *r.middle)
    return grid.cells.get(slot, slot)


def _slot(grid: Ruled, x: float, y: float) -> tuple[int, int]:
    return min(_band(grid.ys, y), len(grid.ys) - 2), min(_band(grid.xs, x), len(grid.xs) - 2)


def _band(levels: tuple[float, ...], at: float) -> int:
    return max(0, bisect.bisect_right(levels, at) - 1)


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
