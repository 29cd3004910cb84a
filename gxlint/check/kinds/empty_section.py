"""A heading with nothing under it before the next heading ("无" counts as content; a
numbered item that is a whole sentence is a list item, not a heading)."""
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
        # "1.需进一步提高服务意识，增强…自觉性。": a numbered item that is a whole sentence
        # is a list item, its own content, not a heading left empty.
        sentence = node.heading.level >= 3 and text[node.heading.span.end:node.heading.span.end + 1] in "。！？"
        if not _CONTENT.search(body) and not _STATEMENT.search(title) and len(title) <= RUN_IN and not sentence:
            yield Finding(node.heading.span, {"title": node.heading.title})
