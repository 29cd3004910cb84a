"""Sums inside a statistics table read into rows (the 2014–2018 统计表 and its local variants).

Each sum in the pack names a total row and the rows that break it down; the parts
are the rows right after the total (a few header rows may sit between) that match
`parts`, with nested lists (`skip`) passed over. Relations:
  eq        total = Σ parts (only `le` unless a part matches `exhaustive`, when given)
  le        Σ parts ≤ total
  channels  every part ≤ total, and Σ parts ≥ total when a part matches `exhaustive`:
            the same item published on several channels counts once in the total.
A "其中" row never exceeds the row it belongs to. Blank is not zero: a sum with an
unreadable operand is reported once, at info, as not assessable.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ...model import Report, StatRow, StatTable
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem
from ..values import EPS, show

_PATTERN = {"type": "string", "minLength": 1}
PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["table", "sums"],
    "properties": {
        "table": {"enum": ["stats-2014"]},
        "window": {"type": "integer", "minimum": 0, "maximum": 10},
        "sub_rows": {"type": "boolean"},
        "sums": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["total", "parts"],
            "properties": {"total": _PATTERN, "parts": _PATTERN, "skip": _PATTERN, "exhaustive": _PATTERN,
                           "relation": {"enum": ["eq", "le", "channels"]}}}},
    },
}


@dataclass(frozen=True, slots=True)
class _Sum:
    total: regex.Pattern
    parts: regex.Pattern
    skip: regex.Pattern | None
    exhaustive: regex.Pattern | None
    relation: str


def validate(params: dict) -> str | None:
    return problem(*(s.get(k) for s in params["sums"] for k in ("total", "parts", "skip", "exhaustive")))


def _sums(params: dict) -> list[_Sum]:
    def rx(p):
        return compiled(p) if p else None
    return [_Sum(compiled(s["total"]), compiled(s["parts"]), rx(s.get("skip")), rx(s.get("exhaustive")),
                 s.get("relation", "eq")) for s in params["sums"]]


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    """One finding per cell: a 其中 row that is also a channel is reported once."""
    seen: set[tuple[int, int, str]] = set()
    for finding in _findings(report, rule):
        key = (finding.span.start, finding.span.end, finding.variant)
        if key not in seen and (finding.span.start, finding.span.end, "channel_exceeds") not in seen:
            seen.add(key)
            yield finding


def _findings(report, rule):
    window = rule.params.get("window", 4)
    sums = _sums(rule.params)
    for table in report.stat_tables:
        if table.kind != rule.params["table"] or not table.has_values:
            continue
        unassessed: set[int] = set()
        for i, row in enumerate(table.rows):
            for spec in sums:
                if spec.total.match(row.key):
                    parts = _parts(table.rows, i, spec, window)
                    if len(parts) >= 2 or (parts and spec.relation == "channels"):
                        yield from _check_sum(table, row, parts, spec, unassessed)
        if rule.params.get("sub_rows", True):
            yield from _check_sub_rows(table, unassessed)


def _parts(rows: tuple[StatRow, ...], i: int, spec: _Sum, window: int) -> list[StatRow]:
    parts: list[StatRow] = []
    gap = 0
    for row in rows[i + 1:]:
        if spec.parts.search(row.key) and not spec.total.match(row.key):
            parts.append(row)
        elif parts and spec.skip is not None and spec.skip.search(row.key):
            continue
        elif parts or gap >= window:
            break
        else:
            gap += 1
    return parts


def _check_sum(table: StatTable, total: StatRow, parts: list[StatRow], spec: _Sum, unassessed: set[int]):
    complete = spec.exhaustive is None or any(spec.exhaustive.search(p.key) for p in parts)
    relation = "le" if spec.relation == "eq" and not complete else spec.relation
    for col, name in enumerate(table.columns):
        operands = [total.cells[col]] + [p.cells[col] for p in parts]
        if all(c.status == "null" for c in operands):
            continue
        if any(c.status != "value" for c in operands):
            if id(total) not in unassessed:
                unassessed.add(id(total))
                yield _not_assessable(total, [total, *parts], col)
            continue
        t = total.cells[col].number
        s = sum(p.cells[col].number for p in parts)
        args = {"total": total.key, "value": show(t), "column": name, "sum": show(s), "diff": show(abs(t - s)),
                "parts": " + ".join(f"{p.key} {show(p.cells[col].number)}" for p in parts)}
        related = tuple((p.cells[col].span, f"{p.key} = {show(p.cells[col].number)}") for p in parts)
        if relation == "eq" and abs(t - s) > EPS:
            yield Finding(total.cells[col].span, args, variant="sum", related=related)
        elif relation == "le" and s > t + EPS:
            yield Finding(total.cells[col].span, args, variant="parts_exceed", related=related)
        elif relation == "channels":
            yield from _check_channels(total, parts, col, args, complete and s < t - EPS)


def _check_channels(total: StatRow, parts: list[StatRow], col: int, args: dict, short: bool):
    t = total.cells[col].number
    for p in parts:
        if p.cells[col].number > t + EPS:
            yield Finding(p.cells[col].span, {**args, "part": p.key, "part_value": show(p.cells[col].number)},
                          variant="channel_exceeds", related=((total.cells[col].span, f"{total.key} = {show(t)}"),))
    if short:
        yield Finding(total.cells[col].span, args, variant="channels_short")


def _check_sub_rows(table: StatTable, unassessed: set[int]):
    parent: StatRow | None = None
    for row in table.rows:
        if not row.sub:
            parent = row
            continue
        if parent is None:
            continue
        for col, name in enumerate(table.columns):
            a, b = row.cells[col], parent.cells[col]
            if a.status == "value" and b.status == "value":
                if a.number > b.number + EPS:
                    yield Finding(a.span, {"part": row.key, "part_value": show(a.number), "total": parent.key,
                                           "value": show(b.number), "column": name},
                                  variant="sub_exceeds", related=((b.span, f"{parent.key} = {show(b.number)}"),))
            elif "unreadable" in (a.status, b.status) and id(parent) not in unassessed:
                unassessed.add(id(parent))
                yield _not_assessable(parent, [parent, row], col)


def _not_assessable(total: StatRow, rows: list[StatRow], col: int) -> Finding:
    bad = [r for r in rows if r.cells[col].status != "value"]
    cells = "、".join(f"“{r.key}”{r.cells[col].raw or '空白'}" for r in bad)
    return Finding(total.cells[col].span if total.cells[col].raw else total.span,
                   {"total": total.key, "cells": cells}, variant="not_assessable", severity="info")
