"""A count stated in the prose against the table cell for the same quantity.

Each quantity in the pack pairs a prose pattern (its named group `n` is the count)
with the table row that holds it (a row-key pattern; a column by index or name).
`also` names a row whose sum with it is an equally good reading (受理 may mean 本年新收
or 本年新收 + 上年结转); `plus` names a row that is always added (行政诉讼 = 未经复议直接起诉
+ 复议后起诉). A blank or unreadable cell makes the comparison not assessable (info).
"""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Flow
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem
from ..values import EPS, show

_PATTERN = {"type": "string", "minLength": 1}
_TABLE = {"enum": ["stats-2014", "table-3", "table-4"]}
PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["quantities"],
    "properties": {
        "table": _TABLE,
        "quantities": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["prose", "row"],
            "properties": {"prose": _PATTERN, "row": _PATTERN, "table": _TABLE,
                           "column": {"oneOf": [{"type": "integer", "minimum": 0}, {"type": "string"}]},
                           "also": _PATTERN, "plus": _PATTERN}}},
    },
}


def validate(params: dict) -> str | None:
    for q in params["quantities"]:
        if "table" not in q and "table" not in params:
            return "a quantity names no table and the rule has no default table"
        bad = problem(q["prose"], q["row"], q.get("also"), q.get("plus"))
        if bad:
            return bad
        if "n" not in compiled(q["prose"]).groupindex:
            return f"prose pattern has no (?P<n>…) group: {q['prose']!r}"
    return None


def _operands(table, q: dict):
    """The rows the prose is compared with (`row`, and `plus` when given) and the `also` row."""
    rows = {k: table.row(compiled(q[k])) for k in ("row", "plus", "also") if k in q}
    if rows.get("row") is None or ("plus" in q and rows["plus"] is None):
        return None, None
    return [r for r in (rows["row"], rows.get("plus")) if r is not None], rows.get("also")


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    for q in rule.params["quantities"]:
        kind = q.get("table", rule.params.get("table"))
        table = next((t for t in report.stat_tables if t.kind == kind and t.has_values), None)
        if table is None:
            continue
        col = q.get("column", 0)
        col = table.columns.index(col) if isinstance(col, str) and col in table.columns else col
        if not isinstance(col, int) or col >= len(table.columns):
            continue
        rows, also = _operands(table, q)
        if rows is None:
            continue
        yield from _compare(report.flow, q, table, col, rows, also)


def _compare(flow: Flow, q: dict, table, col: int, rows, also):
    """The prose is read as it flows, so a statement wrapped over lines is found."""
    row = rows[0]
    main = [r.cells[col] for r in rows]
    extra = also.cells[col] if also is not None else None
    shown = " + ".join(c.raw or "空白" for c in main)
    related = tuple((r.cells[col].span, f"{r.key} = {r.cells[col].raw or '空白'}") for r in rows)
    reported = False
    for m in compiled(q["prose"]).finditer(flow.text):
        span = flow.span(m.start("n"), m.end("n"))
        if table.span.start <= span.start < table.span.end:
            continue
        args = {"stated": m.group("n"), "row": row.key, "column": table.columns[col], "cell": shown}
        if any(c.status != "value" for c in main):
            if not reported:
                reported = True
                yield Finding(span, args, variant="not_assessable", related=related, severity="info")
            continue
        value = sum(c.number for c in main)
        readings = {value} | ({value + extra.number} if extra is not None and extra.status == "value" else set())
        if all(abs(float(m.group("n")) - r) > EPS for r in readings):
            yield Finding(span, {**args, "cell": show(value)}, variant="mismatch", related=related)
