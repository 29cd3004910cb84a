"""`--tree FILE`: which organs report under which government, for the roll-up check
(GX706). A CSV file of two columns, the organ then its parent ("机关,上级机关" or
"organ,parent" as a header line, or none), UTF-8 with or without a BOM, or GB18030 as
Excel writes it on a Chinese system. Names are matched as the audit matches organs
(features.organ_key)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..i18n import t
from .features import organ_key

_HEADERS = {("机关", "上级机关"), ("organ", "parent")}


class TreeError(Exception):
    """The file cannot be used; the message names it and the line."""


def read_tree(path: str, lang: str) -> dict[str, list[tuple[str, str]]]:
    """Parent's organ key → its children, each (key, name as written)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TreeError(t("tree.unreadable", lang, path=path, reason=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", errors="replace")
    out: dict[str, list[tuple[str, str]]] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [c.strip() for c in row]
        if not any(cells) or (number == 1 and tuple(c.lower() for c in cells[:2]) in _HEADERS):
            continue
        child, parent = (organ_key(c) if c else None for c in (cells + ["", ""])[:2])
        if len(cells) != 2 or child is None or parent is None:
            raise TreeError(t("tree.bad_line", lang, path=path, line=number))
        out.setdefault(parent, []).append((child, cells[0]))
    return out
