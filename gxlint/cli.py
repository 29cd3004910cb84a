"""Command line: `gxlint PATH...` lints; `rules`, `explain`, `inspect` are subcommands."""
from __future__ import annotations

import sys

import click

from .i18n import t

SUBCOMMANDS = ("rules", "explain", "inspect")


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def _console(color: bool | None, stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, no_color=color is False, force_terminal=color or None,
                   highlight=False, soft_wrap=True)


class _DefaultGroup(click.Group):
    """`gxlint PATH...` runs the linter; a first word naming a subcommand runs that.
    A file literally named like a subcommand is linted when written as ./rules."""

    def parse_args(self, ctx, args):
        if not args or args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="gxlint")
def main() -> None:
    """gxlint：政府信息公开工作年度报告合规检查。 Lint government information-disclosure annual reports."""


_lang = click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                     help="Language of messages.")
_color = click.option("--color/--no-color", default=None, help="Force or disable colour (default: on a terminal).")
_regime = click.option("--regime", type=click.Choice(["reg-2007", "format-2019", "format-2021"]),
                       help="Override the regime chosen from the report year.")
_year = click.option("--year", type=click.IntRange(2000, 2100), help="Override the report year.")


@main.command("check")
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--select", multiple=True, help="Only these rules: codes, prefixes (GX3) or names; comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rules: codes, prefixes or names; comma-separated.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any finding, not only errors.")
@_regime
@_year
@_lang
@_color
def check_cmd(paths, fmt, select, ignore, strict, regime, year, lang, color):
    """Lint report files and folders (- reads standard input)."""
    from .catalogue import CATALOGUE
    from .check.packs import PackError
    from .lint import Options, lint_path
    from .read import collect

    if not paths:
        raise click.UsageError(t("cli.no_paths", lang))
    select, ignore = _split(select), _split(ignore)
    # Selectors are checked against the catalogue, so start-up loads only the packs a report needs.
    for sel in select + ignore:
        if not any(code.startswith(sel.upper()) or name == sel for code, name in CATALOGUE.items()):
            raise click.UsageError(t("cli.bad_selector", lang, sel=sel))
    files, missing = collect(list(paths))
    if not files and not missing:
        raise click.UsageError(t("cli.no_files", lang))
    options = Options(select=select, ignore=ignore, regime=regime, year=year, lang=lang)
    try:
        results = [lint_path(p, options) for p in files]
    except PackError as exc:
        click.echo(f"gxlint: {exc}", err=True)
        sys.exit(2)
    results += [_error_result(s) for s in missing]
    results.sort(key=lambda r: r.path)
    if fmt == "json":
        from .output import json_format

        json_format.render(results, sys.stdout)
        for res in results:   # stdout holds only JSON; people still see what failed
            if res.error:
                click.echo(f"{res.path}: {res.error}", err=True)
    else:
        from .output import text_format

        text_format.render(results, _console(color), lang)
    sys.exit(_exit_code(results, strict))


def _error_result(source):
    from .lint import FileResult

    return FileResult(source.path, error=source.error)


def _exit_code(results, strict: bool) -> int:
    if any(r.error for r in results):
        return 2
    diags = [d for r in results for d in r.diagnostics]
    if strict and diags or any(d.severity == "error" for d in diags):
        return 1
    return 0


@main.command("rules")
@_lang
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(lang, fmt):
    """List every rule."""
    from .check.packs import all_rules

    rules = all_rules()
    if fmt == "json":
        import json

        click.echo(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity, "kind": r.kind,
                                "regimes": list(r.regimes), "description": r.text("description", lang)}
                               for r in rules], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(*t("rules.header", lang).split("|"), show_lines=False)
    for r in rules:
        table.add_row(r.code, r.name, r.severity, ", ".join(r.regimes), r.text("description", lang))
    _console(None).print(table)


@main.command("explain")
@click.argument("rule")
@_lang
def explain_cmd(rule, lang):
    """Describe a rule (code or name): what it checks, its legal basis, examples."""
    from .explain import explain

    if not explain(rule, lang, _console(None)):
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
    from .inspect import inspect, show_text
    from .lint import Options, build_report
    from .read import read_source

    source = read_source(path, lang)
    if source.error:
        click.echo(f"{path}: {source.error}", err=True)
        sys.exit(2)
    report = build_report(source, Options(regime=regime, year=year, lang=lang))
    if as_text:
        show_text(report, source.layout, _console(color), lang)
    else:
        inspect(report, fmt, _console(color), source.layout)


if __name__ == "__main__":
    main()
