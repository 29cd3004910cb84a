"""The preamble's "由…N部分组成" against the parts the body really has: the number,
and each listed part against the level-1 headings (an unnumbered statistics table
attachment counts as the listed 统计表 part). A copy that looks cut off is not held to
the parts it may have had after the cut (an info, variant `cut_short`)."""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ...model import Report
from ...parse.numerals import cn_int
from ...text import Span
from ..completeness import cut_off
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_DECLARED = regex.compile(
    r"(?:由|包括|分为|包含)(?P<list>[^。]{0,300}?)(?:等|共)?(?P<n>[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个)?部分(?:组成|内容|构成)?")
_SPLIT = regex.compile(r"[、,，;；]|和|及|以及")
_STOP = regex.compile(r"政府信息公开|政府信息|信息公开|政府|情况|工作|有关|方面|的|本机关|行政机关|[\s“”\"]")


def _core(s: str) -> str:
    return _STOP.sub("", s)


@lru_cache(maxsize=1024)     # each name meets every heading and caption; headings repeat across reports
def _grams(s: str) -> frozenset[str]:
    core = _core(s)
    return frozenset(core[i:i + 2] for i in range(len(core) - 1))


def _alike(a: str, b: str) -> bool:
    """The two names share a character pair of their cores, or both name a table."""
    return ("表" in a and "表" in b) or not _grams(a).isdisjoint(_grams(b))


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.text.plain
    top = [h for h in report.headings if h.level == 1]
    if not top:
        return
    m = _DECLARED.search(text, 0, min(len(text), top[0].span.start + 400))
    if not m:
        return
    span = Span(m.start(), m.end())
    declared = cn_int(m.group("n"))
    listed = [x.strip() for x in _SPLIT.split(m.group("list")) if _core(x.strip())]
    captions = [text[t.caption.start:t.caption.end] for t in report.tables]
    # A listed statistics table often follows the signature unnumbered: it is still a part.
    attachment = any("表" in item and not any(_alike(item, h.key) for h in top) and captions for item in listed)
    actual = len(top) + (1 if attachment else 0)
    # A copy cut off may have the rest of its parts after the cut.
    cut = cut_off(report)
    if declared is not None and declared != actual:
        if cut and actual < declared:
            yield Finding(span, {"declared": declared, "actual": actual}, variant="cut_short", severity="info")
        else:
            yield Finding(span, {"declared": declared, "actual": actual})
        return
    if len(listed) < 2:
        return
    for item in listed:
        if not any(_alike(item, h.key) for h in top) and not any(_alike(item, c) for c in captions) and not cut:
            yield Finding(span, {"part": item}, variant="missing_part")
    for h in top:
        if not any(_alike(item, h.key) for item in listed):
            yield Finding(h.span, {"part": h.title}, variant="extra_part")
