"""An identity over a table read into rows and columns (the format tables 三 and 四).

per: row     in every row with values: the `total` column = Σ the `parts` columns
per: column  in every column: Σ rows `total` = Σ rows `parts`
Names are globs over column names or canonical row keys ("不予公开.*"). A group row
with no values of its own ("（三）不予公开", 2021's "（六）其他处理") stands for its
sub-rows and is left out. Blank is not zero: an identity with a blank or unreadable
operand is reported once, at info, as not assessable; one whose operands are all blank
is skipped. A row whose glued digits were cut by this identity (`Cell.note` "identity")
is reported once, at info, as read that way and so not checked (variant `split`).
`warn_except` lists columns where a failure is an error; elsewhere a warning.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from fnmatch import fnmatchcase
from functools import lru_cache

from ...model import Cell, Report, StatTable
from ...parse.format_tables import t3_words
from ..finding import Finding
from ..packs import Rule
from ..values import EPS, show

_NAMES = {"type": "array", "minItems": 1, "items": {"type": "string"}}
PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["table", "per", "total", "parts"],
    "properties": {
        "table": {"enum": ["table-2", "table-3", "table-4"]},
        "per": {"enum": ["row", "column"]},
        "total": _NAMES, "parts": _NAMES,
        "rows": _NAMES,                  # per row: only these rows
        "warn_except": _NAMES,           # per column: failures in other columns are warnings
        "extra": {"type": "array", "items": {   # more identities of the same shape, each with its message
            "type": "object", "additionalProperties": False, "required": ["total", "parts", "variant"],
            "properties": {"total": _NAMES, "parts": _NAMES, "variant": {"type": "string"}}}},
    },
}


def _pick(names, globs) -> tuple[int, ...]:
    return _picked(tuple(names), tuple(globs))


@lru_cache(maxsize=512)     # the same columns and row keys in every report of a format
def _picked(names: tuple[str, ...], globs: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(i for i, n in enumerate(names) if any(fnmatchcase(n, g) for g in globs))


def _group(table: StatTable, i: int) -> bool:
    row = table.rows[i]
    return all(c.status == "null" for c in row.cells) and any(r.key.startswith(row.key + ".") for r in table.rows)


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    p = rule.params
    for table in report.stat_tables:
        if table.kind != p["table"] or not table.has_values:
            continue
        unassessable: set[tuple[int, int]] = set()   # reported once, whichever identity meets it first
        for spec, variant in [(p, "default")] + [({**p, **e}, e["variant"]) for e in p.get("extra", [])]:
            found = _per_row(table, spec, variant) if p["per"] == "row" else _per_column(table, spec, variant)
            for f in found:
                if f.variant in ("not_assessable", "split"):
                    if (f.span.start, f.span.end) in unassessable:
                        continue
                    unassessable.add((f.span.start, f.span.end))
                yield f


def _per_row(table: StatTable, p: dict, variant: str):
    total = _pick(list(table.columns), p["total"])
    parts = _pick(list(table.columns), p["parts"])
    if not total or not parts:
        return
    keys = [r.key for r in table.rows]
    names = [table.columns[j] for j in parts]
    for i in (_pick(keys, p["rows"]) if "rows" in p else range(len(keys))):
        row = table.rows[i]
        lhs, rhs = [row.cells[j] for j in total], [row.cells[j] for j in parts]
        if any(c.note == "identity" for c in lhs + rhs):
            # Its glued digits were cut the one way that keeps this identity, so it
            # holds by construction: say so rather than call it checked.
            yield Finding(row.cells[total[0]].span, {"row": row.label[:40], "cells": " | ".join(
                c.raw for c in row.cells)}, variant="split", severity="info")
            continue
        sums = _sums(lhs, rhs)
        if _holds(sums):
            continue

        def args(row=row, lhs=lhs, rhs=rhs) -> dict:
            return {"row": row.label[:40], "total": _expr(lhs, [table.columns[j] for j in total]),
                    "parts": _expr(rhs, names),
                    "note": _shift(row.cells, total) or _split(row.cells, total, parts)}
        found = _compare(lhs, rhs, sums, args, row.cells[total[0]], names, variant)
        if found:
            yield found


def _per_column(table: StatTable, p: dict, variant: str):
    keys = [r.key for r in table.rows]
    total = [i for i in _pick(keys, p["total"]) if not _group(table, i)]
    parts = [i for i in _pick(keys, p["parts"]) if not _group(table, i)]
    if not total or not parts:
        return
    for col, name in enumerate(table.columns):
        lhs = [table.rows[i].cells[col] for i in total]
        rhs = [table.rows[i].cells[col] for i in parts]
        sums = _sums(lhs, rhs)
        if _holds(sums):
            continue

        def args(name=name, lhs=lhs, rhs=rhs) -> dict:
            return {"column": name, "total": _expr(lhs, [_words(table, i) for i in total]),
                    "parts": _expr(rhs, [_words(table, i) for i in parts]), "note": ""}
        severity = None
        if "warn_except" in p and not any(fnmatchcase(name, g) for g in p["warn_except"]):
            severity = "warning"
        found = _compare(lhs, rhs, sums, args, lhs[0], [table.rows[i].label[:20] for i in parts], variant, severity)
        if found:
            yield found


def _sums(lhs: list[Cell], rhs: list[Cell]) -> tuple[float, float] | None:
    """Both sides' sums when every operand is a value, else None."""
    if any(c.status != "value" for c in lhs + rhs):
        return None
    return sum(c.number for c in lhs), sum(c.number for c in rhs)


