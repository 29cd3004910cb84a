"""Headings and the section tree.

Levels: 1 一、  2 （一）(一)㈠  3 1. 1、  4 （1）1)
A heading normally starts a line; in a report flattened to one long line it
may follow a sentence end mid-line. A line starting with a bare "、" is a
level-1 heading whose numeral was lost in extraction.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..model import Heading, Section
from ..text import Span
from .numerals import cn_int

CN = "一二三四五六七八九十"
_MARKERS = [
    (1, rf"第?(?P<n>[{CN}]{{1,3}})(?:[、．]|部分[、：:\s]?)"),
    (2, rf"[（(]\s?(?P<n>[{CN}]{{1,3}})\s?[）)]|(?P<n>[㈠-㈩])"),
    (3, r"(?P<n>\d{1,2})(?:[、．]|\.(?!\d))(?!\s*[%％])"),
    (4, r"[（(](?P<n>\d{1,2})[）)]|(?P<n>\d{1,2})\)(?!\d)"),
]
# A line's marker, the levels tried in order (one pass over the line): group lN is level N,
# `lost` a bare "、" whose numeral was lost.
_LINE_HEAD = regex.compile(r"[ \t\u3000\xa0]*(?:" + "|".join(f"(?P<l{lvl}>{pat})" for lvl, pat in _MARKERS)
                           + r"|(?P<lost>、)(?=\p{Han}))")
_PART_TITLE = "|".join((
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
    r"政府信息公开行政复议[、和及]?行政诉讼情况", "(?:政府信息公开工作)?存在的主要问题及改进情况",
    "其他需要报告的事项"))
_PART = regex.compile(_PART_TITLE)
_MID = regex.compile(
    # A level-1 marker with one of the format's part titles is a heading wherever it
    # stands, also glued to the table before it ("…895.90元三、收到和处理…"); its title
    # ends with the format's words, as a flattened line gives no other end.
    r"(?P<m>" + _MARKERS[0][1] + r")(?=(?P<part>" + _PART_TITLE + "))"
    # Otherwise after a sentence end, or after a space that does not follow a colon (a
    # colon introduces an inline list, whose items are not parts of the report).
    r"|(?:(?<=[。！？；]\s{0,3})|(?<=[^:：\s]\s{1,4}))(?P<m>" + _MARKERS[0][1] + "|" + _MARKERS[1][1] + ")"
)
_TITLE_END = regex.compile(r"[。！？；]|$")
_MID_TITLE_END = regex.compile(r"[。！？；\s]|$")
LONG_LINE = 300
MAX_TITLE = 50


def _title(line: str, start: int, mid: bool) -> tuple[str, int]:
    """Title text from `start` and the index where it ends within the line."""
    while start < len(line) and line[start] in " \t\u3000\xa0":
        start += 1
    stop = (_MID_TITLE_END if mid else _TITLE_END).search(line, start).start()
    stop = min(stop, start + MAX_TITLE) if stop - start > MAX_TITLE else stop
    title = line[start:stop].strip(" \t\u3000\xa0：:,，")
    end = stop + 1 if stop < len(line) and line[stop] in "。！？；" else stop
    return title, end


_TITLE_WORDS = regex.compile(r"年度报告|工作报告|年报")


def styled_parts(styled: dict[int, int], lines: list[str], title_line: int) -> dict[int, int]:
    """Heading styles as levels 1, 2, … in the order the document uses them (parts may be
    styled <h2> or Heading 2), leaving out the title, also when broken over two lines."""
    styled = {i: lvl for i, lvl in styled.items() if i > title_line and not _TITLE_WORDS.search(lines[i])}
    rank = {lvl: n for n, lvl in enumerate(sorted(set(styled.values())), 1)}
    return {i: rank[lvl] for i, lvl in styled.items()}


def find_headings(lines: list[str], line_starts: list[int], skip: set[int],
                  styled: dict[int, int] | None = None) -> list[Heading]:
    """`styled`: line index → level of paragraphs a document styles as headings; such a
    line without a numeral is still a heading (its numeral is missing, not its part),
    and its level is the style's."""
    styled = styled or {}
    found: list[Heading] = []
    after_table = False
    for i, line in enumerate(lines):
        if not line.strip():
            after_table = False          # a blank line closes the table: what follows is not its row
            continue
        if i in skip:
            after_table = True
            continue
        base = line_starts[i]
        head = _line_heading(line, base)
        if i in styled:
            # The document's structure outranks the numeral's look: "1. 总体情况" styled as
            # a top heading is a part, numbered in the wrong style.
            head = replace(head, level=styled[i]) if head else _styled_heading(line, base, styled[i])
        if head and after_table and head.level > 1:
            head = None                  # a row label wrapped onto its own line, still in the table
        after_table = False
        if head:
            found.append(head)
        if len(line) >= LONG_LINE:
            found.extend(_mid_line(line, base, head))
    return found


