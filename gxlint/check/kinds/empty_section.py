"""A heading with nothing under it before the next heading ("无" counts as content)."""
from __future__ import annotations

import regex

from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_CONTENT = regex.compile(r"[\p{Han}\p{N}A-Za-z]")


def check(report, rule):
    text = report.text.plain
    for node in report.root.walk():
        if node.heading is None or node.children:
            continue
        body = "".join(text[s.start:s.end] for s in node.body)
        if not _CONTENT.search(body):
            yield Finding(node.heading.span, {"title": node.heading.title})
