"""Phone numbers, e-mail and postal addresses, web addresses."""
from __future__ import annotations

import heapq
from typing import Iterator

import regex

from ..anchors import finditer, matches_at, occurrences
from ..matching import HOLD_GIL
from ..model import Contact
from ..text import Span

_PHONE_LABEL = regex.compile(
    r"(?:联系电话|咨询电话|办公电话|服务电话|监督电话|投诉电话|电话号码|电话|热线|传真|Tel|TEL|tel)\s*[:：]?\s*"
    r"(?P<v>[0-9０-９][0-9０-９\-－—() （）]{2,24}[0-9０-９])")
_PHONE_BARE = regex.compile(r"(?<![\d\w])(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9})(?![\d\w])")
_EMAIL = regex.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*")
_EMAIL_VALID = regex.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_ADDRESS = regex.compile(r"(?:通讯地址|通信地址|联系地址|办公地址|地址|邮政编码|邮编)\s*[:：]\s*(?P<v>[^\s，,。；;）)]{2,60})")
_URL = regex.compile(r"(?:https?://|www\.)[A-Za-z0-9.\-_/:%?=&#~+]+")
_NON_DIGITS = regex.compile(r"\D+")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def phone_valid(value: str) -> bool:
    parts = [p for p in _NON_DIGITS.split(value.translate(_FULLWIDTH)) if p]
    digits = "".join(parts)
    if len(digits) == 11 and digits.startswith("1"):
        return True
    if digits.startswith("0"):
        return 10 <= len(digits) <= 12 and (len(parts) == 1 or len(parts[-1]) in (7, 8))
    return len(digits) in (5, 7, 8) or (len(parts) >= 2 and all(len(p) in (3, 4, 7, 8) for p in parts))


# Where a match can begin (anchors.py): every label pattern opens with one of its labels.
_PHONE_ANCHORS = (("电话", 2), ("热线", 0), ("传真", 0), ("Tel", 0), ("TEL", 0), ("tel", 0))
_ADDRESS_ANCHORS = (("地址", 2), ("邮政编码", 0), ("邮编", 0))
_URL_ANCHORS = (("http", 0), ("www.", 0))
_LOCAL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def email_starts(text: str) -> Iterator[int]:
    """For each "@", the start of the run of address characters before it: from anywhere
    in that run the pattern reaches the same "@", so it matches from all or from none."""
    for i in heapq.merge(occurrences(text, "@"), occurrences(text, "＠")):
        while i > 0 and text[i - 1] in _LOCAL_PART:
            i -= 1
        yield i


def find_contacts(text: str) -> list[Contact]:
    out: list[Contact] = []
    for m in finditer(_PHONE_LABEL, text, _PHONE_ANCHORS):
        v = m.group("v").rstrip(" （(-－—")
        out.append(Contact("phone", v, Span(m.start("v"), m.start("v") + len(v)), phone_valid(v)))
    for m in _PHONE_BARE.finditer(text, None, None, False, HOLD_GIL):
        if not any(c.span.start <= m.start() < c.span.end for c in out):
            out.append(Contact("phone", m.group(), Span(m.start(), m.end()), True))
    for m in matches_at(_EMAIL, text, email_starts(text)):
        v = m.group().rstrip(".")
        out.append(Contact("email", v, Span(m.start(), m.start() + len(v)), bool(_EMAIL_VALID.match(v))))
    for m in finditer(_ADDRESS, text, _ADDRESS_ANCHORS):
        out.append(Contact("address", m.group("v"), Span(m.start(), m.end())))
    for m in finditer(_URL, text, _URL_ANCHORS):
        out.append(Contact("url", m.group(), Span(m.start(), m.end())))
    out.sort(key=lambda c: c.span.start)
    return out
