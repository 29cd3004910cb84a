"""A title naming the organ, the year and 政府信息公开工作年度报告."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...parse.meta import organ_from_title
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    if report.title is None:
        yield Finding(Span(0, 0), {}, variant="missing")
    elif not organ_from_title(report.title):
        yield Finding(report.title_span or Span(0, 0), {"title": report.title}, variant="no_organ")
