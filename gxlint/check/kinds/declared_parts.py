"""The preamble's "由…N部分组成" against the parts the body really has."""
from __future__ import annotations

import regex

from ...parse.numerals import cn_int
from ...text import Span
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_DECLARED = regex.compile(
    r"(?:由|包括|分为|包含)(?P<list>[^。]{0,300}?)(?:等|共)?(?P<n>[一二三四五六七八九十两]{1,3}|\d{1,2})\s*(?:个)?部分(?:组成|内容|构成)?")


def check(report, rule):
    text = report.text.plain
    first_l1 = next((h.span.start for h in report.headings if h.level == 1), len(text))
    m = _DECLARED.search(text, 0, min(len(text), max(first_l1, 0) + 400))
    if not m:
        return
    declared = cn_int(m.group("n"))
    top = [h for h in report.headings if h.level == 1]
    if declared is None or not top:
        return
    if declared != len(top):
        yield Finding(Span(m.start(), m.end()), {"declared": declared, "actual": len(top)})
