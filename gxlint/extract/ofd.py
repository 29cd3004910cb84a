""".ofd (GB/T 33190, China's fixed-layout format): a zip of XML files. OFD.xml names
the document (DocBody/DocRoot), whose Document.xml lists its pages (Pages/Page
BaseLoc); each page's Content.xml holds positioned text (TextObject: a Boundary "x y
w h" in mm from the page's top left, TextCode runs at X, Y from it, Y the baseline)
and paths (PathObject: AbbreviatedData "M x y L x y …"), of which the straight
horizontal and vertical strokes are a table's rulings.

A page is read as a person reads it (extract.ruled): lines in order down the page,
tables where the rulings form a grid. Zip bombs and XML entities are refused as for
.docx."""
from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

from ..i18n import t
from . import Builder, ExtractError, Layout, reason
from .guard import check_zip
from .ruled import Line, Run, place, rulings, set_lines, table

NS = "{http://www.ofdspec.org/2016}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


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


def _width(text: str, size: float) -> float:
    """A run's width as set: a Chinese character an em wide, a Latin one half."""
    return sum(size * (0.5 if c.isascii() else 1.0) for c in text)


def _objects(content) -> tuple[list[Run], list[tuple[float, float, float, float]]]:
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
                runs.append(Run(bx + x, by + y, size, code.text, bx + x + _width(code.text, size)))
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

    def add(self, line: Line) -> None:
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
    lines = [line for runs, _ in pages for line in set_lines(runs)]
    if not lines:
        return 0.0, 0.0
    starts = sorted(round(line.left) for line in lines)
    ends = sorted(line.right for line in lines)
    return float(max(set(starts), key=starts.count)), ends[int(len(ends) * 0.9)]


def _read_page(prose: _Prose, runs: list[Run], strokes) -> None:
    out = prose.out
    grids = rulings(strokes)
    placed, loose = place(grids, runs)
    # Down the page: loose runs gather into lines until a table's top is reached.
    tops = sorted((g.ys[0], n) for n, g in enumerate(grids))
    pending: list[Run] = []
    for run in sorted(loose, key=lambda r: r.y):
        while tops and tops[0][0] < run.y:
            _flush(prose, pending)
            prose.end()
            n = tops.pop(0)[1]
            out.table(table(grids[n], placed.get(n, [])))
        pending.append(run)
    _flush(prose, pending)
    for _, n in tops:
        prose.end()
        out.table(table(grids[n], placed.get(n, [])))


def _flush(prose: _Prose, pending: list[Run]) -> None:
    for line in set_lines(pending):
        prose.add(line)
    pending.clear()
