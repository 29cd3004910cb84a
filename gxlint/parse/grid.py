"""Flattened table text as a stream of cells, in reading order.

Copies of the format tables come as " | " rows, tab rows, one cell per line (often
each line ending in " |", with a lone "|" for a blank cell), or a row of numbers on
one line separated by spaces. Each becomes the same stream: (text, span) per cell,
blank cells kept (a blank is not a zero), rows of nothing but separators dropped.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from ..matching import HOLD_GIL
from ..text import Span

_SEP = regex.compile(r"[|\t]")
_NUMBERS = regex.compile(r"[-−－]?\d+(?:\.\d+)?(?:\s+[-−－]?\d+(?:\.\d+)?)+")
_CELL = r"(?:[-−－]?\d+(?:\.\d+)?|[/／—－-]{1,2})"
_SPACED_ROW = regex.compile(rf"(?P<label>\S*\p{{Han}}[^\s\d]*)(?:\s+{_CELL}){{2,}}")
_HAN1 = regex.compile(r"\p{Han}")
_VALUE = regex.compile(r"^(?:[-−－]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?|[/／\\\-－—–―]{1,2}|\d+(?:\s+\d+)+|)$")
_WORD = regex.compile(r"\S+")


class Token(NamedTuple):
    """A cell as written. A tuple, not a dataclass: a table has hundreds, and building
    them was a fifth of reading one."""
    text: str
    start: int
    end: int
    line: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def is_value(text: str) -> bool:
    """A cell's text is a number, a null mark, a blank, or digits a conversion split
    ("230 000023"). A function, not a property of Token: the row readers ask it of
    every cell, where a property's call cost as much as the test."""
    return (text.isdigit() and text.isascii()) or _VALUE.match(text, None, None, HOLD_GIL) is not None


def split_cells(line: str) -> list[str]:
    """The pieces of a line between its separators (" | " or tabs), str.split where it can."""
    return line.split("|") if "\t" not in line else _SEP.split(line)


# Token(...) goes through a Python-level __new__; the cell loop builds them directly.
_new = tuple.__new__


def tokens(plain: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    pos, line_no, lone = start, 0, 0
    while pos < end:
        nl = plain.find("\n", pos, end)
        stop = end if nl < 0 else nl
        lone += _line(plain, pos, stop, line_no, out)
        pos, line_no = stop + 1, line_no + 1
    # Most streams have no two lone characters to join.
    return _rejoin(out) if lone >= 2 else out


def _lone(text: str) -> bool:
    """A cell of one character that is not ASCII: maybe a piece of a header split one
    character per line."""
    return len(text) == 1 and not text.isascii()


def _rejoin(out: list[Token]) -> list[Token]:
    """Header cells split one character per line ("本\n年\n制\n发…") become one cell again."""
    def single(tok: Token) -> bool:
        return len(tok.text) == 1 and _HAN1.match(tok.text) is not None

    joined: list[Token] = []
    i, n = 0, len(out)
    while i < n:
        j = i
        while j + 1 < n and out[j + 1].line == out[j].line + 1 and single(out[j]) and single(out[j + 1]):
            j += 1
        if j > i:
            run = out[i:j + 1]
            joined.append(Token("".join(t.text for t in run), run[0].start, run[-1].end, run[0].line))
        else:
            joined.append(out[i])
        i = j + 1
    return joined


def _line(plain: str, a: int, b: int, line_no: int, out: list[Token]) -> int:
    """Appends the line's cells; how many of them are _lone."""
    line = plain[a:b]
    stripped = line.strip()
    if not stripped:
        return 0
    if "|" not in line and "\t" not in line:
        return _spaced(stripped, a + line.index(stripped), line_no, out)
    if not stripped.strip("|\t "):
        if stripped.count("|") + stripped.count("\t") == 1:
            at = a + line.index(stripped)
            out.append(Token("", at, at, line_no))
        return 0                        # "||||": a spanned or separator row, no cells of its own
    pieces = split_cells(line)     # this loop runs for every cell of every table
    first, last = 0, len(pieces)
    if stripped[0] in "|\t" and not pieces[0].strip():
        first = 1
    if stripped[-1] in "|\t" and last > first and not pieces[-1].strip():
        last -= 1
    x = a + (len(pieces[0]) + 1 if first else 0)
    lone = 0
    for text in pieces[first:last]:
        s = text.strip()
        lead = x + (text.index(s) if s else len(text))
        out.append(_new(Token, (s, lead, lead + len(s), line_no)))
        x += len(text) + 1
        if len(s) == 1 and not s.isascii():      # _lone, inline: this loop runs for every cell
            lone += 1
    return lone


def _spaced(s: str, lead: int, line_no: int, out: list[Token]) -> int:
    """A line without separators: one cell, or a row of numbers (and maybe its label)
    separated by spaces only, "58 7 0 0 1 0 66"."""
    # Both patterns need white space. A line of prose has none, and on it the label's
    # backtracking costs the square of its length. (str.split() splits at every \s.)
    if len(s.split(None, 1)) == 1:
        out.append(Token(s, lead, lead + len(s), line_no))
        return _lone(s)
    row = _SPACED_ROW.fullmatch(s)
    if row is None and not _NUMBERS.fullmatch(s):
        out.append(Token(s, lead, lead + len(s), line_no))
        return 0                        # holds white space: more than one character
    first = row.end("label") if row else 0
    cells = [Token(row.group("label"), lead, lead + first, line_no)] if row else []
    cells += [Token(m.group(), lead + m.start(), lead + m.end(), line_no) for m in _WORD.finditer(s, pos=first)]
    out += cells
    return sum([_lone(t.text) for t in cells])
