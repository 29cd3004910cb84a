"""A scanned page read by OCR: RapidOCR (PP-OCR's Chinese models, shipped inside its
wheel and run by onnxruntime: nothing is downloaded) finds the page's text lines and
reads them, with its table rulings (extract.scan_image). Both come back in millimetres
from the page's top left, as an .ofd states its text and strokes (extract.ruled reads
either).

The optional extra `gxlint[ocr]` installs the engine; without it `available()` is false
and the reader says how to enable it."""
from __future__ import annotations

import bisect
import importlib.util
from functools import lru_cache
from typing import Any

import regex

from ..i18n import t
from . import ExtractError, reason
from .ruled import Run
from .scan_image import DARK, strokes

ENGINE = "rapidocr_onnxruntime"
INSTALL = "pip install 'gxlint[ocr]'"
_JOIN_PX = 4             # pixels: a ruling this far inside a detected line's box cuts it
_INSET = 0.5             # mm inside a cell's rulings: their ink is not the cell's
_MIN_INK = 12            # dark pixels a cell needs to hold anything (a lone "0" at 7 pt has ~80)
_PAD = 8                 # pixels of white above and below a cell's text
# A space the recogniser reads in a gap beside a Chinese character or mark ("一、 总体情况"):
# Chinese is written without them; only Latin words keep theirs.
_WIDE_GAP = regex.compile(r"(?<=[^\x00-\x7f]) +| +(?=[^\x00-\x7f])")
# A heading's or a row's number: what a line's missed start may be (_leads).
_NUMBERING = regex.compile(r"[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十\d]{1,2}[)）]"
                           r"|\d{1,2}[、.．]|[、.．]")
_LEAD_EMS = 2.5          # how far before a line (in its heights) ink may be its missed start
_MIN_FIGURE_SCORE = 0.3  # a figure-like reading's (_kept)
_AS_DIGITS = str.maketrans("oO〇。°DlI|", "000000111")
_LOOKS_NUMERIC = regex.compile(r"[\d,.oO〇。°DlI|]*[\doO〇。°]")
_MIN_SCORE = 0.5         # the engine's confidence below which a reading is noise (a speck, a seal's edge)


def available() -> bool:
    try:
        return importlib.util.find_spec(ENGINE) is not None
    except (ImportError, ValueError):          # its import blocked (sys.modules holds None)
        return False


def load(lang: str) -> None:
    """The engine made ready, or ExtractError where it is installed but cannot load (a
    library of onnxruntime's or OpenCV's missing from the system)."""
    try:
        _engine()
    except (ImportError, OSError) as exc:
        raise ExtractError(t("extract.ocr_broken", lang, reason=reason(exc))) from None


@lru_cache(maxsize=1)
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    # Pages are upright: the angle classifier would cost a fifth of the time for nothing.
    return RapidOCR(use_cls=False, print_verbose=False)


def read_image(ink: Any, mm_per_px: float) -> tuple[list[Run], list[tuple[float, float, float, float]]]:
    """The text runs and ruling strokes of a page image. `ink`: the page as one channel
    (0 black, 255 white) in which a red seal is already paper (`ink`)."""
    import numpy as np

    rules = strokes(ink, mm_per_px)
    down = [(x0 / mm_per_px, y0 / mm_per_px, y1 / mm_per_px) for x0, y0, x1, y1 in rules if x0 == x1]
    result, _ = _engine()(np.dstack([ink] * 3), return_word_box=True)
    kept = [(box, text, words) for box, text, score, *words in result or () if _kept(text.strip(), float(score))]
    lines = [(min(p[0] for p in box), min(p[1] for p in box), max(p[0] for p in box), max(p[1] for p in box))
             for box, _, _ in kept]
    leads = _leads(ink, lines, [text for _, text, _ in kept], down, mm_per_px)
    runs = []
    for (left, top, right, bottom), (_, text, words), (lead, start) in zip(lines, kept, leads, strict=True):
        pieces = _pieces(text, left, right, (top + bottom) / 2, words, down)
        if lead:
            piece, _, end = pieces[0]
            pieces[0] = (lead + piece, start, end)
        for piece, x0, x1 in pieces:
            runs.append(_run(piece, x0 * mm_per_px, x1 * mm_per_px, top * mm_per_px, bottom * mm_per_px))
    return runs, rules


def _leads(ink: Any, lines: list[tuple[float, float, float, float]], texts: list[str], down,
           mm_per_px: float) -> list[tuple[str, float]]:
    """What the detector left out at the start of each line, and where the line then
    starts: a lone 一 is a single stroke it often does not take for text ("一、总体情况"
    detected from 总, "一、本年新收" from 本). Ink just before a line, nearer than a
    character and not behind a ruling or another line, is read with the line; where the
    reading is the line's own text with a heading's or row's number before it, that
    number is its lead (nothing else: a ruling's edge or a neighbour's word is none)."""
    import numpy as np

    crops, asked = [], []
    inset = _INSET / mm_per_px
    # The lines level with a line are among those whose top is within the tallest
    # line's height of its own: found by bisection, not by looking at every line.
    order = sorted(range(len(lines)), key=lambda m: lines[m][1])
    tops = [lines[m][1] for m in order]
    tallest = max((b - t for _, t, _, b in lines), default=0.0)
    for k, (left, top, right, bottom) in enumerate(lines):
        level = order[bisect.bisect_left(tops, top - tallest):bisect.bisect_left(tops, bottom)]
        start = left - _LEAD_EMS * (bottom - top)
        start = max([start, 0.0] + [x + inset for x, y0, y1 in down if start < x < left and y0 < top and bottom < y1]
                    + [lines[m][2] for m in level if m != k and lines[m][3] > top and lines[m][2] < left])
        inked = ink[int(top):int(bottom), int(start):int(left)] < DARK
        columns = np.flatnonzero(inked.sum(axis=0))
        if inked.sum() < _MIN_INK:
            continue
        begin = int(start) + int(columns[0])
        crop = ink[int(top):int(bottom) + 1, max(0, begin - _PAD):int(right) + 1]
        crops.append(np.dstack([np.pad(crop, ((_PAD, _PAD), (_PAD, _PAD)), constant_values=255)] * 3))
        asked.append((k, float(begin)))
    out = [("", 0.0)] * len(lines)
    if crops:
        found, _ = _engine().text_rec(crops)
        for (k, at), (read, score, *_) in zip(asked, found, strict=True):
            read, own = str(read).strip(), texts[k].strip()
            lead = read[:len(read) - len(own)].strip() if read.endswith(own) else ""
            if float(score) >= _MIN_SCORE and _NUMBERING.fullmatch(lead):
                out[k] = (lead, at)
    return out


