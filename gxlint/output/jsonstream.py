"""A JSON document whose one long array is written an item at a time, byte for byte
what `json.dump(doc, indent=2, ensure_ascii=False)` of the whole document gives.

The document is dumped with a placeholder where the array goes; the text before the
placeholder is written first, each item as it comes (indented to the array's depth),
and the text after it at the end, from a second dump that may carry values known
only then (a summary). Keys after the array must be the ones known last."""
from __future__ import annotations

import json

import orjson

_SLOT = "\x00gxlint:array\x00"
_SLOT_JSON = json.dumps(_SLOT)


def dump(value) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, from orjson
    (the standard library indents in pure Python). The items are strings, numbers,
    lists and dicts."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except TypeError:       # what orjson refuses (a path with a lone surrogate) json still writes
        return json.dumps(value, ensure_ascii=False, indent=2)


def line(value) -> bytes:
    """One compact line (JSON Lines, as `jq -c` writes) in UTF-8: `json.dumps` with
    separators (",", ":"), byte for byte. Bytes, not text: written as they come, a
    line is never decoded to text and encoded again. A path's undecodable bytes
    (a lone surrogate) are written back as they were."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")) \
            .encode("utf-8", "surrogateescape")


def _split(doc: dict) -> tuple[str, str, int]:
    # The document around the array, dumped twice a run: the standard library's own text.
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    at = text.index(_SLOT_JSON)
    line = text[text.rfind("\n", 0, at) + 1:at]          # '  "files": '
    return text[:at], text[at + len(_SLOT_JSON):], len(line) - len(line.lstrip(" "))


class ArrayWriter:
    """`doc(slot)` builds the document with `slot` where the array goes."""

    def __init__(self, stream, doc) -> None:
        self.stream, self.doc, self.items = stream, doc, 0
        head, _, self.indent = _split(doc(_SLOT))
        stream.write(head)

    def add(self, item) -> None:
        self.add_dumped(dump(item))

    def add_dumped(self, text: str) -> None:
        """An item already dumped (`dump`), maybe in another process."""
        pad = " " * (self.indent + 2)
        # json escapes every newline inside strings, so each "\n" here is a line of layout.
        self.stream.write(("[\n" if not self.items else ",\n") + pad + text.replace("\n", "\n" + pad))
        self.items += 1

    def close(self, *args) -> None:
        """The rest of the document, from `doc(slot, *args)`."""
        self.stream.write(("\n" + " " * self.indent + "]") if self.items else "[]")
        self.stream.write(_split(self.doc(_SLOT, *args))[1] + "\n")
