"""Phone numbers, e-mail and postal addresses, web addresses."""
from __future__ import annotations

import regex

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
_NON_DIGIT = regex.compile(r"\D")
_NON_DIGITS = regex.compile(r"[^\d]+")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def phone_valid(value: str) -> bool:
    digits = _NON_DIGIT.sub("", value.translate(_FULLWIDTH))
    parts = [p for p in _NON_DIGITS.split(value.translate(_FULLWIDTH)) if p]
    if len(digits) == 11 and digits.startswith("1"):
        return True
    if digits.startswith("0"):
        return 10 <= len(digits) <= 12 and (len(parts) == 1 or len(parts[-1]) in (7, 8))
    return len(digits) in (5, 7, 8) or (len(parts) >= 2 and all(len(p) in (3, 4, 7, 8) for p in parts))


# Where a match can begin, as (literal, characters before it): every label pattern opens
# with one of its labels. Scanning starts there, not at the top of the report: the
# regex engine tries these patterns at every character, and the contact details of a
# report are mostly at its end.
_PHONE_ANCHORS = (("电话", 2), ("热线", 0), ("传真", 0), ("Tel", 0), ("TEL", 0), ("tel", 0))
_ADDRESS_ANCHORS = (("地址", 2), ("邮政编码", 0), ("邮编", 0))
_URL_ANCHORS = (("http", 0), ("www.", 0))
_LOCAL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")


def first_start(text: str, anchors: tuple[tuple[str, int], ...]) -> int | None:
    """The first offset a match can begin at, None if no anchor occurs."""
    found = [i - back for lit, back in anchors if (i := text.find(lit)) >= 0]
    return max(0, min(found)) if found else None


def _email_start(text: str) -> int | None:
    """The start of the address run before the first "@": an address cannot begin earlier."""
    found = [i for i in (text.find("@"), text.find("＠")) if i >= 0]
    if not found:
        return None
    i = min(found)
    while i > 0 and text[i - 1] in _LOCAL_PART:
        i -= 1
    return i


def _scan(rx: regex.Pattern, text: str, start: int | None):
    return () if start is None else rx.finditer(text, start)


def find_contacts(text: str) -> list[Contact]:
    out: list[Contact] = []
    for m in _scan(_PHONE_LABEL, text, first_start(text, _PHONE_ANCHORS)):
        v = m.group("v").rstrip(" （(-－—")
        out.append(Contact("phone", v, Span(m.start("v"), m.start("v") + len(v)), phone_valid(v)))
    for m in _PHONE_BARE.finditer(text):
        if not any(c.span.start <= m.start() < c.span.end for c in out):
            out.append(Contact("phone", m.group(), Span(m.start(), m.end()), True))
    for m in _scan(_EMAIL, text, _email_start(text)):
        v = m.group().rstrip(".")
        out.append(Contact("email", v, Span(m.start(), m.start() + len(v)), bool(_EMAIL_VALID.match(v))))
    for m in _scan(_ADDRESS, text, first_start(text, _ADDRESS_ANCHORS)):
        out.append(Contact("address", m.group("v"), Span(m.start(), m.end())))
    for m in _scan(_URL, text, first_start(text, _URL_ANCHORS)):
        out.append(Contact("url", m.group(), Span(m.start(), m.end())))
    out.sort(key=lambda c: c.span.start)
    return out
