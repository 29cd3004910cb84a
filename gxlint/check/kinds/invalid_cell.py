"""Count cells that cannot be counts: negative, fractional, or digits split by a bad
conversion ("230 000023"). Blank, "/", "-" and "—" are "no value", never invalid and
never zero. Rows about money (元, 经费, 费) may hold decimals; 增/减 rows may be negative."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ...model import Report
from ...parse.layout import row_cells
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

# What a count cell cannot look like, one shape per group.
_SHAPE = regex.compile(r"(?P<unreadable>\d+(?:\s+\d+)+)|(?P<negative>[-−－]\s*\d+(?:\.\d+)?)|(?P<fractional>\d+\.\d+)")
_MONEY = regex.compile(r"元|经费|费|金额|比例|率|%")
_SIGNED = regex.compile(r"增|减|变化")
_COUNT = regex.compile(r"件|条|个|次|人|项|数")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    seen: set[tuple[int, int]] = set()
    for finding in _separated_rows(report):
        seen.add((finding.span.start, finding.span.end))
        yield finding
    for finding in _stat_tables(report):
        if (finding.span.start, finding.span.end) not in seen:
            seen.add((finding.span.start, finding.span.end))
            yield finding


def _stat_tables(report):
    """Cells of tables read without separators: glued runs, values of no known column, signs."""
    for table in report.stat_tables:
        for row in table.rows:
            name = row.key if table.kind == "stats-2014" else row.label
            for col, cell in enumerate(row.cells):
                status = cell.status
                if status == "value":
                    if cell.raw.isdigit():
                        continue          # a plain count: most cells
                    variant = _variant(cell.raw, row.key + row.unit)
                    if variant == "negative" and _SIGNED.search(row.key + table.columns[col]):
                        continue
                    severity = None
                elif status == "unreadable" and table.layout != "pipe":
                    variant, severity = "glued", "info"
                elif status == "unplaced":
                    variant, severity = "unplaced", "info"
                else:
                    continue
                if variant:
                    args = {"cell": cell.raw, "row": name[:30], "candidates": cell.note,
                            "columns": len(table.columns)}
                    yield Finding(cell.span, args, variant=variant, severity=severity)


def _separated_rows(report):
    """Cells of rows written cell by cell: a document's, or a text's with separators."""
    text = report.text
    plain = text.plain
    starts = text.line_starts
    for i in sorted(report.table_lines):
        row = row_cells(plain, starts[i], starts[i] + len(text.plain_lines[i]), report.cells)
        label = None
        for a, b in row or ():
            raw = plain[a:b]
            cell = raw.strip()
            if label is None:
                label = cell
            # A flagged cell has two characters at least: a lone minus is a null mark.
            if len(cell) < 2 or cell.isdigit():
                continue
            lead = len(raw) - len(raw.lstrip())
            variant = _variant(cell, label)
            if variant == "negative" and _signed(report, i):
                continue
            if variant:
                yield Finding(Span(a + lead, a + lead + len(cell)), {"cell": cell, "row": label[:30]},
                              variant=variant)


def _signed(report: Report, i: int) -> bool:
    """Whether table line `i` may hold signed figures: its header, a few rows up, says so
    ("上一年项目数量 | 本年增/减")."""
    lines = report.text.plain_lines
    above = [lines[j] for j in range(max(0, i - 8), i + 1) if j in report.table_lines or j == i]
    return _SIGNED.search("".join(above)) is not None


def _variant(cell: str, label: str) -> str | None:
    m = _SHAPE.fullmatch(cell)
    if m is None:
        return None
    if m.lastgroup == "unreadable":
        return "unreadable"
    if m.lastgroup == "negative":
        return None if _MONEY.search(label) else "negative"
    return "fractional" if _COUNT.search(label) and not _MONEY.search(label) else None
