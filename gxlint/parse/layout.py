"""A table region of the text as pieces: labels and values, whatever the copy did to
the table. One reading serves every layout a format table comes in (and the rows of
the 2014–2018 statistics table): a document's rows as its extractor drew their cells,
a text's " | " and tab rows (blank cells kept, a blank is not a zero), one cell per
line, rows of numbers separated by spaces, the text layer of a PDF (a row's numbers on
a line of their own, before or after a label wrapped over several lines, a group label
set one character a line beside its rows), and crawler copies that glued label and
figures together ("规章007", "1.属于国家秘密00000002.其他…").

A value piece (`Piece.value`) is a number, a null mark ("/", "—"), a blank cell, or a
run of digits that may hold several cells (`glued`: written against its label or its
neighbour with no space). Runs of value pieces with no label between them are a row's
values, or several rows'; `cells` cuts a run into a given number of cells when only
one cut is possible (or only one keeps a given identity)."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

import regex

from ..chars import HAN, HAN_GAP
from .flow import PAGE_NUMBER

_SEP = regex.compile(r"[|\t]")
# A number or a null mark as a table writes it. A count is digits; a fee may carry a
# point and a unit; "/" "—" "-" standing alone mean no value.
_ATOM = regex.compile(r"[-−－]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*万?元)?|(?<!\S)(?:[/／\\]|[-－—–―]{1,2})(?!\S)")
# Digits that belong to the label: a sub-item's marker ("3.危及", "（1）"), a date or an
# ordinal ("2020年", "第1项"), a figure inside a parenthesised note.
_MARKER_AFTER = regex.compile(r"[、.．)）]\s*\p{Han}|\s*[年月日号项条款]")
_GLUED_MARKER = regex.compile(r"(\d)([、.．])\s*\p{Han}")
# A telephone or postcode in a table's header lines ("联系电话:68881823") is no cell value.
_CONTACT = regex.compile(r"(?:电话|传真|手机|邮编|邮政编码|联系方式)\s*[:：]?\s*(?:\d{3,4}\s*[-－—]?\s*)?$")


Cells = Mapping[int, Sequence[tuple[int, int]]]
"""A document's table rows as its extractor drew them: a row's line start → the
[start, end) of each of its cells in the text. A text source has none (None): its rows
are the lines its separators (" | ", tabs) cut into cells."""


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    start: int
    end: int
    line: int          # 0-based line of the region
    value: bool        # a value (or a blank cell), else a piece of label
    glued: bool = False

    @property
    def digits(self) -> bool:
        return self.text.isdigit() and self.text.isascii()


def pieces(plain: str, start: int, end: int, cells: Cells | None = None) -> list[Piece]:
    """The pieces of plain[start:end], in reading order."""
    return _rejoin(list(stream(plain, start, end, cells)))


def stream(plain: str, start: int, end: int | None = None, cells: Cells | None = None) -> Iterator[Piece]:
    """The pieces from `start` on, read as they are asked for: a reader that finds where
    its table ends as it goes stops reading there, however long the line (a header set
    one character a line is rejoined by `pieces` only)."""
    end = len(plain) if end is None else end
    pos, line = start, 0
    while pos < end:
        nl = plain.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield from _line(plain, pos, stop, line, cells)
        pos, line = stop + 1, line + 1


def _rejoin(out: list[Piece]) -> list[Piece]:
    """A header set one character a line ("本\n年\n制\n发…") is one label again."""
    joined: list[Piece] = []
    single: list[bool] = []          # whether joined[i] is made of one-character lines
    for p in out:
        one = not p.value and len(p.text) == 1 and HAN.match(p.text) is not None
        if one and single and single[-1] and joined[-1].line == p.line - 1:
            prev = joined[-1]
            joined[-1] = Piece(prev.text + p.text, prev.start, p.end, p.line, False)
        else:
            joined.append(p)
            single.append(one)
    return joined


# A page's number (flow.PAGE_NUMBER) is what the page break leaves inside a table; a
# bare number is a cell.
_RULE = regex.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*")


def _line(plain: str, a: int, b: int, line: int, cells: Cells | None) -> Iterator[Piece]:
    text = plain[a:b]
    if not text.strip() or PAGE_NUMBER.fullmatch(text):
        return
    row = row_cells(plain, a, b, cells)
    if row is None:
        yield from _free(plain, a, b, line)
        return
    for x, y in row:
        raw = plain[x:y]
        s = raw.strip()
        at = x + (raw.index(s) if s else len(raw))
        if HAN.search(s) is None:       # a cell as written: a value, a blank, or digits split by a conversion
            yield Piece(s, at, at + len(s), line, True)
        else:
            yield from _free(plain, at, at + len(s), line)


def row_cells(plain: str, a: int, b: int, cells: Cells | None) -> list[tuple[int, int]] | None:
    """The cells of the line plain[a:b] (or of its part from `a`, to `b`), or None when it
    is no table row: a document's as its extractor drew them, a text's between its
    separators. A text's lone bar on a line is a blank cell (a table copied one cell a
    line); its "||||" and Markdown "|---|" lines are rows with no cells."""
    if cells is not None:
        drawn = cells.get(plain.rfind("\n", 0, a) + 1)
        return None if drawn is None else [(max(x, a), min(y, b)) for x, y in drawn if a <= x < b or x < a < y]
    text = plain[a:b]
    if "|" not in text and "\t" not in text:
        return None
    if not text.strip().strip("|\t "):
        if text.count("|") + text.count("\t") == 1:
            at = a + text.index(text.strip())
            return [(at, at)]
        return []
    if _RULE.fullmatch(text):
        return []
    out = []
    x = a
    for raw in split_cells(text):
        out.append((x, x + len(raw)))
        x += len(raw) + 1
    stripped = text.strip()
    if stripped[0] in "|\t" and not plain[out[0][0]:out[0][1]].strip():
        out = out[1:]
    if stripped[-1] in "|\t" and out and not plain[out[-1][0]:out[-1][1]].strip():
        out = out[:-1]
    return out


def split_cells(line: str) -> list[str]:
    """The pieces of a line between its separators (" | " or tabs)."""
    return _SEP.split(line)


def _free(plain: str, a: int, b: int, line: int) -> Iterator[Piece]:
    """A stretch without separators: labels and values as they alternate in it. A
    figure inside a parenthesised note of a label ("（同一热点计1次）") is the label's."""
    label_from = a
    pos = a
    depth, counted = 0, a            # brackets open in the label text up to `counted`
    for m in _ATOM.finditer(plain, a, b):
        s, e = m.start(), m.end()
        if e < b and _MARKER_AFTER.match(plain, e, b) and m.group()[:1].isdigit():
            glued = _GLUED_MARKER.match(plain, e - 1, b)
            if glued and e - s > 1 and plain[s:e - 1].isdigit():
                e -= 1                                    # "00000002.其他": the row's values, then the next marker
            else:
                continue                                  # a marker or a date: part of the label
        if (s > a and plain[s - 1] == "第") or _CONTACT.search(plain, max(a, s - 8), s):
            continue
        if s < pos:
            continue
        depth = max(0, depth + _opened(plain, counted, s))
        counted = s
        if depth > 0:
            continue
        label = _label(plain, label_from, s, line)
        if label is not None:
            yield label
        # written against its label or its neighbour: a run that may hold several cells
        glued = (s > a and not plain[s - 1].isspace()) or (e < b and not plain[e].isspace())
        yield Piece(plain[s:e], s, e, line, True, glued)
        label_from = pos = counted = e
        depth = 0
    label = _label(plain, label_from, b, line)
    if label is not None:
        yield label