def read_boxes(ink: Any, boxes: list[tuple[float, float, float, float]], mm_per_px: float) -> list[Run]:
    """The text inside each box (x0, y0, x1, y1 in mm: a table cell, its rulings left
    out) that holds ink, read by recognition alone, as a run where the ink stands."""
    import numpy as np

    crops, places = [], []
    inset = _INSET / mm_per_px
    for x0, y0, x1, y1 in boxes:
        left, top = int(x0 / mm_per_px + inset), int(y0 / mm_per_px + inset)
        right, bottom = int(x1 / mm_per_px - inset), int(y1 / mm_per_px - inset)
        if right - left < 4 or bottom - top < 4:
            continue
        region = ink[top:bottom, left:right]
        dark = np.argwhere(region < DARK)
        if len(dark) < _MIN_INK:
            continue
        (a, b), (c, d) = dark.min(axis=0), dark.max(axis=0)
        crop = region[a:c + 1, b:d + 1]
        # Read with a little white round it and with white beside it as wide as it is
        # high, the surer reading kept: a lone figure's is sure in one and not the other,
        # depending on its font (a small round 0: 0.46 narrow, 0.83 wide; a tall narrow
        # one: 0.99 narrow, 0.27 wide).
        for margin in (_PAD, _PAD + crop.shape[0]):
            crops.append(np.dstack([np.pad(crop, ((_PAD, _PAD), (margin, margin)), constant_values=255)] * 3))
        places.append(tuple(v * mm_per_px for v in (left + b, left + d + 1, top + a, top + c + 1)))
    if not crops:
        return []
    found, _ = _engine().text_rec(crops)
    readings = [max(pair, key=lambda r: float(r[1])) for pair in zip(found[::2], found[1::2], strict=True)]
    return [Run(x0, y1, y1 - y0, str(text).strip(), x1)
            for (text, score, *_), (x0, x1, y0, y1) in zip(readings, places, strict=True)
            if _kept(str(text).strip(), float(score))]


def figure(cell: str | None) -> str | None:
    """A table cell's figure as written: OCR reads a lone 0 in a small cell as the letter
    o or a full stop as often as not, and 1 as l or I; a cell of nothing but such marks
    and digits is a figure."""
    return cell.translate(_AS_DIGITS) if cell and _LOOKS_NUMERIC.fullmatch(cell) else cell


def _kept(text: str, score: float) -> bool:
    """Whether a reading is worth keeping: a sure one, or a figure-like one a little less
    sure (the recogniser doubts a lone 0 between "0", "o" and "。"; a blank would say
    less than the figure it probably is, and OCR's figures are checked as warnings)."""
    return bool(text) and (score >= _MIN_SCORE or (score >= _MIN_FIGURE_SCORE and _LOOKS_NUMERIC.fullmatch(text)))


def _pieces(text: str, left: float, right: float, middle: float, words: list, down) -> list[tuple[str, float, float]]:
    """A detected line cut where a vertical ruling crosses it: the engine reads the
    header words of narrow columns set side by side as one line ("结果结果维持纠正");
    each character goes to the side of the ruling its box's middle is on."""
    cuts = sorted(x for x, y0, y1 in down if y0 < middle < y1 and left + _JOIN_PX < x < right - _JOIN_PX)
    if not cuts or len(words) < 2 or len(words[0]) != len(words[1]):
        return [(text.strip(), left, right)]
    groups: dict[int, list[tuple[str, float, float]]] = {}
    for char_box, char in zip(words[0], words[1], strict=True):
        x0, x1 = min(p[0] for p in char_box), max(p[0] for p in char_box)
        groups.setdefault(bisect.bisect(cuts, (x0 + x1) / 2), []).append((char, x0, x1))
    out = []
    for _, chars in sorted(groups.items()):
        piece = "".join(c for c, _, _ in chars).strip()
        if piece:
            out.append((piece, chars[0][1], chars[-1][2]))
    return out


def _run(text: str, left: float, right: float, top: float, bottom: float) -> Run:
    """A detected line as a run: the engine's box has a margin round the text, so the
    characters' size is read from the box's width and what it holds (a Chinese
    character an em wide, a digit or letter half), within its height."""
    text = _WIDE_GAP.sub("", text)
    height = bottom - top
    ems = sum(0.5 if c.isascii() else 1.0 for c in text)
    size = min(height, max(0.5 * height, (right - left) / ems)) if ems >= 1 else 0.8 * height
    middle = (top + bottom) / 2
    return Run(left, middle + size / 2, size, text, right)
