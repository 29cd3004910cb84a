"""Regular expressions from rule packs: compiled once, rejected at load when broken, and
run with a time limit, so a catastrophic pattern in a local pack (`(a|aa)+$`) stops one
rule on one file instead of hanging the run."""
from __future__ import annotations

from functools import lru_cache

import regex

# Seconds for one search over one report; the shipped patterns take microseconds.
TIMEOUT = 1.0


class PatternTimeout(Exception):
    """A pack's pattern ran past TIMEOUT; the engine reports it against the rule."""

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self.pattern = pattern


class Guarded:
    """A compiled pattern whose matching calls carry the timeout."""

    __slots__ = ("_p",)

    def __init__(self, pattern: regex.Pattern) -> None:
        self._p = pattern

    def _run(self, method: str, *args, **kwargs):
        try:
            return getattr(self._p, method)(*args, timeout=TIMEOUT, **kwargs)
        except TimeoutError:
            raise PatternTimeout(self._p.pattern) from None

    def search(self, *args, **kwargs):
        return self._run("search", *args, **kwargs)

    def match(self, *args, **kwargs):
        return self._run("match", *args, **kwargs)

    def fullmatch(self, *args, **kwargs):
        return self._run("fullmatch", *args, **kwargs)

    def sub(self, *args, **kwargs):
        return self._run("sub", *args, **kwargs)

    def findall(self, *args, **kwargs):
        return self._run("findall", *args, **kwargs)

    def finditer(self, *args, **kwargs):
        # The iterator matches lazily: the timeout must be caught where it is consumed.
        try:
            yield from self._p.finditer(*args, timeout=TIMEOUT, **kwargs)
        except TimeoutError:
            raise PatternTimeout(self._p.pattern) from None

    @property
    def pattern(self) -> str:
        return self._p.pattern

    @property
    def groupindex(self):
        return self._p.groupindex


@lru_cache(maxsize=4096)
def compiled(pattern: str) -> Guarded:
    return Guarded(regex.compile(pattern))


def problem(*patterns: str | None) -> str | None:
    """The first pattern that does not compile, as a message for the pack error."""
    for p in patterns:
        if p is None:
            continue
        try:
            compiled(p)
        except regex.error as exc:
            return f"bad regex {p!r}: {exc}"
    return None
