"""A stated total differs from the sum of its exhaustive parts (GX301)."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..breakdowns import analyse
from ..finding import Finding
from ..packs import Rule
from ..values import EPS, show

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}




def check(report: Report, rule: Rule) -> Iterator[Finding]:
    for b in analyse(report):
        if len(b.parts) < 2 or not b.exhaustive:
            continue
        if abs(b.part_sum - b.total.value) > EPS:
            unit = b.total.unit
            yield Finding(b.total.span, {
                "total": show(b.total.value) + unit, "sum": show(b.part_sum) + unit,
                "parts": "+".join(show(p.value) for p in b.parts),
                "difference": show(b.total.value - b.part_sum)},
                related=tuple((p.span, "part") for p in b.parts))
