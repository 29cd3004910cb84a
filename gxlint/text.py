"""Decoded text with positions, and its simplified-character copy.

Every check reads `Text.plain` (simplified, line breaks normalised to "\\n") and
reports absolute offsets; the copy is built so that an offset in it is the same
offset in the original, which is what lets a finding on a traditional-character
report point at the characters the author actually wrote.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

import regex

from .records import record

_BREAK = regex.compile(r"\r\n|\r|\n")
_PLUS_ONE = (1).__add__


@record
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@record
class Position:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Text:
    """The original text (breaks normalised) and a same-length simplified copy."""

    original: str
    plain: str = ""
    traditional_changes: int = 0
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.plain:
            self.plain = self.original
        # One past each line's end; accumulate over the lengths runs in C, a fifth of
        # the cost of a Python loop over the matches of "\n".
        starts = list(accumulate(map(_PLUS_ONE, map(len, self.lines)), initial=0))
        starts.pop()
        self._starts = starts

    @classmethod
    def from_decoded(cls, decoded: str) -> "Text":
        original = _BREAK.sub("\n", decoded) if "\r" in decoded else decoded
        plain, changes = simplify(original)
        return cls(original=original, plain=plain, traditional_changes=changes)

    @cached_property
    def lines(self) -> list[str]:
        return self.original.split("\n")

    @cached_property
    def plain_lines(self) -> list[str]:
        # A report in simplified characters is its own plain copy: split once.
        return self.lines if self.plain is self.original else self.plain.split("\n")

    @property
    def line_starts(self) -> list[int]:
        """The offset each line starts at."""
        return self._starts[:len(self.lines)]

    def line_of(self, offset: int) -> int:
        """0-based line index holding `offset`."""
        return bisect.bisect_right(self._starts, offset) - 1

    def line_bounds(self, line: int) -> tuple[int, int]:
        """Where 1-based `line` starts, and the offset an end must stay below to lie on it."""
        starts = self._starts
        return starts[line - 1], starts[line] if line < len(starts) else len(self.original) + 1

    def line_span(self, index: int) -> Span:
        start = self._starts[index]
        return Span(start, start + len(self.lines[index]))

    def position(self, span: Span) -> Position:
        return Position(*self.locate(span.start, span.end))

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """1-based (line, column, end line, end column) of [start, end), clamped to the
        text. Every finding and each of its related spans pass here."""
        n = len(self.original)
        start = 0 if start < 0 else n if start > n else start
        end = start if end < start else n if end > n else end
        starts = self._starts
        l0 = bisect.bisect_right(starts, start) - 1
        # Most spans end on the line they start on: one search, not two.
        nxt = starts[l0 + 1] if l0 + 1 < len(starts) else n + 1
        l1 = l0 if end < nxt else bisect.bisect_right(starts, end) - 1
        return l0 + 1, start - starts[l0] + 1, l1 + 1, end - starts[l1] + 1

    def slice(self, span: Span) -> str:
        return self.plain[span.start:span.end]


_converter = None


def _opencc():
    global _converter
    if _converter is None:
        import opencc  # imported lazily: it loads dictionaries, costly at start-up

        _converter = opencc.OpenCC("t2s")
    return _converter


_HAN = regex.compile(r"\p{Han}")


def simplify(text: str) -> tuple[str, int]:
    """Simplified copy of `text` with the same length, and how many characters changed.

    Phrase conversion may change a line's length; such a line is converted one
    character at a time instead so that offsets still line up.
    """
    if not _HAN.search(text):
        return text, 0
    conv = _opencc()
    lines = text.split("\n")
    whole = conv.convert(text)
    out = whole.split("\n")
    if list(map(len, out)) != list(map(len, lines)):
        out = [_line(conv, line) for line in lines]
    plain = "\n".join(out)
    if plain == text:
        return text, 0
    changes = sum(1 for a, b in zip(text, plain) if a != b)
    return plain, changes


def _line(conv, line: str) -> str:
    converted = conv.convert(line) if line else line
    if len(converted) != len(line):
        converted = "".join(_char(conv, ch) for ch in line)
    return converted


def _char(conv, ch: str) -> str:
    c = conv.convert(ch)
    return c if len(c) == 1 else ch
