"""A small .ofd writer for the tests, following GB/T 33190's structure as OFD producers
write it: OFD.xml → Doc_0/Document.xml (CommonData with the page area and PublicRes.xml
with the font) → Doc_0/Pages/Page_N/Content.xml, each page a Layer of TextObjects
(Boundary in mm from the page's top left, TextCode at X, Y from it, Y the baseline)
and PathObjects (AbbreviatedData "M x y L x y") for the tables' cell borders. Text is
set as a typesetter would: paragraphs wrapped at the measure (first line indented
two characters), tables ruled cell by cell with their text wrapped inside, a table
starting a new page when it does not fit."""
from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 20.0
BODY, TITLE, CELL = 3.7, 5.3, 2.6          # font sizes, mm
NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _width(text: str, size: float) -> float:
    return sum(size * (0.5 if c.isascii() else 1.0) for c in text)


def _wrap(text: str, size: float, measure: float, indent: float = 0.0) -> list[str]:
    lines, line, width = [], "", indent
    for c in text:
        w = _width(c, size)
        if line and width + w > measure:
            lines.append(line)
            line, width = "", 0.0
        line += c
        width += w
    return lines + ([line] if line else [])


class _Pages:
    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]
        self.y = MARGIN
        self.ids = 10

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - MARGIN and self.pages[-1]:
            self.pages.append([])
            self.y = MARGIN

    def text(self, x: float, baseline: float, text: str, size: float) -> None:
        self.ids += 1
        w = _width(text, size)
        self.pages[-1].append(
            f'<ofd:TextObject ID="{self.ids}" Boundary="{x:.2f} {baseline - size:.2f} {w + 1:.2f} {size * 1.4:.2f}" '
            f'Font="2" Size="{size}"><ofd:TextCode X="0" Y="{size:.2f}">{escape(text)}</ofd:TextCode></ofd:TextObject>')

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.ids += 1
        self.pages[-1].append(
            f'<ofd:PathObject ID="{self.ids}" Boundary="0 0 {PAGE_W} {PAGE_H}" LineWidth="0.25">'
            f'<ofd:AbbreviatedData>M {x0:.2f} {y0:.2f} L {x1:.2f} {y1:.2f}</ofd:AbbreviatedData></ofd:PathObject>')


def to_ofd(blocks, path: Path) -> Path:
    pages = _Pages()
    measure = PAGE_W - 2 * MARGIN
    for kind, value in blocks:
        if kind == "table":
            _table(pages, *value, measure)
            continue
        text = "".join(value) if kind in ("h1", "h2") else value
        size = TITLE if kind == "title" else BODY
        indent = 2 * size if kind == "p" else 0.0
        lines = _wrap(text, size, measure, indent)
        pages.need(len(lines) * size * 1.6)
        for n, line in enumerate(lines):
            pages.y += size * 1.6
            x = MARGIN + (indent if n == 0 else 0.0)
            if kind == "title":
                x = MARGIN + (measure - _width(line, size)) / 2
            pages.text(x, pages.y, line, size)
        pages.y += size * 0.4
    _write(pages.pages, path)
    return path


def _table(pages: _Pages, cells, nrows: int, ncols: int, measure: float) -> None:
    widths = [measure * w for w in _fractions(ncols)]
    xs = [MARGIN + sum(widths[:j]) for j in range(ncols + 1)]
    wrapped = {id(c): _wrap(c.text, CELL, xs[c.col + c.cols] - xs[c.col] - 2) for c in cells}
    heights = [CELL * 1.8] * nrows
    for c in cells:                      # a row is as tall as its tallest one-row cell
        if c.rows == 1:
            heights[c.row] = max(heights[c.row], len(wrapped[id(c)]) * CELL * 1.35 + 1.5)
    pages.need(sum(heights) + 4)
    top = pages.y + 2
    ys = [top + sum(heights[:i]) for i in range(nrows + 1)]
    for c in cells:
        x0, x1, y0, y1 = xs[c.col], xs[c.col + c.cols], ys[c.row], ys[c.row + c.rows]
        for a, b, cc, d in ((x0, y0, x1, y0), (x0, y1, x1, y1), (x0, y0, x0, y1), (x1, y0, x1, y1)):
            pages.rule(a, b, cc, d)
        lines = wrapped[id(c)]
        first = y0 + (y1 - y0 - len(lines) * CELL * 1.35) / 2 + CELL
        for n, line in enumerate(lines):
            pages.text(x0 + 1, first + n * CELL * 1.35, line, CELL)
    pages.y = ys[-1] + 2


def _fractions(ncols: int) -> list[float]:
    if ncols == 10:                      # table 三: three label columns, seven values
        raw = [40, 55, 110] + [38] * 7
    elif ncols == 4:
        raw = [150, 110, 110, 110]
    else:
        raw = [1] * ncols
    return [r / sum(raw) for r in raw]


def _write(pages: list[list[str]], path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD">'
                   '<ofd:DocBody><ofd:DocInfo><ofd:DocID>gxlint-test</ofd:DocID></ofd:DocInfo>'
                   '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        listed = "".join(f'<ofd:Page ID="{n + 1}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        z.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}>'
                   f'<ofd:CommonData><ofd:MaxUnitID>{10 + sum(map(len, pages))}</ofd:MaxUnitID>'
                   f'<ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W} {PAGE_H}</ofd:PhysicalBox></ofd:PageArea>'
                   '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
                   f'<ofd:Pages>{listed}</ofd:Pages></ofd:Document>')
        z.writestr("Doc_0/PublicRes.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res {NS} BaseLoc="Res">'
                   '<ofd:Fonts><ofd:Font ID="2" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
        for n, objects in enumerate(pages):
            z.writestr(f"Doc_0/Pages/Page_{n}/Content.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}><ofd:Content>'
                       f'<ofd:Layer ID="{n + 2}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')
