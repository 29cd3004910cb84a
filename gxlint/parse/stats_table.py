"""The 2014–2018 statistics table (政府信息公开情况统计表) and its local variants.

The table is recognised by its row labels (domain.md §6), not by its caption, and
read in the layouts real copies have: " | " or tab rows (blank cells kept), one
cell per line, cells separated by spaces, and cells glued with no separator at
all ("主动公开信息数条4251516其中：1.网站公开条…"). Rows keep their labels as
written; the sums are the rule pack's business.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..chars import HAN
from ..model import Cell, StatRow, StatTable
from ..text import Span
from .cells import read_cell, split_glued
from .layout import Cells, Piece, pieces, row_cells, stream

_ANCHOR = regex.compile(r"统计表|统计指标|指标名称")
_HEADER = regex.compile(
    r"[\s|]*(?:[（(][^（()）\n]{0,20}[)）][\s|]*)?(?:(?:统计指标|指标名称|指标|项目)[\s|]*)?"
    r"(?P<unit>(?:计量)?单位[\s|]*)?"
    r"(?P<cols>(?:(?:统计数|\d{4}(?:\s*年度?)?|历年累计|累计数?|本年度?)[\s|]*)*)")
_COLUMN = regex.compile(r"统计数|\d{4}(?:\s*年度?)?|历年累计|累计数?|本年度?")
UNITS = ("万元", "人次", "条", "件", "次", "个", "人", "篇", "元", "项")
_COMPOUNDS = ("文件", "案件", "事件", "条件", "个人", "证件", "稿件", "邮件", "信件")
_NULL = regex.compile(r"(?:[/／\\]|[-－—–―]{1,2})(?=[\s|]|\Z)")
_GAP = regex.compile(r"[\s|]*")
_LABEL = regex.compile(
    r"(?:其中[:：]?\s*)?(?:\d{1,2}[、.．]\s*)?"
    r"(?:[（(][^（()）\n]{0,80}[)）]|[^\s\d|（()）/／])+(?:[ \t\u3000]*[（(][^（()）\n]{0,80}[)）])*")
_LEAD = regex.compile(
    r"^\s*(?:其中[:：]?\s*)?(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
    r"|\d{1,2}[、.．]|[㈠-㈩])?\s*(?:其中[:：]?\s*)?")
_NOTE = regex.compile(r"[（(][^（()）]*[)）]|\s+")
_STAT = regex.compile(
    r"数|量|费|额|情况|人员|次|公开|申请|答复|复议|诉讼|举报|投诉|培训|会议|机构|涉及|危及|情形"
    r"|《条例》")
_KNOWN = regex.compile(r"主动公开|申请|答复|复议|诉讼")
_SPACES = regex.compile(r"\s+")


@dataclass(slots=True)
class _Row:
    label: str
    span: Span
    unit: str = ""
    values: list[tuple[str, Span]] = field(default_factory=list)
    glued: bool = False
    newline: bool = False


# How many anchors a table's text may hold: its caption, its header, a note. A read goes
# no further than the anchor after those, which keeps the reading of a text full of
# anchors ("统计表 培训会议 统计表 …") linear in its length.
_ANCHORS_IN_A_TABLE = 8


def find_stat_tables(plain: str, cells: Cells | None = None) -> list[StatTable]:
    out: list[StatTable] = []
    anchors = list(_ANCHOR.finditer(plain))
    for i, m in enumerate(anchors):
        if out and m.start() < out[-1].span.end:
            continue
        captioned = m.group() == "统计表"
        end = anchors[i + _ANCHORS_IN_A_TABLE].start() if i + _ANCHORS_IN_A_TABLE < len(anchors) else len(plain)
        table = _read(plain, m.end() if captioned else m.start(), end, 1 if captioned else 3, cells)
        if table is not None:
            out.append(table)
    return out


def row_key(label: str) -> tuple[str, bool]:
    """The label without its markers and parenthesised notes, and whether it is a 其中 row."""
    sub = "其中" in label[:8] and label.lstrip().find("其中") < 6
    key = _NOTE.sub("", label[_LEAD.match(label).end():])
    return key, sub


def _read(plain: str, start: int, end: int, known: int, cells: Cells | None) -> StatTable | None:
    """The table starting at `start`, if at least `known` of its rows are ones the format names."""
    head = _HEADER.match(plain, start, min(len(plain), start + 200))
    columns = tuple(_SPACES.sub("", c.group()) for c in _COLUMN.finditer(head.group("cols")))
    body = head.end() if (columns or head.group("unit")) else start
    if _row_at(plain, body, cells):
        rows, layout = _pipe_rows(plain, body, bool(head.group("unit")), cells), "pipe"
    else:
        rows = _stream_rows(plain, body, end, cells)
        layout = _layout(rows)
    if not rows or sum(1 for r in rows if _KNOWN.search(r.label)) < known:
        return None
    if not columns:
        counts = Counter(len(r.values) for r in rows if r.values)
        columns = ("统计数",) if not counts or counts.most_common(1)[0][0] <= 1 else \
            tuple(f"列{i + 1}" for i in range(counts.most_common(1)[0][0]))
    cumulative = next((i for i, c in enumerate(columns) if "累计" in c), None)
    built = tuple(_build(r, len(columns), cumulative, layout) for r in rows)
    return StatTable("stats-2014", layout, columns, built, Span(start, built[-1].span.end))


def _row_at(plain: str, pos: int, cells: Cells | None) -> bool:
    """Whether the first line with text from `pos` on is a table row."""
    while pos < len(plain):
        end = plain.find("\n", pos)
        end = len(plain) if end < 0 else end
        if plain[pos:end].strip():
            return row_cells(plain, pos, end, cells) is not None
        pos = end + 1
    return False


def _layout(rows: list[_Row]) -> str:
    with_values = [r for r in rows if r.values] or rows
    if sum(r.glued for r in with_values) * 2 > len(with_values):
        return "glued"
    return "lines" if sum(r.newline for r in with_values) * 2 > len(with_values) else "spaced"


def _pipe_rows(plain: str, pos: int, unit_column: bool, cells: Cells | None) -> list[_Row]:
    rows: list[_Row] = []
    while pos < len(plain):
        end = plain.find("\n", pos)
        end = len(plain) if end < 0 else end
        if plain[pos:end].strip():
            if row_cells(plain, pos, end, cells) is None:
                break
            row = _pipe_row(plain, pos, end, unit_column, cells)
            if row is not None:
                rows.append(row)
        pos = end + 1
    return rows


def _pipe_row(plain: str, start: int, end: int, unit_column: bool, cells: Cells | None) -> _Row | None:
    fields = pieces(plain, start, end, cells)          # one line's cells, read as for the format tables
    at = next((i for i, t in enumerate(fields) if HAN.search(t.text) and t.text not in UNITS), None)
    if at is None:
        return None
    row = _Row(fields[at].text, Span(fields[at].start, fields[at].end))
    rest = fields[at + 1:]
    if rest and (unit_column or rest[0].text in UNITS or (not rest[0].text and len(rest) > 1)):
        row.unit = rest[0].text
        rest = rest[1:]
    row.values = [(t.text, Span(t.start, t.end)) for t in rest]
    return row


def _stream_rows(plain: str, pos: int, end: int, cells: Cells | None) -> list[_Row]:
    """Rows from the layout's pieces, until a label no row of the table could have."""
    reader = _Reader(plain)
    for p in stream(plain, pos, end, cells):
        if p.value:
            reader.value(p)
        elif not reader.labels(p):
            break
    return reader.rows


