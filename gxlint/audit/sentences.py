"""A report's prose as sentences, for what it repeats of its organ's report of the year
before (GX704): each sentence without digits, punctuation and spaces, hashed with
blake2b (the same in every worker, unlike hash()), its length its weight. Tables are
left out; so are pieces too short to be more than a heading."""
from __future__ import annotations

import hashlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..model import Report
from .features import DIGITS, SPACE

_SENTENCE_END = regex.compile(r"[。；！？!?;\n]+")
_SHORTEST = 8                         # characters: shorter pieces ("一、总体情况") are headings
_PART_FIVE = regex.compile(r"问题.{0,8}改进|改进.{0,4}(?:措施|情况)|存在的(?:主要)?问题")


@dataclass(frozen=True, slots=True)
class Sentences:
    """A stretch of prose as sentence hashes (8 bytes each) and their lengths (4 bytes)."""
    hashes: bytes
    weights: bytes
    at: tuple[int, int, int, int] | None = None      # where the stretch's heading is

    def pairs(self) -> Iterator[tuple[bytes, int]]:
        weights = array("I", self.weights)
        for i, w in enumerate(weights):
            yield self.hashes[8 * i:8 * i + 8], w

    def keys(self) -> set[bytes]:
        return {self.hashes[i:i + 8] for i in range(0, len(self.hashes), 8)}


def sentences(report: Report, start: int = 0, end: int | None = None,
              at: tuple[int, int, int, int] | None = None) -> Sentences:
    plain = report.text.plain
    end = len(plain) if end is None else end
    hashes, weights = bytearray(), array("I")
    first, last = report.text.line_of(start), report.text.line_of(max(start, end - 1))
    for i in range(first, last + 1):
        if i in report.table_lines:
            continue
        span = report.text.line_span(i)
        line = plain[max(span.start, start):min(span.end, end)]
        if "|" in line:
            continue
        for piece in _SENTENCE_END.split(line):
            words = SPACE.sub("", DIGITS.sub("", piece))
            if len(words) >= _SHORTEST:
                hashes += hashlib.blake2b(words.encode("utf-8"), digest_size=8).digest()
                weights.append(len(words))
    return Sentences(bytes(hashes), weights.tobytes(), at)


def part_five(report: Report) -> Sentences | None:
    """Part 五 (problems and improvements) as sentences, with where its heading stands."""
    for section in report.sections:
        if _PART_FIVE.search(section.heading.key):
            p = report.text.position(section.heading.span)
            return sentences(report, section.heading.body_start, section.end,
                             (p.line, p.column, p.end_line, p.end_column))
    return None




def repeated(now: Sentences, before: set[bytes]) -> tuple[float, int]:
    """The share of `now`'s prose (by length) whose sentences `before` has, and its length."""
    total = same = 0
    for key, weight in now.pairs():
        total += weight
        same += weight if key in before else 0
    return (same / total if total else 0.0), total
