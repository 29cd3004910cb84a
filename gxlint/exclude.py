"""Which of the files a folder run finds it leaves out: those the configuration's
`exclude`/`extend-exclude` patterns match (gitignore syntax, relative to the
configuration's folder), and, unless `respect-gitignore: false`, those the .gitignore
files of the repository ignore, as Ruff does. A path named on the command line is
linted whatever these say, unless --force-exclude (pre-commit names every file):
run.plan applies it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .config.model import Config
from .config.settings import matches


def excluded(path: str, config: Config) -> bool:
    if path == "-":
        return False
    if config.exclude and matches(config, path, config.exclude):
        return True
    return config.respect_gitignore and gitignored(Path(path).resolve())


def gitignored(path: Path) -> bool:
    """Whether the .gitignore files from the repository's top down to `path`'s folder
    ignore it (a deeper file's patterns decide over a shallower one's)."""
    verdict = False
    for folder in reversed(_folders(path.parent)):
        spec = _spec(folder)
        if spec is None:
            continue
        result = spec.check_file(path.relative_to(folder).as_posix())
        if result.include is not None:
            verdict = result.include
    return verdict


@lru_cache(maxsize=1024)
def _folders(folder: Path) -> tuple[Path, ...]:
    """`folder` and those above it up to the repository's top (the one holding .git),
    or to the root when it is in no repository."""
    if (folder / ".git").exists() or folder.parent == folder:
        return (folder,)
    return (folder, *_folders(folder.parent))


@lru_cache(maxsize=1024)
def _spec(folder: Path):
    import pathspec

    try:
        with open(folder / ".gitignore", encoding="utf-8", errors="replace") as fh:
            return pathspec.GitIgnoreSpec.from_lines(fh.read().splitlines())
    except OSError:
        return None
