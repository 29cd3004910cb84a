"""Phone numbers, e-mail and postal addresses, web addresses."""
from __future__ import annotations

import bisect
from collections.abc import Iterator

import regex

from ..model import Contact
from ..text import Span

_PHONE_LABEL = regex.compile(
    r"(?:联系电话|咨询电话|办公电话|服务电话|监督电话|投诉电话|电话号码|电话|热线|传真|Tel|TEL|tel)\s*[:：]?\s*"
    r"(?P<v>[0-9０-９][0-9０-９\-－—() （）]{2,24}[0-9０-９])")
_PHONE_BARE = regex.compile(r"(?<![\d\w])(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9})(?![\d\w])")
_EMAIL = regex.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*")
_EMAIL_VALID = regex.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
_ADDRESS = regex.compile(
    r"(?:通讯地址|通信地址|联系地址|办公地址|地址|邮政编码"
    r"|邮编)\s*[:：]\s*(?P<v>[^\s，,。；;）)]{2,60})")
_URL = regex.compile(r"(?:https?://|www\.)[A-Za-z0-9.\-_/:%?=&#~+]+")
_AT = regex.compile(r"[@＠]")
_LOCAL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
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


def _emails(text: str) -> Iterator[regex.Match]:
    """What `_emails(text)` finds, tried only from the start of the run of
    address characters before each "@": a scan tries the pattern at every character of
    such a run, and each try runs to its end (quadratic on a long run of letters)."""
    end = 0
    for at in _AT.finditer(text):
        start = at.start()
        while start > end and text[start - 1] in _LOCAL_PART:
            start -= 1
        m = _EMAIL.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def find_contacts(text: str) -> list[Contact]:
    out: list[Contact] = []
    for m in _PHONE_LABEL.finditer(text):
        v = m.group("v").rstrip(" （(-－—")
        out.append(Contact("phone", v, Span(m.start("v"), m.start("v") + len(v)), phone_valid(v)))
    labelled = [c.span.start for c in out]          # in order, and they do not overlap
    for m in _PHONE_BARE.finditer(text):
        i = bisect.bisect_right(labelled, m.start()) - 1
        if i < 0 or m.start() >= out[i].span.end:
            out.append(Contact("phone", m.group(), Span(m.start(), m.end()), True))
    for m in _emails(text):
        v = m.group().rstrip(".")
        out.append(Contact("email", v, Span(m.start(), m.start() + len(v)), bool(_EMAIL_VALID.match(v))))
    for m in _ADDRESS.finditer(text):
        out.append(Contact("address", m.group("v"), Span(m.start(), m.end())))
    for m in _URL.finditer(text):
        out.append(Contact("url", m.group(), Span(m.start(), m.end())))
    out.sort(key=lambda c: c.span.start)
    return out
