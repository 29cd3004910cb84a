"""Whether a copy looks cut off: parts and rows missing after that point may exist."""
from __future__ import annotations


def ends_in_table(report) -> bool:
    """The text stops in a table row, or in a half row (a cell cut mid-word) right after one."""
    lines = report.text.plain_lines
    filled = [i for i, line in enumerate(lines) if line.strip(" |\t\u3000")]
    if len(filled) < 2:
        return False
    last, before = filled[-1], filled[-2]
    if last in report.table_lines:
        return True
    tail = lines[last].strip()
    return before in report.table_lines and len(tail) < 60 and not tail.endswith(("。", "！", "？", "；"))


# A text cannot end on these: an opened bracket or quote, a comma, an enumeration comma.
_UNFINISHED = ("（", "(", "《", "“", "，", ",", "、", "：", ":")


def cut_off(report) -> str | None:
    """How the copy looks cut off: "truncated" (it stops in a table), "cut_short" (in a
    sentence), or None. The names are the findings' variants."""
    if ends_in_table(report):
        return "truncated"
    return "cut_short" if _ends_mid_sentence(report) else None


def _ends_mid_sentence(report) -> bool:
    """The text stops in the middle of a sentence or a heading ("…完整性。\n（")."""
    tail = report.text.plain.rstrip(" \t\u3000\n|")
    return tail.endswith(_UNFINISHED)
