"""Rule packs: YAML files validated with JSON Schema, merged along `extends`."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import cache
from ..positions import loader, yaml_line
from .kinds import KINDS

REQUIRED = ("name", "kind", "severity", "regimes", "messages", "cite", "description", "examples")
CATALOGUE_PREFIX = "GX"


class _CORPUS:
    """Stands for a cross-report kind (gxlint/audit/kinds.py) while a pack is loaded."""


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
    organ_kinds: tuple[str, ...] = ("government", "department", "unknown")
    params: dict = field(default_factory=dict)
    url: str = ""
    enabled: bool = True
    pack: str = ""
    local: bool = False        # written or patched by a local pack: its patterns run guarded

    def applies(self, regime: str | None, organ_kind: str) -> bool:
        regime_ok = "all" in self.regimes or (regime or "none") in self.regimes
        return self.enabled and regime_ok and organ_kind in self.organ_kinds

    @property
    def cross_report(self) -> bool:
        """Run by `gxlint audit` over a whole submission, not on one report."""
        return self.kind.startswith("corpus.")

    def text(self, field_name: str, lang: str, variant: str = "default") -> str:
        value = getattr(self, field_name)
        if field_name == "messages":
            value = value.get(variant) or value.get("default") or next(iter(value.values()))
        return (value or {}).get(lang) or (value or {}).get("zh", "")


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    path: str
    regimes: tuple[str, ...]
    rules: tuple[Rule, ...]


def packs_dir() -> Path:
    """The installed packs (gxlint/packs in a wheel) or the checkout's top-level rules/."""
    # Beside the package, not through importlib.resources: that import alone (it brings
    # tempfile, shutil and random) was 5 ms of every start-up.
    here = Path(__file__).resolve().parents[1]
    shipped = here / "packs"
    return shipped if shipped.is_dir() else here.parent / "rules"


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads((Path(__file__).with_name("pack.schema.json")).read_text(encoding="utf-8"))


def _where(path: Path, text: str, index: int | None, code: str | None) -> str:
    if index is None:
        return str(path)
    line = yaml_line(text, ["rules", index])
    label = f"{path}:{line}" if line else str(path)
    return f"{label}: rule {code or '#' + str(index + 1)}"


def shipped(path: Path) -> bool:
    return Path(path).resolve().parent == packs_dir().resolve()


