""".ofd (GB/T 33190, China's fixed-layout format): a zip of XML files. OFD.xml names
the document (DocBody/DocRoot), whose Document.xml lists its pages (Pages/Page
BaseLoc); each page's Content.xml holds positioned text (TextObject: a Boundary "x y
w h" in mm from the page's top left, TextCode runs at X, Y from it, Y the baseline)
and paths (PathObject: AbbreviatedData "M x y L x y …"), of which the straight
horizontal and vertical strokes are a table's rulings.

A page is read as a person reads it: text runs on one baseline make a line, lines in
order down the page; where rulings form a grid, the runs inside are that table's
cells (a missing ruling between two slots is a merged cell, written once at its top
left, as a .docx's is). Zip bombs and XML entities are refused as for .docx."""
from __future__ import annotations

import itertools
import posixpath
import zipfile
from dataclasses import dataclass

from lxml import etree

from ..i18n import t
from . import Builder, ExtractError, Layout, join_lines, reason
from .guard import check_zip

NS = "{http://www.ofdspec.org/2016}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
_STRAIGHT = 0.3        # mm a ruling may lean and still be straight
_MIN_RULE = 2.0        # mm: shorter strokes are no table rulings


@dataclass(frozen=True, slots=True)
class _Run:
    x: float
    y: float             # baseline
    size: float
    text: str

    @property
    def right(self) -> float:
        return self.x + sum(self.size * (0.5 if c.isascii() else 1.0) for c in self.text)


@dataclass(frozen=True, slots=True)
class _Grid:
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    h: tuple[tuple[float, float, float], ...]        # (y, x0, x1) rulings
    v: tuple[tuple[float, float, float], ...]        # (x, y0, y1)

    def holds(self, r: _Run) -> bool:
        cy = r.y - r.size / 2
        return self.xs[0] - 0.5 <= r.x <= self.xs[-1] and self.ys[0] <= cy <= self.ys[-1]


def extract_ofd(path: str, lang: str = "zh") -> tuple[str, Layout]:
    check_zip(path, lang, ".ofd")
    try:
        with zipfile.ZipFile(path) as archive:
            pages = [_objects(content) for content in _pages(archive)]
            out = Builder("ofd", lang)
            prose = _Prose(out, *_edges(pages))
            for n, (runs, strokes) in enumerate(pages, 1):
                out.page = n
                _read_page(prose, runs, strokes)
            prose.end()
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, ValueError) as exc:
        raise ExtractError(t("extract.bad_ofd", lang, reason=reason(exc))) from None
    return out.result()


def _xml(archive: zipfile.ZipFile, name: str):
    return etree.fromstring(archive.read(name.lstrip("/")), _PARSER)


def _pages(archive: zipfile.ZipFile):
    root = _xml(archive, "OFD.xml")
    doc_root = root.findtext(f".//{NS}DocRoot")
    if not doc_root:
        raise ValueError("OFD.xml names no DocRoot")
    doc = _xml(archive, doc_root)
    base = posixpath.dirname(doc_root.lstrip("/"))
    for page in doc.iterfind(f"{NS}Pages/{NS}Page"):
        loc = page.get("BaseLoc", "")
        yield _xml(archive, loc if loc.startswith("/") else posixpath.join(base, loc))


def _numbers(text: str | None) -> list[float]:
    return [float(x) for x in (text or "").split()]


def _objects(content) -> tuple[list[_Run], list[tuple[float, float, float, float]]]:
    """A page's text runs and its straight strokes (x0, y0, x1, y1), in mm."""
    runs, strokes = [], []
    for obj in content.iter(f"{NS}TextObject"):
        bx, by = (_numbers(obj.get("Boundary")) + [0, 0])[:2]
        size = float(obj.get("Size", "3.5"))
        x = y = 0.0
        for code in obj.iterfind(f"{NS}TextCode"):
            x = float(code.get("X", x))
            y = float(code.get("Y", y))
            if code.text:
                runs.append(_Run(bx + x, by + y, size, code.text))
    for obj in content.iter(f"{NS}PathObject"):
        bx, by = (_numbers(obj.get("Boundary")) + [0, 0])[:2]
        tokens = (obj.findtext(f"{NS}AbbreviatedData") or "").split()
        at, i = None, 0
        while i < len(tokens):
            op = tokens[i]
            if op in ("M", "L") and i + 2 < len(tokens):
                point = (bx + float(tokens[i + 1]), by + float(tokens[i + 2]))
                if op == "L" and at is not None:
                    strokes.append((*at, *point))
                at, i = point, i + 3
            else:
                i += 1
    return runs, strokes


def _grids(strokes) -> list[_Grid]:
    """The tables the rulings draw: strokes that touch, gathered, each gathering with
    two horizontal and two vertical rulings at least."""
    h = [(y0, min(x0, x1), max(x0, x1)) for x0, y0, x1, y1 in strokes
         if abs(y0 - y1) < _STRAIGHT and abs(x1 - x0) >= _MIN_RULE]
    v = [(x0, min(y0, y1), max(y0, y1)) for x0, y0, x1, y1 in strokes
         if abs(x0 - x1) < _STRAIGHT and abs(y1 - y0) >= _MIN_RULE]
    boxes = [[x0, y, x1, y, [("h", (y, x0, x1))]] for y, x0, x1 in h] + \
            [[x, y0, x, y1, [("v", (x, y0, y1))]] for x, y0, y1 in v]
    merged: list[list] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for m in merged:
            if box[0] <= m[2] + 0.5 and m[0] <= box[2] + 0.5 and box[1] <= m[3] + 0.5 and m[1] <= box[3] + 0.5:
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
            out.append(_Grid(xs, ys, hs, vs))
    return out


