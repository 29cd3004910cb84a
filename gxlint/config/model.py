"""The records a configuration file is read into."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ConfigError(Exception):
    """A configuration that cannot be used; the message starts with `file:line:`."""


@dataclass(frozen=True, slots=True)
class Override:
    files: tuple[str, ...]
    regime: str | None = None
    year: int | None = None
    organ_kind: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """One configuration file's settings; paths in it are already absolute."""
    path: str | None = None          # None: no file, the defaults
    root: Path = Path(".")           # the folder patterns are relative to
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    packs: tuple[str, ...] = ()
    regime: str | None = None
    year: int | None = None
    organ_kind: str | None = None
    deadlines: tuple[tuple[str, str], ...] = ()      # (organ kind, MM-DD) set by local rules
    overview_length: tuple[int | None, int | None] | None = None   # GX111's range, which turns it on
    overrides: tuple[Override, ...] = ()
    baseline: str | None = None
    strict: bool = False
    lang: str | None = None
    exclude: tuple[str, ...] = ()            # exclude + extend-exclude, gitignore patterns
    respect_gitignore: bool = True

