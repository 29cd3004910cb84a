"""`gxlint config show`: which file is in force for a path and what it sets; for a
file, also the options it is linted with once patterns and overrides are applied."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import yaml

from ..i18n import t
from .files import discover, load
from .model import Config
from .settings import resolve

_KEYS = {"per_file_ignores": "per-file-ignores", "organ_kind": "organ-kind", "respect_gitignore": "respect-gitignore",
         "overview_length": "overview-length"}


def _settings(config: Config) -> dict:
    out = {}
    for f in fields(Config):
        if f.name in ("path", "root"):
            continue
        value = getattr(config, f.name)
        if f.name in ("per_file_ignores", "severity", "deadlines"):
            value = {k: list(v) if isinstance(v, tuple) else v for k, v in value}
        elif f.name == "overrides":
            value = [{k: v for k, v in (("files", list(o.files)), ("regime", o.regime), ("year", o.year),
                                        ("organ-kind", o.organ_kind)) if v} for o in value]
        elif f.name == "overview_length":
            value = _length(value)
        elif isinstance(value, tuple):
            value = list(value)
        out[_KEYS.get(f.name, f.name)] = value
    return out


def _effective(config: Config, path: str) -> dict:
    options = resolve(config, path)
    return {"select": list(options.select), "ignore": list(options.ignore),
            "severity": dict(options.severity), "packs": list(options.packs),
            "regime": options.regime, "year": options.year, "organ-kind": options.organ_kind,
            "deadlines": dict(options.deadlines), "overview-length": _length(options.overview_length),
            "lang": options.lang}


def _length(value: tuple[int | None, int | None] | None) -> dict | None:
    return {k: v for k, v in zip(("min", "max"), value) if v is not None} if value else None


def show(path: str, config_file: str | None, isolated: bool, fmt: str, lang: str) -> str:
    target = Path(path)
    if isolated:
        config = Config()
    elif config_file:
        config = load(Path(config_file), lang)
    else:
        config = discover(target.resolve() if target.is_dir() else target.resolve().parent, lang)
    doc = {"config": config.path, "settings": _settings(config)}
    if target.is_file():
        doc["file"] = str(path)
        doc["effective"] = _effective(config, str(path))
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    head = f"# {t('config.source', lang)}: {config.path}\n" if config.path else f"# {t('config.none', lang)}\n"
    return head + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, default_flow_style=False)
