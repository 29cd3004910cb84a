"""What a PDF may make its reader do, checked as it is read rather than after: a few
kilobytes of nested compressed streams expand to gigabytes, and a page's content can
draw millions of glyphs, each a layout object. pdfminer decodes streams on demand;
while `reading_limits` is open, every stream it decodes in this process counts against
one budget for the file (a filter step that would pass it stops before allocating),
and every glyph or path a page lays out counts against that page's limit. Past either,
`Exceeded` says which."""
from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

MB = 1024 * 1024
MAX_DECODED = 128 * MB        # every stream of one file, decoded (fonts included: a report needs tens of MB)
MAX_PAGE_CONTENT = 16 * MB    # one page's own content streams, decoded (a text page: ~100 KB)
MAX_PAGE_OBJECTS = 100_000    # glyphs and paths one page lays out (a dense page of text: ~5,000)


class Exceeded(Exception):
    """A limit passed: "decoded" (the file's streams) or "objects" (one page's layout)."""


class _Budget:
    def __init__(self, limit: int) -> None:
        self.left = limit

    def take(self, n: int) -> None:
        if n > self.left:
            raise Exceeded("decoded")
        self.left -= n


class _Inflater:
    """zlib's decompressobj, bounded by the budget."""

    def __init__(self, budget: _Budget) -> None:
        self.budget, self.inner = budget, zlib.decompressobj()

    @property
    def eof(self) -> bool:
        return self.inner.eof

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        room = self.budget.left + 1
        out = self.inner.decompress(data, min(max_length, room) if max_length else room)
        self.budget.take(len(out))
        return out

    def flush(self) -> bytes:
        out = self.inner.flush(self.budget.left + 1)
        self.budget.take(len(out))
        return out


class _Zlib:
    """What pdfminer's stream decoder uses of the zlib module, bounded by the budget."""

    error = zlib.error

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget

    def decompress(self, data: bytes) -> bytes:
        inflater = _Inflater(self.budget)
        out = inflater.decompress(data)
        if not inflater.eof:          # as zlib.decompress: a cut stream is an error (pdfminer then salvages it)
            raise zlib.error("incomplete or truncated stream")
        return out

    def decompressobj(self) -> _Inflater:
        return _Inflater(self.budget)


def _counted(decode: Callable[..., bytes], budget: _Budget) -> Callable[..., bytes]:
    def counted(*args: Any) -> bytes:
        out = decode(*args)
        budget.take(len(out))
        return out
    return counted


def _counting(method: Callable[..., Any]) -> Callable[..., Any]:
    """A layout device's method that counts the objects its page lays out."""
    def counting(device: Any, *args: Any, **kwargs: Any) -> Any:
        device.gxlint_objects = getattr(device, "gxlint_objects", 0) + 1
        if device.gxlint_objects > MAX_PAGE_OBJECTS:
            raise Exceeded("objects")
        return method(device, *args, **kwargs)
    return counting


@contextmanager
def reading_limits(limit: int = MAX_DECODED) -> Iterator[None]:
    """While open, pdfminer in this process decodes and lays out within the limits."""
    from pdfminer import pdftypes
    from pdfminer.converter import PDFLayoutAnalyzer

    budget = _Budget(limit)
    names = ("lzwdecode", "ascii85decode", "asciihexdecode", "rldecode")
    saved = {name: getattr(pdftypes, name) for name in (*names, "zlib")}
    drawing = {name: getattr(PDFLayoutAnalyzer, name) for name in ("render_char", "paint_path")}
    pdftypes.zlib = _Zlib(budget)  # type: ignore[assignment]
    for name in names:
        setattr(pdftypes, name, _counted(saved[name], budget))
    for name, method in drawing.items():
        setattr(PDFLayoutAnalyzer, name, _counting(method))
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(pdftypes, name, value)
        for name, method in drawing.items():
            setattr(PDFLayoutAnalyzer, name, method)


def page_content_size(page: Any) -> int:
    """The decoded size of a pdfplumber page's own content streams."""
    contents = getattr(page.page_obj, "contents", None) or []
    return sum(len(stream.get_data()) for stream in contents if hasattr(stream, "get_data"))


def declared_pages(pdf: Any) -> int | None:
    """The page count the document's page tree declares, read before the tree is walked."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"]).get("Count"))
    except Exception:  # noqa: BLE001 - a broken tree: the walk itself reports it
        return None
    return count if isinstance(count, int) else None
