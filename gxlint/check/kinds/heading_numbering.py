"""Sibling headings must count 1, 2, 3…: no skip, repeat, restart or lost numeral."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False,
          "properties": {"levels": {"type": "array", "items": {"type": "integer"}}}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    levels = set(rule.params.get("levels", [1, 2, 3, 4]))
    yield from _siblings([s.heading for s in report.sections], levels)
    for node in report.walk():
        yield from _siblings([c.heading for c in node.children], levels)


def _siblings(heads, levels):
    by_level: dict[int, list] = {}
    for h in heads:
        by_level.setdefault(h.level, []).append(h)
    for level, group in by_level.items():
        if level not in levels:
            continue
        expected = 1
        for h in group:
            if h.number is None:
                yield Finding(h.span, {"expected": expected, "title": h.title}, variant="lost")
                expected += 1
                continue
            if h.number == expected:
                expected += 1
                continue
            if h.number == expected - 1:
                yield Finding(h.span, {"number": h.marker, "title": h.title}, variant="repeat")
            elif h.number == 1 and expected > 1:
                yield Finding(h.span, {"number": h.marker, "title": h.title}, variant="restart")
            elif h.number > expected:
                yield Finding(h.span, {"number": h.marker, "expected": expected, "title": h.title}, variant="skip")
            else:
                yield Finding(h.span, {"number": h.marker, "expected": expected, "title": h.title}, variant="order")
            expected = h.number + 1
