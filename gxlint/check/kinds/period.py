"""The statistics period: stated, a whole calendar year, and the report's year.

aspect: missing | incomplete | year
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "required": ["aspect"],
          "properties": {"aspect": {"enum": ["missing", "incomplete", "year"]},
                         "may_start": {"type": "object", "additionalProperties": {"type": "string"}}}}


def _fmt(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else "？"


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    aspect = rule.params["aspect"]
    if aspect == "missing":
        if not report.periods:
            yield Finding(Span(0, 0), {})
        return
    for p in report.periods:
        args = {"start": _fmt(p.start), "end": _fmt(p.end), "year": report.year}
        if aspect == "incomplete":
            yield from _incomplete(p, args, rule)
        elif report.year and p.year != report.year:
            yield Finding(p.span, {**args, "period_year": p.year})


def _incomplete(p, args, rule):
    year = p.year
    starts_ok = p.start is None or (p.start.month, p.start.day) == (1, 1)
    extra = rule.params.get("may_start", {}).get(str(year))
    if not starts_ok and extra:
        starts_ok = p.start.isoformat() == extra
    ends_ok = p.end is not None and (p.end.month, p.end.day) == (12, 31)
    same_year = p.start is None or p.end is None or p.start.year == p.end.year
    if not (starts_ok and ends_ok and same_year):
        yield Finding(p.span, args)
