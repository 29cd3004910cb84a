"""Word's automatic list numbering, rendered as the text a reader sees.

Report headings are often numbered by a multi-level list ("一、" then "（一）"): the
numeral is not in the paragraph's text at all, only in numbering.xml. Counters follow
Word: one sequence per abstract list, deeper levels restart when a higher one counts.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

from .counters import FORMATS


@dataclass(frozen=True, slots=True)
class Level:
    start: int
    fmt: str
    text: str
    legal: bool      # isLgl: every placeholder in Arabic numerals


def _val(el, tag: str, default: str | None = None) -> str | None:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class Numbering:
    def __init__(self, document) -> None:
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self.restarted: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for ab in root.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in ab.findall(qn("w:lvl")):
                levels[_int(lvl.get(qn("w:ilvl")), 0)] = Level(
                    _int(_val(lvl, "w:start"), 1), _val(lvl, "w:numFmt", "decimal") or "decimal",
                    _val(lvl, "w:lvlText", "") or "", lvl.find(qn("w:isLgl")) is not None)
            self.abstract[ab.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            overrides = {_int(o.get(qn("w:ilvl")), 0): _int(_val(o, "w:startOverride"), 1)
                         for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}
            self.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId", "") or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """The rendered number of the next paragraph in list `num_id` at level `ilvl`."""
        if num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counts = self.counts.setdefault(abstract_id, {})
        if overrides and num_id not in self.restarted:   # a list that restarts its numbering
            self.restarted.add(num_id)
            counts.clear()
            for lvl, start in overrides.items():
                counts[lvl] = start - 1
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.text
        for k in range(8, -1, -1):
            if f"%{k + 1}" in text:
                lv = levels.get(k, level)
                n = counts.get(k, lv.start)
                fmt = "decimal" if level.legal else lv.fmt
                text = text.replace(f"%{k + 1}", FORMATS.get(fmt, str)(n))
        return text
