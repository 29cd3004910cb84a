"""Run the applicable rules over a report and turn findings into diagnostics."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ..diagnostic import Diagnostic, Related
from ..model import Report
from .finding import Finding
from .fingerprint import fingerprint
from .kinds import KINDS
from .packs import Rule
from .regexes import TIMEOUT, guarding
from ..i18n import t


class _Args(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, args: dict) -> str:
    # str.format_map, not string.Formatter: the same placeholders, done in C (5× faster).
    # Most hints name no value: nothing to fill ("}}" alone would still need format_map).
    if "{" not in template and "}" not in template:
        return template
    return template.format_map(args if type(args) is _Args else _Args(args))


def check(report: Report, rules: Sequence[Rule], lang: str = "zh") -> tuple[list[Diagnostic], list[str]]:
    """The findings, and what went wrong in rules that could not finish. One rule's
    failure (a pattern past its time limit, a bug) costs that rule on this file only."""
    out: list[Diagnostic] = []
    problems: list[str] = []
    where = _Where(report)
    for rule in rules:
        if not rule.applies(report.regime, report.organ_kind):
            continue
        try:
            if rule.local:
                with guarding():
                    found = _run(report, rule, lang, where)
            else:       # the shipped packs run unguarded: no context manager per rule and report
                found = _run(report, rule, lang, where)
        except TimeoutError:        # only the packs' patterns carry a timeout (regexes.py)
            problems.append(t("error.regex_timeout", lang, rule=rule.code, pack=rule.pack, seconds=f"{TIMEOUT:g}"))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug in one check must not lose the others
            problems.append(t("error.rule", lang, rule=rule.code, reason=f"{type(exc).__name__}: {exc}"))
            continue
        out += found
    out.sort(key=Diagnostic.sort_key)
    return out, problems


def _run(report: Report, rule: Rule, lang: str, where: "_Where") -> list[Diagnostic]:
    findings = list(KINDS[rule.kind].check(report, rule))
    if not findings:
        return []
    texts = _Texts(rule, lang)
    return [_diagnostic(report, rule, f, texts, where) for f in findings]


class _Where:
    """A report's section breadcrumbs, each worked out once: between two consecutive
    section bounds (a heading's start, a section's end) every offset has the same one,
    and a report's findings crowd into a few sections (the tables)."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.bounds: list[int] | None = None
        self.trails: dict[int, str] = {}

    def trail(self, offset: int) -> str:
        if self.bounds is None:
            bounds, todo = set(), list(self.report.root.children)
            while todo:
                s = todo.pop()
                bounds.add(s.heading.span.start)
                bounds.add(s.end)
                todo += s.children
            self.bounds = sorted(bounds)
        k = bisect_right(self.bounds, offset)
        if k not in self.trails:
            original = self.report.text.original
            self.trails[k] = " › ".join([original[h.span.start:h.span.end] for h in self.report.section_at(offset)])
        return self.trails[k]


class _Texts:
    """A rule's texts in one language, looked up once for all its findings in a report."""

    def __init__(self, rule: Rule, lang: str) -> None:
        self.rule, self.lang, self.messages = rule, lang, {}
        # Built only for a rule that found something, and every finding needs both.
        self.cite = rule.text("cite", lang)
        self.hint = rule.text("hint", lang)

    def message(self, variant: str) -> str:
        if variant not in self.messages:
            self.messages[variant] = self.rule.text("messages", self.lang, variant)
        return self.messages[variant]


def _related(text, related, line: int) -> tuple[Related, ...]:
    """The related positions. Most lie on the finding's own line (the cells of its row):
    their columns are a subtraction from that line's start, not a search of the text."""
    first, stop = text.line_bounds(line)
    out = []
    for s, label in related:
        a, b = s.start, s.end
        if first <= a <= b < stop:
            out.append(Related(line, a - first + 1, line, b - first + 1, label))
        else:
            out.append(Related(*text.locate(a, b), label))
    return tuple(out)


def _diagnostic(report: Report, rule: Rule, f: Finding, texts: _Texts, where: _Where) -> Diagnostic:
    text = report.text
    span = f.span
    locate = text.locate
    line, column, end_line, end_column = locate(span.start, span.end)
    related = _related(text, f.related, line) if f.related else ()
    args = _Args(year=report.year, organ=report.organ or "")
    args.update(f.args)
    original = text.original
    # Positional: this runs for every finding, and matching seventeen keywords costs
    # more than building the record (Diagnostic's field order).
    return Diagnostic(
        report.path, rule.code, rule.name, f.severity or rule.severity,
        fill(texts.message(f.variant), args),
        line, column, end_line, end_column, where.trail(span.start),
        texts.cite, fill(texts.hint, args), rule.url, related, None, None,
        fingerprint(rule.code, f.variant, original[span.start:span.end], f.args))
