"""A title naming the organ, the year and 政府信息公开工作年度报告."""
from __future__ import annotations

from ...parse.meta import organ_from_title
from ...text import Span
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report, rule):
    if report.title is None:
        yield Finding(Span(0, 0), {}, variant="missing")
    elif not organ_from_title(report.title):
        yield Finding(report.title_span, {"title": report.title}, variant="no_organ")
