"""Topics a report (or one of its parts) must speak of, found by keyword.

params.terms: [{label, regex}]; params.section: aliases of the part to search
(the whole text when absent or when the part cannot be found); params.min_missing:
how many terms must be missing before it is reported (1: any). In a copy that looks
cut off (completeness.py) the finding is an info, variant `cut_short`.
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
    "type": "object", "additionalProperties": False, "required": ["terms"],
    "properties": {
        "terms": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["label", "regex"],
            "properties": {"label": {"type": "string"}, "regex": {"type": "string"}}}},
        "section": {"type": "array", "items": {"type": "string"}},
        "min_missing": {"type": "integer", "minimum": 1},
    },
}


def validate(params: dict) -> str | None:
    return problem(*(t["regex"] for t in params["terms"]), *params.get("section", []))


def part_scope(report, aliases: list[str]) -> tuple[str, Span] | None:
    """The text of the first level-1 part whose title carries an alias, and its heading."""
    for node in report.sections:
        h = node.heading
        if any(compiled(a).search(h.key) for a in aliases):
            return report.text.plain[h.span.start:node.end], h.span
    return None


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    params = rule.params
    if "section" in params:
        scope = part_scope(report, params["section"])
        if scope is None:
            return                 # the part itself missing is GX101's finding
        text, anchor = scope
    else:
        text, anchor = report.text.plain, report.title_span or Span(0, 0)
    missing = [t["label"] for t in params["terms"] if not compiled(t["regex"]).search(text)]
    if len(missing) >= params.get("min_missing", 1):
        args = {"missing": "、".join(missing), "count": len(missing)}
        if cut_off(report):
            # A copy cut off may have said it after the cut.
            yield Finding(anchor, args, variant="cut_short", severity="info")
        else:
            yield Finding(anchor, args)
