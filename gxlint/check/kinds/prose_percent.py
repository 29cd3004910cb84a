"""A stated share differs from part / total beyond its rounding (GX302)."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..breakdowns import analyse, percent_ok
from ..finding import Finding
from ..packs import Rule
from ..values import show

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    for b in analyse(report):
        for s in b.shares:
            if not percent_ok(s.part.value, b.total.value, s.percent, s.decimals):
                exact = s.part.value / b.total.value * 100
                yield Finding(s.span, {
                    "stated": f"{s.percent:.{s.decimals}f}%", "part": show(s.part.value) + s.part.unit,
                    "total": show(b.total.value) + b.total.unit,
                    "actual": f"{exact:.{max(s.decimals, 1) + 1}f}%"},
                    related=((s.part.span, "part"), (b.total.span, "total")))
