"""The files a folder holds for linting, found without leaving the folder: a link is
followed only where it leads inside it, and every entry that is not read (a link out
of it or in a loop, a pipe or device with a report's name, a folder that cannot be
listed) is said in one line, never skipped in silence. Hidden entries (".git") are
passed over."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    why: str          # "outside" | "loop" | "special" | "unreadable"
    detail: str = ""


def walk(root: Path, suffixes: tuple[str, ...]) -> tuple[list[str], list[Skipped]]:
    """The report files under `root` (by suffix), in path order, and what was not read."""
    real_root = root.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []
    seen = {real_root}
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            skipped.append(Skipped(str(folder), "unreadable", exc.strerror or str(exc)))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            wanted = path.suffix.lower() in suffixes
            try:
                mode = os.stat(path).st_mode          # where a link leads
            except OSError as exc:
                if wanted or entry.is_dir(follow_symlinks=False):
                    skipped.append(Skipped(str(path), "unreadable", exc.strerror or str(exc)))
                continue
            if entry.is_symlink():
                target = path.resolve()
                if not target.is_relative_to(real_root):
                    if wanted or stat.S_ISDIR(mode):
                        skipped.append(Skipped(str(path), "outside"))
                    continue
                if stat.S_ISDIR(mode) and target in seen:
                    skipped.append(Skipped(str(path), "loop"))
                    continue
            if stat.S_ISDIR(mode):
                real = path.resolve()
                if real in seen and entry.is_symlink():
                    continue
                seen.add(real)
                stack.append(path)
            elif wanted:
                if stat.S_ISREG(mode):
                    found.append(path)
                else:
                    skipped.append(Skipped(str(path), "special"))
    return [str(p) for p in sorted(found)], sorted(skipped, key=lambda s: s.path)
