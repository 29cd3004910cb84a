"""Totals and their parts in the prose: "共…N件，其中A件、B件、C件".

Only structures that read as an exhaustive breakdown are returned as such:
a total marked by 共/合计/累计/"在…中"/"N件，其中", followed in the same sentence by
clauses that each carry counts in the same unit. A first number followed by "、"
is a list item, not a total ("共发布要闻732条、政务动态1071条…"); lists introduced
by 主要有/包括/涉及 or closed by 等 are not exhaustive; approximate numbers
(余/多/约) and increases (同比增加…) never take part.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

import regex

from ..model import Number, Report
from ..text import Flow, Span
from .values import EPS

_SENTENCE = regex.compile(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = regex.compile(r"[^，,；;：:]+")
_TOTAL_BEFORE = regex.compile(r"(?:共|总计|合计|累计|总共|共计|总数|总量)[^，。；,;、:：]{0,20}$")
_IN_BEFORE = regex.compile(r"在[^，。；,;]{0,30}$")
_IN_AFTER = regex.compile(r"^[^，。；,;]{0,20}中")
_QIZHONG_AFTER = regex.compile(r"^\s*[，,。：:（(]?\s*其中")
_DELTA_BEFORE = regex.compile(
    r"(?:增加|减少|增长|下降|提高|降低|上升|同比|环比|多出|减少了|增加了"
    r"|比[^，。；,;]{0,12}[增减多少])[^，。；,;]{0,4}$")
_NOT_EXHAUSTIVE = regex.compile(r"主要有|主要包括|包括|涉及|分别|主要是|如")
_SEPARATOR_BEFORE = regex.compile(r"(?r)[，,；;]")      # searched backwards: the nearest before a place
# A breakdown's parts follow its total within a sentence; a "sentence" longer than this
# (a report without full stops) is not read further for them.
_REACH = 600
_BARE = regex.compile(r"(?<![\d.])\d+(?![\d.]*\s*(?:[%％年月日号]|\d))")
_PERCENT = regex.compile(
    r"占(?:总数|总量|全部|总体|总|全年|比)?(?:的)?(?:比例|比重|比率)?(?:为"
    r"|约)?\s*(?P<num>\d+(?:\.(?P<frac>\d+))?)\s*[%％]")


@dataclass(frozen=True, slots=True)
class Share:
    part: Number
    percent: float
    decimals: int
    span: Span


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Number
    parts: tuple[Number, ...]
    explicit: bool          # introduced by 其中
    exhaustive: bool
    shares: tuple[Share, ...]

    @property
    def part_sum(self) -> float:
        return sum(p.value for p in self.parts)


def analyse(report: Report) -> list[Breakdown]:
    """The breakdowns, read on the text as its prose flows (a list wrapped over lines is
    one list) and placed back on the text."""
    if "breakdowns" not in report.derived:
        flow = report.flow
        moved = [replace(n, span=Span(flow.index(n.span.start), flow.index(n.span.end))) for n in report.numbers]
        placed = {m.span: n for m, n in zip(moved, report.numbers)}
        paragraphs = [Span(flow.index(p.span.start), flow.index(p.span.end)) for p in report.paragraphs]
        report.derived["breakdowns"] = [_back(b, flow, placed) for b in _find(flow.text, paragraphs, moved)]
    return report.derived["breakdowns"]


def _back(b: Breakdown, flow: Flow, placed: dict[Span, Number]) -> Breakdown:
    shares = tuple(replace(s, part=placed[s.part.span], span=flow.span(s.span.start, s.span.end)) for s in b.shares)
    return replace(b, total=placed[b.total.span], parts=tuple(placed[p.span] for p in b.parts), shares=shares)


def _find(text: str, paragraphs: list[Span], numbers: list[Number]):
    nums = sorted(numbers, key=lambda n: n.span.start)
    starts = [n.span.start for n in nums]

    def within(a: int, b: int) -> list[Number]:
        return nums[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    for para in paragraphs:
        if not within(para.start, para.end):
            continue            # no count, no total: the sentences need not be cut
        prev_total: Number | None = None
        for sm in _SENTENCE.finditer(text, para.start, para.end):
            s0, s1 = sm.start(), sm.end()
            found = False
            for n in within(s0, s1):
                if not _is_total(text, n, s0, within):
                    continue
                b = _parts_after(text, n, min(s1, n.span.end + _REACH), within)
                prev_total = n
                if b:
                    found = True
                    yield b
                    break
            if not found and prev_total is not None:
                lead = text[s0:s1].lstrip(" \t，,")
                if lead.startswith("其中"):
                    start = s0 + text[s0:s1].index("其中") + 2
                    b = _parts_after(text, prev_total, min(s1, start + _REACH), within, start=start)
                    if b:
                        yield b


def _is_total(text: str, n: Number, s0: int, within) -> bool:
    if n.approx:
        return False
    before = text[max(s0, n.span.start - 30):n.span.start]
    after = text[n.span.end:n.span.end + 24]
    if after.startswith(("、", "和", "及")):
        return False
    # Most numbers are not totals: the cheap positive test first, the exclusions after.
    if not (_TOTAL_BEFORE.search(before) or (_IN_BEFORE.search(before) and _IN_AFTER.match(after))
            or _QIZHONG_AFTER.match(after)):
        return False
    return not _delta(text, n) and not _after_list_item(text, n, s0, within)


def _after_list_item(text: str, n: Number, s0: int, within) -> bool:
    """"…经济动态815条，视频新闻共转发298条，…": the clause before holds a count in
    the same unit, so this "共" closes a list item rather than opening a breakdown."""
    cut = _SEPARATOR_BEFORE.search(text, s0, n.span.start)
    if cut is None:
        return False
    before = _SEPARATOR_BEFORE.search(text, s0, cut.start())
    return any(m.unit == n.unit for m in within(before.end() if before else s0, cut.start()))


def _delta(text: str, n: Number) -> bool:
    return bool(_DELTA_BEFORE.search(text[max(0, n.span.start - 16):n.span.start]))


def _parts_after(text: str, total: Number, s1: int, within, start: int | None = None) -> Breakdown | None:
    begin = total.span.end if start is None else start
    s1, asides = _scope(text, begin, s1)
    rest = text[begin:s1]
    explicit = start is not None or bool(_QIZHONG_AFTER.match(rest))
    if explicit and "其中" in rest[rest.find("其中") + 2:]:
        return None                      # nested breakdowns: which total a part belongs to is unclear
    parts: list[Number] = []
    shares: list[Share] = []
    joints: set[str] = set()             # the separators between the clauses of its parts
    exhaustive = not _NOT_EXHAUSTIVE.search(rest[:12])
    for cm in _CLAUSE.finditer(text, begin, s1):
        clause = cm.group()
        if cm.start() == begin and start is None and not _QIZHONG_AFTER.match(clause):
            continue                     # the rest of the total's own clause ("…条政府信息中")
        if _aside(cm.start(), asides):
            continue                     # a clause of an aside
        joint = text[cm.start() - 1] if cm.start() > begin else ""
        if joint in "；;" and joints and not joints & {"；", ";"}:
            break                        # parts joined by commas: a semicolon ends their list
        in_clause = [n for n in within(cm.start(), cm.end())
                     if not _delta(text, n) and not _aside(n.span.start, asides)]
        same = [n for n in in_clause if n.unit == total.unit]
        if not in_clause and _BARE.search(clause):
            return None                  # "不予公开信息数1402": a part without its unit cannot be summed
        if any(n.approx for n in same):
            return None
        pct = _PERCENT.search(clause)
        if pct and parts and not same:
            shares.append(_share(parts[-1], pct, cm.start()))
            continue
        if not same:
            if in_clause and not parts:
                return None              # another unit first: not a breakdown of this total
            if in_clause or parts or not explicit:
                break                    # the list has ended (or, without 其中, never began)
            continue                     # "其中：" and labels before the first part
        if parts:
            joints.add(joint)
        parts.extend(same)
        if pct:
            shares.append(_share(same[-1], pct, cm.start()))
    if not parts:
        return None
    return _breakdown(text, total, _ended(parts, total), explicit, exhaustive, shares)


def _breakdown(text: str, total: Number, parts: list[Number], explicit: bool, exhaustive: bool,
               shares: list[Share]) -> Breakdown | None:
    tail = text[parts[-1].span.end:parts[-1].span.end + 3]
    if tail.lstrip().startswith("等"):
        exhaustive = False
    part_sum = sum(p.value for p in parts)
    if not explicit and abs(part_sum - total.value) > 0.25 * total.value:
        # Without 其中 the reading rests on layout alone; a sum this far off means the
        # clauses were a list of their own, not this total's parts.
        return None
    return Breakdown(total, tuple(parts), explicit, exhaustive, tuple(s for s in shares if s.part in parts))


_PAREN = regex.compile(r"[（()）]")


def _scope(text: str, begin: int, s1: int) -> tuple[int, list[tuple[int, int]]]:
    """How far a list after `begin` reaches, and the asides in parentheses it holds,
    whose figures are not its parts ("答复3050件（含上年度结转34件，另有103件顺延）").
    A list opened inside a parenthesis ("2602条（其中…）") ends where it closes."""
    inside = text[begin:s1].lstrip(" ，,")[:1] in "（("
    asides: list[tuple[int, int]] = []
    depth, opened = 0, begin
    for m in _PAREN.finditer(text, begin, s1):
        if m.group() in "（(":
            opened = m.start() if depth == 0 else opened
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and inside:
                return m.start(), []
            if depth == 0:
                asides.append((opened, m.end()))
    if depth and not inside:
        asides.append((opened, s1))
    return s1, asides


def _aside(at: int, asides: list[tuple[int, int]]) -> bool:
    return any(a < at < b for a, b in asides)


def _ended(parts: list[Number], total: Number) -> list[Number]:
    """A list whose first parts add up to the total exactly ends there: what follows in
    the sentence is another statement ("其中当面申请30件，网络申请20件，被申请行政复议2件")."""
    running = 0.0
    for k, p in enumerate(parts[:-1], 1):
        running += p.value
        if k >= 2 and abs(running - total.value) <= EPS:
            return parts[:k]
    return parts


def _share(part: Number, pct: regex.Match, base: int) -> Share:
    return Share(part, float(pct.group("num")), len(pct.group("frac") or ""),
                 Span(base + pct.start("num"), base + pct.end()))


def percent_ok(part: float, total: float, stated: float, decimals: int) -> bool:
    """A stated share holds when it is part/total rounded, or truncated, to its precision."""
    if total <= 0:
        return True
    exact = part / total * 100
    unit = 10 ** -decimals
    rounded = abs(exact - stated) <= unit / 2 + 1e-9
    truncated = 0 <= exact - stated < unit + 1e-9 and stated <= exact
    return rounded or truncated
