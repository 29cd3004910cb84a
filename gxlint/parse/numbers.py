"""Counts with units ("705件", "1.2万元", "10900余条") in the prose.

Only the prose is searched: a table's figures have no units, and in a report with
full tables they are most of the digits the pattern would otherwise try."""
from __future__ import annotations

import regex

from ..model import Number
from ..text import Span

UNITS = ("人次|家次|批次|个工作日|工作日|万元|亿元|元|件次|件|条|个|次|项|人|封|批|家|起|期|篇|份|场|位|名|"
         "天|户|类|部|台|本|册|张|套|所|栏|宗|例|组|处|座|村|页")
# The prefix ("约", "超过"…) is read back from the text before the number. The digits
# are atomic: after a run of them the rest can only begin with a point, a space or a
# word, so giving digits back never makes a match, and on prose ("2021年") the engine
# would try every shorter run.
NUMBER = regex.compile(
    r"(?<![\d.,A-Za-z])(?P<num>(?>\d{1,3}(?:,\d{3})+|\d+))(?:\.(?P<frac>\d++))?"
    r"\s*(?P<wan>万|亿)?\s*(?P<approx>余|多)?\s*(?P<unit>" + UNITS + r")")
_APPROX_BEFORE = regex.compile(r"(?:约|近|超过|逾)$")
_NOT_BEFORE = regex.compile(r"[\d.,A-Za-z]")


def find_numbers(text: str, spans: list[Span] | None = None) -> list[Number]:
    """In `spans` of the text (its paragraphs), or all of it."""
    out: list[Number] = []
    for span in spans if spans is not None else [Span(0, len(text))]:
        out += _numbers(text, span.start, span.end)
    return out


def _numbers(text: str, start: int, end: int) -> list[Number]:
    out: list[Number] = []
    for m in NUMBER.finditer(text, start, end):
        raw = m.group("num") + ("." + m.group("frac") if m.group("frac") else "")
        value = float(raw.replace(",", ""))
        wan, unit = m.group("wan"), m.group("unit")
        if wan and unit not in ("万元", "亿元"):
            value *= 10000 if wan == "万" else 100000000
        approx = bool(m.group("approx")) or _approx_before(text, m.start())
        out.append(Number(value, raw, unit, Span(m.start(), m.end()), approx))
    return out


def _approx_before(text: str, at: int) -> bool:
    """"约5件", "超过300条": an approximating word right before the number, itself not
    glued to a letter or a digit."""
    m = _APPROX_BEFORE.search(text, max(0, at - 2), at)
    return m is not None and not (m.start() and _NOT_BEFORE.match(text, m.start() - 1))
