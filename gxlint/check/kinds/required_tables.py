"""A table the format requires is absent (table 二 in part 二, 三 in part 三, 四 in part 四).

Reported at the part's heading when there is one. When the copy stops inside an
earlier table, the tables after it were probably cut off: info, not error.
"""
from __future__ import annotations

from ..completeness import ends_in_table
from ..finding import Finding
from ..regexes import compiled, problem

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["tables"],
    "properties": {"tables": {"type": "array", "minItems": 1, "items": {
        "type": "object", "additionalProperties": False, "required": ["table", "label", "part"],
        "properties": {"table": {"type": "string"}, "label": {"type": "string"},
                       "part": {"type": "array", "minItems": 1, "items": {"type": "string"}}}}}},
}


def validate(params: dict) -> str | None:
    return problem(*(a for t in params["tables"] for a in t["part"]))


def check(report, rule):
    heads = [h for h in report.headings if h.level == 1]
    present = {t.kind for t in report.stat_tables}
    expected = rule.params["tables"]
    last_found = max((i for i, t in enumerate(expected) if t["table"] in present), default=-1)
    cut = ends_in_table(report)
    for i, t in enumerate(expected):
        if t["table"] in present:
            continue
        part = next((h for h in heads if any(compiled(a).search(h.title) for a in t["part"])), None)
        anchor = part.span if part else (report.title_span or report.text.line_span(0))
        if cut and i > last_found:
            yield Finding(anchor, {"table": t["label"]}, variant="truncated", severity="info")
        else:
            yield Finding(anchor, {"table": t["label"]})
