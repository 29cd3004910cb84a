"""A rule and a pack as the checks use them, and the error for a pack that cannot be used."""
from __future__ import annotations

from dataclasses import dataclass, field


class PackError(Exception):
    """A pack that cannot be used; the message names the file, the rule and the line."""


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    kind: str
    severity: str
    regimes: tuple[str, ...]
    messages: dict
    cite: dict
    description: dict
    examples: dict
    hint: dict = field(default_factory=dict)
    title: dict = field(default_factory=dict)     # a short name in words, for tables a person reads
    organ_kinds: tuple[str, ...] = ("government", "department", "unknown")
    params: dict = field(default_factory=dict)
    url: str = ""
    enabled: bool = True
    pack: str = ""
    local: bool = False        # written or patched by a local pack: its patterns run guarded
    figures: bool = False      # its findings rest on figures read from the report (arithmetic)

    def applies(self, regime: str | None, organ_kind: str) -> bool:
        regime_ok = "all" in self.regimes or (regime or "none") in self.regimes
        return self.enabled and regime_ok and organ_kind in self.organ_kinds

    @property
    def cross_report(self) -> bool:
        """Run by `gxlint audit` over a whole submission, not on one report."""
        return self.kind.startswith("corpus.")

    def heading(self, lang: str) -> str:
        """The rule's short name in the reader's language; its code name where it has none."""
        return self.title.get(lang) or self.title.get("zh") or self.name

    def text(self, field_name: str, lang: str, variant: str = "default") -> str:
        value = getattr(self, field_name)
        if field_name == "messages":
            value = value.get(variant) or value.get("default") or next(iter(value.values()))
        return (value or {}).get(lang) or (value or {}).get("zh", "")

    def as_entry(self) -> dict:
        """The rule as a pack entry, for a pack that extends or patches it."""
        return {name: getattr(self, name) for name in Rule.__dataclass_fields__}


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    path: str
    regimes: tuple[str, ...]
    rules: tuple[Rule, ...]
