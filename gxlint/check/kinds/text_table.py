"""A count stated in the prose against the table cell for the same quantity.

Each quantity in the pack pairs a prose pattern (its named group `n` is the count)
with the table row that holds it. A row may name `also` rows whose sum with it is an
equally good reading (受理 = 本年新收, or 本年新收 + 上年结转). A blank or unreadable cell
makes the comparison not assessable (info), never a mismatch.
"""
from __future__ import annotations

from ...text import Span
from ..finding import Finding
from ..regexes import compiled, problem

_PATTERN = {"type": "string", "minLength": 1}
PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["table", "quantities"],
    "properties": {
        "table": {"enum": ["stats-2014"]},
        "quantities": {"type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["prose", "row"],
            "properties": {"prose": _PATTERN, "row": _PATTERN, "column": {"type": "integer", "minimum": 0},
                           "also": _PATTERN}}},
    },
}


def validate(params: dict) -> str | None:
    for q in params["quantities"]:
        bad = problem(q["prose"], q["row"], q.get("also"))
        if bad:
            return bad
        if "n" not in compiled(q["prose"]).groupindex:
            return f"prose pattern has no (?P<n>…) group: {q['prose']!r}"
    return None


def check(report, rule):
    tables = [t for t in report.stat_tables if t.kind == rule.params["table"] and t.has_values]
    if not tables:
        return
    table = tables[0]
    plain = report.text.plain
    for q in rule.params["quantities"]:
        row = table.row(compiled(q["row"]))
        col = q.get("column", 0)
        if row is None or col >= len(table.columns):
            continue
        cell = row.cells[col]
        extra = table.row(compiled(q["also"])) if "also" in q else None
        reported = False
        for m in compiled(q["prose"]).finditer(plain):
            if table.span.start <= m.start("n") < table.span.end:
                continue
            span = Span(m.start("n"), m.end("n"))
            stated = float(m.group("n"))
            args = {"stated": m.group("n"), "row": row.key, "column": table.columns[col], "cell": cell.raw or "空白"}
            related = ((cell.span, f"{row.key} = {cell.raw or '空白'}"),)
            if cell.status != "value":
                if not reported:
                    reported = True
                    yield Finding(span, args, variant="not_assessable", related=related, severity="info")
                continue
            readings = {cell.value}
            if extra is not None and extra.cells[col].status == "value":
                readings.add(cell.value + extra.cells[col].value)
            if all(abs(stated - r) > 1e-6 for r in readings):
                yield Finding(span, {**args, "cell": _n(cell.value)}, variant="mismatch", related=related)


def _n(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"
