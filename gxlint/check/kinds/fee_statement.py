"""Part 六 on the 信息处理费 (2021 format): it says what was charged, or that nothing
was (variant missing); and it does not say nothing was charged while table 三 counts
applications closed because a fee notice went unpaid (（六）其他处理 2., variant
notices), which shows notices were sent, unless it speaks of those notices ("发出收费
通知2件，申请人均未缴纳，未收取信息处理费" is consistent).

Table 二's 行政事业性收费 is another thing (the organ's administrative fees), and its
words do not count as a statement on the 信息处理费.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...parse.format_tables import t3_words
from ...text import Span
from ..finding import Finding
from ..packs import Rule
from .required_terms import part_scope

PARAMS = {"type": "object", "additionalProperties": False, "required": ["section"],
          "properties": {"section": {"type": "array", "items": {"type": "string"}}}}

_ADMINISTRATIVE = regex.compile(r"行政事业性收费")
_STATED = regex.compile(r"信息处理费|处理费|收费|收取[^。；\n]{0,8}?费|费用")
# Saying none was charged: a negation right before the fee ("未收取信息处理费", "无收费",
# "没有收取任何费用"), not one a few words off ("不断规范收费").
_NONE = regex.compile(r"(?:未|没有|无|不|免于?|暂不|均未)(?:收取|收|产生|发生|涉及|存在|征收)?(?:任何)?"
                      r"(?:政府信息公开)?(?:信息)?(?:处理费|收费|费用)"
                      r"|(?:信息处理费|处理费|收费)[^。；，,\n\d]{0,6}?(?:为|共|计)?\s*(?:0|０|零)(?:元|万元)?(?!\d)")
_UNPAID = "其他处理.2"
_NOTICES = regex.compile(r"收费通知|缴费通知|缴纳通知")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    scope = part_scope(report, rule.params["section"])
    if scope is None:
        return                       # the part itself missing is GX101's finding
    text, heading = scope
    said = _ADMINISTRATIVE.sub(lambda m: "＿" * len(m.group()), text)
    if not _STATED.search(said):
        yield Finding(heading, {})
        return
    none = _NONE.search(said)
    unpaid = _unpaid(report)
    if none is not None and unpaid is not None and not _NOTICES.search(said):
        cell, count = unpaid
        yield Finding(Span(heading.start + none.start(), heading.start + none.end()),
                      {"said": none.group(), "row": t3_words(_UNPAID), "count": count},
                      variant="notices", related=((cell, f"{t3_words(_UNPAID)}：{count}"),))


def _unpaid(report: Report) -> tuple[Span, str] | None:
    """The 总计 of table 三's row of applications closed for an unpaid fee, when above 0."""
    for table in report.stat_tables:
        if table.kind != "table-3":
            continue
        row = next((r for r in table.rows if r.key == _UNPAID), None)
        if row is None or not row.cells:
            return None
        total = row.cells[-1]
        if total.status == "value" and total.number > 0:
            return total.span, total.raw
    return None