def _mid_line(line: str, base: int, head: Heading | None) -> list[Heading]:
    """Headings inside a flattened line. Without line breaks a numbered list inside a
    paragraph looks like a heading, so a mid-line item must continue its sequence:
    （二） only after （一）, 三、 only after 二、."""
    out: list[Heading] = []
    last = {1: head.number if head and head.level == 1 else 0, 2: 0}
    for m in _MID.finditer(line, head.body_start - base if head else 0):
        lvl = 2 if m.group("m")[-1] in "）)" or "\u3220" <= m.group("m") <= "\u3229" else 1
        n = cn_int(m.group("n"))
        if m.group("part"):
            title, end = m.group("part"), m.end() + len(m.group("part"))
        else:
            title, end = _title(line, m.end(), mid=True)
        if not title or n is None or n != (last[lvl] or 0) + 1:
            continue
        last[lvl] = n
        if lvl == 1:
            last[2] = 0
        span = Span(base + m.start("m"), base + m.end() + len(title))
        out.append(Heading(lvl, n, m.group("m"), title, span, base + end))
    return out


def _line_heading(line: str, base: int) -> Heading | None:
    m = _LINE_HEAD.match(line)
    if m is None:
        return None
    title, end = _title(line, m.end(), mid=False)
    if m.group("lost"):
        lead = m.end() - 1
        return Heading(1, None, "、", title, Span(base + lead, base + m.end() + len(title)), base + end)
    lvl = next(n for n in (1, 2, 3, 4) if m.group(f"l{n}") is not None)
    part = _PART.match(line, m.end()) if lvl == 1 and len(line) >= LONG_LINE else None
    if part:                 # a flattened report: its text runs on after the part's title
        title, end = part.group(), part.end()
    if not title or title[0] in "%％":
        return None
    lead = len(line) - len(line.lstrip(" \t\u3000\xa0"))
    return Heading(lvl, cn_int(m.group("n")), line[lead:m.end()], title,
                   Span(base + lead, base + m.end() + len(title)), base + end)


def _styled_heading(line: str, base: int, level: int) -> Heading | None:
    title, end = _title(line, 0, mid=False)
    if not title or len(line.strip()) > MAX_TITLE or title[-1] in "。！？；":
        return None
    lead = len(line) - len(line.lstrip(" \t\u3000\xa0"))
    return Heading(min(level, 4), None, "", title, Span(base + lead, base + lead + len(title)), base + end)


def build_tree(headings: list[Heading], text_len: int) -> list[Section]:
    """The top-level sections, each holding the lower-level headings that follow it."""
    top: list[Section] = []
    stack: list[Section] = []
    for h in headings:
        while stack and stack[-1].heading.level >= h.level:
            stack.pop()
        node = Section(h)
        (stack[-1].children if stack else top).append(node)
        stack.append(node)
    _close(top, text_len)
    return top


def _close(siblings: list[Section], end: int) -> None:
    """Each section ends where the next sibling begins (the last, at `end`)."""
    for i, node in enumerate(siblings):
        node.end = siblings[i + 1].heading.span.start if i + 1 < len(siblings) else end
        _close(node.children, node.end)
        stop = node.children[0].heading.span.start if node.children else node.end
        node.body = Span(node.heading.body_start, max(stop, node.heading.body_start))
