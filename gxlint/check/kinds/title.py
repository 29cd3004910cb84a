"""The title: present and naming the organ (aspect presence); calling the report by
its name, 政府信息公开工作年度报告, for the year it reports on (aspect wording).

A title's year is wrong only when the text says which year it reports on otherwise:
the year given on the command line or in the configuration, or a statistics period
of one other year that the signature date bears out (signed the year after it). With
no signature date, the title and the period disagree but which one is wrong is not
known: GX202 speaks of the period."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...parse.meta import organ_from_title, title_wording
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False,
          "properties": {"aspect": {"enum": ["presence", "wording"]}}}

# What a title may call the report instead of its name (the words after 公开); a bare
# "报告" after "2017年度" reads as the annual report it is.
_OTHER_NAMES = {"工作报告", "工作总结", "总结", "情况报告", "工作情况报告", "年报", "工作年报"}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    if rule.params.get("aspect", "presence") == "wording":
        yield from _wording(report)
    elif report.title is None:
        yield Finding(Span(0, 0), {}, variant="missing")
    elif not organ_from_title(report.title):
        yield Finding(report.title_span or Span(0, 0), {"title": report.title}, variant="no_organ")


def _wording(report: Report) -> Iterator[Finding]:
    found = title_wording(report.title) if report.title else None
    if found is None:
        return
    year, kind = found
    span = report.title_span or Span(0, 0)
    name = kind.split("公开", 1)[1]
    if name in _OTHER_NAMES:
        yield Finding(span, {"title": report.title, "name": name}, variant="name")
    actual = _reported_year(report)
    if actual is not None and actual != year:
        yield Finding(span, {"title": report.title, "found": year, "year": actual},
                      variant="option_year" if report.year_source == "option" else "period_year")


def _reported_year(report: Report) -> int | None:
    """The year the report is of when the text (or the user) says so apart from its title."""
    if report.year_source == "option":
        return report.year
    years = {p.year for p in report.periods if p.end or p.start}
    if len(years) != 1:
        return None
    year = years.pop()
    signed = [d.date.year for d in report.dates if d.kind in ("signature", "published")]
    return year if signed and all(y == year + 1 for y in signed) else None
