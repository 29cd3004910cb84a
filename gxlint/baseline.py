"""Baselines: adopt gxlint on a backlog by recording today's findings and hiding them,
so a run reports only what is new.

A finding is matched by its file, its rule and its content fingerprint
(check/fingerprint.py), never by line number, so edits elsewhere in a report keep
the match. Identical findings in one file are counted. Entries that no finding
matches any more are stale: the defect was fixed, and `--update-baseline` drops them.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from .atomic import replacing
from .i18n import t

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be used; the message names it."""


@dataclass(frozen=True, slots=True)
class Entry:
    path: str          # relative to the baseline's folder, with forward slashes
    rule: str
    fingerprint: str
    message: str = ""  # for the people reviewing the file; not matched
    line: int = 0      # likewise


def key(baseline: Path, path: str) -> str:
    if path == "-":
        return "-"
    return Path(os.path.relpath(Path(path).resolve(), baseline.resolve().parent)).as_posix()


def load(path: Path, lang: str = "zh") -> list[Entry]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: {t('baseline.missing', lang)}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BaselineError(f"{path}: {t('baseline.invalid', lang, reason=exc)}") from None
    try:
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r}")
        return [Entry(e["path"], e["rule"], e["fingerprint"], e.get("message", ""), e.get("line", 0))
                for e in data["findings"]]
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise BaselineError(f"{path}: {t('baseline.invalid', lang, reason=exc)}") from None


class Filter:
    """Hides a run's known findings file by file, as results come; what it hid and which
    entries matched nothing are known once every file has passed. A file's entries go
    with its job (`known`) and what the job left comes back (`settle`), so the hiding
    is done where the file is linted."""

    def __init__(self, path: Path, entries: list[Entry]) -> None:
        self.path, self.entries = path, entries
        self.left: dict[str, Counter] = {}
        for e in entries:
            self.left.setdefault(e.path, Counter())[(e.rule, e.fingerprint)] += 1
        self.hidden = 0
        self.linted: set[str] = set()

    def known(self, path: str) -> Counter:
        """The entries of `path` no finding has matched yet."""
        return Counter(self.left.get(key(self.path, path), ()))

    def settle(self, path: str, left: Counter, hidden: int, linted: bool) -> None:
        """What hiding a file's findings left of its entries (`known`)."""
        k = key(self.path, path)
        self.hidden += hidden
        if linted:               # unread, or a rule could not finish: nothing to call stale
            self.linted.add(k)
            self.left[k] = left

    def stale(self) -> tuple[Entry, ...]:
        """Once, after the last file."""
        out = []
        for e in self.entries:          # in file order, so the report reads like the baseline
            left = self.left.get(e.path)
            if left is not None and e.path in self.linted and left[(e.rule, e.fingerprint)] > 0:
                left[(e.rule, e.fingerprint)] -= 1
                out.append(e)
        return tuple(out)


def hide(res, known: Counter):
    """The result without the findings `known` holds, and how many went; `known` is
    used up as they match."""
    if res.error:
        return res, 0
    kept = []
    for d in res.diagnostics:
        if known[(d.rule, d.fingerprint)] > 0:
            known[(d.rule, d.fingerprint)] -= 1
        else:
            kept.append(d)
    hidden = len(res.diagnostics) - len(kept)
    return (replace(res, diagnostics=kept) if hidden else res), hidden


def write(path: Path, results: list, previous: list[Entry]) -> int:
    """Record the findings of the files linted now; keep the entries of files this run
    did not lint and that still exist. Returns the number of entries written."""
    linted = {key(path, r.path) for r in results if not r.error}
    root = Path(path).resolve().parent
    kept = [e for e in previous if e.path not in linted and (e.path == "-" or (root / e.path).exists())]
    fresh = [Entry(key(path, r.path), d.rule, d.fingerprint, d.message, d.line)
             for r in results if not r.error for d in r.diagnostics]
    entries = sorted(kept + fresh, key=lambda e: (e.path, e.line, e.rule))
    data = {"version": VERSION, "tool": "gxlint",
            "findings": [{"path": e.path, "rule": e.rule, "line": e.line, "message": e.message,
                          "fingerprint": e.fingerprint} for e in entries]}
    with replacing(path, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return len(entries)
