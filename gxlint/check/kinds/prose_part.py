"""A "其中" part larger than its total (GX303)."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..breakdowns import analyse
from ..finding import Finding
from ..packs import Rule
from ..values import show

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    for b in analyse(report):
        if not b.explicit:
            continue
        for p in b.parts:
            if p.value > b.total.value:
                yield Finding(p.span, {"part": show(p.value) + p.unit, "total": show(b.total.value) + b.total.unit},
                              related=((b.total.span, "total"),))
