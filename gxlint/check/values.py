"""Comparing and showing the numbers checks read from reports."""
from __future__ import annotations

EPS = 1e-6          # counts are integers and fees have few decimals; this only absorbs float noise


def show(x: float) -> str:
    """12.0 → "12", 0.5 → "0.5": counts as written, decimals kept."""
    r = round(x)        # round() without ndigits gives an int
    return str(r) if abs(x - r) < EPS else f"{x:g}"
