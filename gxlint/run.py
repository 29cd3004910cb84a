"""One `gxlint PATH...` run: each file's configuration, the lint, the baseline, the
outputs and the exit status. The command line (cli.py) only gathers the options."""
from __future__ import annotations

import heapq
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from .config import Config, ConfigError, discover, load, resolve
from .config.settings import CommandLine
from .i18n import t
from .lint import FileResult, Options
from .output.safe import printable
from .pool import DEFAULT_LIMITS, Limits


class UsageError(Exception):
    """Bad options or configuration: exit 2 before any file is linted."""


@dataclass(frozen=True, slots=True)
class Request:
    paths: tuple[str, ...]
    cli: CommandLine
    config: str | None = None          # --config FILE: one configuration for every file
    isolated: bool = False             # --isolated: no configuration at all
    outputs: tuple[tuple[str, str | None], ...] = ()   # (format, file or None for stdout)
    color: bool | None = None
    strict: bool = False
    baseline: str | None = None
    update_baseline: bool = False
    jobs: int | None = None            # worker processes; None: every core for many files
    limits: Limits = DEFAULT_LIMITS    # what one file may take: memory of its worker, time
    # Each file governed by the configuration found from its own folder (authors keep
    # theirs in their repositories); False: only the one found from where the run is.
    per_file_config: bool = True
    force_exclude: bool = False        # exclude paths named on the command line too
    stdin_filename: str | None = None  # the name standard input is shown and configured by
    quiet: bool = False                # no summary line
    statistics: bool = False           # counts by rule and severity after the outputs
    progress: bool | None = None       # a bar on standard error (None: on a terminal, for long runs)


def config_for(request: Request, path: str, lang: str, found: dict | None = None) -> Config:
    """`found`: configurations already discovered in this run, by folder (a bulk run
    has thousands of files in a few folders)."""
    if request.isolated:
        return Config()
    if request.config:
        return load(Path(request.config), lang)
    if path == "-" or not request.per_file_config:
        return discover(Path.cwd(), lang)
    p = Path(path)
    folder = str(p.resolve().parent if p.is_symlink() else p.parent)    # a link is governed where it points
    if found is None:
        return discover(Path(folder), lang)
    if folder not in found:
        found[folder] = discover(Path(folder), lang)
    return found[folder]


def plan(request: Request, files: list[str], lang: str) -> dict[str, tuple[Config, Options]]:
    """Each file's configuration and options; a bad configuration or selector stops the
    run here, before anything is linted (exit 2)."""
    from .catalogue import catalogue
    from .check.packs import PackError, load_pack
    from .exclude import excluded
    from .selectors import known

    out = {}
    found: dict[str, Config] = {}
    named = {p for p in request.paths if p != "-" and Path(p).is_file()}
    try:
        for path in files:
            as_named = shown(path, request.stdin_filename)
            config = config_for(request, as_named, lang, found)
            if (path not in named or request.force_exclude) and excluded(path, config):
                continue
            out[path] = (config, resolve(config, as_named, request.cli))
        packs = {p for config, _ in out.values() for p in config.packs}
        rules = list(catalogue().items()) + [(r.code, r.name) for p in packs for r in load_pack(Path(p)).rules]
    except (ConfigError, PackError) as exc:
        raise UsageError(str(exc)) from None
    for sel in request.cli.select + request.cli.ignore:
        if not known(sel, rules):
            raise UsageError(t("cli.bad_selector", lang, sel=sel))
    if len(out) == 1 and request.progress is not False and sys.stderr.isatty():
        # One file on a terminal: its own long read (a scan's OCR) shows how far it is;
        # many files show the run's bar instead.
        out = {path: (config, replace(options, progress=True)) for path, (config, options) in out.items()}
    return out


def rules_in_force(plans) -> tuple:
    """Every rule any file could have been checked with: the shipped ones and those of
    the local packs, a local definition replacing the shipped one."""
    from .check.packs import Local, all_rules, local_rules

    rules = {r.code: r for r in all_rules()}
    for options in {o for _, o in plans}:
        rules.update({r.code: r for r in local_rules(options.packs, Local(options.deadlines, options.overview_length))})
    return tuple(rules.values())


