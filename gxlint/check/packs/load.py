"""A pack with the packs it extends, built into rules: each entry checked for what the
rule needs (its fields, a known kind, valid parameters for that kind)."""
from __future__ import annotations

from pathlib import Path

from .files import located, packs_dir, read_pack, shipped
from .model import Pack, PackError, Rule

REQUIRED = ("name", "kind", "severity", "regimes", "messages", "cite", "description", "examples")
NATIONAL_PREFIX = "GX"      # the codes of ../shared/rules.md: only the shipped packs define them


def load_pack(path: Path, _seen: tuple[str, ...] = (), strict: bool | None = None) -> Pack:
    """A pack with the packs it extends. `strict`: validate it all (default: local packs)."""
    path = Path(path)
    if str(path.resolve()) in _seen:          # resolved: "../rules/a.yaml" is a.yaml too
        raise PackError(f"{path}: extends itself through {' -> '.join(_seen)}")
    local = not shipped(path)
    strict = local if strict is None else strict
    data, text = read_pack(path, strict)
    merged: dict[str, dict] = {}
    parent = None
    if data.get("extends"):
        parent = load_pack(resolve(path, data["extends"]), _seen + (str(path.resolve()),))
        merged = {r.code: r.as_entry() for r in parent.rules}
    for index, raw in enumerate(data["rules"]):
        code = raw["code"]
        merged[code] = {**merged.get(code, {}), **raw, "pack": data["pack"]}
        merged[code].update(_found_at=(path, text, index, code), _strict=strict)
        if local:
            merged[code]["local"] = True
    rules = tuple(build_rule(entry) for entry in merged.values())
    regimes = data.get("regimes") or (parent.regimes if parent else [])
    return Pack(data["pack"], str(path), tuple(regimes), rules)


def resolve(path: Path, name: str) -> Path:
    """The pack `name` that `path` extends: beside it, else a shipped one."""
    candidate = Path(name)
    if not candidate.suffix:
        candidate = candidate.with_suffix(".yaml")
    if not candidate.is_absolute():
        beside = path.parent / candidate
        candidate = beside if beside.exists() else packs_dir() / candidate
    if not candidate.exists():
        raise PackError(f"{path}: extends {name!r}, which was not found")
    return candidate


class _CrossReport:
    """Stands for a cross-report kind (gxlint/audit/kinds.py) while a pack is loaded."""


def build_rule(entry: dict) -> Rule:
    found_at = entry.pop("_found_at", None)
    strict = entry.pop("_strict", False) or entry.get("local", False)
    pack_name = entry.get("pack", "?")

    def where() -> str:          # composing for line numbers costs; only errors need it
        return located(*found_at) if found_at else pack_name

    missing = [k for k in REQUIRED if k not in entry]
    if missing:
        raise PackError(f"{where()}: missing {', '.join(missing)}")
    from ..kinds import KINDS  # here: the kinds' own modules name Rule, from this package

    # corpus.* kinds work over many reports; gxlint/audit/ runs them and checks their names.
    kind = KINDS.get(entry["kind"]) or (_CrossReport if entry["kind"].startswith("corpus.") else None)
    if kind is None:
        raise PackError(f"{where()}: unknown kind {entry['kind']!r} (known: {', '.join(sorted(KINDS))})")
    if entry["code"].startswith(NATIONAL_PREFIX):
        from ...catalogue import catalogue, rule_url

        if entry.get("local") and entry["code"] not in catalogue():
            raise PackError(f"{where()}: unknown code {entry['code']} (GX codes are the national rules')")
        if not entry.get("url"):
            entry["url"] = rule_url(entry["code"], entry["name"])
    params = entry.get("params") or {}
    if strict:
        _check_params(kind, params, where)
        problem = template_problem(entry)
        if problem:
            raise PackError(f"{where()}: {problem}")
    for key in ("regimes", "organ_kinds"):
        if key in entry:
            entry[key] = tuple(entry[key])
    return Rule(**{k: v for k, v in entry.items() if k in Rule.__dataclass_fields__})


def template_problem(entry: dict) -> str | None:
    """A message or hint that asks more of its values than to be written in: an
    attribute or index ("{cell.__class__}"), a conversion or a format spec ("{x:>9999999}")."""
    import string

    texts = [text for variant in (entry.get("messages") or {}).values() if isinstance(variant, dict)
             for text in variant.values()] + list((entry.get("hint") or {}).values())
    for text in texts:
        try:
            fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(str(text))
                      if name is not None]
        except ValueError as exc:
            return f"message {text!r}: {exc}"
        for name, spec, conversion in fields:
            if spec or conversion or not name.isidentifier():
                return f"message {text!r}: a placeholder may only name a value, as {{name}}"
    return None


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