def _opened(plain: str, a: int, b: int) -> int:
    """Brackets opened less those closed in plain[a:b]."""
    part = plain[a:b]
    return part.count("（") + part.count("(") - part.count("）") - part.count(")")


def _label(plain: str, a: int, b: int, line: int) -> Piece | None:
    seg = plain[a:b]
    s = seg.strip()
    if not s:
        return None
    lead = a + seg.index(s)
    return Piece(s, lead, lead + len(s), line, False)


@dataclass(frozen=True, slots=True)
class Run:
    """Value pieces with no label between them, and where they stand among the pieces."""
    pieces: tuple[Piece, ...]
    index: int         # the position of its first piece in the region's pieces


def runs(items: list[Piece]) -> Iterator[Run]:
    held: list[Piece] = []
    first = 0
    for i, p in enumerate(items):
        if p.value:
            if not held:
                first = i
            held.append(p)
        elif held:
            yield Run(tuple(held), first)
            held = []
    if held:
        yield Run(tuple(held), first)


# How many ways a run may be cut into cells before it is called unreadable.
_MAX_CUTS = 5000

Parts = tuple[tuple[str, ...], ...]       # each piece of a run, cut into its cells


def cuts(run: tuple[Piece, ...], width: int) -> list[Parts]:
    """Every way to read the run as `width` cells: a run of digits written against its
    label or its neighbour, or opening with a zero (no count is written so), may hold
    several counts (written without leading zeros); anything else is one cell."""
    out: list[Parts] = []

    def place(i: int, left: int, acc: Parts) -> None:
        if len(out) > _MAX_CUTS:
            return
        if i == len(run):
            if left == 0:
                out.append(acc)
            return
        p = run[i]
        if not (p.digits and len(p.text) > 1 and (p.glued or p.text.startswith("0"))):
            place(i + 1, left, (*acc, (p.text,)))
            return
        for k in range(min(left, len(p.text) - 1) + 1):
            for parts in splits(p.text, k + 1):
                place(i + 1, left - k, (*acc, parts))

    if width >= len(run):
        place(0, width - len(run), ())
    return out


