"""Table layouts of the other format: a 2021+ report with the 2019 table headers, or
the reverse. params.signals maps each regime to the patterns only its layout has;
with params.table_3, table 三's own rows count too (the single （六）其他处理 row of 2019
against the three of 2021), named by the row that shows it."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule
from ..regexes import compiled, problem

PARAMS = {
    "type": "object", "additionalProperties": False, "required": ["signals"],
    "properties": {"signals": {"type": "object", "additionalProperties": {
        "type": "array", "minItems": 1, "items": {"type": "string"}}},
                   "table_3": {"type": "boolean"}},
}


def validate(params: dict) -> str | None:
    return problem(*(p for pats in params["signals"].values() for p in pats))


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    signals = rule.params["signals"]
    if report.regime is None or report.regime not in signals:
        return
    plain = report.text.plain
    for regime, patterns in signals.items():
        if regime == report.regime:
            continue
        hits = sorted((m.start(), m.end(), m.group()) for p in patterns for m in [compiled(p).search(plain)] if m)
        # Headers split one character per line only show once the table reader has rejoined them.
        hits = hits or [(t.span.start, t.span.start, name) for t in report.stat_tables for name in t.columns
                        if any(compiled(p).search(name) for p in patterns)]
        if rule.params.get("table_3"):
            hits += _table_3(report, regime.removeprefix("format-"))
        if hits:
            start, end, signal = min(hits)
            yield Finding(Span(start, end), {"signal": signal, "used": regime.removeprefix("format-"),
                                             "expected": report.regime.removeprefix("format-"), "count": len(hits)})
            return


def _table_3(report: Report, version: str) -> list[tuple[int, int, str]]:
    """Table 三's rows, where they follow the format `version`: the row that shows it."""
    for t in report.stat_tables:
        if t.kind == "table-3" and t.version == version:
            row = next(r for r in t.rows if r.key.startswith("其他处理"))
            return [(row.span.start, row.span.start + len(row.label), row.label)]
    return []
