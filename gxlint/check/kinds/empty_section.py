"""A heading with nothing under it before the next heading ("无" counts as content)."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_CONTENT = regex.compile(r"[\p{Han}\p{N}A-Za-z]")
# "（一）2010年主动公开政府信息10余条": a heading that states a figure is its own content.
RUN_IN = 30   # a longer "title" is a run-in heading: the text went on without a break
_STATEMENT = regex.compile(r"\d+\s*(?:余|多)?\s*(?:件|条|个|次|项|人|篇|期|场)")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.text.plain
    for node in report.walk():
        if node.children:
            continue
        body = text[node.body.start:node.body.end]
        title = node.heading.title
        if not _CONTENT.search(body) and not _STATEMENT.search(title) and len(title) <= RUN_IN:
            yield Finding(node.heading.span, {"title": node.heading.title})
