"""Publication / signature date: present, and within the deadline of the regime.

aspect: late | missing | order (published before it was signed). Deadlines are
month-day of the year after the report year, per regime and organ kind
(params.deadlines; params.local: per regime, the kinds whose deadline a configuration
set, which the message calls the local deadline, not the legal one). Townships (镇、乡、街道) are
governments, but the 2019 Regulation leaves their deadline to local rules: a
"township" entry, when a pack gives one, applies to them before "government".
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ...model import DateRef, Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["aspect"],
    "properties": {
        "aspect": {"enum": ["late", "missing", "order"]},
        "deadlines": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": {"type": "string", "pattern": "^\\d{2}-\\d{2}$"}}},
        "local": {"type": "object", "additionalProperties": {
            "type": "array", "items": {"enum": ["government", "department", "township"]}}},
    },
}


def publication(report: Report) -> DateRef | None:
    """The date the report was published by: a 发布时间 in its text, else the 发布日期 of
    the web page it came from (kind "page", at the title: the page shows it there),
    else the last signature date."""
    published = [d for d in report.dates if d.kind == "published"]
    if published:
        return published[0]
    if report.page.published is not None:
        return DateRef(report.page.published, report.title_span or Span(0, 0), "page")
    signed = [d for d in report.dates if d.kind == "signature"]
    return signed[-1] if signed else None


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    if rule.params["aspect"] == "order":
        yield from _order(report)
        return
    ref = publication(report)
    if rule.params["aspect"] == "missing":
        if ref is None:
            yield Finding(Span(0, 0), {})
        return
    if ref is None or report.year is None:
        return
    table = rule.params.get("deadlines", {}).get(report.regime or "none", {})
    kind = "township" if report.township and "township" in table else report.organ_kind
    month_day = table.get(kind) or table.get("unknown") or "03-31"
    local = kind in rule.params.get("local", {}).get(report.regime or "none", ())
    month, day = (int(x) for x in month_day.split("-"))
    deadline = dt.date(report.year + 1, month, day)
    period_end = dt.date(report.year, 12, 31)
    args = {"date": f"{ref.date.year}年{ref.date.month}月{ref.date.day}日", "year": report.year,
            "deadline": f"{deadline.year}年{deadline.month}月{deadline.day}日"}
    page = "page_" if ref.kind == "page" else ""
    if ref.date > deadline:
        yield Finding(ref.span, args, variant=page + ("local_late" if local else "late"))
    elif ref.date <= period_end:
        yield Finding(ref.span, args, variant=page + "early")


def _order(report: Report) -> Iterator[Finding]:
    """A report published (by its text's 发布时间, else its page's 发布日期) before the
    date it was signed on."""
    signed = [d for d in report.dates if d.kind == "signature"]
    published = [d for d in report.dates if d.kind == "published"]
    if not signed:
        return
    if published:
        ref = published[0]
    elif report.page.published is not None:
        ref = DateRef(report.page.published, report.title_span or Span(0, 0), "page")
    else:
        return
    last = signed[-1]
    if ref.date < last.date:
        yield Finding(last.span, {"published": _day(ref.date), "signed": _day(last.date)},
                      variant="page" if ref.kind == "page" else "default")


def _day(date: dt.date) -> str:
    return f"{date.year}年{date.month}月{date.day}日"
