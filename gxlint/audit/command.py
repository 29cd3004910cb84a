"""`gxlint audit PATH...`: the submission's files, each with its configuration, linted
in parallel; the cross-report rules; the summary and the files asked for."""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from pathlib import Path

from ..config.settings import CommandLine
from ..i18n import t
from ..pool import DEFAULT_LIMITS, Limits


@dataclass(frozen=True, slots=True)
class AuditRequest:
    paths: tuple[str, ...]
    cli: CommandLine
    config: str | None = None
    isolated: bool = False
    jobs: int | None = None
    xlsx: str | None = None
    csv: str | None = None
    html: str | None = None
    letters: str | None = None
    tree: str | None = None
    db: str | None = None
    progress: bool | None = None
    color: bool | None = None
    limits: Limits = DEFAULT_LIMITS
    # An audit reads submissions, which must not steer it: only the auditor's
    # configuration (--config, or the one found from where the audit runs) applies.
    per_file_config: bool = False
    force_exclude: bool = False        # as run.Request: what run.plan reads of both
    stdin_filename: str | None = None


def audit(request: AuditRequest, lang: str, timings: dict[str, float] | None = None) -> int:
    """Run the audit; `timings`, when given, gets the seconds each stage took."""
    from ..output.text_format import make_console
    from ..run import prepare
    from ..selectors import selected
    from .overview import overview
    from .record import AuditRecord, Job
    from .runner import audit_rules, cross_findings
    from .summary import render

    files, missing, plans, lang = prepare(request, lang)
    tree = _tree(request.tree, lang)
    jobs = [Job(path, plans[path][1], keep_text=bool(request.html)) for path in files]
    store = _open(request.db, lang)
    clock = _Clock(timings)
    try:
        _lint(request, jobs, store, lang)
        for seq, s in enumerate(missing, len(jobs)):
            store.keep(seq, AuditRecord(s.path, error=s.error), None)
        clock.lap("lint")
        light = store.light()
        rules = [r for r in audit_rules() if selected(r.code, r.name, request.cli.select, request.cli.ignore)]
        for seq, (diags, metrics) in cross_findings(light, rules, lang, tree).items():
            store.add(seq, tuple(diags), metrics)
        clock.lap("cross-report")
        records = store.records()
        ov = overview(records, lang)
        clock.lap("summary")
        _write(request, records, ov, lang)        # first: a closed standard output must not lose them
        clock.lap("outputs")
        render(ov, make_console(request.color, sys.stdout), lang)
        return 2 if any(r.problems for r in light) else ov.exit
    finally:
        store.close()


class _Clock:
    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.last = timings, time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[stage] = now - self.last
        self.last = now


def _open(path: str | None, lang: str):
    import sqlite3

    from ..run import UsageError
    from .store import Store

    try:
        return Store(path)
    except sqlite3.Error as exc:
        raise UsageError(t("audit.bad_db", lang, path=path, reason=exc)) from None


def _lint(request: AuditRequest, jobs, store, lang: str) -> None:
    """Each file checked by a worker that writes its record to the store, or taken from
    the store when it was checked with the same stamp."""
    from ..pool import default_jobs, ordered_iter
    from ..progress import Progress
    from .runner import failed
    from .store import Task, check_and_keep, stamp

    todo = []
    for seq, job in enumerate(jobs):
        current = stamp(job)
        if not store.reuse(seq, job.path, current):
            todo.append((seq, Task(job, store.path, current)))
    store.db.commit()
    if len(todo) < len(jobs):
        print(t("audit.reused", lang, reused=len(jobs) - len(todo), checked=len(todo)), file=sys.stderr)
    with Progress(len(todo), lang, request.progress, sys.stderr.isatty()) as bar:
        results = ordered_iter(check_and_keep, [task for _, task in todo], request.jobs or default_jobs(),
                               lambda task, why: failed(task.job, why), limits=request.limits)
        for (seq, task), lost in zip(todo, results):
            if lost is None:
                store.enlist(seq, task.job.path)
            else:                  # its worker died or ran out of time: the record says so
                store.keep(seq, lost, None)
            bar.tick()


def _tree(path: str | None, lang: str) -> dict:
    from ..run import UsageError
    from .tree import TreeError, read_tree

    if not path:
        return {}
    try:
        return read_tree(path, lang)
    except TreeError as exc:
        raise UsageError(str(exc)) from None


def _write(request: AuditRequest, records, ov, lang: str) -> None:
    from ..run import UsageError
    from .export import write_csv, write_xlsx
    from .letters import write_letters
    from .page import write_page

    def xlsx(path: Path) -> list[Path]:
        write_xlsx(path, records, ov, lang)
        return [path]

    def page(path: Path) -> list[Path]:
        write_page(path, records, lang, ov)
        return [path]

    def letters(folder: Path) -> list[Path]:
        write_letters(folder, records, lang)
        return [folder]          # one line for the folder, not one for each of a thousand organs

    outputs = [(request.xlsx, xlsx), (request.csv, lambda p: write_csv(p, records, ov, lang)), (request.html, page),
               (request.letters, letters)]
    for target, write in outputs:
        if not target:
            continue
        try:
            written = write(Path(target))
        except OSError as exc:
            raise UsageError(t("cli.cannot_write", lang, path=target, reason=exc.strerror)) from None
        for path in written:
            print(t("audit.written", lang, path=path), file=sys.stderr)
