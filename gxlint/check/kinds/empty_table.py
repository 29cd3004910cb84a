"""A statistics table or attachment that is present or referred to, with no values."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.text.plain
    regions = report.tables
    l1 = [h.span.start for h in report.headings if h.level == 1]
    reported_parts: set[int] = set()
    read = [t.span.start for t in report.stat_tables if t.has_values]
    for i, region in enumerate(regions):
        if region.values or any(r.values for r in regions[i + 1:]) or any(s >= region.caption.start for s in read):
            continue
        part = max((s for s in l1 if s <= region.caption.start), default=-1)
        if part in reported_parts:
            continue
        group = [r for r in regions[i:] if max((s for s in l1 if s <= r.caption.start), default=-1) == part]
        best = next((r for r in group if "统计表" in text[r.caption.start:r.caption.end]), group[0])
        reported_parts.add(part)
        yield Finding(best.caption, {"caption": text[best.caption.start:best.caption.end]})
    # A table found by its row labels alone (no 附表/统计表 caption) can be empty too.
    for table in report.stat_tables:
        if not table.has_values and not any(r.span.start <= table.span.start <= r.span.end for r in regions):
            first = table.rows[0]
            yield Finding(first.span, {"caption": first.key})
