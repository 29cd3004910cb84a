"""The same paragraph twice (a copy-paste slip or a merge of two drafts)."""
from __future__ import annotations

from collections import Counter

import regex

from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False,
          "properties": {"min_chars": {"type": "integer", "minimum": 1}}}

_NOISE = regex.compile(r"[\s\p{P}\p{S}]+")
# Characters that are not noise and that most paragraphs hold. Paragraphs whose keys
# are equal hold each of them as often; counting them (str.count, in C) sets apart
# most paragraphs, and only those that share their counts with another are stripped
# of their noise, which costs ~60 ns a character.
_COMMON = "的公开信息政府工作"


def check(report, rule):
    min_chars = rule.params.get("min_chars", 30)
    long = [p for p in report.paragraphs if len(p.text) >= min_chars]   # shorter still without punctuation
    counts = [tuple([p.text.count(c) for c in _COMMON]) for p in long]
    shared = Counter(counts)
    first: dict[str, object] = {}
    for p, mark in zip(long, counts):
        if shared[mark] < 2:
            continue            # no other paragraph can have its key
        key = _NOISE.sub("", p.text)
        if len(key) < min_chars:
            continue
        if key in first:
            prev = first[key]
            line = report.text.position(prev.span).line
            yield Finding(p.span, {"line": line}, related=((prev.span, "first"),))
        else:
            first[key] = p