def read_pack(path: Path, strict: bool | None = None) -> tuple[dict, str]:
    """A pack's data and text. Local packs are validated against the schema; the shipped
    ones are validated by the tests (tests/test_packs.py), which saves every run
    importing jsonschema (~40 ms of start-up)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise PackError(f"{path}: cannot read the pack: {exc.strerror}") from None
    return _read_pack(str(path.resolve()), (st.st_mtime_ns, st.st_size), not shipped(path) if strict is None else strict)


@lru_cache(maxsize=64)
def _read_pack(name: str, stamp: tuple[int, int], strict: bool) -> tuple[dict, str]:
    kind = "pack-checked" if strict else "pack"
    hit = cache.get(kind, name, stamp)
    if hit is not None:
        return hit
    data, text = _parse_pack(Path(name), strict)
    cache.put(kind, name, stamp, (data, text))
    return data, text


def _parse_pack(path: Path, strict: bool) -> tuple[dict, str]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=loader())
    except OSError as exc:
        raise PackError(f"{path}: cannot read the pack: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise PackError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if strict:
        _validate(path, text, data)
    return data, text


def _validate(path: Path, text: str, data) -> None:
    import jsonschema  # lazy: only local packs need it

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        p = list(err.absolute_path)
        index = p[1] if len(p) >= 2 and p[0] == "rules" and isinstance(p[1], int) else None
        code = data["rules"][index].get("code") if index is not None and isinstance(data["rules"][index], dict) else None
        field_path = "/".join(str(x) for x in p) or "(top)"
        raise PackError(f"{_where(path, text, index, code)}: {field_path}: {err.message}")


def load_pack(path: Path, _seen: tuple[str, ...] = (), strict: bool | None = None) -> Pack:
    """A pack with the packs it extends. `strict`: validate it all (default: local packs)."""
    path = Path(path)
    if str(path) in _seen:
        raise PackError(f"{path}: extends itself through {' -> '.join(_seen)}")
    local = not shipped(path)
    strict = local if strict is None else strict
    data, text = read_pack(path, strict)
    merged: dict[str, dict] = {}
    parent = None
    if data.get("extends"):
        parent_path = _resolve(path, data["extends"])
        parent = load_pack(parent_path, _seen + (str(path),))
        merged = {r.code: _rule_dict(r) for r in parent.rules}
    for index, raw in enumerate(data["rules"]):
        code = raw["code"]
        merged[code] = {**merged.get(code, {}), **raw, "pack": data["pack"]}
        merged[code].update(_where=(path, text, index, code), _strict=strict)
        if local:
            merged[code]["local"] = True
    rules = tuple(_build_rule(entry) for entry in merged.values())
    regimes = data.get("regimes") or (parent.regimes if data.get("extends") else [])
    return Pack(data["pack"], str(path), tuple(regimes), rules)


def _resolve(path: Path, name: str) -> Path:
    candidate = Path(name)
    if not candidate.suffix:
        candidate = candidate.with_suffix(".yaml")
    if not candidate.is_absolute():
        local = path.parent / candidate
        candidate = local if local.exists() else packs_dir() / candidate
    if not candidate.exists():
        raise PackError(f"{path}: extends {name!r}, which was not found")
    return candidate


def _rule_dict(rule: Rule) -> dict:
    return {k: getattr(rule, k) for k in Rule.__dataclass_fields__}


def _build_rule(entry: dict) -> Rule:
    located = entry.pop("_where", None)
    strict = entry.pop("_strict", False) or entry.get("local", False)
    pack_name = entry.get("pack", "?")

    def where() -> str:          # composing for line numbers costs; only errors need it
        return _where(*located) if located else pack_name

    missing = [k for k in REQUIRED if k not in entry]
    if missing:
        raise PackError(f"{where()}: missing {', '.join(missing)}")
    # corpus.* kinds work over many reports; gxlint/audit/ runs them and checks their names.
    kind = KINDS.get(entry["kind"]) or (_CORPUS if entry["kind"].startswith("corpus.") else None)
    if kind is None:
        raise PackError(f"{where()}: unknown kind {entry['kind']!r} (known: {', '.join(sorted(KINDS))})")
    if entry["code"].startswith(CATALOGUE_PREFIX):
        from ..catalogue import CATALOGUE

        if entry["code"] not in CATALOGUE:
            raise PackError(f"{where()}: unknown code {entry['code']} (GX codes are fixed by the catalogue)")
        if not entry.get("url"):
            from ..catalogue import rule_url

            entry["url"] = rule_url(entry["code"], entry["name"])
    params = entry.get("params") or {}
    if strict:
        _check_params(kind, params, where)
    for key in ("regimes", "organ_kinds"):
        if key in entry:
            entry[key] = tuple(entry[key])
    return Rule(**{k: v for k, v in entry.items() if k in Rule.__dataclass_fields__})


def _check_params(kind, params: dict, where) -> None:
    schema = getattr(kind, "PARAMS", None)
    if schema:
        import jsonschema

        err = next(iter(jsonschema.Draft202012Validator(schema).iter_errors(params)), None)
        if err:
            field_path = "/".join(str(x) for x in err.absolute_path)
            raise PackError(f"{where()}: params{('/' + field_path) if field_path else ''}: {err.message}")
    validate = getattr(kind, "validate", None)
    problem = validate(params) if validate else None
    if problem:
        raise PackError(f"{where()}: params: {problem}")


@lru_cache(maxsize=None)
def pack_for(regime: str | None) -> Pack:
    """The shipped pack chosen for a regime (the common pack when the year is unknown)."""
    directory = packs_dir()
    for path in sorted(directory.glob("*.yaml")):
        data, _ = read_pack(path)
        if (regime or "none") in data.get("regimes", []):
            return load_pack(path)
    return load_pack(directory / "common.yaml")


REGIMES = ("reg-2007", "format-2019", "format-2021")


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


# Regimes whose deadline for townships the Regulation leaves to local rules (Art. 49).
LOCAL_DEADLINE_REGIMES = ("format-2019", "format-2021")


@lru_cache(maxsize=64)
def compose(regime: str | None, overlays: tuple[str, ...] = (), township_deadline: str | None = None) -> Pack:
    """The shipped pack for a regime with local packs laid over it. A local pack's own
    entries patch the rules they name (a provincial pack may only raise GX207 to an
    error) or add rules of their own, in every regime the pack covers: its `regimes`,
    else those of the pack it extends."""
    base = pack_for(regime)
    if not overlays and not township_deadline:
        return base
    merged = {r.code: _rule_dict(r) for r in base.rules}
    names = [base.name]
    for name in overlays:
        pack = load_pack(Path(name))
        if "all" not in pack.regimes and (regime or "none") not in pack.regimes:
            continue
        for entry in _own_entries(Path(name)):
            merged[entry["code"]] = {**merged.get(entry["code"], {}), **entry}
        names.append(pack.name)
    if township_deadline:
        for entry in merged.values():
            entry["params"] = _with_township(entry.get("params") or {}, township_deadline)
    rules = tuple(_build_rule(entry) for entry in merged.values())
    return Pack("+".join(names), base.path, base.regimes, rules)


def _own_entries(path: Path) -> list[dict]:
    """The rule entries a local pack writes itself, after those of the local packs it
    extends; the shipped pack at the root of the chain is the base, not an entry."""
    data, text = read_pack(path)
    entries: list[dict] = []
    if data.get("extends"):
        parent = _resolve(path, data["extends"])
        if not shipped(parent):
            entries = _own_entries(parent)
    for index, raw in enumerate(data["rules"]):
        entries.append({**raw, "pack": data["pack"], "local": True, "_where": (path, text, index, raw["code"])})
    return entries


def _with_township(params: dict, deadline: str) -> dict:
    table = params.get("deadlines")
    if not table:
        return params
    table = {regime: ({**row, "township": deadline} if regime in LOCAL_DEADLINE_REGIMES else row)
             for regime, row in table.items()}
    return {**params, "deadlines": table}
