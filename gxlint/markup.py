"""Markdown reports (.md): the markup blanked out of the text the checks read.

A report kept as Markdown marks its parts with "#", bold with "**", and its tables
with pipes under a "|---|" rule. Findings point into the file as written, so the
markup is not removed but overwritten with spaces, one for one (the checks read
"   一、总体情况", the user sees "## 一、总体情况"), and the "#" levels are heading
styles, as a document's are. Pipe tables need nothing: the table readers know them.
"""
from __future__ import annotations

import regex

_HEADING = regex.compile(r"^[ ]{0,3}(#{1,6})[ \t]+", regex.M)
_CLOSING = regex.compile(r"[ \t]+#+[ \t]*$", regex.M)
_EMPHASIS = regex.compile(r"\*\*|__|~~")
_QUOTE = regex.compile(r"^[ ]{0,3}>[ \t]?", regex.M)
_BULLET = regex.compile(r"^[ ]{0,3}[-*+][ \t]+(?=\S)", regex.M)
_BREAK = regex.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$", regex.M)
_LINK = regex.compile(r"!?\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)\)")
_ESCAPE = regex.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")


def blank(text: str) -> str:
    """`text` with its Markdown markup overwritten by spaces, as long as before."""
    out = list(text)

    def spaces(a: int, b: int) -> None:
        out[a:b] = " " * (b - a)

    for pattern in (_HEADING, _CLOSING, _EMPHASIS, _QUOTE, _BULLET, _BREAK, _ESCAPE):
        for m in pattern.finditer(text):
            spaces(m.start(), m.end())
    for m in _LINK.finditer(text):
        spaces(m.start(), m.start("text"))              # "[" or "!["
        spaces(m.end("text"), m.start("url"))           # "]("
        spaces(m.end("url"), m.end())                   # ")"
    return "".join(out)


def heading_levels(lines: list[str]) -> dict[int, int]:
    """0-based line → level of each "#" heading."""
    return {i: len(m.group(1)) for i, line in enumerate(lines) if (m := _HEADING.match(line))}
