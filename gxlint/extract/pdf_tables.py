"""A ruled frame of a PDF page read as a person reads it, and a table rejoined over a
page break.

pdfplumber finds a frame's cells from its ruling lines; a cell whose border the page
break or the drawing left open (a group label merged over rows that run on to the next
page) is no cell to it, and its text would be lost: such text is put back in the slot
it stands in. A frame may hold text as well as tables (grids.split), and one frame may
hold several tables whose columns divide its width differently (grids.own_columns)."""
from __future__ import annotations

import bisect

import regex

from ..chars import unspaced
from . import join_lines
from .grids import Grid, split

_FIGURE = regex.compile(r"[-−－]?\d[\d,.]*")

# (top, 1 for a table or 2 for a line of text, the item): a table's grid, or a line's
# text and whether it runs to the frame's right edge (a paragraph wrapped there goes on).
Item = tuple[float, int, "Grid | tuple[str, bool]"]


def read_frame(page, table) -> list[Item]:
    """The frame's contents as items to place among the page's lines by their top."""
    # No cell of these tables spaces its words ("总 计", "只计这一情 形", "2021 年").
    grid = [[unspaced(v) if v else v for v in row] for row in table.extract()]
    chars = sorted((ch for ch in page.within_bbox(table.bbox).chars if ch["text"].strip()), key=_middle)
    _orphans(table, grid, chars)
    middles = [_middle(ch) for ch in chars]
    out: list[Item] = []
    for first, part in split(grid):
        row = table.rows[first]
        if isinstance(part, str):
            out.append((row.bbox[1], 2, (part, _runs_to_edge(row, chars, middles))))
        else:
            out.append((row.bbox[1], 1, part))
    return out


def _middle(ch: dict) -> float:
    return (ch["top"] + ch["bottom"]) / 2


def _runs_to_edge(row, chars: list[dict], middles: list[float]) -> bool:
    """Whether the row's last line of text reaches the last quarter of its cell, as a
    line the paragraph was wrapped at does. `chars`: the frame's, by height."""
    box = next(c for c in row.cells if c is not None)
    band = chars[bisect.bisect_left(middles, box[1]):bisect.bisect_right(middles, box[3])]
    inside = [ch for ch in band if box[0] <= (ch["x0"] + ch["x1"]) / 2 <= box[2]]
    if not inside:
        return False
    bottom = max(ch["top"] for ch in inside)
    last = max(ch["x1"] for ch in inside if bottom - ch["top"] < (ch["bottom"] - ch["top"]) / 2)
    return last >= box[0] + 0.75 * (box[2] - box[0])


def _orphans(table, grid: Grid, chars: list[dict]) -> None:
    """Put the text inside the frame but in no cell into the slot it stands in: its
    column by where it sits across, its row by where its first line sits down."""
    boxes = table.cells
    lefts = [col.bbox[0] for col in table.columns]
    tops = [row.bbox[1] for row in table.rows]
    if len(lefts) != len(grid[0]) or len(tops) != len(grid):
        return

    def orphan(ch) -> bool:
        x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    by_column: dict[int, list[dict]] = {}
    for ch in filter(orphan, chars):
        by_column.setdefault(max(0, bisect.bisect_right(lefts, (ch["x0"] + ch["x1"]) / 2) - 1), []).append(ch)
    for col, group in by_column.items():
        for block in _blocks(group):
            row = max(0, bisect.bisect_right(tops, _middle(block[0][0])) - 1)
            text = join_lines(["".join(ch["text"] for ch in sorted(line, key=lambda c: c["x0"])) for line in block])
            grid[row][col] = join_lines([grid[row][col] or "", unspaced(text)])


def _lines(chars: list[dict]) -> list[list[dict]]:
    """Characters in lines, top to bottom (a line: tops within half a character)."""
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: c["top"]):
        if lines and ch["top"] - lines[-1][0]["top"] < (ch["bottom"] - ch["top"]) / 2:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    return lines


def _blocks(chars: list[dict]) -> list[list[list[dict]]]:
    """The characters' lines, those no more than a line apart one block of text."""
    blocks: list[list[list[dict]]] = []
    last_bottom = 0.0
    for line in _lines(chars):
        top, size = line[0]["top"], line[0]["bottom"] - line[0]["top"]
        if blocks and top - last_bottom < size:
            blocks[-1].append(line)
        else:
            blocks.append([line])
        last_bottom = max(ch["bottom"] for ch in line)
    return blocks


def stitch(grid: Grid, more: Grid) -> Grid:
    """A table continued on the next page: drop a repeated header, rejoin a row that the
    page break cut in two, and read the blank slots a merged label leaves at the top of
    the new page as still merged."""
    grid = [list(r) for r in grid]
    more = [list(r) for r in more]
    k = 0
    while k < len(more) - 1 and k < len(grid) and more[k] == grid[k]:
        k += 1                      # header rows repeated at the top of the page
    more = more[k:]
    if not more:
        return grid
    first, last = more[0], grid[-1]
    filled = [c for c, v in enumerate(first) if v]
    # A row the break cut has its figures on one side of it; figures on both sides are
    # two rows, the second under a group label that runs on over the break.
    cut = (filled and all(last[c] for c in filled)
           and any(v == "" and last[c] for c, v in enumerate(first))
           and not any(_figure(a) and _figure(b) for a, b in zip(last, first)))
    if cut:
        grid[-1] = [join_lines([a or "", b or ""]) if b else a for a, b in zip(last, first)]
        return grid + more[1:]
    lead = filled[0] if filled else 0
    more[0] = [None if c < lead and v == "" and last[c] != "" else v for c, v in enumerate(first)]
    return grid + more


def _figure(cell: str | None) -> bool:
    return cell is not None and _FIGURE.fullmatch(cell.strip()) is not None
