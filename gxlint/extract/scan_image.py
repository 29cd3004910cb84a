"""A scanned page's image made ready to read: one channel in which ink is dark and
paper white (a red seal made paper), turned level, and the table rulings found in it
as the long straight runs of dark pixels they are, in millimetres from the page's top
left."""
from __future__ import annotations

from typing import Any

DARK = 160               # of 255: darker is ink
_H_RULE = 8.0            # mm: a horizontal stroke this long is a ruling (a 一 in a 22 pt title is 7.5)
_V_RULE = 3.0            # mm: a vertical one (a row is 5 mm high at least); lone strokes make no grid
_JOIN = 0.5              # mm: a vertical ruling's end this near a horizontal one meets it
_THICK = 1.5             # mm: a ruling is thinner; a filled bar is none
_SKEW_SCALE = 0.25       # of the page, to find its skew on
_MAX_SKEW = 3            # degrees: a page more askew than this was not scanned, it was photographed


def ink(image: Any) -> Any:
    """One channel of the rendered page, red ink made paper and paper made white: the red
    channel of a colour page (a red seal is bright in it, black and blue text dark), the
    page itself if grey; a scan's greyish or yellowed paper is brought up to white, so
    that what is ink does not depend on how dark the scanner made the paper."""
    import numpy as np

    channel = image[:, :, 0] if image.ndim == 3 else image
    paper = float(np.percentile(channel[::4, ::4], 75))     # most of a page is paper
    if paper >= 250 or paper < 2 * DARK // 3:       # white already, or a page that is mostly ink
        return channel
    return np.clip(channel.astype(np.float32) * (255.0 / paper), 0, 255).astype(np.uint8)


def straighten(ink: Any) -> Any:
    """The page turned level: paper fed a little askew (half a degree or so is common)
    slants every ruling, which then breaks into pieces too thick to be rulings. The
    angle is the one at which the rows of ink are most sharply separated (the variance
    of the ink per row is highest), sought on a reduced copy; the page is turned by it
    about its centre, white coming in at the edges."""
    import cv2
    import numpy as np

    small = cv2.resize(ink, None, fx=_SKEW_SCALE, fy=_SKEW_SCALE, interpolation=cv2.INTER_AREA)
    dark = (small < DARK).astype(np.float32)
    h, w = dark.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(dark, cv2.getRotationMatrix2D(centre, angle, 1.0), (w, h))
        return float(np.var(turned.sum(axis=1)))

    coarse = max((a / 2 for a in range(-2 * _MAX_SKEW, 2 * _MAX_SKEW + 1)), key=sharpness)
    angle = max((coarse + a / 20 for a in range(-10, 11)), key=sharpness)
    if abs(angle) < 0.1:
        return ink
    hh, ww = ink.shape
    matrix = cv2.getRotationMatrix2D((ww / 2, hh / 2), angle, 1.0)
    return cv2.warpAffine(ink, matrix, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=255)


def strokes(ink: Any, mm_per_px: float) -> list[tuple[float, float, float, float]]:
    """Horizontal and vertical rulings (x0, y0, x1, y1) in mm: ink that survives an
    opening with a long thin kernel, each piece a stroke along its middle. A vertical
    piece is a ruling only where it meets horizontal ones as a table's do (_ruling): a
    character's down stroke in a cell meets none."""
    import cv2
    import numpy as np

    dark = (ink < DARK).astype(np.uint8)
    thick = _THICK / mm_per_px
    found: dict[bool, list[tuple[float, float, float]]] = {}
    for flat, length in ((True, _H_RULE), (False, _V_RULE)):
        n = max(3, round(length / mm_per_px))
        kernel = np.ones((1, n) if flat else (n, 1), np.uint8)
        opened = cv2.morphologyEx(dark, cv2.MORPH_OPEN, kernel)
        count, _, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        found[flat] = [((y + h / 2) * mm_per_px, x * mm_per_px, (x + w) * mm_per_px) if flat
                       else ((x + w / 2) * mm_per_px, y * mm_per_px, (y + h) * mm_per_px)
                       for x, y, w, h, _area in stats[1:count] if (h if flat else w) <= thick]
    across = found[True]
    down = [v for v in found[False] if _ruling(across, *v)]
    return [(x0, y, x1, y) for y, x0, x1 in across] + [(x, y0, x, y1) for x, y0, y1 in down]


def _ruling(across: list[tuple[float, float, float]], x: float, top: float, bottom: float) -> bool:
    """A vertical piece is a ruling where both its ends meet horizontal ones, or where it
    is longer than any character's stroke (a table broken by the page leaves its side
    rulings open at the top or bottom)."""
    return (_meets(across, x, top) and _meets(across, x, bottom)) or bottom - top >= _H_RULE


def _meets(across: list[tuple[float, float, float]], x: float, y: float) -> bool:
    """Whether a horizontal ruling passes through (x, y), give or take a stroke's width."""
    return any(abs(h - y) <= _JOIN and x0 - _JOIN <= x <= x1 + _JOIN for h, x0, x1 in across)
