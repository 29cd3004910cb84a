"""A count stated in the prose against the table cell for the same quantity.

Each quantity in the pack pairs a prose pattern (its named group `n` is the count)
with the table row that holds it (a row-key pattern; a column by index or name).
`also` names a row whose sum with it is an equally good reading (受理 may mean 本年新收
or 本年新收 + 上年结转); `plus` names a row that is always added (行政诉讼 = 未经复议直接起诉
+ 复议后起诉). A blank or unreadable cell makes the comparison not assessable (info).
"""
from __future__ import annotations

from ...text import Span
from ..finding import Finding
from ..values import EPS, show
from ..regexes import compiled, problem

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


def _cells(table, q, col):
    """The cell the prose is compared with, and the optional `also` cell."""
    rows = [table.row(compiled(q[k])) if k in q else None for k in ("row", "plus", "also")]
    if rows[0] is None or ("plus" in q and rows[1] is None):
        return None, None
    main = [r.cells[col] for r in rows[:2] if r is not None]
    extra = rows[2].cells[col] if rows[2] is not None else None
    return main, extra


def check(report, rule):
    plain = report.text.plain
    for q in rule.params["quantities"]:
        kind = q.get("table", rule.params.get("table"))
        table = next((t for t in report.stat_tables if t.kind == kind and t.has_values), None)
        if table is None:
            continue
        col = q.get("column", 0)
        col = table.columns.index(col) if isinstance(col, str) and col in table.columns else col
        if not isinstance(col, int) or col >= len(table.columns):
            continue
        main, extra = _cells(table, q, col)
        if main is None:
            continue
        yield from _compare(plain, q, table, col, main, extra)


def _compare(plain: str, q: dict, table, col: int, main, extra):
    row = table.row(compiled(q["row"]))
    shown = " + ".join(c.raw or "空白" for c in main)
    related = tuple((c.span, f"{row.key} = {c.raw or '空白'}") for c in main)
    reported = False
    for m in compiled(q["prose"]).finditer(plain):
        if table.span.start <= m.start("n") < table.span.end:
            continue
        span = Span(m.start("n"), m.end("n"))
        args = {"stated": m.group("n"), "row": row.key, "column": table.columns[col], "cell": shown}
        if any(c.status != "value" for c in main):
            if not reported:
                reported = True
                yield Finding(span, args, variant="not_assessable", related=related, severity="info")
            continue
        value = sum(c.value for c in main)
        readings = {value} | ({value + extra.value} if extra is not None and extra.status == "value" else set())
        if all(abs(float(m.group("n")) - r) > EPS for r in readings):
            yield Finding(span, {**args, "cell": show(value)}, variant="mismatch", related=related)
