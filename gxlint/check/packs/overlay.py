"""Local packs laid over the shipped pack of a regime, and what a configuration sets
locally written into the rules it concerns: deadlines by organ kind into the rules
that have deadlines, the range of 总体情况's length into GX111's kind (turning it on)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .files import packs_dir, read_pack, shipped
from .load import build_rule, load_pack, resolve
from .model import Pack, Rule
from .shipped import all_rules, definitions, pack_for

# Regimes whose deadline for townships the Regulation leaves to local rules (Art. 49),
# and in which local rules may set earlier ones for governments and departments.
LOCAL_DEADLINE_REGIMES = ("format-2019", "format-2021")
_LENGTH_KIND = "section_length"


@dataclass(frozen=True, slots=True)
class Local:
    """What a configuration sets for the rules: deadlines (organ kind, MM-DD), and the
    (min, max) length of 总体情况, which turns GX111 on."""
    deadlines: tuple[tuple[str, str], ...] = ()
    overview_length: tuple[int | None, int | None] | None = None

    def __bool__(self) -> bool:
        return bool(self.deadlines or self.overview_length)


@lru_cache(maxsize=64)
def compose(regime: str | None, overlays: tuple[str, ...] = (), local: Local = Local()) -> Pack:
    """The shipped pack for a regime with local packs laid over it. A local pack's own
    entries patch the rules they name (a provincial pack may only raise GX207 to an
    error) or add rules of their own, in every regime the pack covers: its `regimes`,
    else those of the pack it extends."""
    base = pack_for(regime)
    if not overlays and not local:
        return base
    merged = {r.code: r.as_entry() for r in base.rules}
    names = [base.name]
    for name in overlays:
        pack = load_pack(Path(name))
        if "all" not in pack.regimes and (regime or "none") not in pack.regimes:
            continue
        for entry in _own_entries(Path(name)):
            merged[entry["code"]] = {**merged.get(entry["code"], {}), **entry}
        names.append(pack.name)
    for entry in merged.values():
        if local.deadlines:
            entry["params"] = _with_deadlines(entry.get("params") or {}, local.deadlines)
        if local.overview_length and entry.get("kind") == _LENGTH_KIND:
            low, high = local.overview_length
            entry["params"] = {**(entry.get("params") or {}), **({"min": low} if low is not None else {}),
                               **({"max": high} if high is not None else {})}
            entry["enabled"] = True
    rules = tuple(build_rule(entry) for entry in merged.values())
    return Pack("+".join(names), base.path, base.regimes, rules)


def _own_entries(path: Path) -> list[dict]:
    """The rule entries a local pack writes itself, after those of the local packs it
    extends; the shipped pack at the root of the chain is the base, not an entry. (The
    chain has no cycle: load_pack refused the pack before this is asked.)"""
    data, text = read_pack(path)
    entries: list[dict] = []
    if data.get("extends"):
        parent = resolve(path, data["extends"])
        if not shipped(parent):
            entries = _own_entries(parent)
    for index, raw in enumerate(data["rules"]):
        entries.append({**raw, "pack": data["pack"], "local": True, "_found_at": (path, text, index, raw["code"])})
    return entries


def _with_deadlines(params: dict, deadlines: tuple[tuple[str, str], ...]) -> dict:
    table = params.get("deadlines")
    if not table:
        return params
    table = {regime: ({**row, **dict(deadlines)} if regime in LOCAL_DEADLINE_REGIMES else row)
             for regime, row in table.items()}
    kinds = sorted(kind for kind, _ in deadlines)
    local = {regime: kinds for regime in table if regime in LOCAL_DEADLINE_REGIMES}
    return {**params, "deadlines": table, "local": local}


def local_rules(packs: tuple[str, ...], local: Local = Local()) -> list[Rule]:
    """The rules local packs define or redefine, as they apply (in any regime)."""
    from ...regimes import REGIMES

    if not packs and not local:
        return []
    shipped_names = {p.stem for p in packs_dir().glob("*.yaml")}
    found: dict[str, Rule] = {}
    for regime in (*REGIMES, None):
        pack = compose(regime, packs, local)
        found.update({r.code: r for r in pack.rules if r.pack not in shipped_names})
    return list(found.values())


def variants(packs: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Rule]]:
    """Every rule as (regimes, definition), by code: each regime's variant of a shipped
    code, and a local pack's definition in place of the shipped one."""
    local = {r.code: r for r in local_rules(packs)}
    out = [v for r in all_rules() if r.code not in local for v in definitions(r.code) or [(r.regimes, r)]]
    out += [(r.regimes, r) for r in local.values()]
    return sorted(out, key=lambda v: v[1].code)
