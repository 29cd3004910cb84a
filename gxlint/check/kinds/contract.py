"""What a check kind is: a module with the JSON Schema of its rules' parameters and a
`check` that reads the report model and yields findings. A kind whose parameters need
more than a schema can say (patterns that must compile) also has `validate`."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ...model import Report
from ..finding import Finding
from ..packs.model import Rule


class CheckKind(Protocol):
    PARAMS: dict
    """The JSON Schema a rule's `params` must meet (checked when a local pack is loaded)."""

    def check(self, report: Report, rule: Rule) -> Iterator[Finding]:
        """The findings of `rule` on `report`; none when it holds. May raise: the engine
        reports the failure as that rule's, on that file, and goes on."""
        ...


class ValidatedKind(CheckKind, Protocol):
    def validate(self, params: dict) -> str | None:
        """What is wrong with `params` beyond the schema (a pattern that does not compile), or None."""
        ...
