"""The shares of an exhaustive breakdown do not add up to 100% (GX304)."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..breakdowns import analyse
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    for b in analyse(report):
        if len(b.shares) < 2:
            continue
        total = sum(s.percent for s in b.shares)
        tolerance = sum(0.5 * 10 ** -s.decimals for s in b.shares) + 1e-9
        complete = (b.exhaustive and abs(b.part_sum - b.total.value) < 1e-6
                    and len(b.shares) == len(b.parts))
        if total > 100 + tolerance or (complete and total < 100 - tolerance):
            decimals = max(s.decimals for s in b.shares)
            yield Finding(Span(b.shares[0].span.start, b.shares[-1].span.end), {
                "sum": f"{total:.{decimals}f}%",
                "shares": "+".join(f"{s.percent:.{s.decimals}f}" for s in b.shares)})
