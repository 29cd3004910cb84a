"""`gxlint audit PATH...`: the submission's files, each with its configuration, linted
in parallel; the cross-report rules; the summary and the files asked for."""
from __future__ import annotations

import sys
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
    progress: bool | None = None
    color: bool | None = None
    limits: Limits = DEFAULT_LIMITS
    # An audit reads submissions, which must not steer it: only the auditor's
    # configuration (--config, or the one found from where the audit runs) applies.
    per_file_config: bool = False
    force_exclude: bool = False        # as run.Request: what run.plan reads of both
    stdin_filename: str | None = None


def audit(request: AuditRequest, lang: str) -> int:
    from ..output.text_format import make_console
    from ..pool import default_jobs
    from ..progress import Progress
    from ..run import exit_code, prepare
    from ..selectors import selected
    from .record import AuditRecord, Job
    from .runner import audit_rules, cross_check, lint_all
    from .summary import render

    files, missing, plans, lang = prepare(request, lang)
    tree = _tree(request.tree, lang)
    jobs = [Job(path, plans[path][1], keep_text=bool(request.html)) for path in files]
    with Progress(len(jobs), lang, request.progress, sys.stderr.isatty()) as bar:
        records = lint_all(jobs, request.jobs or default_jobs(), bar.tick, request.limits)
    records += [AuditRecord(s.path, error=s.error) for s in missing]
    rules = [r for r in audit_rules() if selected(r.code, r.name, request.cli.select, request.cli.ignore)]
    records = cross_check(records, rules, lang, tree)
    _write(request, records, lang)        # first: a closed standard output must not lose them
    console = make_console(request.color, sys.stdout)
    render(records, console, lang)
    return 2 if any(r.problems for r in records) else exit_code(records, strict=False)


def _tree(path: str | None, lang: str) -> dict:
    from ..run import UsageError
    from .tree import TreeError, read_tree

    if not path:
        return {}
    try:
        return read_tree(path, lang)
    except TreeError as exc:
        raise UsageError(str(exc)) from None


def _write(request: AuditRequest, records, lang: str) -> None:
    from ..run import UsageError
    from .export import write_csv, write_xlsx
    from .letters import write_letters
    from .page import write_page

    def xlsx(path: Path) -> list[Path]:
        write_xlsx(path, records, lang)
        return [path]

    def page(path: Path) -> list[Path]:
        write_page(path, records, lang)
        return [path]

    def letters(folder: Path) -> list[Path]:
        write_letters(folder, records, lang)
        return [folder]          # one line for the folder, not one for each of a thousand organs

    outputs = [(request.xlsx, xlsx), (request.csv, lambda p: write_csv(p, records, lang)), (request.html, page),
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
