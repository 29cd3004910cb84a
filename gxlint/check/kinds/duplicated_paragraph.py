"""The same paragraph twice (a copy-paste slip or a merge of two drafts)."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Paragraph, Report
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False,
          "properties": {"min_chars": {"type": "integer", "minimum": 1}}}

_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    min_chars = rule.params.get("min_chars", 30)
    first: dict[str, Paragraph] = {}
    for p in report.paragraphs:
        key = _NOISE.sub("", p.text)     # punctuation and spacing differ between copies
        if len(key) < min_chars:
            continue
        if key in first:
            prev = first[key]
            line = report.text.position(prev.span).line
            yield Finding(p.span, {"line": line}, related=((prev.span, "first"),))
        else:
            first[key] = p
