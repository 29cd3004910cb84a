"""Whether a file is an annual report at all. A repository of reports also holds a
README, meeting notes, a changelog: linted, each would be a wall of "part missing"
errors. A file with none of a report's marks — a title, the Regulation or a
statistics period named, a part or a table of any regime's format — is plainly not
one, and is skipped with one line saying so (`--no-skip` lints it anyway)."""
from __future__ import annotations

import regex

from ..model import Report

# What a report's parts are called in any regime (domain.md): one is enough.
_PART = regex.compile(r"总体情况|概述|主动公开|依申请公开|收费|减免|行政复议|行政诉讼|存在的主要问题|其他需要报告"
                      r"|政府信息管理|平台建设|监督保障|机构建设|保障经费")
# A report's opening cites the Regulation or states its period; a README about reports
# may name 年报 and 年度报告 as freely as it likes.
_PREAMBLE = regex.compile(r"政府信息公开条例|《条例》|统计期限|统计数据时限")


def is_report(report: Report) -> bool:
    if report.title or report.periods or report.stat_tables:
        return True
    if any(_PART.search(h.key) for h in report.headings if h.level == 1):
        return True
    return _PREAMBLE.search(report.text.plain) is not None
