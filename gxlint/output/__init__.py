"""Report: formatters turn lint results into text for people or into the formats
programs read. One module a format; each has a `Writer(stream, ctx)` that takes one
file's result at a time (`add`) and finishes the document (`close`), so a run over
thousands of files writes as it goes and keeps no file's findings once written."""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Iterable, Protocol

from ..diagnostic import SEVERITIES

FORMATS = ("text", "json", "sarif", "github", "junit", "jsonl", "concise")


@dataclass(frozen=True)
class Context:
    lang: str = "zh"
    color: bool | None = None
    rules: tuple = ()                     # the rules in force (SARIF lists them)


class Writer(Protocol):
    def add(self, res) -> None: ...

    def close(self, extra: dict) -> None:
        """`extra`: what the run adds to the summary once every file is done (what a
        baseline hid)."""


@dataclass
class Tally:
    """What the formats' summaries count."""
    files: int = 0
    failed: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))

    def add(self, res) -> None:
        self.files += 1
        self.failed += bool(res.error)
        for d in res.diagnostics:
            self.counts[d.severity] += 1


def default_format() -> str:
    """GitHub Actions shows workflow commands as annotations; elsewhere, people read text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def writer(fmt: str, stream, ctx: Context) -> Writer:
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return importlib.import_module(f".{fmt}_format", __name__).Writer(stream, ctx)


def render(fmt: str, results: Iterable, stream, ctx: Context, extra: dict | None = None) -> None:
    """The whole document at once, for results already in hand."""
    w = writer(fmt, stream, ctx)
    for res in results:
        w.add(res)
    w.close(extra or {})
