"""Required content items, matched by keyword aliases over headings.

Items may be merged into one heading or spread over several, and they may sit
at level 2 when a report nests them, so an item is present when any heading of
level 1 or 2 carries one of its aliases.
"""
from __future__ import annotations

import regex

from ...text import Span
from ..finding import Finding

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["items"],
    "properties": {
        "levels": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 4}},
        "items": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["label", "aliases"],
            "properties": {
                "label": {"type": "string"},
                "aliases": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                "exclude": {"type": "array", "items": {"type": "string"}},
                "content": {"type": "array", "items": {"type": "string"}},
                "severity": {"enum": ["error", "warning", "info"]},
            }}},
    },
}


def _matches(title: str, item: dict) -> bool:
    if any(regex.search(x, title) for x in item.get("exclude", [])):
        return False
    return any(regex.search(a, title) for a in item["aliases"])


def _in_content(report, item: dict) -> bool:
    """An item merged into another part's text ("三、依申请公开…：未收到…行政复议申请")."""
    return any(regex.search(c, p.text) for c in item.get("content", []) for p in report.paragraphs)


def check(report, rule):
    levels = set(rule.params.get("levels", [1, 2]))
    heads = [h for h in report.headings if h.level in levels]
    last_found = None
    for item in rule.params["items"]:
        hit = next((h for h in heads if _matches(h.title, item)), None)
        if hit:
            last_found = hit
            continue
        if _in_content(report, item):
            continue
        anchor = last_found.span if last_found else _first_line(report)
        yield Finding(anchor, {"item": item["label"]}, severity=item.get("severity"))


def _first_line(report) -> Span:
    for i, line in enumerate(report.text.lines):
        if line.strip():
            span = report.text.line_span(i)
            lead = len(line) - len(line.lstrip())
            return Span(span.start + lead, span.start + lead)
    return Span(0, 0)