def _levels(values) -> tuple[float, ...]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > 0.5:
            out.append(v)
    return tuple(out)


def _covers(rules, at: float, a: float, b: float) -> bool:
    """Whether a ruling at `at` runs from a to b (a slot's side)."""
    mid = (a + b) / 2
    return any(abs(p - at) <= 0.5 and lo - 0.5 <= mid <= hi + 0.5 for p, lo, hi in rules)


def _table(grid: _Grid, runs: list[_Run]) -> list[list[str | None]]:
    rows, cols = len(grid.ys) - 1, len(grid.xs) - 1
    anchor: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(rows):
        for j in range(cols):
            left = j and not _covers(grid.v, grid.xs[j], grid.ys[i], grid.ys[i + 1])
            up = i and not _covers(grid.h, grid.ys[i], grid.xs[j], grid.xs[j + 1])
            anchor[i, j] = anchor[i, j - 1] if left else anchor[i - 1, j] if up else (i, j)
    texts: dict[tuple[int, int], list[_Run]] = {}
    for r in runs:
        i = _band(grid.ys, r.y - r.size / 2)
        j = _band(grid.xs, r.x + 0.1)
        texts.setdefault(anchor[min(i, rows - 1), min(j, cols - 1)], []).append(r)
    return [[join_lines(_lines(texts.get((i, j), []))) if anchor[i, j] == (i, j) else None
             for j in range(cols)] for i in range(rows)]


def _band(levels: tuple[float, ...], at: float) -> int:
    return max(0, sum(1 for v in levels if v <= at) - 1)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    left: float
    right: float
    size: float


def _lines(runs: list[_Run]) -> list[str]:
    return [line.text for line in _set_lines(runs)]


def _set_lines(runs: list[_Run]) -> list[_Line]:
    """Runs on one baseline as a line, left to right; a gap wider than a character is a space."""
    out: list[tuple[float, list[_Run]]] = []
    for r in sorted(runs, key=lambda r: (r.y, r.x)):
        if out and abs(out[-1][0] - r.y) <= r.size * 0.4:
            out[-1][1].append(r)
        else:
            out.append((r.y, [r]))
    lines = []
    for _, line in out:
        line.sort(key=lambda r: r.x)
        text = line[0].text
        for prev, r in itertools.pairwise(line):
            text += (" " if r.x - prev.right > r.size else "") + r.text
        lines.append(_Line(text, line[0].x, line[-1].right, max(r.size for r in line)))
    return lines


def _wrapped(lines: list[str]) -> str:
    """A paragraph's lines joined: a typesetter breaks Chinese text, and figures in it,
    anywhere ("…至202" / "1年12月31日"); only two Latin words keep a space between them."""
    out = ""
    for line in (x.strip() for x in lines):
        if out and line and out[-1].isascii() and out[-1].isalpha() and line[0].isascii() and line[0].isalpha():
            out += " "
        out += line
    return out


class _Prose:
    """Lines joined back into paragraphs: a line that runs to the right edge of the text
    goes on in the next one when that starts at the left edge (not indented, as a new
    paragraph's first line is), across a page break too."""

    def __init__(self, out: Builder, left: float, right: float) -> None:
        self.out, self.left, self.right = out, left, right
        self.held: list[str] = []
        self.page = 0

    def add(self, line: _Line) -> None:
        if self.held and abs(line.left - self.left) > line.size * 0.8:
            self.end()
        if not self.held:
            self.page = self.out.page
        self.held.append(line.text)
        if line.right < self.right - 1.5 * line.size:
            self.end()

    def end(self) -> None:
        if self.held:
            now, self.out.page = self.out.page, self.page
            self.out.paragraph(_wrapped(self.held))
            self.out.page = now
            self.held = []


def _edges(pages) -> tuple[float, float]:
    """The left and right edges of the text: where most lines start, and the furthest
    most lines reach (a line of a wrapped paragraph runs to it)."""
    lines = [line for runs, _ in pages for line in _set_lines(runs)]
    if not lines:
        return 0.0, 0.0
    starts = sorted(round(line.left) for line in lines)
    ends = sorted(line.right for line in lines)
    return float(max(set(starts), key=starts.count)), ends[int(len(ends) * 0.9)]


def _read_page(prose: _Prose, runs: list[_Run], strokes) -> None:
    out = prose.out
    grids = _grids(strokes)
    placed: dict[int, list[_Run]] = {}
    loose = []
    for r in runs:
        k = next((n for n, g in enumerate(grids) if g.holds(r)), None)
        if k is None:
            loose.append(r)
        else:
            placed.setdefault(k, []).append(r)
    # Down the page: loose runs gather into lines until a table's top is reached.
    tops = sorted((g.ys[0], n) for n, g in enumerate(grids))
    pending: list[_Run] = []
    for run in sorted(loose, key=lambda r: r.y):
        while tops and tops[0][0] < run.y:
            _flush(prose, pending)
            prose.end()
            n = tops.pop(0)[1]
            out.table(_table(grids[n], placed.get(n, [])))
        pending.append(run)
    _flush(prose, pending)
    for _, n in tops:
        prose.end()
        out.table(_table(grids[n], placed.get(n, [])))


def _flush(prose: _Prose, pending: list[_Run]) -> None:
    for line in _set_lines(pending):
        prose.add(line)
    pending.clear()
