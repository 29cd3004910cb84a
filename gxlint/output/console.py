"""Standard output and error on any console: a Chinese Windows console or a redirect
in a Chinese locale encodes in GBK, a bare POSIX locale in ASCII, and neither holds
every character a report or a message has (›, │, U+FFFD). What a stream cannot hold
is replaced in text for people. Where a program reads the output and the stream is not
UTF-8, it is written in ASCII with every other character escaped, JSON's \\uXXXX
(valid: non-ASCII characters only ever stand inside its strings) and XML's character
references, so the document is valid whatever encoding its reader assumes. Files
gxlint writes are UTF-8 and need none of this."""
from __future__ import annotations

import codecs
import io
import sys

_ESCAPES = {"json": "gxlint-json", "sarif": "gxlint-json", "junit": "xmlcharrefreplace"}


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        cp = ord(ch)
        if cp > 0xFFFF:                      # as a UTF-16 surrogate pair, as JSON writes it
            cp -= 0x10000
            out.append(f"\\u{0xD800 + (cp >> 10):04x}\\u{0xDC00 + (cp & 0x3FF):04x}")
        else:
            out.append(f"\\u{cp:04x}")
    return "".join(out), exc.end


codecs.register_error("gxlint-json", _json_escape)


def _utf(stream) -> bool:
    return (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")


def setup() -> None:
    """Replace, not fail on, what standard output and error cannot encode."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and not _utf(stream):
            stream.reconfigure(errors="replace")


def stdout_for(fmt: str):
    """Standard output for a format: escaped where a program reads it."""
    stream = sys.stdout
    if fmt in _ESCAPES and isinstance(stream, io.TextIOWrapper) and not _utf(stream):
        stream.reconfigure(encoding="ascii", errors=_ESCAPES[fmt])
    return stream
