"""Regular expressions over the text (simplified copy), one finding per match.

params.patterns: [{regex, label}] — the label fills {match_label} in the message.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled as _compile
from ..regexes import problem

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["patterns"],
    "properties": {
        "patterns": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["regex"],
            "properties": {"regex": {"type": "string"}, "label": {"type": "string"},
                           "original": {"type": "boolean"}}}},
        "max_per_rule": {"type": "integer", "minimum": 1},
    },
}


def validate(params: dict) -> str | None:
    """Reject a pattern that does not compile when the pack is loaded, not mid-run."""
    return problem(*(p["regex"] for p in params["patterns"]))


def _compiled(rule):
    return [(_compile(p["regex"]), p.get("label", ""), p.get("original", False)) for p in rule.params["patterns"]]


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    limit = rule.params.get("max_per_rule", 50)
    hits: list[Finding] = []
    for pat, label, original in _compiled(rule):
        source = report.text.original if original else report.text.plain
        for m in pat.finditer(source):      # a runaway pattern stops this rule (regexes.TIMEOUT)
            if m.end() > m.start():
                hits.append(Finding(Span(m.start(), m.end()), {"match": m.group(), "match_label": label or m.group()}))
    hits.sort(key=lambda f: f.span.start)
    yield from hits[:limit]
