"""Title, organ, organ kind, report year and regime."""
from __future__ import annotations

from collections import Counter

import regex

from ..text import Span
from .layout import compact, compact_at
from .numerals import cn_digits

_TITLE = regex.compile(
    r"(?P<pre>[^\s|。，,；;：:]{0,40}?)(?P<year>(?:19|20)\d{2})(?:\s*年度?|(?<!\d{5})(?=\s*\p{Han}))(?P<mid>[^\s|。，,；;]{0,30}?)"
    r"(?P<kind>(?:政府信息|政务信息|政务|信息)公开(?:工作)?(?:年度)?(?:情况)?(?:报告|年报|总结))")
_ANNOUNCES = regex.compile(r"现将|现就|现把|特将")
_ORGAN_TAIL = ("人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "管委会", "管理委员会", "委员会",
               "局", "厅", "委", "办", "署", "中心", "院", "馆", "所", "站", "队", "街道办事处", "街道", "镇", "乡",
               "县", "区", "市", "州", "盟", "旗", "省", "自治区", "地区", "行政公署", "室", "公司", "集团")
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


# "特编制湛江市…报告", "现公布区统计局…报告": a sentence naming the report, whose
# words before the organ are not the organ's.
_LEAD_IN = regex.compile(r"(?:特|现|兹|今)?(?:编制|公布|发布|印发|形成)了?")
_EDGE = " \t|\u3000\xa0"
_BEFORE_YEAR = regex.compile(r"\s+(?=(?:19|20)\d{2})")
_YEAR_GAP = regex.compile(r"(?<=(?:19|20)\d{2})\s+(?=年)")
_SHORT_LINE = 40


def find_title(lines: list[str], line_starts: list[int]) -> tuple[str | None, Span | None, int | None]:
    """The title: the first title-like phrase within the first lines, also when set
    over two lines ("淮安市洪泽区人民政府" / "2024 年政府信息公开工作年度报告",
    "2024 年上海市科委政府信息公开工作" / "年度报告")."""
    shown = [i for i, line in enumerate(lines[:60]) if line.strip(_EDGE)][:6]
    for n, i in enumerate(shown):
        nxt = shown[n + 1] if n + 1 < len(shown) else None
        found = _two_lines(lines, line_starts, i, nxt) if nxt is not None else None
        if found is None:
            found = _one_line(lines[i], line_starts[i])
        if found is not None:
            return found
    return None, None, None


def _one_line(line: str, base: int) -> tuple[str, Span, int] | None:
    found = _one_line_as_written(line, base)
    if found is not None:
        return found
    squeezed = compact(line)               # a title typed or set with spaces ("政府信息 公开工作 年度报告")
    found = _one_line_as_written(squeezed, 0) if squeezed != line else None
    if found is None:
        return None
    title, span, year = found
    return title, Span(base + compact_at(line, span.start), base + compact_at(line, span.end - 1) + 1), year


def _one_line_as_written(line: str, base: int) -> tuple[str, Span, int] | None:
    m = _TITLE.search(line)
    if m is None or m.start() >= 80 or _announces(m, line[m.end():]):
        return None
    lead = _LEAD_IN.match(m.group("pre"))
    start = m.start() + (lead.end() if lead else 0)
    before = line[:m.start()]
    if not m.group("pre") and _SIGN_LINE.match(before):
        start = len(before) - len(before.lstrip(_EDGE))       # "某局 2017年…报告": the organ set apart
    title = _YEAR_GAP.sub("", _BEFORE_YEAR.sub("", line[start:m.end()].strip(), count=1), count=1)
    return title, Span(base + start, base + m.end()), int(m.group("year"))


def _two_lines(lines: list[str], starts: list[int], i: int, j: int) -> tuple[str, Span, int] | None:
    """A title broken after its organ or before its last words: both lines short, and
    the phrase runs from the first line's start, or from within it to the second line."""
    a, b = lines[i].strip(_EDGE), lines[j].strip(_EDGE)
    if len(a) > _SHORT_LINE or len(b) > _SHORT_LINE or _TITLE.search(a):
        return None
    m = _TITLE.search(a + b)
    if m is None or m.end() <= len(a) or _announces(m, (a + b)[m.end():]):
        return None
    if m.start() >= len(a):
        return None                       # all of it on the second line: read as one line
    if m.start() == 0 and m.group("pre") and not _SIGN_LINE.match(a):
        return None                       # "正文" above a title is no organ
    first = starts[i] + len(lines[i]) - len(lines[i].lstrip(_EDGE)) + m.start()
    last = starts[j] + len(lines[j]) - len(lines[j].lstrip(_EDGE)) + m.end() - len(a)
    return (a + b)[m.start():m.end()], Span(first, last), int(m.group("year"))


def _announces(m: regex.Match, after: str) -> bool:
    """"现将我县2016年度政府信息公开工作报告如下": the sentence that introduces the report;
    "《关于做好2016年度政务公开工作总结及…的通知》": a document it cites."""
    cited = m.string.count("《", 0, m.end()) > m.string.count("》", 0, m.end())
    return cited or bool(_ANNOUNCES.match(m.group("pre"))) or after.lstrip().startswith("如下")


def organ_from_title(title: str) -> str | None:
    m = _TITLE.match(title)
    if not m:
        return None
    pre = (m.group("pre") or "").strip()
    mid = (m.group("mid") or "").strip()
    return pre or mid or None


def title_wording(title: str) -> tuple[int, str] | None:
    """The year a title names and what it calls the report ("政府信息公开工作年度报告",
    "政府信息公开工作总结")."""
    m = _TITLE.match(title)
    return (int(m.group("year")), m.group("kind")) if m else None


def find_organ(lines: list[str], text: str, title: str | None) -> str | None:
    """Signature line near the end, else 由…编制, else the title's organ."""
    signed = signature_organ(lines)
    if signed:
        return signed
    m = _COMPILED_BY.search(text[:3000])
    if m:
        return m.group("organ")
    return organ_from_title(title) if title else None


def signature_organ(lines: list[str]) -> str | None:
    """The organ of the 落款: the last line near the end that is an organ's name alone."""
    for line in reversed(lines[-30:]):
        m = _SIGN_LINE.match(line)
        if m and "报告" not in line:
            return m.group("organ")
    return None


def is_township(organ: str | None) -> bool:
    return bool(organ and _TOWNSHIP.search(organ))


_OFFICE = regex.compile(r"人民政府办公(?:室|厅)$")


def report_kind(title: str | None, organ: str | None) -> str:
    """Whose report it is: the title names it; the 落款 or preamble may name only the
    office that made it."""
    titled = organ_kind(organ_from_title(title), titled=True) if title else "unknown"
    return titled if titled != "unknown" else organ_kind(organ)


def organ_kind(organ: str | None, titled: bool = False) -> str:
    """`titled`: the organ the title names, whose own report it is. A people's
    government's office compiles and signs its government's report, but a report whose
    title names the office is the office's, a department's."""
    if not organ:
        return "unknown"
    if titled and _OFFICE.search(organ):
        return "department"
    if _GOVERNMENT.search(organ):
        return "government"
    if _DEPARTMENT.search(organ):
        return "department"
    return "unknown"


def dominant_year(text: str) -> int | None:
    found = [int(y) for y in _YEAR_IN_TEXT.findall(text)] + [cn_digits(y) for y in _CN_YEAR.findall(text)]
    years = Counter(y for y in found if y and 2000 <= y <= 2100)
    return years.most_common(1)[0][0] if years else None

