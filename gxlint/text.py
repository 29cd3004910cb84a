"""Decoded text with positions, and its simplified-character copy.

Every check reads `Text.plain` (simplified, line breaks normalised to "\\n") and
reports absolute offsets; the copy is built so that an offset in it is the same
offset in the original, which is what lets a finding on a traditional-character
report point at the characters the author actually wrote. `Flow` is the same text
with the line breaks a paragraph was wrapped at taken out, and the way back.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import regex

from .chars import HAN

_BREAK = regex.compile(r"\r\n|\r|\n")
# A lone surrogate (a PDF's broken character map can yield one) is no character: it
# cannot be written out or converted, so it is read as U+FFFD, one for one.
_SURROGATE = regex.compile(r"\p{Cs}")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Flow:
    """A text as its prose flows, with the line breaks it was wrapped at taken out
    (parse/flow.py finds them). `cuts`: for each, in order, the offset in the flow where
    it was made, and how many characters of the text are taken out before the flow's
    characters from there on."""
    text: str
    cuts: tuple[tuple[int, int], ...] = ()

    def at(self, index: int) -> int:
        """The text's offset of the flow's character at `index`."""
        k = bisect.bisect_right(self.cuts, index, key=lambda c: c[0]) - 1
        return index + (self.cuts[k][1] if k >= 0 else 0)

    def index(self, offset: int) -> int:
        """The flow's index of the text's `offset` (inside a cut: where the flow goes on)."""
        k = bisect.bisect_right(self.cuts, offset, key=sum) - 1
        flat = offset - (self.cuts[k][1] if k >= 0 else 0)
        return min(flat, self.cuts[k + 1][0]) if k + 1 < len(self.cuts) else flat

    def span(self, start: int, end: int) -> Span:
        """The text's span of the flow's [start, end)."""
        return Span(self.at(start), self.at(end - 1) + 1 if end > start else self.at(start))

    def breaks(self) -> set[int]:
        """The text's offsets where each cut begins and where the flow goes on after it."""
        out: set[int] = set()
        before = 0
        for at, taken in self.cuts:
            out |= {at + before, at + taken}
            before = taken
        return out


class Text:
    """The original text (breaks normalised) and a same-length simplified copy."""

    def __init__(self, original: str, plain: str = "", traditional_changes: int = 0) -> None:
        self.original = original
        self.plain = plain or original
        self.traditional_changes = traditional_changes
        self.lines = original.split("\n")
        self.plain_lines = self.plain.split("\n")
        self._starts: list[int] = []
        offset = 0
        for line in self.lines:
            self._starts.append(offset)
            offset += len(line) + 1

    @classmethod
    def from_decoded(cls, decoded: str, blank: Callable[[str], str] | None = None) -> Text:
        """`blank`: overwrites markup the checks must not read (markup.py), length kept."""
        original = _SURROGATE.sub("\ufffd", _BREAK.sub("\n", decoded))
        plain, changes = simplify(blank(original) if blank else original)
        return cls(original=original, plain=plain, traditional_changes=changes)

    @property
    def line_starts(self) -> list[int]:
        """The offset each line starts at."""
        return list(self._starts)

    def line_of(self, offset: int) -> int:
        """0-based line index holding `offset`."""
        return bisect.bisect_right(self._starts, offset) - 1

    def line_span(self, index: int) -> Span:
        start = self._starts[index]
        return Span(start, start + len(self.lines[index]))

    def position(self, span: Span) -> Position:
        return Position(*self.locate(span.start, span.end))

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """1-based (line, column, end line, end column) of [start, end), clamped to the text."""
        n = len(self.original)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        first, last = self.line_of(start), self.line_of(end)
        return first + 1, start - self._starts[first] + 1, last + 1, end - self._starts[last] + 1


_converter = None


def _opencc():
    global _converter
    if _converter is None:
        import opencc  # imported lazily: it loads dictionaries, costly at start-up

        _converter = opencc.OpenCC("t2s")
    return _converter


def simplify(text: str) -> tuple[str, int]:
    """Simplified copy of `text` with the same length, and how many characters changed.

    Phrase conversion may change a line's length; such a line is converted one
    character at a time instead so that offsets still line up.
    """
    if not HAN.search(text):
        return text, 0
    conv = _opencc()
    lines = text.split("\n")
    out = conv.convert(text).split("\n")
    if [len(x) for x in out] != [len(x) for x in lines]:
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
