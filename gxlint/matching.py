"""Module patterns are matched holding the GIL.

The regex module releases the GIL around every match on a str, and takes it back
whenever it allocates (its backtracking stack grows): lock work that costs a
quarter of a short match, about 3% of linting a report. gxlint matches in one
thread a process, so the calls made for every line, cell or paragraph pass
`concurrent=False`, positionally: the module parses a keyword argument at a
higher cost than the lock's.

    pattern.match(s, pos, endpos, HOLD_GIL)            # also search, fullmatch
    pattern.finditer(s, pos, endpos, False, HOLD_GIL)  # the False: not overlapped
    pattern.sub(repl, s, 0, None, None, HOLD_GIL)      # count, pos, endpos

Patterns on the standard library's `re` take no such argument. A local pack's
patterns (check/regexes.py) keep their time limit while holding the GIL: the engine
checks the clock itself (tests/test_matching.py).
"""
HOLD_GIL = False


def maybe_digit(c: str) -> bool:
    """False only where the regex module's \\d cannot match: an ASCII character that is
    not a digit, a CJK ideograph, or nothing. The module knows a newer Unicode than
    str.isdigit does, so any other non-ASCII character may be a digit to it."""
    return c.isdigit() or (c != "" and not c.isascii() and not "\u4e00" <= c <= "\u9fff")
