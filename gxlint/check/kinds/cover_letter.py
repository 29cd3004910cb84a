"""The covering letter published with the report: the 文号 line above the title, the
主送 line ("市政府办公室："), "现将…报送如下", "特此报告", the 抄送 and 印发 lines.

"现将…报告如下" alone is how many reports open their preamble; it counts only in a
text that is a letter by another sign (a 文号 or 主送 line).
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_EDGE = r"[ \t\u3000]*"
_NUMBER = regex.compile(
    _EDGE + r"(\p{Han}{1,12}\s*[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*\d{1,4}\s*号)" + _EDGE)
# An organ, or "各…单位/部门" ("县直各单位："); a page's label set above its value
# ("主办单位：", "发布部门：") is no addressee.
_ADDRESSEE = regex.compile(
    _EDGE + r"([\p{Han}（）()、]{1,40}?(?:办公室|办公厅|人民政府|政府|委员会|管委会|局|厅|委|办|领导小组)"
    r"|[\p{Han}（）()、]{0,30}?各[\p{Han}]{0,10}?(?:单位|部门))" + _EDGE + "[:：]" + _EDGE)
_FORWARDING = regex.compile(r"现将[^。\n]{0,80}?(?:报送|呈报|上报)(?:如下|给你们|你[们单]?[位办])?")
_REPORTING = regex.compile(r"现将[^。\n]{0,80}?报告如下")
_CLOSING = regex.compile(r"特此(?:报告|报送|函告|呈报)")
_COPIES = regex.compile(_EDGE + r"((?:抄送|抄报)[:：][^\n]*)")
_IMPRINT = regex.compile(
    _EDGE + r"(\p{Han}[^\n]{1,40}?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发)" + _EDGE)
_HEAD_LINES = 12          # where a letter's addressee stands: under its number, above the report


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.text
    lines, starts = text.plain_lines, text.line_starts
    title_line = text.line_of(report.title_span.start) if report.title_span else None
    first_heading = text.line_of(report.headings[0].span.start) if report.headings else len(lines)
    letter = False
    for i in range(min(len(lines), _HEAD_LINES, first_heading)):
        before_title = i < 3 if title_line is None else i < title_line
        m = _NUMBER.fullmatch(lines[i]) if before_title else None
        if m is not None:
            letter = True
            yield _at(starts[i], m, "number")
            continue
        m = _ADDRESSEE.fullmatch(lines[i]) if i != title_line else None
        if m is not None:
            letter = True
            yield _at(starts[i], m, "addressee")
    plain = text.plain
    for m in _FORWARDING.finditer(plain):
        yield Finding(Span(m.start(), m.end()), {"text": m.group()}, variant="forwarding")
    if letter:
        for m in _REPORTING.finditer(plain):
            yield Finding(Span(m.start(), m.end()), {"text": m.group()}, variant="forwarding")
    for m in _CLOSING.finditer(plain):
        yield Finding(Span(m.start(), m.end()), {"text": m.group()}, variant="closing")
    for i, line in enumerate(lines):
        m = _COPIES.fullmatch(line) if "抄" in line else None
        m = m or (_IMPRINT.fullmatch(line) if "印发" in line else None)
        if m is not None:
            yield _at(starts[i], m, "distribution")


def _at(base: int, m: regex.Match, variant: str) -> Finding:
    return Finding(Span(base + m.start(1), base + m.end(1)), {"text": m.group(1)}, variant=variant)
