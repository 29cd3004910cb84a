"""Count cells that cannot be counts: negative, fractional, or digits split by a bad
conversion ("230 000023"). Blank, "/", "-" and "—" are "no value", never invalid and
never zero. Rows about money (元, 经费, 费) may hold decimals; 增/减 rows may be negative."""
from __future__ import annotations

import regex

from ...matching import maybe_digit
from ...parse.grid import split_cells
from ...text import Span
from ..finding import Finding

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}

_SPLIT_DIGITS = regex.compile(r"^\d+(?:\s+\d+)+$")
_NEGATIVE = regex.compile(r"^[-−－]\s*\d+(?:\.\d+)?$")
_FRACTION = regex.compile(r"^\d+\.\d+$")
_MONEY = regex.compile(r"元|经费|费|金额|比例|率|%")
_SIGNED = regex.compile(r"增|减|变化")
_COUNT = regex.compile(r"件|条|个|次|人|项|数")
_NUMERIC_START = regex.compile(r"[-−－\d]")


def _numeric_start(c: str) -> bool:
    """`_NUMERIC_START.match(c)`, answered without the engine for ASCII and for CJK
    ideographs (which hold no digits): a row label or a count opens most cells."""
    if c.isascii():
        return "0" <= c <= "9" or c == "-"
    return not "\u4e00" <= c <= "\u9fff" and _NUMERIC_START.match(c) is not None


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


def _may_flag(line: str) -> bool:
    """Whether a table line can hold a flagged cell, answered in C: a flagged cell holds
    a minus sign, a digit, a point and a digit, or white space between its digits (the
    three patterns below). Most lines are a label and plain counts."""
    if "-" in line or "−" in line or "－" in line:
        return True
    at = line.find(".", 1)
    while at > 0:
        if maybe_digit(line[at - 1]) and maybe_digit(line[at + 1:at + 2]):
            return True
        at = line.find(".", at + 1)
    # No white space left once the spaces beside the separators are gone: none inside a
    # cell either (most lines). str.split's white space holds every character \s matches.
    bare = line.replace(" | ", "|").replace(" |", "|").replace("| ", "|").strip()
    if len(bare.split(None, 1)) == 1:
        return False
    return len("|".join(map(str.strip, split_cells(line))).split(None, 1)) > 1


def _separated_rows(report):
    text = report.text
    starts = text.line_starts
    for i in sorted(report.table_lines):
        line = text.plain_lines[i]
        if "|" not in line and "\t" not in line:
            continue
        if not _may_flag(line):
            continue
        label = None

        def context(i=i, line=line) -> str:
            # Headers sit a few rows up ("上一年项目数量 | 本年增/减"); a row is signed if they say so.
            return line + "".join(text.plain_lines[j] for j in range(max(0, i - 8), i) if j in report.table_lines)
        # The cells are the runs between separators; a cell that is a plain count or
        # does not open with a digit or a minus is passed over without the regex
        # engine (most cells of most lines).
        at = starts[i]
        for raw in split_cells(line):
            a, at = at, at + len(raw) + 1
            if not raw:
                continue
            if label is None:
                label = raw
            cell = raw.strip()
            # A flagged cell has two characters at least: a lone minus is a null mark.
            if len(cell) < 2 or cell.isdigit() or not _numeric_start(cell[0]):
                continue
            lead = len(raw) - len(raw.lstrip())
            span = Span(a + lead, a + lead + len(cell))
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
