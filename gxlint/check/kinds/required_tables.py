"""A table the format requires is absent though its part is there (table 二 in part 二,
三 in part 三, 四 in part 四). A missing part is GX101's finding, not this one's, so a
copy cut off before the part does not report its table twice."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..finding import Finding
from ..packs import Rule
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


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    heads = [h for h in report.headings if h.level == 1]
    present = {t.kind for t in report.stat_tables}
    for t in rule.params["tables"]:
        if t["table"] in present:
            continue
        part = next((h for h in heads if any(compiled(a).search(h.key) for a in t["part"])), None)
        if part is not None:
            yield Finding(part.span, {"table": t["label"]})
