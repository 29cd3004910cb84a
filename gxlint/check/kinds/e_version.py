"""Where the report can be read or downloaded ("本报告的电子版可在…下载")."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_E_VERSION = regex.compile(
    r"电子版|(?:网站|网址|门户|网|http|www|平台|栏目|专栏)[^。]{0,60}(?:下载|查阅|查询|获取|公开|公布|浏览)"
    r"|(?:下载|查阅|查询|浏览)[^。]{0,30}(?:网站|网址|门户|http|www)")
_SELF = regex.compile(r"本(?:年度)?(?:报告|年报)|(?:报告|年报)电子版")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.flow.text            # a sentence wrapped over lines is read whole
    for m in _E_VERSION.finditer(text):
        sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _SELF.search(text, sentence_start, m.end() + 40):
            return
    yield Finding(Span(0, 0), {})
