"""One file's options: its configuration, the patterns that match it, then the
command line, which wins (its --ignore adds to the configuration's, as Ruff's
--extend-ignore would; its --select replaces)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lint import Options
from .model import Config


@dataclass(frozen=True, slots=True)
class CommandLine:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    regime: str | None = None
    year: int | None = None
    lang: str | None = None
    skip: bool = True          # --no-skip: lint files that are plainly not reports too


@lru_cache(maxsize=512)
def _spec(pattern: str):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines([pattern])


def matches(config: Config, path: str, patterns: tuple[str, ...]) -> bool:
    """gitignore-style patterns, relative to the configuration's folder: `2016/*.txt`,
    `乡镇/`, `**/草稿*`; a pattern without a slash matches a name at any depth."""
    if path == "-":
        return False
    relative = Path(os.path.relpath(Path(path).resolve(), config.root)).as_posix()
    return any(_spec(p).match_file(relative) for p in patterns)


def resolve(config: Config, path: str, cli: CommandLine = CommandLine()) -> Options:
    ignore = list(config.ignore)
    for pattern, sels in config.per_file_ignores:
        if matches(config, path, (pattern,)):
            ignore += sels
    regime, year, organ_kind = config.regime, config.year, config.organ_kind
    for o in config.overrides:
        if matches(config, path, o.files):
            regime, year, organ_kind = o.regime or regime, o.year or year, o.organ_kind or organ_kind
    return Options(
        select=cli.select or config.select,
        ignore=tuple(dict.fromkeys((*ignore, *cli.ignore))),
        severity=config.severity, packs=config.packs,
        regime=cli.regime or regime, year=cli.year or year, organ_kind=organ_kind,
        deadlines=config.deadlines, overview_length=config.overview_length,
        lang=cli.lang or config.lang or "zh", skip=cli.skip)
