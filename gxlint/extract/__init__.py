"""Extract: .docx, .html, .pdf and .ofd → the same line-oriented text a .txt report has.

Every format is written out as lines: one line per paragraph (or per line break in
it), one " | " row per table row, as web copies write a table. What the text does not
say is kept in a `Layout`: where each table cell stands (the table readers take a
document's cells from there, so a bar typed in a paragraph or a cell splits nothing),
the page a line sits on, heading styles, a web page's own facts. `gxlint inspect
--text` prints exactly this text, and line numbers in findings count its lines.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ..i18n import t
from ..model import NO_PAGE, PageFacts
from .grids import Grid, split

MAX_TEXT_CHARS = 5_000_000
MAX_CELLS = 200_000

_SPACE = regex.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\ufeff]+")
_WIDE = regex.compile(r"[^\x00-\x7f]")
_BREAK = regex.compile(r"\r\n|\r|\n")


class ExtractError(Exception):
    """The document cannot be read; the message is for the user."""


@dataclass(frozen=True, slots=True)
class CellRef:
    """Where a span of the extracted text sits in a table (1-based, in the full grid)."""
    table: int
    row: int
    column: int
    line: int          # 1-based line of the extracted text
    start: int         # 1-based columns of the cell's text in that line, end exclusive
    end: int


@dataclass(frozen=True, slots=True)
class Layout:
    kind: str                                   # "docx" | "html" | "pdf" | "ofd"
    pages: tuple[int, ...] = ()                 # page of each line (PDF and OFD only)
    cells: tuple[CellRef, ...] = ()
    headings: tuple[tuple[int, int], ...] = ()  # (line, level) from heading styles
    notes: tuple[str, ...] = ()                 # what could not be read, e.g. scanned pages
    page: PageFacts = NO_PAGE               # a web page's facts about the report (HTML only)
    reaching: tuple[int, ...] = ()              # 0-based lines that run to their frame's edge (PDF)
    ocr: tuple[int, ...] = ()                   # pages whose text OCR read (a scanned PDF's)

    def page_of(self, line: int) -> int | None:
        return self.pages[line - 1] if 1 <= line <= len(self.pages) else None

    def by_ocr(self, line: int) -> bool:
        """Whether the line's text was read by OCR, and may be misread."""
        return bool(self.ocr) and self.page_of(line) in self.ocr

    def cell_spans(self, starts: list[int]) -> dict[int, list[tuple[int, int]]]:
        """The table cells as the layout stage reads them (parse.layout.Cells): a row's
        line start offset → its cells' [start, end) offsets, given each line's start."""
        out: dict[int, list[tuple[int, int]]] = {}
        for c in self.cells:
            at = starts[c.line - 1]
            out.setdefault(at, []).append((at + c.start - 1, at + c.end - 1))
        return out

    def cell_at(self, line: int, column: int) -> CellRef | None:
        # The cells are in text order, as written.
        i = bisect.bisect_right(self.cells, (line, column), key=lambda c: (c.line, c.start)) - 1
        if i >= 0:
            c = self.cells[i]
            if c.line == line and c.start <= column < max(c.end, c.start + 1):
                return c
        return None


def reason(exc: BaseException) -> str:
    """A library's error as one short line for a user's message."""
    text = str(exc).splitlines()[0][:120] if str(exc) else ""
    return text or type(exc).__name__


def join_lines(parts: list[str]) -> str:
    """Join the lines of one cell or paragraph: a space only between two Latin words;
    a wrap next to a Chinese character splits nothing ("统计期限自" / "2021年")."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if out and not (_WIDE.match(out[-1]) or _WIDE.match(part[0])):
            out += " "
        out += part
    return out


def cell_text(raw: str) -> str:
    """A cell's text on one line. A bar typed in it stays: the table readers take a
    document's cells from the layout (Layout.cells), not from the bars between them."""
    return join_lines(_SPACE.sub(" ", raw).split("\n"))


@dataclass(slots=True)
class Builder:
    """Accumulates the extracted lines and their layout."""
    kind: str
    lang: str = "zh"
    lines: list[str] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    cells: list[CellRef] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    reaching: list[int] = field(default_factory=list)
    ocr: list[int] = field(default_factory=list)
    page: int = 0
    tables: int = 0
    size: int = 0

    def paragraph(self, text: str, level: int | None = None) -> None:
        """A paragraph's lines: a line break inside it (Word's Shift+Enter, a page's
        <br>) starts a line of the text, as it does on the page."""
        for part in _BREAK.split(text):
            part = _SPACE.sub(" ", part).strip()
            if not part:
                continue
            if level:
                self.headings.append((len(self.lines) + 1, level))
                level = None
            self._line(part)

    def table(self, grid: Grid, pages: list[int] | None = None) -> None:
        """Each row as " | " cells with a closing bar; a merged cell is written once, at
        its top-left slot, as web copies of these tables have it. A row of one cell
        across the table is a line of text, and the rows between such rows a table
        each (grids.split). `pages`: each row's page, for a PDF table that runs over a
        page break."""
        if sum(len(r) for r in grid) + len(self.cells) > MAX_CELLS:
            raise ExtractError(t("extract.too_many_cells", self.lang, limit=MAX_CELLS))
        for first, part in split(grid):
            if pages:
                self.page = pages[first]
            if isinstance(part, str):
                self.paragraph(cell_text(part))
            else:
                self._rows(part, pages[first:] if pages else None)

    def _rows(self, grid: Grid, pages: list[int] | None) -> None:
        self.tables += 1
        for r, row in enumerate(grid, 1):
            slots = [(c, cell_text(v)) for c, v in enumerate(row, 1) if v is not None]
            if not any(text for _, text in slots):
                continue
            if pages:
                self.page = pages[r - 1]
            line_no, col, parts = len(self.lines) + 1, 1, []
            for c, text in slots:
                self.cells.append(CellRef(self.tables, r, c, line_no, col, col + len(text)))
                parts.append(text)
                col += len(text) + 3
            self._line(" | ".join(parts) + " |")

    def attach(self, text: str) -> None:
        """Text that ends the last line written."""
        self.size += len(text)
        self.lines[-1] += text

    def _line(self, text: str) -> None:
        self.size += len(text) + 1
        if self.size > MAX_TEXT_CHARS:
            raise ExtractError(t("extract.too_much_text", self.lang, limit=MAX_TEXT_CHARS))
        self.lines.append(text)
        self.pages.append(self.page)

    def result(self, page: PageFacts = NO_PAGE) -> tuple[str, Layout]:
        pages = tuple(self.pages) if self.kind in ("pdf", "ofd") else ()
        return "\n".join(self.lines) + "\n", Layout(self.kind, pages, tuple(self.cells), tuple(self.headings),
                                                    tuple(self.notes), page, tuple(self.reaching), tuple(self.ocr))
