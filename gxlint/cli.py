"""Command line: `gxlint PATH...` lints; `rules`, `explain`, `inspect` are subcommands."""
from __future__ import annotations

import os
import sys

import click

from .cli_help import chinese, help_lang
from .i18n import t
from .output import FORMATS, console
from .pool import SERIAL_BELOW
from .regimes import REGIMES


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _console(color: bool | None, stderr: bool = False):
    from .output.text_format import make_console

    return make_console(color, stderr=stderr)


class _DefaultGroup(click.Group):
    """`gxlint PATH...` runs the linter; a first word naming a subcommand runs that.
    A file literally named like a subcommand is linted when written as ./rules."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _version(ctx, _param, value) -> None:
    """gxlint's version and each shipped rule pack's: its rules and a digest of its file,
    which is what a finding was checked against."""
    if not value or ctx.resilient_parsing:
        return
    import hashlib
    from importlib.metadata import version
    from pathlib import Path

    from .check.packs import pack_for

    print(f"gxlint {version('gxlint')}")
    for regime in (None, *REGIMES):
        pack = pack_for(regime)
        digest = hashlib.sha256(Path(pack.path).read_bytes()).hexdigest()[:12]
        print(f"  {regime or 'common'}: {len(pack.rules)} rules, {digest}")
    ctx.exit()


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help="Show the version of gxlint and of its rule packs, and exit.")
def main() -> None:
    """Lint government information-disclosure annual reports."""


_lang = click.option("--lang", type=click.Choice(["zh", "en"]), default=None,
                     help="Language of messages (default: the configuration's, else zh).")
_color = click.option("--color/--no-color", default=None, help="Force or disable colour (default: on a terminal).")
_regime = click.option("--regime", type=click.Choice(REGIMES),
                       help="Override the regime chosen from the report year.")
_year = click.option("--year", type=click.IntRange(2000, 2100), help="Override the report year.")
_timeout = click.option("--timeout", type=click.FloatRange(0), default=60, show_default=True,
                        help="Seconds one file may take; a file past it is reported as not checked (0: no limit).")
_memory = click.option("--memory-limit", "memory_limit", type=click.IntRange(0), default=2048, show_default=True,
                       help="Megabytes of memory one worker may use; a file past it is reported as not checked "
                            "(0: no limit).")


def _limits(timeout: float, memory_limit: int):
    from .pool import MB, Limits

    return Limits(memory=memory_limit * MB or None, seconds=timeout or None)


def _outputs(fmt: str | None, outputs: tuple[str, ...], lang: str,
             output_file: str | None = None) -> tuple[tuple[str, str | None], ...]:
    """`-o sarif:out.sarif -o jsonl` → (format, file); stdout keeps --format (text, or
    github under GitHub Actions) unless an -o writes there. `--output-file F`: the
    --format output goes to F instead (Ruff's flag), as `-o FORMAT:F` would."""
    from .output import default_format

    if output_file:
        outputs, fmt = (f"{fmt or 'text'}:{output_file}", *outputs), None
    parsed = []
    for value in outputs:
        name, _, target = value.partition(":")
        if name not in FORMATS or (_ and not target):
            raise click.UsageError(t("cli.bad_output", lang, value=value, formats=", ".join(FORMATS)))
        parsed.append((name, target or None))
    to_stdout = [p for p in parsed if p[1] in (None, "-")]
    if len(to_stdout) > 1 or (to_stdout and fmt):
        raise click.UsageError(t("cli.two_stdout", lang))
    if not to_stdout and not output_file:
        parsed.insert(0, (fmt or default_format(), None))
    return tuple(parsed)


@main.command("check")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output on stdout (default: text; github when GITHUB_ACTIONS=true).")
@click.option("-o", "--output", "outputs", multiple=True, metavar="FORMAT[:FILE]",
              help="Also write FORMAT to FILE (repeatable), e.g. -o sarif:gxlint.sarif -o jsonl:out.jsonl.")
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (GX3) or names; comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, prefixes or names; comma-separated.")
@click.option("--output-file", type=click.Path(dir_okay=False),
              help="Write the --format output to this file instead of standard output.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any finding, not only errors.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even with findings (still 2 when a file could not be checked).")
@click.option("-q", "--quiet", is_flag=True, help="Print the findings only, without the summary line.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on standard error (default: on a terminal, when the findings go elsewhere "
                   "and the run takes a few seconds).")
@click.option("--statistics", is_flag=True, help="Print the findings' counts by rule and severity (instead of them).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Use this configuration for every file instead of the one found upward.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Hide the findings recorded in this file.")
@click.option("--update-baseline", is_flag=True, help="Record the current findings in the baseline file and exit 0.")
@click.option("--no-skip", is_flag=True, help="Lint files plainly not annual reports too (skipped by default).")
@click.option("--stdin-filename", help="The name standard input (-) is shown and configured by (editors pass it).")
@click.option("--force-exclude", is_flag=True,
              help="Apply exclude and .gitignore to files named on the command line too (for pre-commit).")
@click.option("-j", "--jobs", type=click.IntRange(1, 256),
              help=f"Worker processes (default: all cores from {SERIAL_BELOW} files on, else 1).")
@_timeout
@_memory
@_regime
@_year
@_lang
@_color
def check_cmd(paths, fmt, outputs, select, ignore, output_file, strict, exit_zero, quiet, progress, statistics,
              config_file, isolated, baseline, update_baseline, no_skip, stdin_filename, force_exclude, jobs,
              timeout, memory_limit, regime, year, lang, color):
    """Lint report files and folders (- reads standard input)."""
    from .config.settings import CommandLine
    from .run import Request, UsageError, execute

    message_lang = lang or "zh"
    if not paths:
        raise click.UsageError(t("cli.no_paths", message_lang))
    outs = _outputs(fmt, outputs, message_lang, output_file)
    if statistics:       # the counts take standard output's place
        outs = tuple(o for o in outs if o[1] not in (None, "-"))
    request = Request(
        paths=paths, cli=CommandLine(_split(select), _split(ignore), regime, year, lang, skip=not no_skip),
        config=config_file, isolated=isolated, outputs=outs, color=color,
        strict=strict, baseline=baseline, update_baseline=update_baseline, jobs=jobs,
        limits=_limits(timeout, memory_limit), force_exclude=force_exclude, quiet=quiet, statistics=statistics,
        stdin_filename=stdin_filename, progress=progress)
    try:
        code = execute(request, message_lang)
    except UsageError as exc:
        print(f"gxlint: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(0 if exit_zero and code == 1 else code)


def _local_packs(config_file: str | None) -> tuple[str, ...]:
    """The local packs the configuration in force names (--config, else the one found from
    the current folder), for `rules` and `explain`."""
    from pathlib import Path

    from .config import ConfigError, discover, load

    try:
        config = load(Path(config_file)) if config_file else discover(Path.cwd())
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    return config.packs


_config_opt = click.option("--config", "config_file", type=click.Path(dir_okay=False),
                           help="Take local packs from this configuration instead of the one found upward.")


@main.command("rules")
@_lang
@_config_opt
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown: the rule reference, as in docs/rules.md.")
def rules_cmd(lang, config_file, fmt):
    """List every rule, each regime's variant and the local packs' rules included."""
    lang = lang or "zh"
    if fmt == "markdown":
        from .docs import markdown

        print(markdown(), end="")
        return
    from .check.packs import variants as rule_variants

    variants = rule_variants(_local_packs(config_file))
    if fmt == "json":
        import json

        from .output.console import stdout_for

        print(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity, "kind": r.kind,
                                "regimes": list(regimes), "description": r.text("description", lang),
                                "url": r.url, "pack": r.pack}
                               for regimes, r in variants], ensure_ascii=False, indent=2), file=stdout_for("json"))
        return
    rows = [(r.code, r.name, r.severity, ", ".join(regimes), r.text("description", lang)) for regimes, r in variants]
    if not sys.stdout.isatty():      # piped: whole lines a program or grep can read, nothing cut
        print("\n".join("\t".join(row) for row in rows))        # print: the stream's own encoding
        return
    from rich.table import Table

    table = Table(*t("rules.header", lang).split("|"), show_lines=False)
    for row in rows:
        table.add_row(*row)
    _console(None).print(table)


