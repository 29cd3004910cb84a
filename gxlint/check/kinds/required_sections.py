"""Required content items, matched by keyword aliases over headings.

Items may be merged into one heading or spread over several, and they may sit
at level 2 when a report nests them, so an item is present when any heading of
level 1 or 2 carries one of its aliases. An item found only in a lower heading after
the previous part and past the first part, which sums up every topic under headings of
its own ("（一）主要问题" with no part heading above it), has its content but not its
heading (a warning, variant `unheaded`).
"""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..completeness import cut_off
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem

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


def validate(params: dict) -> str | None:
    return problem(*(p for item in params["items"]
                     for p in item["aliases"] + item.get("exclude", []) + item.get("content", [])))


def _matches(title: str, item: dict) -> bool:
    if any(compiled(x).search(title) for x in item.get("exclude", ())):
        return False
    return any(compiled(a).search(title) for a in item["aliases"])


def _in_content(report, item: dict) -> bool:
    """An item merged into another part's text ("三、依申请公开…：未收到…行政复议申请")."""
    return any(compiled(c).search(p.text) for c in item.get("content", []) for p in report.paragraphs)


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    levels = set(rule.params.get("levels", [1, 2]))
    heads = [h for h in report.headings if h.level in levels]
    items = rule.params["items"]
    hits = [next((h for h in heads if _matches(h.key, item)), None) for item in items]
    last_hit = max((i for i, h in enumerate(hits) if h), default=-1)
    truncated = cut_off(report)
    anchor = _first_line(report)
    # The first part (总体情况, 概述) sums up every topic under headings of its own.
    after_overview = report.sections[0].end if report.sections else 0
    for index, (item, hit) in enumerate(zip(items, hits)):
        if hit:
            anchor = hit.span
            continue
        if _in_content(report, item):
            continue
        nested = next((h for h in report.headings if h.level not in levels and h.span.start > after_overview
                       and h.span.start > anchor.start and _matches(h.key, item)), None)
        if nested is not None:
            # "（一）主要问题" with no part above it of its own: the part is there, its heading is not.
            yield Finding(nested.span, {"item": item["label"], "heading": nested.marker + nested.title},
                          variant="unheaded", severity="warning")
            continue
        if truncated and index > last_hit:
            # A copy that stops inside a table or a sentence was cut off: the parts after it may exist.
            yield Finding(anchor, {"item": item["label"]}, variant=truncated, severity="info")
        else:
            yield Finding(anchor, {"item": item["label"]}, severity=item.get("severity"))


def _first_line(report) -> Span:
    for i, line in enumerate(report.text.lines):
        if line.strip():
            span = report.text.line_span(i)
            lead = len(line) - len(line.lstrip())
            return Span(span.start + lead, span.start + lead)
    return Span(0, 0)