def _holds(sums: tuple[float, float] | None) -> bool:
    return sums is not None and abs(sums[0] - sums[1]) <= EPS


def _compare(lhs: list[Cell], rhs: list[Cell], sums: tuple[float, float] | None, args, at: Cell,
             names: list[str], variant: str, severity: str | None = None) -> Finding | None:
    """An identity that does not hold: not assessable (`sums` None), or the sums differ.
    `args()` builds the message's values, only now, since most identities hold."""
    cells = lhs + rhs
    if sums is None and all(c.status == "null" for c in cells):
        return None
    anchor = (at if at.raw else next((c for c in cells if c.raw), cells[0])).span
    if sums is None:
        bad = list({(c.span.start, c.span.end): c for c in cells if c.status != "value"}.values())
        blanks = sum(1 for c in bad if not c.raw)
        shown = "、".join([f"“{c.raw}”" for c in bad if c.raw][:4] + ([f"{blanks}个空白单元格"] if blanks else []))
        return Finding(anchor, {**args(), "cells": shown}, variant="not_assessable", severity="info")
    a, b = sums
    related = tuple([(c.span, f"{n} = {c.raw}") for c, n in zip(rhs, names) if c.value])
    return Finding(anchor, {**args(), "lhs": show(a), "rhs": show(b), "diff": show(abs(a - b))},
                   variant, related, severity)


def _shift(cells: tuple[Cell, ...], total: Sequence[int]) -> str:
    """"（疑似列错位）" when the row adds up with its total one column to the left."""
    if len(total) != 1 or total[0] < 2 or any(c.status != "value" for c in cells):
        return ""
    t = total[0]
    if cells[t - 1].number and abs(sum(c.number for c in cells[:t - 1]) - cells[t - 1].number) < EPS:
        return "；各列之和恰好落在前一列，疑似列错位或单元格拆分"
    return ""


def _split(cells: tuple[Cell, ...], total: Sequence[int], parts: Sequence[int]) -> str:
    """A row with one value too many that adds up once two neighbours are joined ("1 | 2" for 12)."""
    if not cells or cells[0].status != "unplaced" or len(total) != 1:
        return ""
    raw = cells[0].raw.split()
    if len(raw) != len(cells) + 1 or not all(r.isdigit() for r in raw):
        return ""
    for k in range(len(raw) - 1):
        merged = [int(x) for x in raw[:k] + [raw[k] + raw[k + 1]] + raw[k + 2:]]
        if merged[total[0]] == sum(merged[j] for j in parts):
            return f"；若“{raw[k]}”“{raw[k + 1]}”本是一个单元格“{raw[k] + raw[k + 1]}”，该行相符，疑似单元格被拆分"
    return ""


def _words(table: StatTable, i: int) -> str:
    """A row as a reader knows it: table 三's sub-rows in the format's words ("（三）不予公开
    1.属于国家秘密"), not their keys ("不予公开.1"); a row's key is its own words."""
    key = table.rows[i].key
    return t3_words(key) if table.kind == "table-3" and "." in key else key


def _expr(cells: list[Cell], names: list[str]) -> str:
    return " + ".join([f"{n} {c.raw or '空白'}" for n, c in zip(names, cells)])