def splits(digits: str, n: int) -> Iterator[tuple[str, ...]]:
    """`digits` cut into n counts, none with a leading zero (a lone 0 is a count)."""
    if n == 1:
        if digits == "0" or not digits.startswith("0"):
            yield (digits,)
        return
    for i in range(1, len(digits) - n + 2):
        head = digits[:i]
        if head == "0" or not head.startswith("0"):
            for rest in splits(digits[i:], n - 1):
                yield (head, *rest)


@dataclass(frozen=True, slots=True)
class Cut:
    """A run read as cells: the cells' texts and spans, and how they were read."""
    texts: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    how: str            # "written" (cell by cell) | "glued" (the only cut) | "identity" (the only cut that
                        # keeps the row's identity) | "ambiguous" | "misfit" (no cut gives `width` cells)
    candidates: tuple[tuple[str, ...], ...] = ()


def read_run(run: tuple[Piece, ...], width: int,
             identity: Callable[[tuple[int, ...]], bool] | None = None) -> Cut:
    """The run as `width` cells, as far as it can be read without guessing. Blank cells
    that open a run longer than the row are the label's: a label column the row's label
    spans, left empty in the copy ("（六）其他处理 |  | 0 | …")."""
    while len(run) > width and not run[0].text:
        run = run[1:]
    if len(run) == width:
        return Cut(tuple(p.text for p in run), tuple((p.start, p.end) for p in run), "written")
    options = cuts(run, width)
    chosen, how = options, "glued"
    if len(options) > 1 and identity is not None:
        chosen, how = [o for o in options if identity(tuple(int(x) for parts in o for x in parts))], "identity"
    if len(chosen) == 1:
        return Cut(tuple(x for parts in chosen[0] for x in parts), _spans(run, chosen[0]), how)
    whole = (run[0].start, run[-1].end)
    joined = " ".join(p.text or "·" for p in run)
    if not options:
        return Cut((joined,) * width, (whole,) * width, "misfit")
    shown = chosen if len(chosen) > 1 else options    # the cuts that keep the identity, where several do
    flat = tuple(tuple(x for parts in o for x in parts) for o in shown[:4])
    return Cut((joined,) * width, (whole,) * width, "ambiguous", flat)


def _spans(run: tuple[Piece, ...], cut: Parts) -> tuple[tuple[int, int], ...]:
    """Where each cell of a cut stands: glued digits are cut in place."""
    out = []
    for p, parts in zip(run, cut):
        at = p.start
        for text in parts:
            out.append((at, at + len(text)))
            at += len(text)
    return tuple(out)




def compact(text: str) -> str:
    """A label without the spaces a PDF puts between its characters ("总 计", "重 新出具")."""
    return HAN_GAP.sub("", text)


def compact_at(text: str, index: int) -> int:
    """The offset in `text` of the character at `index` of `compact(text)`."""
    kept = list(range(len(text)))
    for m in reversed(list(HAN_GAP.finditer(text))):
        del kept[m.start():m.end()]
    return kept[index] if index < len(kept) else len(text)

