"""What is wrong with a configuration: JSON Schema first (unknown keys, types,
values), then what a schema cannot know: that selectors name rules and that local
packs exist and load. Each problem comes with where it is, for `file:line`."""
from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from ..i18n import t
from ..selectors import known

Where = tuple[list, bool]     # (path into the data, point at the key rather than the value)


def problems(data: dict, schema: dict, root: Path, lang: str) -> Iterator[tuple[Where, str]]:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(x) for x in e.absolute_path])
    for err in errors:
        yield from _schema_problem(err, lang)
    if errors:
        return
    yield from _pack_problems(data, root, lang)
    yield from _selector_problems(data, root, lang)


def _schema_problem(err, lang: str) -> Iterator[tuple[Where, str]]:
    path = list(err.absolute_path)
    if err.validator == "additionalProperties":
        allowed = list(err.schema.get("properties", {}))
        for key in sorted(set(err.instance) - set(allowed)):
            near = difflib.get_close_matches(str(key), allowed, n=1)
            suggest = t("config.suggest", lang, near=near[0]) if near else ""
            yield (path + [key], True), t("config.unknown_key", lang, name=_field(path + [key]), suggest=suggest)
        return
    yield (path, False), t("config.invalid", lang, field=_field(path), reason=_reason(err, lang))


def _field(path: list) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top)"


def _reason(err, lang: str) -> str:
    v, value = err.validator, err.validator_value
    if v == "enum":
        return t("config.reason.enum", lang, values=", ".join(map(str, value)))
    if v == "type":
        return t("config.reason.type", lang, type=t(f"config.type.{value}", lang))
    if v in ("minimum", "maximum"):
        return t(f"config.reason.{v}", lang, limit=value)
    if v in ("minItems", "minLength"):
        return t("config.reason.empty", lang)
    if v == "pattern":
        return t("config.reason.date", lang)
    if v == "required":
        return t("config.reason.required", lang, keys=", ".join(value))
    return err.message


def _pack_problems(data: dict, root: Path, lang: str) -> Iterator[tuple[Where, str]]:
    from ..check.packs import PackError, load_pack

    for index, name in enumerate(data.get("packs", [])):
        path = root / name
        if not path.is_file():
            yield (["packs", index], False), t("config.pack_missing", lang, pack=name)
            continue
        try:
            load_pack(path)
        except PackError as exc:
            yield (["packs", index], False), t("config.pack_invalid", lang, reason=exc)


def _selector_problems(data: dict, root: Path, lang: str) -> Iterator[tuple[Where, str]]:
    rules = _known_rules(data, root)
    places: list[tuple[list, str]] = []
    places += [(["select", i], s) for i, s in enumerate(data.get("select", []))]
    places += [(["ignore", i], s) for i, s in enumerate(data.get("ignore", []))]
    for pattern, sels in data.get("per-file-ignores", {}).items():
        places += [(["per-file-ignores", pattern, i], s) for i, s in enumerate(sels)]
    places += [(["severity", s], s) for s in data.get("severity", {})]
    for path, sel in places:
        if not known(sel, rules):
            yield (path, path[0] == "severity"), t("config.unknown_selector", lang, field=_field(path), sel=sel)


def _known_rules(data: dict, root: Path) -> list[tuple[str, str]]:
    from ..catalogue import catalogue
    from ..check.packs import load_pack

    rules = list(catalogue().items())
    for name in data.get("packs", []):
        rules += [(r.code, r.name) for r in load_pack(root / name).rules]
    return rules
