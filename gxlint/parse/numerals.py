"""Chinese numerals as they appear in headings and dates."""
from __future__ import annotations

DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "０": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3,
          "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
CIRCLED = {chr(0x3220 + i): i + 1 for i in range(10)}       # ㈠ … ㈩
FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_int(s: str) -> int | None:
    """十二 → 12, 二十 → 20, 二十三 → 23; digits pass through; None when unreadable."""
    s = s.strip().translate(FULLWIDTH)
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if s in CIRCLED:
        return CIRCLED[s]
    if "十" in s:
        tens, _, ones = s.partition("十")
        t = DIGITS.get(tens) if tens else 1
        o = DIGITS.get(ones) if ones else 0
        if t is None or o is None:
            return None
        return t * 10 + o
    if len(s) == 1:
        return DIGITS.get(s)
    return None


def cn_digits(s: str) -> int | None:
    """Digit-by-digit numerals as in years: 二〇一四 → 2014, 二O一一 → 2011, mixed with ASCII."""
    out = 0
    for ch in s.translate(FULLWIDTH):
        if ch.isdigit():
            out = out * 10 + int(ch)
        elif ch in DIGITS:
            out = out * 10 + DIGITS[ch]
        else:
            return None
    return out


def cn_number(s: str) -> int | None:
    """Month/day style: 三 → 3, 十二 → 12, 三十一 → 31, 5 → 5."""
    s = s.translate(FULLWIDTH)
    if s.isdigit():
        return int(s)
    return cn_int(s)
