"""The pipeline: read → parse → check, one file at a time."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import markup
from .check import engine
from .check.packs import Local, PackError, Rule, compose
from .check.relevance import is_report
from .diagnostic import Diagnostic
from .i18n import t
from .model import NO_PAGE, Report
from .parse import parse
from .read import Source, read_source
from .selectors import most_specific, selected
from .text import Text


@dataclass(frozen=True, slots=True)
class Options:
    """What one file is linted with: the command line and its configuration, resolved
    (config/settings.py)."""
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    regime: str | None = None
    year: int | None = None
    lang: str = "zh"
    severity: tuple[tuple[str, str], ...] = ()   # (selector, severity), most specific wins
    packs: tuple[str, ...] = ()                  # local packs laid over the national one
    organ_kind: str | None = None                # government | department | township
    deadlines: tuple[tuple[str, str], ...] = ()  # (organ kind, MM-DD) set locally, from report year 2019 on
    overview_length: tuple[int | None, int | None] | None = None   # GX111's range: turns it on
    skip: bool = True                            # a file plainly not a report is skipped (check/relevance.py)
    progress: bool = False                       # a long read (OCR) shows its progress on standard error


@dataclass(frozen=True, slots=True)
class Facts:
    """What outputs need of a checked report: its identity and the lines its findings
    point at. Small, so a run over thousands of files need not keep their models."""
    title: str | None = None
    organ: str | None = None
    organ_kind: str = "unknown"
    year: int | None = None
    regime: str | None = None
    lines: dict[int, str] = field(default_factory=dict)    # 1-based line → original text

    @classmethod
    def of(cls, report: Report, diagnostics: list[Diagnostic]) -> Facts:
        lines = report.text.lines
        wanted = {d.line for d in diagnostics if 1 <= d.line <= len(lines)}
        return cls(report.title, report.organ, report.organ_kind, report.year, report.regime,
                   {n: lines[n - 1] for n in sorted(wanted)})


@dataclass(slots=True)
class FileResult:
    path: str
    report: Report | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    notes: tuple[str, ...] = ()       # what a document reader could not read (scanned pages)
    facts: Facts | None = None
    skipped: str | None = None        # "not-a-report": not linted, and why

    def slim(self) -> FileResult:
        """The result without the parsed model (what a bulk run keeps)."""
        return replace(self, report=None)


def build_report(source: Source, options: Options) -> Report:
    styled: dict[int, int] | None
    if source.path.lower().endswith(".md"):
        text = Text.from_decoded(source.text or "", blank=markup.blank)
        styled = markup.heading_levels(text.lines)
    else:
        text = Text.from_decoded(source.text or "")
        styled = {line - 1: level for line, level in source.layout.headings} if source.layout else None
    layout = source.layout
    report = parse(source.path, text, year=options.year, regime=options.regime, styled=styled,
                   page=layout.page if layout else NO_PAGE, reaching=frozenset(layout.reaching if layout else ()),
                   cells=layout.cell_spans(text.line_starts) if layout else None)
    if options.organ_kind:   # the title may not say; a township is a government with its own deadline
        report.township = options.organ_kind == "township"
        report.organ_kind = "government" if report.township else options.organ_kind
    return report


def lint_source(source: Source, options: Options) -> FileResult:
    if source.error:
        return FileResult(source.path, error=source.error)
    report = build_report(source, options)
    if options.skip and not is_report(report):
        return FileResult(source.path, report, facts=Facts.of(report, []), skipped="not-a-report")
    rules = rules_for(report.regime, options)
    diagnostics, problems = engine.check(report, rules, options.lang)
    if options.severity:
        diagnostics = [_reseverity(d, options.severity) for d in diagnostics]
    layout = source.layout
    if layout is not None:
        figures = {r.code for r in rules if r.figures}
        diagnostics = [_locate(d, layout, figures, options.lang) for d in diagnostics]
    # A rule that could not finish makes the file's result incomplete: say so (exit 2),
    # and keep what the other rules found.
    error = ("；" if options.lang == "zh" else "; ").join(problems) or None
    return FileResult(source.path, report, diagnostics, error=error,
                      notes=layout.notes if layout else (), facts=Facts.of(report, diagnostics))


@lru_cache(maxsize=256)
def rules_for(regime: str | None, options: Options) -> tuple[Rule, ...]:
    """The rules a report of `regime` is checked with: the same for every file of a run
    that shares its options, so they are selected once, not for every file."""
    pack = compose(regime, options.packs, Local(options.deadlines, options.overview_length))
    chosen = (r for r in pack.rules if selected(r.code, r.name, options.select, options.ignore))
    # A rule off by default (GX111) runs when it is selected by its own code or name, as Ruff's opt-in rules do.
    return tuple(replace(r, enabled=True) if not r.enabled and ({r.code, r.name} & set(options.select)) else r
                 for r in chosen)


def _reseverity(d: Diagnostic, table: tuple[tuple[str, str], ...]) -> Diagnostic:
    severity = most_specific(d.rule, d.name, table)
    return replace(d, severity=severity) if severity and severity != d.severity else d


def _locate(d: Diagnostic, layout, figures: set[str], lang: str) -> Diagnostic:
    """Add what the line number of extracted text does not say: the page, the cell, and
    whether OCR read the text the finding rests on. Figures OCR read may be misread
    ones: a finding that rests on them (a sum, a date: the rule's `figures`) is a
    warning to check them against the paper, not an error."""
    cell = layout.cell_at(d.line, d.column)
    d = replace(d, page=layout.page_of(d.line), table_cell=(cell.table, cell.row, cell.column) if cell else None)
    if not layout.ocr or not any(layout.by_ocr(n) for n in (d.line, *(r.line for r in d.related))):
        return d
    d = replace(d, ocr=True)
    if d.rule in figures and d.severity == "error":
        d = replace(d, severity="warning", hint=t("ocr.check_figures", lang) + d.hint)
    return d


def lint_path(path: str, options: Options, data: bytes | None = None) -> FileResult:
    """Never raises: a file that breaks a check is reported as that file's error,
    so the other files of a run are still linted. `data`: the file's bytes, when they
    were read already (standard input)."""
    try:
        return lint_source(read_source(path, options.lang, data, options.progress), options)
    except (PackError, MemoryError):
        raise                 # a broken pack is the run's error; memory, the pool's to report
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a bulk run
        return FileResult(path, error=t("error.internal", options.lang, reason=f"{type(exc).__name__}: {exc}"))


def lint_text(text: str, options: Options = Options(), path: str = "<text>") -> FileResult:
    return lint_source(Source(path, text), options)
