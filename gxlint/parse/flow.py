"""Prose as it flows: the line breaks a PDF's text layer wrapped its paragraphs at.

A report copied from a PDF's text layer keeps the PDF's lines: every paragraph is
cut at the right margin, mid-word and mid-number ("统计期限自 2024 年 1 月 1 日" /
"起至 2024 年 12 月 31 日止"), and page numbers ("- 4 -") stand between its lines.
Such a text shows itself by its lines: most long lines of prose end at one width,
the margin, and hardly any runs past it. A line that reaches the margin continues on
the next line, unless that line opens a part, a list item or a table row.

The text's `Flow` has those breaks (and the page numbers inside a paragraph) taken
out; paragraphs, the statistics period, the signature date and the e-version read it,
so a statement is read whole wherever it was wrapped.
A text without such a margin (a line per paragraph, as typed) flows as written.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..chars import HAN
from ..text import Flow

# A page number a PDF's text layer leaves on a line of its own ("- 4 -", "第 4 页 / 共 9 页").
PAGE_NUMBER = regex.compile(r"\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?)\s*")
# A line that begins a heading, a list item or a table row is not a continuation.
_OPENS = regex.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]"
                       r"|\d{1,2}[、．.](?!\d)|第[一二三四五六七八九十]{1,3}部分|[|\t])")
_SHORTEST = 30          # half-ems: a line this short is no page's full width
_LONGEST = 160          # …and one this long is a paragraph typed on one line
_BAND = 3               # lines within this many half-ems of the margin reach it
_INDENT = 4
_MIN_LINES = 8


def width(line: str) -> int:
    """The line's width in half-ems: a character outside ASCII (CJK, and the quotes,
    dashes and ellipsis a Chinese font draws full width) takes two, a space (narrow in
    the proportional fonts PDFs set digits and Latin in) one half, anything else one."""
    wide = len(line) - len(line.encode("ascii", "ignore"))
    return round(len(line) + wide - line.count(" ") / 2)


def margin(lines: list[str]) -> int | None:
    """The width the text's prose lines are wrapped at, if they are."""
    widths = [width(s) for s in (line.rstrip() for line in lines)
              if len(s) <= _LONGEST and "|" not in s and "\t" not in s and HAN.search(s)]
    widths = [w for w in widths if _SHORTEST <= w <= _LONGEST]
    if len(widths) < _MIN_LINES:
        return None
    counts = Counter(widths)
    near = {w: sum(counts[v] for v in range(w - _BAND, w + _BAND + 1)) for w in counts}
    edge = max(near, key=lambda w: (near[w], w))
    beyond = sum(n for w, n in counts.items() if w > edge + 2 * _BAND)
    if near[edge] * 2 < len(widths) or beyond * 10 > len(widths):
        return None
    return edge


def wrapped(lines: list[str], skip: set[int], opens: set[int],
            reaching: frozenset[int] = frozenset()) -> dict[int, int]:
    """Each wrapped line → the line its paragraph continues on (the next line, or the
    one after a page number). `skip`: table lines; `opens`: lines that begin a heading;
    `reaching`: lines a document's layout shows running to their frame's edge (a short
    report has too few lines for its margin to show in their widths)."""
    edge = margin(lines)
    if edge is None and not reaching:
        return {}
    out: dict[int, int] = {}
    for i, line in enumerate(lines[:-1]):
        # A paragraph's first line is indented by two characters and still reaches the margin.
        reaches = i in reaching or (edge is not None and width(line.rstrip()) >= edge - _INDENT - _BAND)
        if i in skip or not reaches or line.rstrip()[-1:] in "。！？；：:":
            continue
        j = i + 1
        if PAGE_NUMBER.fullmatch(lines[j]) and j + 1 < len(lines):
            j += 1
        if j in skip or j in opens or not lines[j].strip() or _OPENS.match(lines[j]):
            continue
        out[i] = j
    return out


def build(plain: str, starts: list[int], lines: list[str], joins: dict[int, int]) -> Flow:
    """`joins` as `wrapped` gives them: the break after each such line, with the line's
    trailing and the next line's leading spaces, is taken out."""
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    taken = 0                   # characters taken out so far
    kept = 0                    # where in `plain` the next kept stretch begins
    for i in sorted(joins):
        j = joins[i]
        a = starts[i] + len(lines[i].rstrip())
        b = starts[j] + len(lines[j]) - len(lines[j].lstrip())
        parts.append(plain[kept:a])
        cuts.append((a - taken, taken + b - a))
        taken, kept = taken + b - a, b
    parts.append(plain[kept:])
    return Flow("".join(parts), tuple(cuts))
