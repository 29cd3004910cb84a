"""Flattened table text as a stream of cells, in reading order.

Copies of the format tables come as " | " rows, tab rows, one cell per line (often
each line ending in " |", with a lone "|" for a blank cell), or a row of numbers on
one line separated by spaces. Each becomes the same stream: (text, span) per cell,
blank cells kept (a blank is not a zero), rows of nothing but separators dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..chars import HAN
from ..text import Span

_SEP = regex.compile(r"[|\t]")
_GAPS = regex.compile(r"\s+")
_NUMBER = regex.compile(r"[-−－]?\d+(?:\.\d+)?")
_CELL = regex.compile(r"[-−－]?\d+(?:\.\d+)?|[/／—－-]{1,2}")
_VALUE = regex.compile(r"(?:[-−－]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?|[/／\\\-－—–―]{1,2}|\d+(?:\s+\d+)+|)")
_DIGIT = regex.compile(r"\d")
_WORD = regex.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Token:
    """A cell as written: its text, where it is, and the stream line it was on."""
    text: str
    start: int
    end: int
    line: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def is_value(text: str) -> bool:
    """A cell's text is a number, a null mark, a blank, or digits a conversion split
    ("230 000023")."""
    return _VALUE.fullmatch(text) is not None


def split_cells(line: str) -> list[str]:
    """The pieces of a line between its separators (" | " or tabs)."""
    return _SEP.split(line)


def tokens(plain: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    pos, line_no = start, 0
    while pos < end:
        nl = plain.find("\n", pos, end)
        stop = end if nl < 0 else nl
        _line(plain, pos, stop, line_no, out)
        pos, line_no = stop + 1, line_no + 1
    return _rejoin(out)


def _single(tok: Token) -> bool:
    return len(tok.text) == 1 and HAN.match(tok.text) is not None


def _rejoin(out: list[Token]) -> list[Token]:
    """Header cells split one character per line ("本\n年\n制\n发…") become one cell again."""
    joined: list[Token] = []
    i, n = 0, len(out)
    while i < n:
        j = i
        while j + 1 < n and out[j + 1].line == out[j].line + 1 and _single(out[j]) and _single(out[j + 1]):
            j += 1
        if j > i:
            run = out[i:j + 1]
            joined.append(Token("".join(t.text for t in run), run[0].start, run[-1].end, run[0].line))
        else:
            joined.append(out[i])
        i = j + 1
    return joined


def _line(plain: str, a: int, b: int, line_no: int, out: list[Token]) -> None:
    """Appends the line's cells."""
    line = plain[a:b]
    stripped = line.strip()
    if not stripped:
        return
    if "|" not in line and "\t" not in line:
        _spaced(stripped, a + line.index(stripped), line_no, out)
        return
    if not stripped.strip("|\t "):
        if stripped.count("|") + stripped.count("\t") == 1:
            at = a + line.index(stripped)
            out.append(Token("", at, at, line_no))
        return                        # "||||": a spanned or separator row, no cells of its own
    pieces = split_cells(line)
    first, last = 0, len(pieces)
    if stripped[0] in "|\t" and not pieces[0].strip():
        first = 1
    if stripped[-1] in "|\t" and last > first and not pieces[-1].strip():
        last -= 1
    x = a + (len(pieces[0]) + 1 if first else 0)
    for text in pieces[first:last]:
        s = text.strip()
        lead = x + (text.index(s) if s else len(text))
        out.append(Token(s, lead, lead + len(s), line_no))
        x += len(text) + 1


def _spaced(s: str, lead: int, line_no: int, out: list[Token]) -> None:
    """A line without separators: one cell, or a row of numbers (and maybe its label)
    separated by spaces only, "58 7 0 0 1 0 66"."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(s)]
    cells = words
    if len(words) >= 3 and _label(words[0][1]) and all(_CELL.fullmatch(w) for _, w in words[1:]):
        out.append(Token(words[0][1], lead, lead + len(words[0][1]), line_no))
        cells = words[1:]
    elif len(words) < 2 or not all(_NUMBER.fullmatch(w) for _, w in words):
        out.append(Token(s, lead, lead + len(s), line_no))
        return
    out += [Token(w, lead + at, lead + at + len(w), line_no) for at, w in cells]


def _label(word: str) -> bool:
    """A row label: a Chinese character after the word's last digit ("2.属于国家秘密")."""
    last_digit = max((m.start() for m in _DIGIT.finditer(word)), default=-1)
    return HAN.search(word, last_digit + 1) is not None
