"""The packs gxlint ships: the one for each regime, the cross-report rules, and every
rule once (what `rules`, `explain` and the docs list)."""
from __future__ import annotations

from functools import cache, lru_cache

from ...regimes import REGIMES
from .files import packs_dir, read_pack
from .load import load_pack
from .model import Pack, Rule


@cache
def pack_for(regime: str | None) -> Pack:
    """The shipped pack chosen for a regime (the common pack when the year is unknown)."""
    directory = packs_dir()
    for path in sorted(directory.glob("*.yaml")):
        data, _ = read_pack(path)
        if (regime or "none") in data.get("regimes", []):
            return load_pack(path)
    return load_pack(directory / "common.yaml")


@lru_cache(maxsize=1)
def audit_pack() -> Pack:
    """The cross-report rules (GX7xx), which `gxlint audit` runs over a whole submission."""
    return load_pack(packs_dir() / "audit.yaml")


def all_rules() -> list[Rule]:
    """Every shipped rule once, the cross-report ones included: the definition for the
    current format wins (explain shows all)."""
    seen: dict[str, Rule] = {}
    for regime in (*reversed(REGIMES), None):
        for rule in pack_for(regime).rules:
            seen.setdefault(rule.code, rule)
    for rule in audit_pack().rules:
        seen.setdefault(rule.code, rule)
    return sorted(seen.values(), key=lambda r: r.code)


def definitions(code: str) -> list[tuple[tuple[str, ...], Rule]]:
    """The distinct definitions of a code and the regimes each is used in (GX101 lists the
    2007 Regulation's six items for reg-2007 and the format's six parts from 2019 on)."""
    out: list[tuple[list[str], Rule]] = []
    for regime in REGIMES:
        rule = next((r for r in pack_for(regime).rules
                     if r.code == code and any(r.applies(regime, kind) for kind in r.organ_kinds)), None)
        if rule is None:
            continue
        same = next((entry for entry in out if entry[1] == rule), None)
        if same:
            same[0].append(regime)
        else:
            out.append(([regime], rule))
    return [(tuple(regimes), rule) for regimes, rule in out]