@main.command("explain")
@click.argument("rule")
@_lang
@_config_opt
def explain_cmd(rule, lang, config_file):
    """Describe a rule (code or name): what it checks, its legal basis, examples."""
    lang = lang or "zh"
    from .explain import explain

    if not explain(rule, lang, _console(None), _local_packs(config_file)):
        raise click.UsageError(t("cli.unknown_rule", lang, rule=rule))


@main.command("inspect")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--text", "as_text", is_flag=True,
              help="Print the text the checks read, with line numbers (for .docx/.html/.pdf: the extracted text).")
@_regime
@_year
@_lang
@_color
def inspect_cmd(path, fmt, as_text, regime, year, lang, color):
    """Show the parsed model of one report: facts, sections, tables."""
    lang = lang or "zh"
    from .inspection import inspect, show_text
    from .lint import Options, build_report
    from .read import read_source

    source = read_source(path, lang, progress=sys.stderr.isatty())
    if source.error:
        print(f"{path}: {source.error}", file=sys.stderr)
        sys.exit(2)
    report = build_report(source, Options(regime=regime, year=year, lang=lang))
    if as_text:
        show_text(report, source.layout, _console(color), lang)
    else:
        inspect(report, fmt, _console(color), source.layout, lang)


@main.command("audit")
@click.argument("paths", nargs=-1, required=True)
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Worker processes (default: all cores).")
@click.option("--xlsx", type=click.Path(dir_okay=False), help="Write an Excel workbook (reports, findings, rules).")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False),
              help="Write reports.csv, findings.csv, rules.csv here.")
