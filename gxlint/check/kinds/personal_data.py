"""Personal data left in a published report: a resident ID number, a personal mobile.

params.what: id | mobile. An ID number counts only when it is one (GB 11643-1999: a
known province, a real birth date, the check digit right; a 15-digit legacy number
only beside words that say it is an ID). A mobile counts unless it is the office's
own contact line (beside 电话/联系方式 in a sentence that names no person). A masked
number (138****1234) is what the rules ask for; figures with units, document and
index numbers are none of these. Messages show the number masked, so that findings
passed on do not spread it again.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["what"],
    "properties": {"what": {"enum": ["id", "mobile"]}},
}

# An 18-digit number (its last may be X) or a 15-digit legacy one, standing alone.
_ID = regex.compile(r"(?<![\dA-Za-z*＊])(\d{15}(?:\d\d[\dXx])?)(?![\dA-Za-z*＊])")
# Separators a mobile is written with: "13812345678", "138-1234-5678", "138 1234 5678".
_MOBILE = regex.compile(r"(?<![\d*＊.．,，\-－/])(1[3-9]\d)([- ]?)(\d{4})\2(\d{4})(?![\d*＊])")
# What follows a figure, not a phone number: a unit, a decimal, a percentage.
_UNIT = regex.compile(r"\s*(?:[.．]\d|[元件条次人个项万亿%％‰份户家台套米吨平亩]|\s*[/／-]\s*\d)")
_PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
              50, 51, 52, 53, 54, 61, 62, 63, 64, 65}
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_ID_WORDS = regex.compile(r"身份证|身份号码|证件号|公民身份")
_NUMBER_WORDS = regex.compile(r"索引号|文号|编号|代码|账号|帐号|流水号|订单号|登记号|注册号|许可证号")
# Whom a sentence with a number is about: an applicant's number beside 电话 is the
# applicant's; "王女士" or "张某" is someone's too, unless the sentence is the office's
# own contact sentence ("联系人：王女士，电话…", "如有疑问，请联系…").
_APPLICANT = regex.compile(r"申请人|申请者|当事人|原告|上诉人|投诉人|举报人|来信人|来电人|其(?:手机|电话)")
_PERSON = regex.compile(r"先生|女士|\p{Han}某")
_OFFICE = regex.compile(r"联系人|疑问|咨询|联系我们|本机关|本单位|办公室|公开办")
_CONTACT = regex.compile(r"电话|手机|联系方式|联系人|热线|咨询|传真|联系")
_SENTENCE_END = regex.compile(r"[。！？；;\n]")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    plain = report.text.plain
    tables = [t.span for t in report.stat_tables]
    found = _ids(plain) if rule.params["what"] == "id" else _mobiles(plain)
    for span, shown in found:
        if not any(t.start <= span.start < t.end for t in tables):      # a figure of a statistics table
            yield Finding(span, {"masked": shown})


def _ids(plain: str) -> Iterator[tuple[Span, str]]:
    for m in _ID.finditer(plain):
        number = m.group(1).upper()
        if len(number) == 18:
            if _context(plain, m.start(), _NUMBER_WORDS) and not _context(plain, m.start(), _ID_WORDS):
                continue
            if _province(number) and _born(number[6:14]) and _check_digit(number):
                yield Span(m.start(), m.end()), number[:4] + "*" * 10 + number[-4:]
        elif _province(number) and _born("19" + number[6:12]) and _context(plain, m.start(), _ID_WORDS):
            yield Span(m.start(), m.end()), number[:4] + "*" * 7 + number[-4:]


def _mobiles(plain: str) -> Iterator[tuple[Span, str]]:
    for m in _MOBILE.finditer(plain):
        if _UNIT.match(plain, m.end()) or _context(plain, m.start(), _NUMBER_WORDS):
            continue
        if _office_line(plain, m.start(), m.end()):
            continue
        yield Span(m.start(), m.end()), m.group(1) + "****" + m.group(4)


def _office_line(plain: str, start: int, end: int) -> bool:
    """A number given for the office to be reached at: beside a contact word, in a
    sentence that names no person it would belong to."""
    a = start
    while a > 0 and start - a < 120 and not _SENTENCE_END.match(plain, a - 1):
        a -= 1
    b = end
    while b < len(plain) and b - end < 60 and not _SENTENCE_END.match(plain, b):
        b += 1
    sentence = plain[a:b]
    if _CONTACT.search(plain, max(a, start - 15), start) is None or _APPLICANT.search(sentence):
        return False
    return _PERSON.search(sentence) is None or _OFFICE.search(sentence) is not None


def _context(plain: str, at: int, words: regex.Pattern) -> bool:
    return words.search(plain, max(0, at - 12), at) is not None


def _province(number: str) -> bool:
    return int(number[:2]) in _PROVINCES


def _born(digits: str) -> bool:
    try:
        born = dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born < dt.date(2100, 1, 1)


def _check_digit(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:17], _WEIGHTS))
    return _CHECK[total % 11] == number[17]