def lint_all(files: list[str], plans: dict[str, tuple[Config, Options]], jobs: int | None = None,
             missing=(), limits: Limits = DEFAULT_LIMITS) -> Iterator[FileResult]:
    """Every file's result, missing files' errors among them, in path order, as each is
    ready: written and let go one at a time, a run's memory does not grow with its files."""
    from . import worker
    from .pool import ordered_iter

    stdin = _stdin(files, plans)
    todo = [worker.Job(path, plans[path][1], data=stdin if path == "-" else None) for path in sorted(files)]
    linted = ordered_iter(worker.lint, todo, jobs, worker.lint_failed, limits=limits)
    errors = sorted((FileResult(s.path, error=s.error) for s in missing), key=lambda r: r.path)
    yield from _merged(linted, errors, lambda r: r.path)


def check_all(files: list[str], plans: dict[str, tuple[Config, Options]], jobs: int | None, missing,
              outputs: tuple[tuple[str, object], ...], hide=None, limits: Limits = DEFAULT_LIMITS,
              stdin_name: str | None = None) -> Iterator:
    """Each file's share of the outputs (worker.Done), missing files' among them, in
    path order, as each is ready; `hide`: the baseline's Filter; `stdin_name`: what
    standard input is called in the outputs (--stdin-filename)."""
    from . import worker
    from .pool import ordered_iter

    stdin = _stdin(files, plans)
    names = {path: shown(path, stdin_name) for path in files}
    todo = [worker.Job(names[path], plans[path][1], hide.known(names[path]) if hide else None,
                       stdin if path == "-" else None) for path in sorted(files)]
    done = ordered_iter(worker.run, todo, jobs, worker.run_failed, worker.setup, (outputs,), limits)
    worker.setup(outputs)          # this process renders the missing files' parts
    errors = (worker.finish(FileResult(s.path, error=s.error)) for s in sorted(missing, key=lambda s: s.path))
    yield from _merged(done, errors, lambda d: d.digest.path)


def shown(path: str, stdin_filename: str | None) -> str:
    """The name a file goes by: standard input's is --stdin-filename's, when given."""
    return stdin_filename or path if path == "-" else path


def _stdin(files: list[str], plans) -> bytes | None:
    """Standard input is read here: the worker processes have none of their own."""
    from .read import read_stdin

    return read_stdin() if "-" in files else None


def _merged(linted, errors, path) -> Iterator:
    from .check.packs import PackError

    try:
        yield from heapq.merge(linted, errors, key=path)
    except PackError as exc:     # a broken pack is the run's error, not one file's
        raise UsageError(str(exc)) from None


def baseline_path(request: Request, plans) -> str | None:
    if request.baseline:
        return request.baseline
    found = {c.baseline for c, _ in plans.values() if c.baseline}
    return sorted(found)[0] if found else None


class Status:
    """The exit status, gathered file by file: 2 if a file could not be (fully) linted,
    1 for an error finding (any finding under --strict), else 0."""

    def __init__(self, strict: bool) -> None:
        self.strict, self.found, self.errors = strict, False, False
        self.failed: list[tuple[str, str]] = []

    def add(self, digest) -> None:
        """`digest`: an output.Digest of the file's result."""
        if digest.error:
            self.failed.append((digest.path, digest.error))
        self.found = self.found or any(digest.counts)
        self.errors = self.errors or digest.count("error") > 0

    @property
    def code(self) -> int:
        return 2 if self.failed else 1 if self.errors or (self.strict and self.found) else 0


def exit_code(results, strict: bool) -> int:
    """The exit status of results that carry a path, an error and findings (an audit's records)."""
    from .output import Digest

    status = Status(strict)
    for res in results:
        status.add(Digest.of_findings(res.path, res.error, res.diagnostics))
    return status.code


@contextmanager
def open_outputs(request: Request, ctx, lang: str) -> Iterator[list]:
    """A writer for each output, files opened before anything is linted (a folder that
    does not exist stops the run at once, exit 2). Each file is written beside its place
    and renamed into place when the run is done (atomic.py); a write that fails (a full
    disk) stops the run with one line, exit 2, and leaves the previous file."""
    from .atomic import replacing
    from .output import writer
    from .output.console import stdout_for

    files = [target for _, target in request.outputs if target not in (None, "-")]
    try:
        with ExitStack() as stack:
            streams = []
            for fmt, target in request.outputs:      # all opened before any writes its first line
                if target in (None, "-"):
                    streams.append(stdout_for(fmt))
                    continue
                try:
                    streams.append(stack.enter_context(replacing(target, "w", encoding="utf-8", newline="\n")))
                except OSError as exc:
                    raise UsageError(t("cli.cannot_write", lang, path=target, reason=exc.strerror)) from None
            yield [writer(fmt, stream, ctx) for (fmt, _), stream in zip(request.outputs, streams)]
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) or not files:
            raise
        raise UsageError(t("cli.cannot_write", lang, path="、".join(files), reason=exc.strerror)) from None


