"""Dates (Arabic, Chinese-numeral, ISO-ish, page metadata) and the statistics period."""
from __future__ import annotations

import calendar
import datetime as dt

import regex

from ..model import DateRef, Period
from ..text import Span
from .numerals import cn_digits, cn_number

_Z = "〇○O零0ＯoО"
YEAR = rf"(?:19|20)\d{{2}}|二[{_Z}][一二三四五六七八九{_Z}]{{2}}"
MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
DAY = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"

CN_DATE = regex.compile(
    rf"(?P<y>{YEAR})\s*年\s*(?P<m>{MONTH})\s*月(?:\s*(?P<d>{DAY})\s*[日号])?")
ISO_DATE = regex.compile(r"(?<![\d.])(?P<y>20\d{2}|19\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d.])")
# "202011日" / "20201231日": a PDF extraction glued year, month and day together.
GLUED = regex.compile(r"(?<!\d)(?P<y>20\d{2})(?P<md>\d{2,4})\s*日")
SHORT = regex.compile(rf"(?<![\d年])(?P<m>{MONTH})\s*月\s*(?P<d>{DAY})\s*[日号]")

_PUBLISHED = regex.compile(r"(?:发布时间|发布日期|发文日期|成文日期|发布于|更新时间|时间|日期)\s*[:：]\s*")
_PERIOD_TRIGGER = regex.compile(
    r"统计期限|统计时限|统计时间|统计周期|统计区间|统计范围|统计数据从|统计数据|数据统计|所列数据|截止日期|截止时间|涵盖")
_YEAR_ONLY = regex.compile(rf"(?P<y>{YEAR})\s*年(?:度|全年)?(?!\s*\d|\s*[一二三四五六七八九十]+月)")
# A line break ends the period's clause unless the next line goes on with its range.
_CLAUSE_END = regex.compile(r"[。；;]|\n(?!\s*(?:起|开始)?\s*[,，]?\s*(?:至|到|止于|—|–|-|－|~|～))")
_RANGE = regex.compile(r"\s*(?:起|开始)?\s*[,，]?\s*(?:至|到|止于|—|–|-|－|~|～)\s*")
_STOP_WORD = regex.compile(r"\s*止")
_UNTIL_END = regex.compile(r"(截至|截止)\s*$")


