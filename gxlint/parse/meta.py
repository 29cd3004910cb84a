"""Title, organ, organ kind, report year and regime."""
from __future__ import annotations

from collections import Counter

import regex

from ..text import Span
from .numerals import cn_digits

_TITLE = regex.compile(
    r"(?P<pre>[^\s|。，,；;：:]{0,40}?)(?P<year>(?:19|20)\d{2})\s*年度?(?P<mid>[^\s|。，,；;]{0,30}?)"
    r"(?P<kind>政府信息公开(?:工作)?(?:年度)?(?:报告|年报)|政务公开(?:工作)?(?:年度)?报告)")
# "现将我县2016年度政府信息公开工作报告如下": the sentence that introduces the report, not its title.
_ANNOUNCES = regex.compile(r"现将|现就|现把|特将")
_ORGAN_TAIL = ("人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "管委会", "管理委员会", "委员会",
               "局", "厅", "委", "办", "署", "中心", "院", "馆", "所", "站", "队", "街道办事处", "街道", "镇", "乡",
               "县", "区", "市", "州", "盟", "旗", "省", "自治区", "地区", "行政公署", "室")
_SIGN_LINE = regex.compile(r"^[\s|]*(?P<organ>[\p{Han}（）()]{3,30}?(?:" + "|".join(_ORGAN_TAIL) + r"))[\s|]*$")
_COMPILED_BY = regex.compile(
    r"由(?P<organ>[\p{Han}]{3,25}?(?:人民政府办公室|人民政府|办公室|管委会|局|委员会|委"
    r"|办))(?:负责)?编制")
_GOVERNMENT = regex.compile(
    r"(人民政府(?:办公室|办公厅)?|行政公署|街道办事处|管委会(?:办公室)?|管理委员会(?:办公室)?)$"
    r"|^[\p{Han}]{1,8}(?:省|自治区|市|县|区|州|盟|旗|镇|乡|地区|街道)$")
_DEPARTMENT = regex.compile(r"(局|厅|委员会|委|办|署|中心|院|馆|所|站|队|室|处|公司|集团)$")
_YEAR_IN_TEXT = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_CN_YEAR = regex.compile(r"(二[〇○O零0][一二三四五六七八九〇○O零0]{2})年")
_TOWNSHIP = regex.compile(r"(?:镇|乡)(?:人民政府)?$|街道(?:办事处)?$")


def find_title(lines: list[str], line_starts: list[int]) -> tuple[str | None, Span | None, int | None]:
    """The title: the first title-like phrase within the first lines."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip(" \t|\u3000\xa0"):
            continue
        seen += 1
        if seen > 6:
            break
        m = _TITLE.search(line)
        announced = _ANNOUNCES.match(m.group("pre")) or line[m.end():].lstrip().startswith("如下") if m else False
        if m and m.start() < 80 and not announced:
            title = line[m.start():m.end()].strip()
            base = line_starts[i]
            return title, Span(base + m.start(), base + m.end()), int(m.group("year"))
    return None, None, None


def organ_from_title(title: str) -> str | None:
    m = _TITLE.match(title)
    if not m:
        return None
    pre = (m.group("pre") or "").strip()
    mid = (m.group("mid") or "").strip()
    return pre or mid or None


def find_organ(lines: list[str], text: str, title: str | None) -> str | None:
    """Signature line near the end, else 由…编制, else the title's organ."""
    for line in reversed(lines[-30:]):
        m = _SIGN_LINE.match(line)
        if m and "报告" not in line:
            return m.group("organ")
    m = _COMPILED_BY.search(text[:3000])
    if m:
        return m.group("organ")
    return organ_from_title(title) if title else None


def is_township(organ: str | None) -> bool:
    return bool(organ and _TOWNSHIP.search(organ))


def organ_kind(organ: str | None) -> str:
    if not organ:
        return "unknown"
    if _GOVERNMENT.search(organ):
        return "government"
    if _DEPARTMENT.search(organ):
        return "department"
    return "unknown"


def dominant_year(text: str) -> int | None:
    found = [int(y) for y in _YEAR_IN_TEXT.findall(text)] + [cn_digits(y) for y in _CN_YEAR.findall(text)]
    years = Counter(y for y in found if y and 2000 <= y <= 2100)
    return years.most_common(1)[0][0] if years else None

