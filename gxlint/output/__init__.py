"""Report: formatters turn lint results into text for people or into the formats
programs read. One module a format; each has a `Writer(stream, ctx)` that takes one
file's result at a time and finishes the document (`close`), so a run over thousands
of files writes as it goes and keeps no file's findings once written.

A file's share of a document (`Writer.part`) is rendered from the result and the
writer's picklable `spec` alone, so worker processes render it where the file was
linted and the main process only puts the text in place (`Writer.put`) with a
`Digest` of the result for the totals: rendering in one process would cap how far
more jobs go (worker.py)."""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..diagnostic import SEVERITIES

FORMATS = ("text", "json", "sarif", "github", "junit", "jsonl", "concise")


@dataclass(frozen=True, slots=True)
class Context:
    lang: str = "zh"
    color: bool | None = None
    rules: tuple = ()                     # the rules in force (SARIF lists them)
    quiet: bool = False                   # the findings only, no summary line


@dataclass(frozen=True, slots=True)
class Digest:
    """What a run's totals need of a file's result: its findings as counts."""
    path: str
    error: str | None
    counts: tuple[int, ...]          # findings by severity, in SEVERITIES' order
    rules: tuple[tuple[str, str, str], ...] = ()   # (code, name, severity) of each finding
    read: bool = True                # the file was read (a rule may still have failed on it)
    skipped: bool = False            # read, and skipped as no report

    @classmethod
    def of(cls, res) -> Digest:
        """A lint run's FileResult."""
        return cls.of_findings(res.path, res.error, res.diagnostics, read=res.facts is not None,
                               skipped=bool(res.skipped))

    @classmethod
    def of_findings(cls, path: str, error: str | None, diagnostics, read: bool = True,
                    skipped: bool = False) -> Digest:
        severities = [d.severity for d in diagnostics]
        return cls(path, error, tuple(severities.count(s) for s in SEVERITIES),
                   tuple((d.rule, d.name, d.severity) for d in diagnostics), read, skipped)

    def count(self, severity: str) -> int:
        return self.counts[SEVERITIES.index(severity)]


class Writer(Protocol):
    spec: object           # what `part` needs besides the result; picklable

    @staticmethod
    def part(res, spec) -> object:
        """The file's share of the document, rendered (pure: may run in a worker)."""

    def put(self, digest: Digest, part) -> None: ...

    def close(self, extra: dict) -> None:
        """`extra`: what the run adds to the summary once every file is done (what a
        baseline hid)."""


class Base:
    """A format whose parts need nothing but the result."""
    spec: object = None


class Lines(Base):
    """A format whose document is a line for a file that could not be (fully) read and
    a line a finding, nothing around them; a format says how each line reads, as text
    or, `joined` being b"", as bytes (written by `write`)."""
    joined: str | bytes = ""

    def __init__(self, stream, ctx: Context) -> None:
        self.stream, self.spec = stream, ctx.lang
        self.write = stream.write

    @staticmethod
    def error_line(res, lang: str) -> Any:
        raise NotImplementedError

    @staticmethod
    def finding_line(d, res) -> Any:
        raise NotImplementedError

    @classmethod
    def part(cls, res, lang: str) -> str | bytes:
        lines: list[Any] = [cls.error_line(res, lang)] if res.error else []
        lines += [cls.finding_line(d, res) for d in res.diagnostics]
        return cls.joined.join(lines)

    def put(self, digest: Digest, part: str | bytes) -> None:
        self.write(part)

    def close(self, extra: dict) -> None:
        pass


@dataclass(slots=True)
class Tally:
    """What the formats' summaries count."""
    files: int = 0
    unreadable: int = 0
    partial: int = 0                 # read, but not fully checked
    skipped: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))

    @property
    def failed(self) -> int:
        return self.unreadable + self.partial

    def add(self, digest: Digest) -> None:
        self.files += 1
        self.unreadable += not digest.read
        self.partial += bool(digest.error) and digest.read
        self.skipped += digest.skipped
        for severity in SEVERITIES:
            self.counts[severity] += digest.count(severity)


def default_format() -> str:
    """GitHub Actions shows workflow commands as annotations; elsewhere, people read text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def writer_class(fmt: str) -> Any:
    if fmt not in FORMATS:
        raise ValueError(fmt)
    return importlib.import_module(f".{fmt}_format", __name__).Writer


def writer(fmt: str, stream, ctx: Context) -> Writer:
    return writer_class(fmt)(stream, ctx)
