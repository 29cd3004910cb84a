"""What the cross-report rules compare, taken from one report in the worker that linted
it, so only small values travel back: the organ's normalised name, a MinHash
signature of the prose, the statistics tables' figures, table 3's carry-over rows,
table 2's documents in force, and the figures offices rank reports by."""
from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass

import regex

from ..model import Cell, Report

SPACE = regex.compile(r"[\s\p{P}\p{S}]+")
DIGITS = regex.compile(r"\d+(?:[.,]\d+)*")
# "某县人民政府办公室" publishes for "某县人民政府"; "中华人民共和国" prefixes come and go.
_ORGAN_NOISE = regex.compile(r"^中华人民共和国|(?<=人民政府)办公(?:室|厅)$|^\s+|\s+$")
CARRY_ROWS = {"上年结转": "now", "结转下年度": "before"}


def organ_key(organ: str | None) -> str | None:
    if not organ:
        return None
    key = _ORGAN_NOISE.sub("", SPACE.sub("", organ))
    return key or None


def prose(report: Report) -> str:
    """The report's own words: lines outside tables, digits and punctuation dropped, so
    a copy with this year's numbers typed in still reads as the copy it is."""
    lines = report.text.plain.split("\n")
    kept = (line for i, line in enumerate(lines) if i not in report.table_lines and "|" not in line)
    return SPACE.sub("", DIGITS.sub("", "".join(kept)))


@dataclass(frozen=True, slots=True)
class Figures:
    """The statistics tables' readable figures, in order, as GX703 compares them: a
    digest (two reports' figures are the same when their digests are), how many, how
    many not 0. A few dozen bytes a report, where the figures themselves took 3 KB."""
    digest: bytes
    count: int
    nonzero: int


def figures(report: Report) -> tuple[Figures, tuple[int, int, int, int] | None]:
    """The tables' figures, and where the first table starts (what a finding about them
    points at)."""
    values = [c.value for t in report.stat_tables for r in t.rows for c in r.cells
              if c.status == "value" and c.value is not None]
    digest = hashlib.blake2b(array("d", values).tobytes(), digest_size=16).digest()
    found = Figures(digest, len(values), sum(1 for v in values if v))
    if not report.stat_tables:
        return found, None
    first = report.stat_tables[0].rows[0].span if report.stat_tables[0].rows else report.stat_tables[0].span
    p = report.text.position(first)
    return found, (p.line, p.column, p.end_line, p.end_column)


def carry(report: Report) -> dict[str, dict[str, tuple]]:
    """Table 3's 上年结转 ("now") and 结转下年度 ("before") by column:
    (value, line, column, end_line, end_column) of each readable cell."""
    out: dict[str, dict[str, tuple]] = {}
    for table in report.stat_tables:
        if table.kind != "table-3":
            continue
        for row in table.rows:
            which = CARRY_ROWS.get(row.key)
            if not which:
                continue
            for name, cell in zip(table.columns, row.cells):
                if cell.status == "value":
                    p = report.text.position(cell.span)
                    out.setdefault(which, {})[name] = (cell.value, p.line, p.column, p.end_line, p.end_column)
    return out


# Per-report figures an office ranks by (table 三's 总计 column, table 四): name → rows
# whose values add up to it. A figure with any operand missing or unreadable is left
# out (blank in the outputs), never taken as 0.
_T3_FIGURES = {
    "new": ("本年新收",), "carried": ("上年结转",), "closed": ("总计",),
    "disclosed": ("予以公开", "部分公开"),
    "withheld": tuple(f"不予公开.{i}" for i in range(1, 9)),
    "unavailable": tuple(f"无法提供.{i}" for i in range(1, 4)),
    "not_handled": tuple(f"不予处理.{i}" for i in range(1, 6)),
}
_T4_FIGURES = {
    "review": (("行政复议", "总计"),), "review_corrected": (("行政复议", "结果纠正"),),
    "litigation": (("未经复议直接起诉", "总计"), ("复议后起诉", "总计")),
    "litigation_corrected": (("未经复议直接起诉", "结果纠正"), ("复议后起诉", "结果纠正")),
}
METRICS = ("new", "carried", "closed", "disclosed_rate", "withheld", "unavailable", "not_handled",
           "review", "review_corrected", "litigation", "litigation_corrected", "repeat_rate")


def metrics(report: Report) -> dict[str, float]:
    """The figures of METRICS the report's tables let one read; the others absent."""
    out: dict[str, float | None] = {}
    t3 = next((t for t in report.stat_tables if t.kind == "table-3"), None)
    if t3 is not None and t3.columns and t3.columns[-1] == "总计":
        cells = {r.key: r.cells[-1] for r in t3.rows}
        out.update({name: _sum([cells.get(k) for k in keys]) for name, keys in _T3_FIGURES.items()})
    closed, disclosed = out.pop("closed", None), out.pop("disclosed", None)
    out["closed"] = closed
    if closed and disclosed is not None:
        out["disclosed_rate"] = round(disclosed / closed * 100, 1)
    t4 = next((t for t in report.stat_tables if t.kind == "table-4"), None)
    if t4 is not None:
        cells4 = {(r.key, col): c for r in t4.rows for col, c in zip(t4.columns, r.cells)}
        out.update({name: _sum([cells4.get(p) for p in places]) for name, places in _T4_FIGURES.items()})
    return {k: v for k, v in out.items() if v is not None}


def _sum(cells: list[Cell | None]) -> float | None:
    """The cells' sum, or None when one is missing or holds no readable figure."""
    total = 0.0
    for c in cells:
        if c is None or c.status != "value":
            return None
        total += c.number
    return total


_IN_FORCE_COLUMNS = ("本年制发件数", "本年废止件数", "现行有效件数")


def in_force(report: Report) -> dict[str, tuple]:
    """Table 二 （一）'s rows (规章, 行政规范性文件): (made, repealed, in force, line, column,
    end line, end column of the in-force cell), where all three are figures."""
    out: dict[str, tuple] = {}
    for table in report.stat_tables:
        if table.kind != "table-2" or tuple(table.columns) != _IN_FORCE_COLUMNS:
            continue
        for row in table.rows:
            cells = row.cells[:3]
            if len(cells) == 3 and all(c.status == "value" for c in cells):
                p = report.text.position(cells[2].span)
                out.setdefault(row.key, (*(c.number for c in cells), p.line, p.column, p.end_line, p.end_column))
    return out
