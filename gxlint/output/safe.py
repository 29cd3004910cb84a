"""Text from reports and file names made safe to show: control characters (an escape
sequence that would recolour or retitle a terminal, a newline that would forge a line
of output) and undecodable bytes of a file name (lone surrogates) become U+FFFD, one
character for one, so columns still line up."""
from __future__ import annotations

from dataclasses import replace

import regex

_UNSAFE = regex.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\p{Cs}]")
REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    return _UNSAFE.sub(REPLACEMENT, text) if text else text


def result(res):
    """A file's result with everything it shows made printable (its findings still say
    where they are; the file is still the one that was read)."""
    diagnostics = [replace(d, path=printable(d.path), message=printable(d.message), section=printable(d.section),
                           hint=printable(d.hint),
                           related=tuple(replace(r, message=printable(r.message)) for r in d.related))
                   for d in res.diagnostics]
    facts = res.facts
    if facts is not None:
        facts = replace(facts, title=facts.title and printable(facts.title),
                        organ=facts.organ and printable(facts.organ),
                        lines={n: printable(line) for n, line in facts.lines.items()})
    return replace(res, path=printable(res.path), error=res.error and printable(res.error), diagnostics=diagnostics,
                   facts=facts, notes=tuple(printable(n) for n in res.notes))
