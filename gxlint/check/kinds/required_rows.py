"""Rows a format table must have. params.tables: [{table, block?, rows: [key patterns]}];
a block names one part of table 二 (第二十条第（一）项 → "一"). Table 三 may name its format
version instead of rows ({table: table-3, format: "2021"}): the rows the parser knows
that version's table by (or, where the table shows the other version, that one's).
Missing rows after the last one found, in a copy that stops inside the table, are
probably cut off: info."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...parse.format_tables import required_t3_rows, t3_words
from ..completeness import ends_in_table
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["tables"],
    "properties": {"tables": {"type": "array", "minItems": 1, "items": {
        "type": "object", "additionalProperties": False, "required": ["table"],
        "oneOf": [{"required": ["rows"]}, {"required": ["format"], "properties": {"table": {"const": "table-3"}}}],
        "properties": {"table": {"type": "string"}, "block": {"type": "string"}, "label": {"type": "string"},
                       "rows": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                       "format": {"enum": ["2019", "2021"]}}}}},
}


def validate(params: dict) -> str | None:
    return problem(*(r for t in params["tables"] for r in t.get("rows", ())))


def _patterns(spec: dict, table) -> list[str]:
    """The rows the spec names, or those of table 三's format version: the table's own
    when its rows show one (a table in the other version is GX409's finding, and its
    rows are checked against the version it follows). A format's rows are keys."""
    if "rows" in spec:
        return spec["rows"]
    return required_t3_rows(table.version or spec["format"])


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    cut = ends_in_table(report)
    kinds = {t.kind for t in report.stat_tables}
    lost_blocks: dict[str, list[str]] = {}
    for spec in rule.params["tables"]:
        if spec["table"] not in kinds:
            continue                   # the whole table missing is GX401's finding
        tables = [t for t in report.stat_tables if t.kind == spec["table"]]
        if "block" in spec:
            table = next((t for t in tables if t.title == spec["block"]), None)
            if table is None:
                lost_blocks.setdefault(spec.get("label", spec["table"]), []).append(spec["block"])
                continue
        else:
            table = tables[0]
        yield from _rows(report, table, spec, cut)
    for label, blocks in lost_blocks.items():
        last = [t for t in report.stat_tables if t.kind == "table-2"][-1]
        names = "、".join(f"第二十条第（{b}）项" for b in blocks)
        if cut and last.span.end >= _last_table_end(report):
            yield Finding(last.span, {"table": label, "rows": names}, variant="truncated", severity="info")
        else:
            yield Finding(last.span, {"table": label, "block": names}, variant="block")


def _rows(report, table, spec: dict, cut: bool):
    label = spec.get("label", spec["table"])
    keys = [r.key for r in table.rows]
    patterns = _patterns(spec, table)
    if "rows" in spec:
        hits = [_first(keys, p) for p in patterns]
    else:
        index = {key: i for i, key in reversed(list(enumerate(keys)))}
        hits = [index.get(key) for key in patterns]
    last_hit = max((i for i, h in enumerate(hits) if h is not None), default=-1)
    tail = cut and table.span.end >= _last_table_end(report)
    lost = [(p, tail and i > last_hit) for i, (p, h) in enumerate(zip(patterns, hits)) if h is None]
    missing = [p for p, cut_off in lost if not cut_off]
    cut_off = [p for p, c in lost if c]
    if missing:
        yield Finding(table.span, {"table": label, "rows": _names(missing)})
    if cut_off:
        yield Finding(table.span, {"table": label, "rows": _names(cut_off)}, variant="truncated", severity="info")


def _first(keys: list[str], pattern: str) -> int | None:
    """Index of the first key the pattern matches whole."""
    rx = compiled(pattern)
    return next((i for i, k in enumerate(keys) if rx.fullmatch(k)), None)


def _last_table_end(report) -> int:
    return max(t.span.end for t in report.stat_tables)


def _names(patterns: list[str]) -> str:
    shown = [t3_words(p.replace("\\", "").replace("$", "").replace("^", "")) for p in patterns[:6]]
    return "、".join(shown) + (f"等{len(patterns)}行" if len(patterns) > 6 else "")
