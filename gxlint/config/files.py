"""Find and read configuration files.

Discovery walks up from a linted file's folder; the first folder holding
`.gxlint.yaml`, `.gxlint.yml` or a pyproject.toml with a `[tool.gxlint]` table wins
(the same order in one folder), as Ruff finds its settings. One file per run is read
once, whatever the number of reports under it."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..i18n import t
from ..positions import loader, toml_line, yaml_line
from ..regimes import REGIMES
from ..structured import TooLarge, bounded, load_toml
from .model import Config, ConfigError, Override
from .validate import problems

NAMES = (".gxlint.yaml", ".gxlint.yml")
TABLE = "tool.gxlint"


@lru_cache(maxsize=1)
def schema() -> dict:
    data = json.loads(Path(__file__).with_name("schema.json").read_text(encoding="utf-8"))
    data["$defs"]["regime"]["enum"] = list(REGIMES)
    return data


def discover(start: Path, lang: str = "zh") -> Config:
    """The configuration that governs files in `start` (a folder), or the defaults."""
    found = _find(Path(start).resolve())
    return load(found, lang) if found else Config()


@lru_cache(maxsize=256)
def _find(folder: Path) -> Path | None:
    for name in NAMES:
        if (folder / name).is_file():
            return folder / name
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file() and _has_table(pyproject):
        return pyproject
    return None if folder.parent == folder else _find(folder.parent)


def _has_table(pyproject: Path) -> bool:
    """A pyproject.toml without [tool.gxlint] is somebody else's; a broken one that
    mentions the table is ours to report."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "tool.gxlint" in text


def load(path: Path, lang: str = "zh") -> Config:
    path = Path(path).resolve()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise ConfigError(f"{path}: {t('config.cannot_read', lang, reason=exc.strerror)}") from None
    return _load(path, stamp, lang)


@lru_cache(maxsize=64)
def _load(path: Path, _stamp: int, lang: str) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: {t('config.cannot_read', lang, reason=getattr(exc, 'strerror', exc))}") from None
    data, line_of = _parse_toml(path, text, lang) if path.suffix == ".toml" else _parse_yaml(path, text, lang)
    for where, message in problems(data, schema(), path.parent, lang):
        line = line_of(*where)
        raise ConfigError(f"{path}:{line}: {message}" if line else f"{path}: {message}")
    return _build(path, data)


def _parse_yaml(path: Path, text: str, lang: str):
    import yaml

    try:
        data = bounded(yaml.load(text, Loader=loader()))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise ConfigError(f"{where}: {t('config.not_yaml', lang, reason=getattr(exc, 'problem', exc))}") from None
    except TooLarge as exc:
        raise ConfigError(f"{path}: {t('config.too_large', lang, reason=exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: {t('config.not_mapping', lang)}")
    return data, lambda p, key=False: yaml_line(text, p, key)


def _parse_toml(path: Path, text: str, lang: str):
    import tomllib

    try:
        doc = load_toml(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {t('config.not_toml', lang, reason=exc)}") from None
    except TooLarge as exc:
        raise ConfigError(f"{path}: {t('config.too_large', lang, reason=exc)}") from None
    data = doc.get("tool", {}).get("gxlint")
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {t('config.no_table', lang)}")
    return data, lambda p, key=False: toml_line(text, TABLE, p)


def _build(path: Path, data: dict) -> Config:
    root = path.parent

    def local(name: str) -> str:
        return str((root / name).resolve())

    overrides = tuple(Override(tuple(o["files"]), o.get("regime"), o.get("year"), o.get("organ-kind"))
                      for o in data.get("overrides", []))
    return Config(
        path=str(path), root=root,
        select=tuple(data.get("select", ())), ignore=tuple(data.get("ignore", ())),
        per_file_ignores=tuple((k, tuple(v)) for k, v in data.get("per-file-ignores", {}).items()),
        severity=tuple(data.get("severity", {}).items()),
        packs=tuple(local(p) for p in data.get("packs", ())),
        regime=data.get("regime"), year=data.get("year"), organ_kind=data.get("organ-kind"),
        deadlines=tuple(sorted(data.get("deadlines", {}).items())),
        overview_length=_range(data.get("overview-length")),
        overrides=overrides,
        baseline=local(data["baseline"]) if data.get("baseline") else None,
        strict=bool(data.get("strict", False)), lang=data.get("lang"),
        exclude=(*data.get("exclude", ()), *data.get("extend-exclude", ())),
        respect_gitignore=data.get("respect-gitignore", True))


def _range(spec: dict | None) -> tuple[int | None, int | None] | None:
    return (spec.get("min"), spec.get("max")) if spec else None
