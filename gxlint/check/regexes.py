"""Regular expressions from rule packs: compiled once, rejected at load when broken."""
from __future__ import annotations

from functools import lru_cache

import regex


@lru_cache(maxsize=1024)
def compiled(pattern: str) -> regex.Pattern:
    return regex.compile(pattern)


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
