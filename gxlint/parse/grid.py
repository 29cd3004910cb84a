"""Flattened table text as a stream of cells, in reading order.

Copies of the format tables come as " | " rows, tab rows, one cell per line (often
each line ending in " |", with a lone "|" for a blank cell), or a row of numbers on
one line separated by spaces. Each becomes the same stream: (text, span) per cell,
blank cells kept (a blank is not a zero), rows of nothing but separators dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text import Span

_SEP = regex.compile(r"[|\t]")
_NUMBERS = regex.compile(r"[-−－]?\d+(?:\.\d+)?(?:\s+[-−－]?\d+(?:\.\d+)?)+")
_CELL = r"(?:[-−－]?\d+(?:\.\d+)?|[/／—－-]{1,2})"
_SPACED_ROW = regex.compile(rf"(?P<label>\S*\p{{Han}}[^\s\d]*)(?:\s+{_CELL}){{2,}}")
_HAN1 = regex.compile(r"\p{Han}")
_VALUE = regex.compile(r"^(?:[-−－]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?|[/／\\\-－—–―]{1,2}|\d+(?:\s+\d+)+|)$")
_WORD = regex.compile(r"\S+")


@dataclass(frozen=True)
class Token:
    text: str
    span: Span
    line: int

    @property
    def is_value(self) -> bool:
        """A number, a null mark, a blank, or digits a conversion split ("230 000023")."""
        return (self.text.isascii() and self.text.isdigit()) or bool(_VALUE.match(self.text))


def tokens(plain: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    pos, line_no = start, 0
    while pos < end:
        nl = plain.find("\n", pos, end)
        stop = end if nl < 0 else nl
        _line(plain, pos, stop, line_no, out)
        pos, line_no = stop + 1, line_no + 1
    return _rejoin(out)


def _rejoin(out: list[Token]) -> list[Token]:
    """Header cells split one character per line ("本\n年\n制\n发…") become one cell again."""
    joined: list[Token] = []
    i = 0
    while i < len(out):
        j = i
        while (j + 1 < len(out) and _HAN1.fullmatch(out[j].text) and _HAN1.fullmatch(out[j + 1].text)
               and out[j + 1].line == out[j].line + 1):
            j += 1
        if j > i:
            run = out[i:j + 1]
            joined.append(Token("".join(t.text for t in run), Span(run[0].span.start, run[-1].span.end), run[0].line))
        else:
            joined.append(out[i])
        i = j + 1
    return joined


def _line(plain: str, a: int, b: int, line_no: int, out: list[Token]) -> None:
    line = plain[a:b]
    if not line.strip():
        return
    if not _SEP.search(line):
        s = line.strip()
        lead = a + len(line) - len(line.lstrip())
        row = _SPACED_ROW.fullmatch(s)
        if _NUMBERS.fullmatch(s) or row:
            # "58 7 0 0 1 0 66", or a label and its numbers separated by spaces only
            first = row.end("label") if row else 0
            if row:
                out.append(Token(row.group("label"), Span(lead, lead + first), line_no))
            for m in _WORD.finditer(s, pos=first):
                out.append(Token(m.group(), Span(lead + m.start(), lead + m.end()), line_no))
        else:
            out.append(Token(s, Span(lead, lead + len(s)), line_no))
        return
    stripped = line.strip()
    if not stripped.strip("|\t "):
        if len(_SEP.findall(stripped)) == 1:
            out.append(Token("", Span(a + line.index(stripped), a + line.index(stripped)), line_no))
        return                          # "||||": a spanned or separator row, no cells of its own
    bounds = [a - 1] + [a + m.start() for m in _SEP.finditer(line)] + [b]
    cells = [(x + 1, y) for x, y in zip(bounds, bounds[1:])]
    if _SEP.match(stripped[0]):
        cells = cells[1:] if not plain[cells[0][0]:cells[0][1]].strip() else cells
    if _SEP.match(stripped[-1]) and cells and not plain[cells[-1][0]:cells[-1][1]].strip():
        cells = cells[:-1]
    for x, y in cells:
        text = plain[x:y]
        s = text.strip()
        lead = x + len(text) - len(text.lstrip())
        out.append(Token(s, Span(lead, lead + len(s)), line_no))
