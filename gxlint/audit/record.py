"""One report as an audit keeps it: its facts, its findings, and what the cross-report
rules compare. Built in a worker process; everything in it pickles."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostic import Diagnostic
from ..lint import Options
from .features import Figures
from .sentences import Sentences


@dataclass(frozen=True, slots=True)
class AuditRecord:
    path: str
    error: str | None = None
    title: str | None = None
    organ: str | None = None
    organ_key: str | None = None
    organ_kind: str = "unknown"
    township: bool = False
    year: int | None = None
    regime: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()                     # rules that could not finish on this report
    text: str = ""                                     # for the page's report view, when one is asked for
    size: int = 0                                      # characters of the text
    signature: bytes | None = field(default=None, repr=False)
    figures: Figures | None = field(default=None, repr=False)
    figures_at: tuple[int, int, int, int] | None = None
    carry: dict = field(default_factory=dict, repr=False)
    metrics: dict = field(default_factory=dict, repr=False)    # features.METRICS that could be read
    sentences: Sentences | None = field(default=None, repr=False)
    part_five: Sentences | None = field(default=None, repr=False)
    in_force: dict = field(default_factory=dict, repr=False)

    @property
    def status(self) -> str:
        """Why the report could not be read, or which rules could not finish; "" if none."""
        return self.error or "；".join(self.problems)


@dataclass(frozen=True, slots=True)
class Job:
    path: str
    options: Options
    shingle: int = 5
    num_perm: int = 128
    keep_text: bool = True          # only the page shows it: without one, 10 KB a report less to hold


def audit_one(job: Job) -> AuditRecord:
    """Lint one file and take its features; never raises (a bad file is a record with an
    error, and the run goes on)."""
    from ..lint import lint_path

    return record_of(lint_path(job.path, job.options), job)


def record_of(result, job: Job) -> AuditRecord:
    """The record of a lint result (lint.FileResult) of the job's file."""
    from .features import organ_key

    if result.report is None:
        return AuditRecord(job.path, error=result.error)
    r = result.report
    notes = tuple(result.notes)
    try:
        features = _features(r, job)
    except MemoryError:
        raise
    except Exception as exc:  # noqa: BLE001 - features are extras; the findings still count
        features = {}
        notes += (f"features: {type(exc).__name__}: {exc}",)
    return AuditRecord(
        job.path, title=r.title, organ=r.organ, organ_key=organ_key(r.organ), organ_kind=r.organ_kind,
        township=r.township, year=r.year, regime=r.regime, diagnostics=tuple(result.diagnostics), notes=notes,
        problems=(result.error,) if result.error else (), text=r.text.original if job.keep_text else "",
        size=len(r.text.original), **features)


def _features(r, job: Job) -> dict:
    """What the cross-report rules and the reports sheet read of the report."""
    from .features import carry, figures, in_force, metrics, prose
    from .minhash import signature
    from .sentences import part_five, sentences

    values, at = figures(r)
    return {"signature": signature(prose(r), job.shingle, job.num_perm), "figures": values, "figures_at": at,
            "carry": carry(r), "metrics": metrics(r), "sentences": sentences(r), "part_five": part_five(r),
            "in_force": in_force(r)}
