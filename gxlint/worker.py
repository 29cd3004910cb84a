"""A file's whole share of a check run, done where the file is linted (a worker
process, or this one for a few files): lint it, hide what the baseline knows, and
render its part of every output. The main process then only puts text in place and
adds up digests, so more jobs keep paying (rendering in the main process would be a
serial part of every run)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .baseline import hide
from .i18n import t
from .lint import FileResult, Options, lint_path
from .output import Digest, safe, writer_class
from .pool import MB, Failure

# What every job of a run shares, set once per process (`setup`) rather than sent
# with each file: each output's (format, spec).
_outputs: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    options: Options
    known: Counter | None = None     # the baseline's entries for this file, (rule, fingerprint) → count
    data: bytes | None = None        # standard input's bytes, for the path "-"


@dataclass(frozen=True, slots=True)
class Done:
    digest: Digest
    parts: tuple                     # one per output, in the run's order
    known: Counter | None = None     # the entries no finding matched
    hidden: int = 0


def setup(outputs: tuple[tuple[str, object], ...]) -> None:
    global _outputs
    _outputs = outputs


def finish(res: FileResult, known: Counter | None = None) -> Done:
    hidden = 0
    if known is not None:
        res, hidden = hide(res, known)
    shown = safe.result(res)              # the digest keeps the real path: the run orders and matches by it
    parts = tuple(writer_class(fmt).part(shown, spec) for fmt, spec in _outputs)
    return Done(Digest.of(res), parts, known, hidden)


def lint(job: Job) -> FileResult:
    return lint_path(job.path, job.options, job.data).slim()     # the model stays in the worker


def run(job: Job) -> Done:
    return finish(lint(job), job.known)


def failure_message(why: Failure, lang: str) -> str:
    """Why a file has no result of its own (the pool's limits, a worker that died)."""
    if why.kind == "memory":
        return t("limit.memory", lang, limit=int(why.detail or 0) // MB)
    if why.kind == "timeout":
        return t("limit.timeout", lang, seconds=why.detail)
    return t("limit.crashed", lang, reason=why.detail)


def lint_failed(job: Job, why: Failure) -> FileResult:
    message = failure_message(why, job.options.lang)
    if why.kind == "timeout" and job.path.lower().endswith(".pdf"):
        message += t("limit.timeout_scan", job.options.lang)     # a scan's OCR takes seconds a page
    return FileResult(job.path, error=message)


def run_failed(job: Job, why: Failure) -> Done:
    return finish(lint_failed(job, why), job.known)
