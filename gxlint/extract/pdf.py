""".pdf (pdfplumber): text in reading order, tables from the ruling lines.

A PDF has lines, not paragraphs: a line that runs (nearly) to the right margin and does
not end a sentence continues in the next one unless that is indented or numbered (also
across a page break), so a number is never cut from its unit. Page numbers in the
margin are dropped. A page with images and no text layer is a scan: it is read by OCR
(extract.pdf_scan) where the optional engine is installed; where it is not, a PDF of
scans only is refused with the way to install it.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

import regex

from ..chars import HAN, LATIN_GAP
from ..i18n import t
from . import Builder, ExtractError, Grid, Layout, cell_text, join_lines, ocr, reason
from .guard import check_size
from .pdf_limits import (
    MAX_DECODED,
    MAX_PAGE_CONTENT,
    MAX_PAGE_OBJECTS,
    MB,
    Exceeded,
    declared_pages,
    page_content_size,
    reading_limits,
)
from .pdf_scan import is_scan, read_scans
from .pdf_tables import read_frame, stitch

MAX_PAGES = 1000
MAX_SECONDS = 120          # a crafted file must not hold a bulk run for ever
_PAGE_NUMBER = regex.compile(r"^[-—–－\s]*(?:第\s*)?\d{1,4}\s*页?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–－\s]*$")
_CID = regex.compile(r"\(cid:\d+\)")   # a glyph whose font maps to no character
# pdfminer puts a space where a Latin font meets a Chinese one ("人民政府 2021 年").
_GAP = regex.compile(r"\S +(?=\S)")
_DIGITS = regex.compile(r"\d+")
_WORD = regex.compile(r"[\p{Han}A-Za-z]")
# What a browser prints in a page's margins: the date and time, the page's address, "1/3".
_STAMP = regex.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*(?:(?:上午|下午)\s*)?\d{1,2}:\d{2}(?::\d{2})?"
                       r"\s*(?:[AaPp][Mm])?|(?:https?|file)://\S+|\b\d{1,4}\s*/\s*\d{1,4}\b")
_CLOSING = regex.compile(r"[、，。；：！？）》”’]+")
_ENDS = "。！？；!?;"        # not the colon: "电话：" wraps as often as "如下：" ends
_STARTS_BLOCK = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}[、．.](?!\d))")


def extract_pdf(path: str, lang: str = "zh", progress: bool = False) -> tuple[str, Layout]:
    check_size(path, ".pdf", lang)
    try:
        with reading_limits():
            return _open_and_read(path, lang, progress)
    except Exceeded as exc:
        if exc.args == ("objects",):
            raise ExtractError(t("extract.page_too_busy", lang, limit=MAX_PAGE_OBJECTS)) from None
        raise ExtractError(t("extract.pdf_bomb", lang, limit=MAX_DECODED // MB)) from None


def _open_and_read(path: str, lang: str, progress: bool) -> tuple[str, Layout]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        pdf = pdfplumber.open(path)
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, Exceeded):
            raise cause from None
        if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
            raise ExtractError(t("extract.encrypted", lang)) from None
        raise ExtractError(t("extract.bad_pdf", lang, reason=reason(cause))) from None
    except (MemoryError, Exceeded):
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on broken files
        raise ExtractError(t("extract.bad_pdf", lang, reason=reason(exc))) from None
    try:
        return _read(pdf, path, lang, progress)
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001 - closing walks the page tree again: if it is broken, _read said so
            pass


def _read(pdf, path: str, lang: str, progress: bool) -> tuple[str, Layout]:
    out = Builder("pdf", lang)
    flow = _Flow(out)
    scanned: list[int] = []
    can_ocr = ocr.available()
    began = time.monotonic()
    declared = declared_pages(pdf)
    if declared is not None and declared > MAX_PAGES:       # before the page tree is walked
        raise ExtractError(t("extract.too_many_pages", lang, n=declared, limit=MAX_PAGES))
    try:
        pages = pdf.pages
    except (MemoryError, Exceeded):
        raise
    except Exception as exc:  # noqa: BLE001 - as above
        raise ExtractError(t("extract.bad_pdf", lang, reason=reason(exc))) from None
    if len(pages) > MAX_PAGES:
        raise ExtractError(t("extract.too_many_pages", lang, n=len(pages), limit=MAX_PAGES))
    read: list[_PageItems] = []
    for number, page in enumerate(pages, 1):
        if time.monotonic() - began > MAX_SECONDS:
            raise ExtractError(t("extract.timeout", lang, seconds=MAX_SECONDS))
        try:
            items = _page(page, number, scanned, can_ocr, lang)
            if items is not None:
                read.append(items)
        except ExtractError:
            raise
        except (MemoryError, Exceeded):
            raise
        except Exception as exc:  # noqa: BLE001 - one broken page is the file's error
            if exc.args and isinstance(exc.args[0], Exceeded):      # wrapped by pdfplumber
                raise exc.args[0] from None
            raise ExtractError(t("extract.bad_page", lang, page=number, reason=reason(exc))) from None
        finally:
            page.close()
    if scanned and can_ocr:
        scans = read_scans(path, scanned, lang, progress)
        read += [_assemble(s.number, s.width, s.height, s.lines, s.frames) for s in scans]
        read.sort(key=lambda items: items.number)
        out.ocr, scanned = scanned, []
    running = _running(read)
    for items in read:
        _replay(items, running, flow)
    flow.end()
    if not out.lines:
        key = "extract.scanned" if scanned else "extract.ocr_no_text" if out.ocr else "extract.no_text"
        raise ExtractError(t(key, lang, install=ocr.INSTALL))
    text = "".join(out.lines)
    if len(_CID.findall(text)) * 8 > len(text) * 0.3:
        raise ExtractError(t("extract.no_unicode", lang))
    if scanned:
        out.notes.append(t("extract.scanned_pages", lang, pages="、".join(map(str, scanned)), install=ocr.INSTALL))
    if out.ocr:
        out.notes.append(t("extract.ocr_pages", lang, pages="、".join(map(str, out.ocr))))
    return out.result()


def _page_number(lines: list[dict], i: int, number: int, height: float) -> bool:
    """A running header or footer's page number: first or last on the page, in the
    margin, and either decorated ("- 3 -", "第3页", "3/12") or the page's own number
    (give or take a cover page). Any other number alone there is a table cell."""
    ln = lines[i]
    m = _PAGE_NUMBER.match(ln["text"])
    if not m or i not in (0, len(lines) - 1):
        return False
    if not (ln["top"] > height * 0.85 or ln["bottom"] < height * 0.15):
        return False
    bare = ln["text"].strip()
    return not bare.isdigit() or 0 <= number - int(bare) <= 2


@dataclass(frozen=True, slots=True)
class _PageItems:
    """A page as read: its size, its lines and its frames' contents by their top, and the
    lines in its margins (where running heads and feet stand)."""
    number: int
    width: float
    items: list
    margin: tuple[dict, ...]


def _page(page, number: int, scanned: list[int], can_ocr: bool, lang: str) -> _PageItems | None:
    size = page_content_size(page)
    if size > MAX_PAGE_CONTENT:          # before its glyphs are laid out, one object each
        raise ExtractError(t("extract.page_too_big", lang, page=number, size=size // MB, limit=MAX_PAGE_CONTENT // MB))
    if is_scan(page, can_ocr, number, lang):
        scanned.append(number)
        return None
    if not page.chars:
        return None
    tables = page.find_tables()
    boxes = [tb.bbox for tb in tables]

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    lines = page.filter(outside).extract_text_lines(return_chars=False)
    frames = [item for tb in tables for item in read_frame(page, tb)]
    return _assemble(number, page.width, page.height, lines, frames)


def _assemble(number: int, width: float, height: float, lines: list[dict], frames: list) -> _PageItems:
    """A page's lines (top to bottom) and its frames' contents as the flow takes them,
    without its page number."""
    lines = [ln for i, ln in enumerate(lines) if not _page_number(lines, i, number, height)]
    items = [(ln["top"], 0, ln) for ln in lines] + frames
    # Above the text area or below it: a page's top and bottom 8%, where Word, WPS and
    # browsers set running heads and feet; body text starts lower.
    margin = tuple(ln for ln in lines if ln["bottom"] < height * 0.08 or ln["top"] > height * 0.92)
    return _PageItems(number, width, sorted(items, key=lambda x: (x[0], x[1])), margin)


def _shape(line: dict) -> str:
    """A margin line as it comes back page after page: its numbers aside."""
    return _DIGITS.sub("#", line["text"].strip())


def _running(pages: list[_PageItems]) -> set[str]:
    """The running heads and feet: margin lines with words in them that come back on other
    pages, their numbers aside ("第 3 页", a printing time). A line of figures is a table's
    and never one."""
    seen: dict[str, set[int]] = {}
    for page in pages:
        for ln in page.margin:
            if _WORD.search(ln["text"]):
                seen.setdefault(_shape(ln), set()).add(page.number)
    return {text for text, numbers in seen.items() if len(numbers) > 1}


def _replay(page: _PageItems, running: set[str], flow: _Flow) -> None:
    """The page's items into the flow, without its running heads and feet and a
    browser's print stamps (date and time, the page's address, "1/3")."""
    dropped = {id(ln) for ln in page.margin if _shape(ln) in running or not _STAMP.sub("", ln["text"]).strip()}
    items = [entry for entry in page.items if id(entry[2]) not in dropped]
    lines = [item for _, kind, item in items if kind == 0]
    left = min((ln["x0"] for ln in lines), default=0)
    # The text area is centred on the page: a page of short lines (a table set one cell
    # per line) still has its right margin where the others have it.
    right = max(max((ln["x1"] for ln in lines), default=0), page.width - left)
    flow.page(page.number, left, right)
    for _, kind, item in items:
        if kind == 0:
            flow.line(item)
        elif kind == 1:
            flow.table(item)
        else:
            flow.framed(item)


def _cells(text: str) -> bool:
    """Chinese prose has no spaces between its words: a line of Chinese in several spaced
    pieces is a row of a table drawn without ruling lines, never part of a paragraph."""
    return len(_GAP.findall(text)) >= 2 and HAN.search(text) is not None


def _tight(text: str) -> str:
    return LATIN_GAP.sub("", text)


class _Flow:
    """Joins a page's lines into paragraphs."""

    def __init__(self, out: Builder) -> None:
        self.out = out
        self.parts: list[str] = []
        self.start_page = 0
        self.open = False            # the last line ran to the margin without ending a sentence
        self.left = self.right = 0.0
        self.number = 0
        self.grid: Grid = []          # the table being read, held until text follows it
        self.pages: list[int] = []    # the page of each of its rows

    def page(self, number: int, left: float, right: float) -> None:
        self.number, self.left, self.right = number, left, right

    def line(self, ln: dict) -> None:
        text = _tight(ln["text"].strip())
        if _CLOSING.fullmatch(text) and not self.parts and not self.grid and self.out.lines:
            self.out.attach(text)      # a comma that overhangs its frame ends the line before
            return
        if self.grid:
            self.end()
        size = max(ln["bottom"] - ln["top"], 1.0)
        indented = ln["x0"] > self.left + 1.5 * size
        cells = _cells(text)
        if not (self.open and not indented and not cells and not _STARTS_BLOCK.match(text)):
            self.end()
            self.start_page = self.number
        self.parts.append(text)
        # A wrapped line stops short of the margin when the next word (a date, a number)
        # did not fit, so "runs to the margin" means its last quarter.
        self.open = (ln["x1"] >= self.right - 0.25 * (self.right - self.left) and text[-1] not in _ENDS
                     and not cells)

    def framed(self, row: tuple[str, bool]) -> None:
        """Text in a frame of its own: a line of its own, as the frame sets it. Whether
        it runs to the frame's edge goes to the parser, which joins the lines of a
        paragraph wrapped one frame a line (Layout.reaching)."""
        text, reaches = row
        self.end()
        self.start_page = self.number
        self.parts.append(_tight(cell_text(text)))
        self.end()
        if reaches and self.out.lines:
            self.out.reaching.append(len(self.out.lines) - 1)

    def table(self, rows: Grid) -> None:
        if self.grid and not self.parts and self.number > self.pages[-1] and len(rows[0]) == len(self.grid[0]):
            before = len(self.grid)
            self.grid = stitch(self.grid, rows)      # the same table, continued on this page
            self.pages += [self.number] * (len(self.grid) - before)
            return
        self.end()
        self.grid, self.pages = rows, [self.number] * len(rows)

    def end(self) -> None:
        if self.parts:
            self.out.page = self.start_page
            self.out.paragraph(join_lines(self.parts))
        self.parts, self.open = [], False
        if self.grid:
            self.out.table(self.grid, self.pages)
        self.grid, self.pages = [], []
