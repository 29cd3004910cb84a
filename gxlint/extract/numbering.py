"""Word's automatic list numbering, rendered as the text a reader sees.

Report headings are often numbered by a multi-level list ("一、" then "（一）"): the
numeral is not in the paragraph's text at all, only in numbering.xml. Counters follow
Word: one sequence per abstract list, deeper levels restart when a higher one counts.
"""
from __future__ import annotations

from dataclasses import dataclass

from docx.oxml.ns import qn

_CN = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def _chinese(n: int, digits: str = _CN, ten: str = "十") -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return (digits[tens] if tens > 1 else "") + ten + (digits[ones] if ones else "")
    return "".join(digits[int(d)] for d in str(n))


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(97 + r) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _enclosed(n: int, first: int, last: int) -> str:
    return chr(first + n - 1) if 1 <= n <= last else str(n)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalFullWidth2": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": lambda n: _enclosed(n, 0x2460, 20),
    "decimalEnclosedCircleChinese": lambda n: _enclosed(n, 0x2460, 20),
    "decimalEnclosedParen": lambda n: _enclosed(n, 0x2474, 20),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, 0x2488, 20),
    "ideographEnclosedCircle": lambda n: _enclosed(n, 0x3280, 10),
    "ideographParenthesized": lambda n: _enclosed(n, 0x3220, 10),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "japaneseCounting": _chinese,
    "taiwaneseCounting": _chinese,
    "taiwaneseCountingThousand": _chinese,
    "ideographDigital": lambda n: "".join(_CN[int(d)] for d in str(n)),
    "chineseLegalSimplified": lambda n: _chinese(n, _LEGAL, "拾"),
    "ideographTraditional": lambda n: _TIANGAN[(n - 1) % 10],
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


@dataclass(frozen=True)
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
            self.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId", ""), overrides)

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
