"""A statistics table or attachment that is present or referred to, with no values."""
from __future__ import annotations

import bisect
from collections.abc import Iterator

from ...model import Report, TableRegion
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "properties": {}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    text = report.text.plain
    regions = report.tables
    parts = sorted(h.span.start for h in report.headings if h.level == 1)

    def part_of(offset: int) -> int:
        i = bisect.bisect_right(parts, offset)
        return parts[i - 1] if i else -1

    # A caption before a region that has values, or before a table read with values, may
    # only refer to it ("见附表"): the regions that can be empty come after both.
    last_valued = max((i for i, r in enumerate(regions) if r.values), default=-1)
    last_read = max((t.span.start for t in report.stat_tables if t.has_values), default=-1)
    empty: dict[int, list[TableRegion]] = {}
    for region in regions[last_valued + 1:]:
        if region.caption.start > last_read:
            empty.setdefault(part_of(region.caption.start), []).append(region)
    for group in empty.values():        # one finding a part, on its 统计表 if it names one
        best = next((r for r in group if "统计表" in text[r.caption.start:r.caption.end]), group[0])
        yield Finding(best.caption, {"caption": text[best.caption.start:best.caption.end]})
    # A table found by its row labels alone (no 附表/统计表 caption) can be empty too.
    starts = [r.span.start for r in regions]
    for table in report.stat_tables:
        i = bisect.bisect_right(starts, table.span.start) - 1
        inside = i >= 0 and table.span.start <= regions[i].span.end
        if not table.has_values and not inside:
            first = table.rows[0]
            yield Finding(first.span, {"caption": first.key})
