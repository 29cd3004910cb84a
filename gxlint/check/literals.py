"""The literal texts every match of a pack's pattern begins with, when a simple reading
of the pattern can tell them: "用户登录|打印本页" begins with 用户登录 or 打印本页,
"(?<!\\d)年\\s{2,}月" with 年, "[【\\[]\\s*填写" with 【 or [.

The pattern kind then tries its pattern only where one of them occurs (anchors.py):
the regex engine tries a pattern at every character of a report, and a pack's
alternations of phrases cost hundreds of instructions a character, most of a long
report's check. Anything this reading does not follow exactly (case folding, verbose
or reversed patterns, escapes for characters, classes with ranges, a leading part that
may be empty) gives None, and the pattern scans the whole text as before.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_QUANTIFIER = regex.compile(r"\{(\d*)(?:,(\d*))?\}")
# Inline flags that leave literal text matching itself: ASCII classes, locale, multiline,
# dot-all, Unicode, word boundaries. Case folding, verbose, reversed, version 1 and
# fuzzy matching do not.
_PLAIN_FLAGS = frozenset("aLmsuw")
_CLASS_ESCAPES = frozenset("dDsSwW")
_ZERO_ESCAPES = frozenset("bBAZz")
_LOOKAROUND = ("?=", "?!", "?<=", "?<!")


class _Unknown(Exception):
    """Something this reading does not follow."""


@lru_cache(maxsize=1024)
def leading(pattern: str) -> tuple[str, ...] | None:
    """The literals every match begins with (sorted), or None."""
    try:
        found = _alternation(pattern)
    except _Unknown:
        return None
    return tuple(sorted(found)) if found else None


def _alternation(text: str) -> set[str]:
    out: set[str] = set()
    for branch in _branches(text):
        out |= _branch(branch)
    return out


def _branch(seq: str) -> set[str]:
    atoms = _atoms(seq)
    k = 0
    while k < len(atoms) and atoms[k][0] == "zero":
        k += 1
    if k == len(atoms):
        raise _Unknown("a branch that may match nothing")
    kind, text, least, _ = atoms[k]
    if least < 1:
        raise _Unknown("an optional first part")
    if kind == "group":
        return _alternation(text)
    if kind == "class":
        return _class_chars(text)
    if kind != "lit":
        raise _Unknown("a class, a dot or an escape first")
    run = ""
    for kind, text, least, quantified in atoms[k:]:
        if kind != "lit" or least < 1:
            break
        run += text
        if quantified:          # "ab+c" begins with "ab", not "abc"
            break
    return {run}


def _branches(text: str) -> list[str]:
    """`text` cut at its top-level |."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(text, i) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                raise _Unknown("unbalanced )")
        elif c == "|" and depth == 0:
            out.append(text[start:i])
            start = i + 1
        i += 1
    if depth:
        raise _Unknown("unbalanced (")
    return out + [text[start:]]


def _atoms(seq: str) -> list[tuple[str, str, int, bool]]:
    """(kind, text, least, quantified) for each part of a sequence: a literal character,
    a class, a group's inside, something of zero width, or something else; `least`: how
    many times it must occur (a quantifier after it may make that 0 or more than 1)."""
    out, i = [], 0
    while i < len(seq):
        kind, text, i = _atom(seq, i)
        least, j = _quantifier(seq, i)
        out.append((kind, text, least, j > i))
        i = j
    return out


def _atom(seq: str, i: int) -> tuple[str, str, int]:
    c = seq[i]
    if c == "\\":
        nxt = seq[i + 1:i + 2]
        if not nxt:
            raise _Unknown("a lone backslash")
        if nxt in _ZERO_ESCAPES:
            return "zero", "", i + 2
        if nxt in _CLASS_ESCAPES:
            return "other", "", i + 2
        if nxt in "pP":
            end = seq.find("}", i) if seq[i + 2:i + 3] == "{" else -1
            if end < 0:
                raise _Unknown("a property without braces")
            return "other", "", end + 1
        if nxt.isascii() and nxt.isalnum():
            raise _Unknown("an escape for a character or a reference")
        return "lit", nxt, i + 2
    if c == "[":
        end = _class_end(seq, i)
        return "class", seq[i + 1:end], end + 1
    if c == "(":
        end = _group_end(seq, i)
        return (*_group(seq[i + 1:end]), end + 1)
    if c == "^" or c == "$":
        return "zero", "", i + 1
    if c == ".":
        return "other", "", i + 1
    if c in "*+?{)|":
        raise _Unknown("a quantifier or a bracket out of place")
    return "lit", c, i + 1


def _group(inner: str) -> tuple[str, str]:
    if inner.startswith(_LOOKAROUND) or inner.startswith("?#"):
        return "zero", ""
    if inner.startswith(("?:", "?>")):
        return "group", inner[2:]
    if inner.startswith("?P<"):
        return "group", inner[inner.index(">") + 1:]
    if inner.startswith("?"):
        flags = inner[1:]
        if flags and all(f in _PLAIN_FLAGS for f in flags):
            return "zero", ""           # (?m) and the like
        raise _Unknown("a group this reading does not follow")
    return "group", inner


def _quantifier(seq: str, i: int) -> tuple[int, int]:
    if i >= len(seq) or seq[i] not in "?*+{":
        return 1, i
    c = seq[i]
    if c == "{":
        m = _QUANTIFIER.match(seq, i)
        if m is None or not (m.group(1) or m.group(2)):
            raise _Unknown("a brace that is not a count (a literal brace, or fuzzy matching)")
        least, i = int(m.group(1) or 0), m.end()
    else:
        least, i = (1 if c == "+" else 0), i + 1
    if i < len(seq) and seq[i] in "?+":     # lazy or possessive
        i += 1
    return least, i


def _class_end(text: str, i: int) -> int:
    """The index of the ] closing the class opened at `i`."""
    j = i + 1
    if text[j:j + 1] == "^":
        j += 1
    if text[j:j + 1] == "]":
        j += 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            raise _Unknown("a set inside a set")
        if c == "]":
            return j
        j += 1
    raise _Unknown("an unclosed class")


def _group_end(text: str, i: int) -> int:
    depth, j = 0, i
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(text, j) + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise _Unknown("an unclosed group")


def _class_chars(body: str) -> set[str]:
    """The characters of a class that lists them one by one ([【\\[]), else unknown."""
    if not body or body[0] == "^":
        raise _Unknown("a negated or empty class")
    out, j = set(), 0
    while j < len(body):
        c = body[j]
        if c == "\\":
            nxt = body[j + 1:j + 2]
            if not nxt or (nxt.isascii() and nxt.isalnum()):
                raise _Unknown("an escape in a class")
            out.add(nxt)
            j += 2
            continue
        if c in "-[":
            raise _Unknown("a range or a set in a class")
        out.add(c)
        j += 1
    return out