@click.option("--html", type=click.Path(dir_okay=False), help="Write one self-contained page to read the audit.")
@click.option("--letters", "letters_dir", type=click.Path(file_okay=False),
              help="Write one Word letter per organ here: its findings, legal basis and fixes.")
@click.option("--tree", "tree_file", type=click.Path(dir_okay=False),
              help="A CSV of organs and the government they report under, for the roll-up check (GX706).")
@click.option("--db", "db_file", type=click.Path(dir_okay=False),
              help="Keep the records in this SQLite file; a rerun re-checks only the files that changed.")
@click.option("--select", multiple=True, help="Only these rules (as for a lint run).")
@click.option("--ignore", multiple=True, help="Skip these rules (as for a lint run).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="One configuration for every file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@_timeout
@_memory
@_lang
@_color
def audit_cmd(paths, jobs, xlsx, csv_dir, html, letters_dir, tree_file, db_file, select, ignore, config_file,
              isolated, progress, timeout, memory_limit, lang, color):
    """Audit a submission: lint every report in parallel, run the cross-report rules
    (GX701–GX706), print a summary and write Excel, CSV, a page and letters."""
    from .audit.command import AuditRequest, audit
    from .config.settings import CommandLine
    from .run import UsageError

    # Every file submitted to an office is judged: one that is no report shows its gaps.
    cli = CommandLine(_split(select), _split(ignore), None, None, lang, skip=False)
    request = AuditRequest(paths=paths, cli=cli,
                           config=config_file, isolated=isolated, jobs=jobs, xlsx=xlsx, csv=csv_dir, html=html,
                           letters=letters_dir, tree=tree_file, db=db_file,
                           progress=progress, color=color, limits=_limits(timeout, memory_limit))
    try:
        code = audit(request, lang or "zh")
    except UsageError as exc:
        print(f"gxlint: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(code)


@main.command("annotate")
@click.argument("path")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False),
              help="Where to write the annotated copy (default: NAME.gxlint.docx, or .pdf for a PDF).")
