"""Rule selectors, as --select, --ignore, per-file ignores and severity overrides take
them: a code (GX301), a code prefix (GX3) or a name (sum-mismatch)."""
from __future__ import annotations

from collections.abc import Iterable


def matches(selector: str, code: str, name: str) -> bool:
    return code.startswith(selector.upper()) or name == selector


def hit(code: str, name: str, selectors: Iterable[str]) -> bool:
    return any(matches(s, code, name) for s in selectors)


def selected(code: str, name: str, select: tuple[str, ...], ignore: tuple[str, ...]) -> bool:
    return (not select or hit(code, name, select)) and not hit(code, name, ignore)


def known(selector: str, rules: Iterable[tuple[str, str]]) -> bool:
    """Does the selector name any of these (code, name) pairs? A typo selects nothing
    silently otherwise."""
    return any(matches(selector, code, name) for code, name in rules)


def most_specific(code: str, name: str, table: Iterable[tuple[str, str]]) -> str | None:
    """The value of the entry that names the rule most closely: a name or a whole code
    over a prefix, a longer prefix over a shorter one (GX301 over GX3 over GX)."""
    best, best_rank = None, -1
    for selector, value in table:
        if not matches(selector, code, name):
            continue
        rank = 100 if selector == name or selector.upper() == code else len(selector)
        if rank >= best_rank:
            best, best_rank = value, rank
    return best
