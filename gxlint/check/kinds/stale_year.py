"""Year references that belong to another report: plans for the report year itself,
or a paragraph opening on the previous year as the year of work."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_PLAN = regex.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?:度)?(?:的)?(?:工作)?(?:打算|计划|安排|思路|重点|要点|目标)")
_OPENING = regex.compile(r"^(?P<y>(?:19|20)\d{2})\s*年度?\s*[，,]")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    year = report.year
    if year is None:
        return
    for h in report.headings:
        m = _PLAN.search(report.text.plain, h.span.start, h.span.end)
        if m and int(m.group("y")) <= year:
            yield Finding(Span(m.start(), m.end()), {"found": int(m.group("y")), "year": year}, variant="plan")
    for p in report.paragraphs:
        m = _OPENING.match(p.text)
        if m and int(m.group("y")) < year:
            yield Finding(Span(p.span.start, p.span.start + m.end("y") + 1),
                          {"found": int(m.group("y")), "year": year}, variant="opening")
