"""What a check kind yields: a span and the values its message is formatted with."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..text import Span


@dataclass(frozen=True, slots=True)
class Finding:
    span: Span
    args: dict = field(default_factory=dict)
    variant: str = "default"          # which of the rule's messages to use
    related: tuple[tuple[Span, str], ...] = ()
    severity: str | None = None       # a kind may lower severity (e.g. "not assessable")
