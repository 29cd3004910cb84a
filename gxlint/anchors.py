"""A pattern tried only where it can begin.

The regex engine tries a pattern that opens with an alternation, a class or a
lookbehind at every character of a report (7-10 ns each, tens of µs a scan). When
every match must begin at one of a few literals, or a few characters before one,
str.find finds those places at about a nanosecond a character, and the pattern is
tried there only. What is found is what `rx.finditer(text)` finds: the tests check
each anchored pattern against a scan of the whole text.
"""
from __future__ import annotations

import heapq
from typing import Iterable, Iterator

import regex

from .matching import HOLD_GIL

# (literal, how many characters before it a match may begin)
Anchors = tuple[tuple[str, int], ...]

_MANY = 1000      # tries past which the regex engine's scan of the rest is quicker


def occurrences(text: str, literal: str) -> Iterator[int]:
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def _windows(text: str, literal: str, back: int) -> Iterator[tuple[int, int]]:
    for i in occurrences(text, literal):
        yield max(0, i - back), i


def starts(text: str, anchors: Anchors) -> Iterator[int]:
    """Every offset a match can begin at, ascending, each once. Generated, not listed:
    a hostile file of nothing but one anchor stays within memory."""
    windows = heapq.merge(*[_windows(text, lit, back) for lit, back in anchors])
    nxt = 0
    for a, b in windows:
        yield from range(max(a, nxt), b + 1)
        nxt = max(nxt, b + 1)


def matches_at(rx: regex.Pattern, text: str, at: Iterable[int]) -> Iterator[regex.Match]:
    """What `rx.finditer(text)` finds when a match can only begin at one of `at`
    (ascending): each is tried, or the end of the last match if later."""
    end = 0
    held = isinstance(rx, regex.Pattern)        # not the standard library's `re` (matching.py)
    for n, pos in enumerate(at):
        if n == _MANY:          # a text made of anchors (a hostile file): the engine's own scan is quicker
            yield from rx.finditer(text, max(pos, end))
            return
        m = rx.match(text, max(pos, end), None, HOLD_GIL) if held else rx.match(text, max(pos, end))
        if m is not None:
            end = m.end()
            yield m


def finditer(rx: regex.Pattern, text: str, anchors: Anchors) -> Iterator[regex.Match]:
    """`rx.finditer(text)` for a pattern whose every match begins at an anchor."""
    return matches_at(rx, text, starts(text, anchors))
