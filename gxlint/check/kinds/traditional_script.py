"""Text written in traditional characters (the checks ran on a simplified copy)."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    if not report.traditional:
        return
    t = report.text
    first = next((i for i, (a, b) in enumerate(zip(t.original, t.plain)) if a != b), 0)
    yield Finding(Span(first, first + 1), {"count": t.traditional_changes})