def prepare(request, lang: str):
    """What `check` and `audit` start from: the files (and the paths that are missing),
    each file's configuration and options, and the run's language (the command line's,
    else the configuration's)."""
    from .read import collect

    files, missing = collect(list(request.paths), lang)
    if not files and not missing:
        raise UsageError(t("cli.no_files", lang))
    plans = plan(request, files, lang)
    files = [f for f in files if f in plans]        # without what the configuration excludes
    return files, missing, plans, request.cli.lang or next((o.lang for _, o in plans.values()), lang)


def execute(request: Request, lang: str) -> int:
    """Lint, filter through the baseline, write every output; the exit status."""
    from .baseline import BaselineError, Filter, write
    from .baseline import load as load_baseline
    from .output import Context
    from .progress import Progress

    files, missing, plans, lang = prepare(request, lang)
    strict = request.strict or any(c.strict for c, _ in plans.values())
    where = baseline_path(request, plans)
    if request.update_baseline:
        if not where:
            raise UsageError(t("baseline.no_path", lang))
        previous = _previous(where, lang)
        results = list(lint_all(files, plans, request.jobs, missing, request.limits))
        try:
            n = write(Path(where), results, previous)
        except OSError as exc:
            raise UsageError(t("cli.cannot_write", lang, path=where, reason=exc.strerror)) from None
        print(t("baseline.written", lang, n=n, path=where), file=sys.stderr)
        return 2 if any(r.error for r in results) else 0
    hide = None
    if where:
        try:
            hide = Filter(Path(where), load_baseline(Path(where), lang))
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    # Only SARIF lists the rules; loading every regime's pack is not worth it otherwise.
    rules = rules_in_force(plans.values()) if any(f == "sarif" for f, _ in request.outputs) else ()
    status = Status(strict)
    tally: Counter = Counter()
    ctx = Context(lang=lang, color=request.color, rules=rules, quiet=request.quiet)
    # A bar only where it mixes with nothing: standard error a terminal, the findings elsewhere.
    # One file has no run to show the progress of: its own long read (OCR) shows instead.
    fits = sys.stderr.isatty() and not sys.stdout.isatty() and len(files) > 1
    bar = Progress(len(files), lang, request.progress, fits)
    with open_outputs(request, ctx, lang) as writers, bar:
        specs = tuple((fmt, w.spec) for (fmt, _), w in zip(request.outputs, writers))
        for done in check_all(files, plans, request.jobs, missing, specs, hide, request.limits, request.stdin_filename):
            if hide:
                hide.settle(done.digest.path, done.known, done.hidden, not done.digest.error)
            status.add(done.digest)
            tally.update(done.digest.rules)
            bar.tick()
            for w, part in zip(writers, done.parts):
                w.put(done.digest, part)
        extra = {}
        if hide and where:
            stale = hide.stale()
            extra = {"baseline": {"hidden": hide.hidden, "stale": len(stale)}}
            _report_baseline(where, hide.hidden, stale, lang)
        for w in writers:
            w.close(extra)
    if request.statistics:
        _statistics(tally, lang)
    # A machine format on stdout must stay clean; people still see what failed.
    if not any(f == "text" and o in (None, "-") for f, o in request.outputs):
        for path, error in status.failed:
            print(f"{printable(path)}: {printable(error)}", file=sys.stderr)
    return status.code


def _statistics(tally: Counter, lang: str) -> None:
    """Ruff's --statistics: a line a rule and severity, the most frequent first."""
    rows = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
    for (code, name, severity), n in rows:
        print(f"{n:>6}  {code}  {t('severity.' + severity, lang)}  {name}")


def _previous(where: str, lang: str):
    from .baseline import BaselineError
    from .baseline import load as load_baseline

    if not Path(where).exists():
        return []
    try:
        return load_baseline(Path(where), lang)
    except BaselineError as exc:
        raise UsageError(str(exc)) from None


def _report_baseline(where: str, hidden: int, stale, lang: str) -> None:
    if hidden:
        print(t("baseline.hidden", lang, n=hidden, path=where), file=sys.stderr)
    if stale:
        print(t("baseline.stale", lang, n=len(stale), path=where), file=sys.stderr)
        for e in stale:
            print(f"  {printable(e.path)}:{e.line}: {e.rule} {printable(e.message)}", file=sys.stderr)
