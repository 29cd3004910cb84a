"""The prescribed parts are present but out of order.

Each item is found by its aliases among the level-1 headings (as for required
sections); a part found before one that the format puts ahead of it is reported.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ...model import Report
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["items"],
    "properties": {
        "items": {"type": "array", "minItems": 2, "items": {
            "type": "object", "required": ["label", "aliases"],
            "properties": {"label": {"type": "string"},
                           "aliases": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                           "exclude": {"type": "array", "items": {"type": "string"}}}}},
    },
}


def validate(params: dict) -> str | None:
    return problem(*(a for item in params["items"] for a in item["aliases"] + item.get("exclude", [])))


def _position(headings, item) -> int | None:
    for i, h in enumerate(headings):
        if any(compiled(x).search(h.key) for x in item.get("exclude", [])):
            continue
        if any(compiled(a).search(h.key) for a in item["aliases"]):
            return i
    return None


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    heads = [h for h in report.headings if h.level == 1]
    positions = [(item, _position(heads, item)) for item in rule.params["items"]]
    found = [(item, pos) for item, pos in positions if pos is not None]
    for (before, p), (after, q) in pairwise(found):
        if q < p:
            h = heads[q]
            yield Finding(h.span, {"item": after["label"], "before": before["label"]})
            return
