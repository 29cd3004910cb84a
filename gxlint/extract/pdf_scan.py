"""The scanned pages of a PDF (images, no text layer) read by OCR (extract.ocr) into what
a text page gives the PDF reader: its lines (text, x0, x1, top, bottom) and its ruled
frames, so that the same reading joins paragraphs, drops running heads and page
numbers and stitches tables broken over pages.

Each page is rendered at 200 dpi (a scanner's usual resolution) by pdfium, within a
pixel budget for a page whose size is crafted; a red seal, stamped over the signature
of nearly every scanned report, is made paper first (the red channel is the ink), so
that it hides neither the organ's name nor the date. OCR costs seconds a page: the
pages and the time one file may take are limited, and a terminal shows the progress."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..i18n import t
from . import ExtractError, reason
from .grids import split
from .ocr import figure, load, read_boxes, read_image
from .ruled import Line, Ruled, Run, cell_boxes, cell_of, place, rulings, set_lines, table
from .scan_image import ink, straighten

DPI = 200
MAX_PIXELS = 40_000_000        # a page rendered: A3 at 300 dpi is 17 M
MAX_PAGES = 100                # scanned pages one file may have read
MAX_SECONDS = 600              # and the time their reading may take
MM_PER_INCH = 25.4
MAX_IMAGE_PIXELS = 150_000_000     # an A3 page scanned at 600 dpi is 70 M
_FEW_CHARS = 40                    # characters of text over a page-sized image: a stamp, not the page


@dataclass(frozen=True, slots=True)
class Scanned:
    """A scanned page as read: its size in mm, its lines as a text page's, and its frames'
    contents as (top, 1, grid) or (top, 2, (text, runs to the frame's edge))."""
    number: int
    width: float
    height: float
    lines: list[dict]
    frames: list[tuple]


def is_scan(page: Any, can_ocr: bool, number: int, lang: str) -> bool:
    """Whether a pdfplumber page is a scan: images and no text, or (where OCR can read
    it) a few words laid over a page-sized image. Its images are checked here, before
    anything decodes them."""
    if not page.images or (page.chars and not (can_ocr and _stamped_scan(page))):
        return False
    _check_images(page.images, number, lang)
    return True


def _stamped_scan(page) -> bool:
    """A scanned page with a few words of text laid over it (a portal's watermark, a
    stamp of the date it was received): an image over most of the page, and too little
    text to be the page's own (a page of text has hundreds of characters)."""
    if len(page.chars) >= _FEW_CHARS:
        return False
    area = 0.0
    for im in page.images:
        across = min(im["x1"], page.width) - max(im["x0"], 0.0)
        down = min(im["bottom"], page.height) - max(im["top"], 0.0)
        area += max(across, 0.0) * max(down, 0.0)
    return area >= 0.6 * page.width * page.height


def _check_images(images: list[dict], number: int, lang: str) -> None:
    """A scan's images are decoded whole to be read: one declaring more pixels than any
    page scanned at 600 dpi has is crafted."""
    pixels = sum(int(im["srcsize"][0]) * int(im["srcsize"][1]) for im in images)
    if pixels > MAX_IMAGE_PIXELS:
        raise ExtractError(t("extract.image_too_big", lang, page=number, size=pixels // 1_000_000,
                             limit=MAX_IMAGE_PIXELS // 1_000_000))


def read_scans(path: str, numbers: list[int], lang: str, progress: bool = False) -> Iterator[Scanned]:
    import pypdfium2 as pdfium

    if len(numbers) > MAX_PAGES:
        raise ExtractError(t("extract.ocr_too_many", lang, n=len(numbers), limit=MAX_PAGES))
    load(lang)
    began = time.monotonic()
    try:
        doc = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as exc:          # what pdfminer read, pdfium may not
        raise ExtractError(t("extract.bad_pdf", lang, reason=reason(exc))) from None
    shown = _Shown(path, len(numbers), lang, progress)
    try:
        for done, number in enumerate(numbers):
            if time.monotonic() - began > MAX_SECONDS:
                raise ExtractError(t("extract.ocr_timeout", lang, seconds=MAX_SECONDS))
            shown.page(done)
            try:
                scanned = _read(doc[number - 1], number)
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001 - a broken image is the page's error, not a crash
                raise ExtractError(t("extract.bad_page", lang, page=number, reason=reason(exc))) from None
            yield scanned
    finally:
        shown.close()
        doc.close()


def _read(page: Any, number: int) -> Scanned:
    width, height = page.get_size()                      # points
    scale = min(DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    image = page.render(scale=scale, rev_byteorder=True).to_numpy()
    page.close()
    mm_per_px = MM_PER_INCH / (72 * scale)
    page_ink = straighten(ink(image))
    runs, strokes = read_image(page_ink, mm_per_px)
    frames = rulings(strokes)
    inside, loose = place(frames, runs)
    lines = [_as_pdf_line(line) for line in set_lines(loose)]
    items = []
    for n, grid in enumerate(frames):
        held = inside.get(n, [])
        items += _frame(grid, held + _missed(grid, held, page_ink, mm_per_px))
    mm = MM_PER_INCH / 72
    return Scanned(number, width * mm, height * mm, lines, items)


def _missed(grid: Ruled, runs: list[Run], page_ink: Any, mm_per_px: float) -> list[Run]:
    """What stands in the cells the detector left empty (a lone small "0" is often too
    little for it to find), read by recognition alone."""
    taken = {cell_of(grid, r) for r in runs}
    return read_boxes(page_ink, [box for cell, box in cell_boxes(grid).items() if cell not in taken], mm_per_px)


def _as_pdf_line(line: Line) -> dict:
    return {"text": line.text, "x0": line.left, "x1": line.right, "top": line.y - line.size, "bottom": line.y}


def _frame(grid: Ruled, runs: list[Run]) -> list[tuple]:
    """A ruled frame's contents as the PDF reader takes a text page's (pdf_tables.read_frame):
    its tables, and the rows of one cell across it as text lines, each with whether its
    last line runs to the frame's edge (a paragraph set one framed row a line goes on)."""
    by_row: dict[int, list[Run]] = {}
    for r in runs:
        by_row.setdefault(cell_of(grid, r)[0], []).append(r)
    out: list[tuple] = []
    for first, part in split(table(grid, runs)):
        top = grid.ys[first]
        if isinstance(part, str):
            row = by_row.get(first, [])
            last = max(row, key=lambda r: r.y) if row else None
            reaches = last is not None and last.right >= grid.xs[0] + 0.75 * (grid.xs[-1] - grid.xs[0])
            out.append((top, 2, (part, reaches)))
        else:
            out.append((top, 1, [[figure(cell) for cell in row] for row in part]))
    return out


class _Shown:
    """Progress on a terminal ("OCR 识别 scan.pdf：第 3/12 页"), on one line that is
    cleared at the end, where the run asked for it (one file, standard error a
    terminal: a bulk run shows its own bar)."""

    def __init__(self, path: str, total: int, lang: str, on: bool) -> None:
        self.path, self.total, self.lang, self.on = path, total, lang, on

    def page(self, done: int) -> None:
        if self.on:
            sys.stderr.write("\r" + t("extract.ocr_progress", self.lang, path=self.path, n=done + 1, total=self.total))
            sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
