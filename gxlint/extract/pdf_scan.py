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

import regex

from ..i18n import t
from . import ExtractError, reason
from .grids import split
from .ocr import load, read_crops, read_image, straighten
from .ruled import Line, Ruled, Run, cell_boxes, cell_of, rulings, set_lines, table

DPI = 200
MAX_PIXELS = 40_000_000        # a page rendered: A3 at 300 dpi is 17 M
MAX_PAGES = 100                # scanned pages one file may have read
MAX_SECONDS = 600              # and the time their reading may take
MM_PER_INCH = 25.4
_INSET = 0.5                   # mm inside a cell's rulings: their ink is not the cell's
_MIN_INK = 12                  # dark pixels a cell needs to hold anything (a lone "0" at 7 pt has ~80)
_AS_DIGITS = str.maketrans("oO〇。°DlI|", "000000111")
_LOOKS_NUMERIC = regex.compile(r"[\d,.oO〇。°DlI|]*[\doO〇。°]")


@dataclass(frozen=True, slots=True)
class Scanned:
    """A scanned page as read: its size in mm, its lines as a text page's, and its frames'
    contents as (top, 1, grid) or (top, 2, (text, runs to the frame's edge))."""
    number: int
    width: float
    height: float
    lines: list[dict]
    frames: list[tuple]


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
    inside: dict[int, list[Run]] = {}
    loose = []
    for r in runs:
        k = next((n for n, g in enumerate(frames) if g.holds(r)), None)
        if k is None:
            loose.append(r)
        else:
            inside.setdefault(k, []).append(r)
    lines = [_as_pdf_line(line) for line in set_lines(loose)]
    items = [item for n, g in enumerate(frames)
             for item in _frame(g, inside.get(n, []) + _missed(g, inside.get(n, []), page_ink, mm_per_px))]
    mm = MM_PER_INCH / 72
    return Scanned(number, width * mm, height * mm, lines, items)


def _missed(grid: Ruled, runs: list[Run], page_ink: Any, mm_per_px: float) -> list[Run]:
    """What stands in the cells the detector left empty, read by recognition alone: the
    ink inside the cell's rulings, cropped to itself with a margin."""
    import numpy as np

    taken = {cell_of(grid, r) for r in runs}
    crops, places = [], []
    inset = _INSET / mm_per_px
    for cell, (x0, y0, x1, y1) in cell_boxes(grid).items():
        if cell in taken:
            continue
        left, top = int(x0 / mm_per_px + inset), int(y0 / mm_per_px + inset)
        right, bottom = int(x1 / mm_per_px - inset), int(y1 / mm_per_px - inset)
        if right - left < 4 or bottom - top < 4:
            continue
        dark = np.argwhere(page_ink[top:bottom, left:right] < 160)
        if len(dark) < _MIN_INK:
            continue
        (a, b), (c, d) = dark.min(axis=0), dark.max(axis=0)
        pad = 4
        crop = page_ink[max(0, top + a - pad):top + c + pad + 1, max(0, left + b - pad):left + d + pad + 1]
        # White beside the text as wide as it is high: the recogniser reads a lone
        # figure far more surely with room around it (0.46-0.94 → 0.83-0.94 on lone 0s).
        crops.append(np.pad(crop, ((pad, pad), (crop.shape[0], crop.shape[0])), constant_values=255))
        places.append(tuple(v * mm_per_px for v in (left + b, left + d + 1, top + a, top + c + 1)))
    out = []
    for (text, score), (x0, x1, y0, y1) in zip(read_crops(crops), places, strict=True):
        if text and score >= 0.5:
            out.append(Run(x0, y1, y1 - y0, text, x1))
    return out


def _figure(cell: str | None) -> str | None:
    """A table cell's figure as written: OCR reads a lone 0 in a small cell as the letter
    o or a full stop as often as not, and 1 as l or I; a cell of nothing but such marks
    and digits is a figure."""
    return cell.translate(_AS_DIGITS) if cell and _LOOKS_NUMERIC.fullmatch(cell) else cell


def ink(image: Any) -> Any:
    """One channel of the rendered page, red ink made paper: the red channel of a colour
    page (a red seal is bright in it, black and blue text dark), the page itself if grey."""
    return image[:, :, 0] if image.ndim == 3 else image


def _as_pdf_line(line: Line) -> dict:
    return {"text": line.text, "x0": line.left, "x1": line.right, "top": line.y - line.size, "bottom": line.y}


def _frame(grid: Ruled, runs: list[Run]) -> list[tuple]:
    """A ruled frame's contents as the PDF reader takes a text page's (pdf_tables.read_frame):
    its tables, and the rows of one cell across it as text lines, each with whether its
    last line runs to the frame's edge (a paragraph set one framed row a line goes on)."""
    out: list[tuple] = []
    for first, part in split(table(grid, runs)):
        top, bottom = grid.ys[first], grid.ys[first + 1]
        if isinstance(part, str):
            row = [r for r in runs if top <= r.middle[1] <= bottom]
            last = max(row, key=lambda r: r.y) if row else None
            reaches = last is not None and last.right >= grid.xs[0] + 0.75 * (grid.xs[-1] - grid.xs[0])
            out.append((top, 2, (part, reaches)))
        else:
            out.append((top, 1, [[_figure(cell) for cell in row] for row in part]))
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