@dataclass(slots=True)
class _Reader:
    """A label piece may hold several of the table's labels and units ("主动公开信息数
    条" or, glued, "数条"); the values after a row's label are its own."""
    plain: str
    rows: list[_Row] = field(default_factory=list)
    skipped: int = 0            # text before the first row that is no row's label
    last: int = 0               # where the last label, unit or value read ends

    def value(self, p: Piece) -> None:
        if self.rows:
            row, gap = self.rows[-1], self.plain[self.last:p.start]
            row.glued = row.glued or (not gap and not row.values)
            row.newline = row.newline or "\n" in gap
            row.values.append((p.text, Span(p.start, p.end)))
        self.last = p.end

    def labels(self, p: Piece) -> bool:
        """Read the piece's labels; False where the table has ended."""
        pos = p.start
        while (pos := _GAP.match(self.plain, pos, p.end).end()) < p.end:
            m = _LABEL.match(self.plain, pos, p.end)
            if m is None:
                return False           # a figure a label keeps ("第1项"): no table row has one
            pos = self.last = m.end()
            text, row = m.group(), self.rows[-1] if self.rows else None
            if text in UNITS and row is not None and not row.values and not row.unit:
                row.unit = text
                continue
            unit = _trailing_unit(text, self.plain, m.end())
            label = text[:len(text) - len(unit)]
            key = row_key(label)[0]
            if not key or len(key) > 60 or not _STAT.search(key) or "。" in key:
                if self.rows or self.skipped >= 3:
                    return False
                self.skipped += 1
                continue
            self.rows.append(_Row(label, Span(m.start(), m.start() + len(label)), unit))
        return True


def _trailing_unit(text: str, plain: str, end: int) -> str:
    """"主动公开信息数条" glued to its digits: the unit, when it is one and not part of a word."""
    if end >= len(plain) or not plain[end].isdigit():
        return ""
    for unit in UNITS:
        if text.endswith(unit) and len(text) > len(unit) and not text.endswith(_COMPOUNDS):
            return unit
    return ""


def _build(row: _Row, columns: int, cumulative: int | None, layout: str) -> StatRow:
    key, sub = row_key(row.label)
    values = row.values
    if layout != "pipe" and not row.unit and len(values) == columns + 1 and _NULL.fullmatch(values[0][0]):
        values = values[1:]            # "—" in the unit column of a heading row ("一、主动公开情况 — —")
    if layout == "pipe":
        cells = [read_cell(raw, span) for raw, span in values[:columns]]
        cells += [Cell("", None, "null", Span(row.span.end, row.span.end))] * (columns - len(cells))
    elif len(values) == columns:
        cells = [read_cell(raw, span) for raw, span in values]
    elif len(values) == 1 and row.glued and values[0][0].isdigit():
        cells = split_glued(values[0][0], values[0][1], columns, cumulative)
    elif not values:
        cells = [Cell("", None, "null", Span(row.span.end, row.span.end))] * columns
    else:
        # Values whose column cannot be known (a blank cell vanished): placed nowhere.
        cells = [Cell(" ".join(v for v, _ in values), None, "unplaced",
                      Span(values[0][1].start, values[-1][1].end))] * columns
    end = max([row.span.end] + [v[1].end for v in values])
    return StatRow(row.label, key, sub, row.unit, tuple(cells), Span(row.span.start, end))
