"""A stated total differs from the sum of its exhaustive parts (GX301)."""
from __future__ import annotations

from ..breakdowns import analyse
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def _n(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


def check(report, rule):
    for b in analyse(report):
        if len(b.parts) < 2 or not b.exhaustive:
            continue
        if abs(b.part_sum - b.total.value) > 1e-6:
            unit = b.total.unit
            yield Finding(b.total.span, {
                "total": _n(b.total.value) + unit, "sum": _n(b.part_sum) + unit,
                "parts": "+".join(_n(p.value) for p in b.parts),
                "difference": _n(b.total.value - b.part_sum)},
                related=tuple((p.span, "part") for p in b.parts))
