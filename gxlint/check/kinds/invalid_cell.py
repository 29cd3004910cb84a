"""Count cells that cannot be counts: negative, fractional, or digits split by a bad
conversion ("230 000023"). Blank, "/", "-" and "—" are "no value", never invalid and
never zero. Rows about money (元, 经费, 费) may hold decimals; 增/减 rows may be negative."""
from __future__ import annotations

import regex

from ...text import Span
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_SPLIT_DIGITS = regex.compile(r"^\d+(?:\s+\d+)+$")
_NEGATIVE = regex.compile(r"^[-−－]\s*\d+(?:\.\d+)?$")
_FRACTION = regex.compile(r"^\d+\.\d+$")
_MONEY = regex.compile(r"元|经费|费|金额|比例|率|%")
_SIGNED = regex.compile(r"增|减|变化")
_COUNT = regex.compile(r"件|条|个|次|人|项|数")
_CELL = regex.compile(r"[^|\t]+")
_NUMERIC_START = regex.compile(r"^[-−－\d]")
# A cell that may be one _variant flags: opening with a minus, or digits followed in
# their cell by spaced digits or by a fraction that ends the cell. Most table lines
# have none ("1.属于国家秘密 | 0 | 2"), and looking at each of their cells, with the
# rows above for context, was most of this check's time.
_SUSPECT = regex.compile(r"(?:^|[|\t])\s*(?:[-−－]\s*\d|\d+(?:[^\S\t\n]+\d|\.\d+[^\S\t\n]*(?:[|\t]|$)))")


def check(report, rule):
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
                    context = row.key + table.columns[col]
                    variant, severity = _variant(cell.raw, row.key + row.unit, lambda: context), None
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
    text = report.text
    for i in sorted(report.table_lines):
        line = text.plain_lines[i]
        if ("|" not in line and "\t" not in line) or not _SUSPECT.search(line):
            continue
        base = text.line_span(i).start
        cells = [(m.start(), m.end()) for m in _CELL.finditer(line)]
        label = line[cells[0][0]:cells[0][1]] if cells else ""

        def context(i=i, line=line) -> str:
            # Headers sit a few rows up ("上一年项目数量 | 本年增/减"); a row is signed if they say so.
            return line + "".join(text.plain_lines[j] for j in range(max(0, i - 8), i) if j in report.table_lines)
        for a, b in cells:
            raw = line[a:b]
            cell = raw.strip()
            if not cell or cell.isdigit() or not _NUMERIC_START.match(cell):
                continue          # a plain count, the most common cell, is always fine
            lead = len(raw) - len(raw.lstrip())
            span = Span(base + a + lead, base + a + lead + len(cell))
            variant = _variant(cell, label, context)
            if variant:
                yield Finding(span, {"cell": cell, "row": label.strip()[:30]}, variant=variant)


def _variant(cell: str, label: str, context) -> str | None:
    """`context()`: the row's header text, read only for a negative figure."""
    if _SPLIT_DIGITS.match(cell):
        return "unreadable"
    if _NEGATIVE.match(cell) and not _MONEY.search(label) and \
            not _SIGNED.search(context()):
        return "negative"
    if _FRACTION.match(cell) and _COUNT.search(label) and not _MONEY.search(label):
        return "fractional"
    return None
