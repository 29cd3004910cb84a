"""The organ a report is of, as its title, its 落款 and its web page's 发布机构 name it:
they must be one organ.

Names are compared as people abbreviate them: without spaces, 人民政府 as 政府, a
government's office (政府办公室) as the government it signs for, 管理委员会 as 管委会;
then one name is the same organ as another when its characters all appear, in order,
in the other ("区政府" in "洪泽区人民政府", "县扶贫办" in "柘城县扶贫开发办公室",
"市科委" in "上海市科学技术委员会"); a 政务公开 office signs for its government. A
portal's government or its office publishing a department's report is the portal's
operator, not a second organ; a publisher that is a website ("本网") names no organ; a
template's placeholders ("XX县", "某县") match any.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...parse.meta import organ_from_title, organ_kind, signature_organ
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

# Spaces, and a template's placeholders (GX902's finding): "XX县" and "某县" are not two counties.
_SPACE = regex.compile(r"\s+|[XxＸ×＊*]+|某+")
_OFFICE = regex.compile(r"政府(?:办公室|办公厅|办)$|管委会(?:办公室|办)$")
# The unit that compiles a government's report for it: its 政务公开 office.
_DISCLOSURE = regex.compile(r"(?:政务公开|政府信息公开|信息公开)\p{Han}{0,8}$")
_WEBSITE = regex.compile(r"网$|网站$|本站$|门户$|平台$")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    titled = organ_from_title(report.title) if report.title else None
    signed = signature_organ(report.text.plain_lines)
    published = _publisher(report.page.publisher, titled or signed)
    named = [(who, organ) for who, organ in (("title", titled), ("signature", signed), ("page", published)) if organ]
    if len(named) < 2:
        return
    (first, organ), rest = named[0], named[1:]
    for who, other in rest:
        if not same_organ(organ, other):
            span = report.title_span if first == "title" and report.title_span else Span(0, 0)
            yield Finding(span, {"organ": organ, "other": other}, variant=f"{first}_{who}")
            return


def _publisher(publisher: str | None, organ: str | None) -> str | None:
    if not publisher or _WEBSITE.search(publisher) or organ_kind(publisher) == "unknown":
        return None
    if organ and organ_kind(organ, titled=True) == "department" and _norm(publisher).endswith(("政府", "管委会")):
        return None                  # the portal's operator publishing a department's report
    return publisher


def same_organ(a: str, b: str) -> bool:
    x, y = sorted((_norm(a), _norm(b)), key=len)
    chars = iter(y)
    return all(c in chars for c in x)


def _norm(organ: str) -> str:
    name = _SPACE.sub("", organ).removeprefix("关于").replace("人民政府", "政府").replace("管理委员会", "管委会")
    name = _DISCLOSURE.sub("政府", name)
    return _OFFICE.sub(lambda m: m.group()[:3] if m.group().startswith("管委会") else "政府", name)
