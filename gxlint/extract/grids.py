"""Tables as grids, and what in a drawn table is not table: a row of one cell across it
(a caption such as "第二十条第（五）项", a heading or prose set in a frame) is text,
and the rows between such rows are a table each, with only the columns they use."""
from __future__ import annotations

# A grid is the table with merged cells expanded: every row has a slot for every column,
# and a slot covered by a merged cell (not its top-left corner) is None.
Grid = list[list["str | None"]]


def split(grid: Grid) -> list[tuple[int, str | Grid]]:
    """The grid as (index of its first row, a line of text or a table), in order."""
    out: list[tuple[int, str | Grid]] = []
    start = None
    for i, row in enumerate([*grid, None]):
        if row is not None and sum(v is not None for v in row) > 1:
            start = i if start is None else start
            continue
        if start is not None:
            out.append((start, own_columns(grid[start:i])))
            start = None
        text = next((v for v in row or () if v is not None), "")
        if text and text.strip():
            out.append((i, text))
    return out


def own_columns(grid: Grid) -> Grid:
    """Without the columns no row has a cell of its own in: slots that only exist because
    another part of the drawing (a wider table in the same frame, a ruling line that
    stops short) divides the width there."""
    used = [c for c in range(len(grid[0])) if any(c < len(row) and row[c] is not None for row in grid)]
    if len(used) == len(grid[0]):
        return grid
    return [[row[c] if c < len(row) else None for c in used] for row in grid]
