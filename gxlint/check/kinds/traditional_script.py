"""Text written in traditional characters (the checks ran on a simplified copy)."""
from __future__ import annotations

from ...text import Span
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report, rule):
    if not report.traditional:
        return
    t = report.text
    first = next((i for i, (a, b) in enumerate(zip(t.original, t.plain)) if a != b), 0)
    yield Finding(Span(first, first + 1), {"count": t.traditional_changes})