def _make(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None:
        return None
    try:
        return dt.date(y, m, d or 1)
    except ValueError:
        return None


def _from_match(m: regex.Match) -> dt.date | None:
    y = cn_digits(m.group("y"))
    d = m.group("d")
    return _make(y, cn_number(m.group("m")), cn_number(d) if d else None)


def _glued(m: regex.Match) -> dt.date | None:
    y, md = int(m.group("y")), m.group("md")
    # Prefer the reading with a two-digit month when the digits allow only it (1231);
    # "202011" can only be 1 January.
    splits = [(md[:2], md[2:]), (md[:1], md[1:])] if len(md) >= 3 else [(md[:1], md[1:])]
    for ms, ds in splits:
        if ds and 1 <= int(ms) <= 12 and 1 <= int(ds) <= 31:
            return _make(y, int(ms), int(ds))
    return None


def find_dates(text: str) -> list[tuple[dt.date, Span, bool]]:
    """Every full or year-month date: (date, span, has_day)."""
    out: list[tuple[dt.date, Span, bool]] = []
    for m in CN_DATE.finditer(text):
        d = _from_match(m)
        if d:
            out.append((d, Span(m.start(), m.end()), m.group("d") is not None))
    for m in ISO_DATE.finditer(text):
        d = _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d:
            out.append((d, Span(m.start(), m.end()), True))
    out.sort(key=lambda x: x[1].start)
    return out


def classify_dates(text: str, found: list[tuple[dt.date, Span, bool]], wraps: set[int] | None = None,
                   periods: list[Span] | None = None) -> list[DateRef]:
    """`wraps`: where a wrapped line ends and where its paragraph goes on; `periods`:
    the statistics period's statements. A date there is inside a sentence."""
    refs: list[DateRef] = []
    wraps, periods = wraps or set(), periods or []
    for date, span, has_day in found:
        before = text[max(0, span.start - 12):span.start]
        label = _PUBLISHED.search(before)
        in_sentence = span.start in wraps or span.end in wraps or any(
            p.start <= span.start < p.end for p in periods)
        if label and label.end() == len(before):
            refs.append(DateRef(date, span, "published"))
        elif not in_sentence and _standalone(text, span):
            refs.append(DateRef(date, span, "signature"))
        elif has_day:
            refs.append(DateRef(date, span, "text"))
    return refs


def _standalone(text: str, span: Span) -> bool:
    """A date that is not part of a sentence: alone on its line, after an organ name and
    spaces, or set off by spaces in a flattened one-line report."""
    prev = text[span.start - 1] if span.start else "\n"
    nxt = text[span.end] if span.end < len(text) else "\n"
    return (prev.isspace() or prev in "|（(") and (nxt.isspace() or nxt in "|）)")


def find_periods(text: str) -> list[Period]:
    periods: list[Period] = []
    for trig in _PERIOD_TRIGGER.finditer(text):
        if periods and trig.start() < periods[-1].span.end:
            continue
        p = _period_after(text, trig)
        if p:
            periods.append(p)
    return periods


def _date_at(text: str, pos: int, limit: int, default_year: int | None = None):
    """The first date starting within [pos, limit): (date, match_end, match_start)."""
    window = text[pos:limit]
    best = None
    for pat, conv in ((CN_DATE, _from_match), (ISO_DATE, None), (GLUED, _glued)):
        m = pat.search(window)
        if not m:
            continue
        d = conv(m) if conv else _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d and (best is None or m.start() < best[2] - pos):
            best = (d, pos + m.end(), pos + m.start())
    if default_year is not None:
        m = SHORT.search(window)
        if m and (best is None or m.start() < best[2] - pos):
            d = _make(default_year, cn_number(m.group("m")), cn_number(m.group("d")))
            if d:
                best = (d, pos + m.end(), pos + m.start())
    return best


def _period_after(text: str, trig: regex.Match) -> Period | None:
    sentence_end = _sentence_end(text, trig.end())
    first = _date_at(text, trig.end(), min(sentence_end, trig.end() + 40))
    if first is None:
        m = _YEAR_ONLY.search(text, trig.end(), min(sentence_end, trig.end() + 20))
        y = cn_digits(m.group("y")) if m else None
        if m and y:
            return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), Span(trig.start(), m.end()), text[trig.start():m.end()])
        return None
    start, end_pos, _ = first
    rng = _RANGE.match(text, end_pos)
    if rng:
        second = _date_at(text, rng.end(), min(sentence_end, rng.end() + 30), default_year=start.year)
        if second and second[2] == rng.end():
            stop = second[1]
            tail = _STOP_WORD.match(text, stop)
            stop = tail.end() if tail else stop
            return Period(start, _through(second[0], text[second[2]:second[1]]), Span(trig.start(), stop),
                          text[trig.start():stop])
    # A single date: "截止日期为2017年12月31日" states only the end.
    word = trig.group()
    if word.startswith("截止") or _UNTIL_END.search(text[trig.end():first[2]]):
        return Period(None, start, Span(trig.start(), end_pos), text[trig.start():end_pos])
    return None


def _through(end: dt.date, written: str) -> dt.date:
    """A period's end written as a month ("至2021年12月", or "至2021年12月" and its day
    on the next line) runs to the month's last day."""
    if "月" in written and not any(c in written for c in "日号"):
        return end.replace(day=calendar.monthrange(end.year, end.month)[1])
    return end


# A period is read within about a hundred characters of its trigger word; its clause
# is looked for that far and a little more, not to the end of a text without a stop.
_CLAUSE_REACH = 200


def _sentence_end(text: str, pos: int) -> int:
    limit = min(len(text), pos + _CLAUSE_REACH)
    m = _CLAUSE_END.search(text, pos, limit)
    return m.start() if m else limit
