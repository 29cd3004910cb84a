"""Regular expressions from rule packs: compiled once, rejected at load when broken, and,
for local packs, run with a time limit, so a catastrophic pattern (`(a|aa)+$`) stops one
rule on one file instead of hanging the run."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import regex

# Seconds for one search over one report; real patterns take microseconds.
TIMEOUT = 1.0


class Guarded:
    """A compiled pattern whose matching calls carry the timeout; a runaway match raises
    TimeoutError, which the engine turns into that rule's failure on that file."""

    def __init__(self, compiled_pattern: Any) -> None:
        self._compiled = compiled_pattern
        self.pattern = compiled_pattern.pattern
        self.groupindex = compiled_pattern.groupindex

    def search(self, *args: Any) -> Any:
        return self._compiled.search(*args, timeout=TIMEOUT)

    def match(self, *args: Any) -> Any:
        return self._compiled.match(*args, timeout=TIMEOUT)

    def fullmatch(self, *args: Any) -> Any:
        return self._compiled.fullmatch(*args, timeout=TIMEOUT)

    def finditer(self, *args: Any) -> Any:
        return self._compiled.finditer(*args, timeout=TIMEOUT)


_guarded = False      # set by the engine while a local pack's rule runs


@lru_cache(maxsize=4096)
def _plain(pattern: str) -> Any:
    return regex.compile(pattern)


@lru_cache(maxsize=1024)
def _guard(pattern: str) -> Guarded:
    return Guarded(_plain(pattern))


def compiled(pattern: str) -> Any:
    """The pattern, compiled once. Under `guarding()` its calls carry the timeout: only
    local packs' patterns need it, the shipped ones are ours and tested."""
    return _guard(pattern) if _guarded else _plain(pattern)


@contextmanager
def guarding() -> Iterator[None]:
    """While a local pack's rule runs: its patterns carry the timeout."""
    global _guarded
    before, _guarded = _guarded, True
    try:
        yield
    finally:
        _guarded = before


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