@click.option("--select", multiple=True, help="Only these rules (as for a lint run).")
@click.option("--ignore", multiple=True, help="Skip these rules (as for a lint run).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Use this configuration.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@_lang
def annotate_cmd(path, out, select, ignore, config_file, isolated, lang):
    """Write the findings into a copy of the report: Word comments in a .docx (a .txt or
    .html becomes one), highlighted notes in a .pdf. The original is never modified."""
    from .annotate.command import run

    sys.exit(run(path, out, _split(select), _split(ignore), config_file, isolated, lang or "zh"))


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface, for an intranet).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", help="Access token the page and the API require (default: $GXLINT_TOKEN; none: open).")
@click.option("--browser/--no-browser", default=True, help="Open the page in the browser when served on this machine.")
@click.option("--max-file-mb", type=click.IntRange(1, 1000), default=20, show_default=True, help="Largest file, in MB.")
@click.option("--max-request-mb", type=click.IntRange(1, 10000), default=100, show_default=True,
              help="Largest upload, in MB.")
@click.option("--max-files", type=click.IntRange(1, 10000), default=50, show_default=True,
              help="Most files in one upload.")
@click.option("--timeout", "seconds", type=click.FloatRange(1, 3600), default=60, show_default=True,
              help="Seconds one file may take.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), help="Files checked at once (default: cores, at most 4).")
@_lang
def serve_cmd(host, port, token, browser, max_file_mb, max_request_mb, max_files, seconds, jobs, lang):
    """Serve a page to drop reports on and read their findings, and a JSON API."""
    from .serve.command import run

    run(host, port, token, browser, max_file_mb, max_request_mb, max_files, seconds, jobs, lang or "zh")


@main.group("config")
def config_group() -> None:
    """Configuration files (.gxlint.yaml, [tool.gxlint] in pyproject.toml)."""


@config_group.command("show")
@click.argument("path", default=".")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Show this file instead of the one found.")
@click.option("--isolated", is_flag=True, help="Show the defaults, as a run with --isolated uses.")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@_lang
def config_show_cmd(path, config_file, isolated, fmt, lang):
    """Print the configuration in force for PATH (a file or folder; default: here)."""
    from .config import ConfigError
    from .config.show import show

    lang = lang or "zh"
    try:
        print(show(path, config_file, isolated, fmt, lang), end="")
    except ConfigError as exc:
        print(f"gxlint: {exc}", file=sys.stderr)
        sys.exit(2)


def entry(argv: list[str] | None = None) -> None:
    """The `gxlint` command: exit 1 means error-level findings and nothing else. Ctrl-C
    exits 130; an internal error exits 2 with one line; a closed output pipe ends the
    run quietly."""
    console.setup()
    args = sys.argv[1:] if argv is None else argv
    if help_lang(args) == "zh" and any(a in ("-h", "--help") for a in args):
        chinese(main)
    try:
        main.main(args=argv, prog_name="gxlint", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        sys.stderr.write("\n")
        os._exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if exc.exit_code == 1 else exc.exit_code)
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(0)
    except MemoryError:
        sys.stderr.write("gxlint: " + t("error.crash", _message_lang(argv), reason="MemoryError") + "\n")
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - whatever it was, one line and exit 2, never 1
        reason = f"{type(exc).__name__}: {exc}"
        sys.stderr.write("gxlint: " + t("error.crash", _message_lang(argv), reason=reason) + "\n")
        sys.exit(2)
    sys.exit(0)


def _message_lang(argv: list[str] | None) -> str:
    args = sys.argv[1:] if argv is None else argv
    return "en" if "--lang" in args and args[args.index("--lang") + 1:][:1] == ["en"] else "zh"


def _quiet_pipe() -> None:
    """The reader of standard output went away (`| head`): nothing more to say there, and
    Python must not complain when it flushes at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    entry()
