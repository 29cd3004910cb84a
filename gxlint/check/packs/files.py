"""Reading a pack file: where the shipped packs are, the YAML parsed (and cached on
disk for the next run), and local packs validated against the pack schema."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ... import cache
from ...positions import loader, yaml_line
from ...regimes import REGIMES
from ...structured import TooLarge, bounded
from .model import PackError


def packs_dir() -> Path:
    """The installed packs (gxlint/packs in a wheel) or the checkout's top-level rules/."""
    here = Path(__file__).resolve().parents[2]
    installed = here / "packs"
    return installed if installed.is_dir() else here.parent / "rules"


def shipped(path: Path) -> bool:
    return Path(path).resolve().parent == packs_dir().resolve()


def located(path: Path, text: str, index: int | None, code: str | None) -> str:
    """`file:line: rule CODE` for the error messages about a pack's rule."""
    if index is None:
        return str(path)
    line = yaml_line(text, ["rules", index])
    label = f"{path}:{line}" if line else str(path)
    return f"{label}: rule {code or '#' + str(index + 1)}"


def read_pack(path: Path, strict: bool | None = None) -> tuple[dict, str]:
    """A pack's data and text. Local packs are validated against the schema; the shipped
    ones are validated by the tests (tests/check/test_packs.py)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise PackError(f"{path}: cannot read the pack: {exc.strerror}") from None
    strict = not shipped(path) if strict is None else strict
    return _read_pack(str(path.resolve()), (st.st_mtime_ns, st.st_size), strict)


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
        data = bounded(yaml.load(text, Loader=loader()))
    except TooLarge as exc:
        raise PackError(f"{path}: too large to read: {exc}") from None
    except OSError as exc:
        raise PackError(f"{path}: cannot read the pack: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise PackError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    if strict:
        _validate(path, text, data)
    return data, text


@lru_cache(maxsize=1)
def schema() -> dict:
    data = json.loads(Path(__file__).with_name("schema.json").read_text(encoding="utf-8"))
    data["$defs"]["regime"]["enum"] = ["all", *REGIMES, "none"]
    return data


def _validate(path: Path, text: str, data) -> None:
    import jsonschema  # lazy: only local packs need it

    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        p = list(err.absolute_path)
        index = p[1] if len(p) >= 2 and p[0] == "rules" and isinstance(p[1], int) else None
        entry = data["rules"][index] if index is not None else None
        code = entry.get("code") if isinstance(entry, dict) else None
        field_path = "/".join(str(x) for x in p) or "(top)"
        raise PackError(f"{located(path, text, index, code)}: {field_path}: {err.message}")
