"""A part's length in characters, against a range a configuration sets (`min`, `max`;
either may be absent). The count leaves out white space and the heading; a copy that
looks cut off is not called short."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ..completeness import cut_off
from ..finding import Finding
from ..packs import Rule
from .required_terms import part_scope

PARAMS = {"type": "object", "additionalProperties": False, "required": ["section"],
          "properties": {"section": {"type": "array", "items": {"type": "string"}},
                         "min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 1}}}

_SPACE = regex.compile(r"\s+")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    scope = part_scope(report, rule.params["section"])
    if scope is None:
        return
    text, heading = scope
    count = len(_SPACE.sub("", text[heading.end - heading.start:]))
    low, high = rule.params.get("min"), rule.params.get("max")
    if high is not None and count > high:
        yield Finding(heading, {"count": count, "max": high}, variant="long")
    elif low is not None and count < low and not cut_off(report):
        yield Finding(heading, {"count": count, "min": low}, variant="short")
