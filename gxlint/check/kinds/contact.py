"""Contact details for questions about the report. aspect: missing | malformed."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import Report
from ...text import Span
from ..finding import Finding
from ..packs import Rule

PARAMS = {"type": "object", "additionalProperties": False, "required": ["aspect"],
          "properties": {"aspect": {"enum": ["missing", "malformed"]}}}


def check(report: Report, rule: Rule) -> Iterator[Finding]:
    contacts = [c for c in report.contacts if c.kind in ("phone", "email", "address")]
    if rule.params["aspect"] == "missing":
        if not contacts:
            yield Finding(Span(0, 0), {})
        return
    for c in contacts:
        if not c.valid:
            yield Finding(c.span, {"value": c.value}, variant=c.kind)
