"""Run the applicable rules over a report and turn findings into diagnostics."""
from __future__ import annotations

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
    return template.format_map(_Args(args))


def run(report: Report, rules: list[Rule], lang: str = "zh") -> list[Diagnostic]:
    return check(report, rules, lang)[0]


def check(report: Report, rules: list[Rule], lang: str = "zh") -> tuple[list[Diagnostic], list[str]]:
    """The findings, and what went wrong in rules that could not finish. One rule's
    failure (a pattern past its time limit, a bug) costs that rule on this file only."""
    out: list[Diagnostic] = []
    problems: list[str] = []
    for rule in rules:
        if not rule.applies(report.regime, report.organ_kind):
            continue
        try:
            with guarding(rule.local):
                found = [_diagnostic(report, rule, f, lang) for f in KINDS[rule.kind].check(report, rule)]
        except TimeoutError:        # only the packs' patterns carry a timeout (regexes.py)
            problems.append(t("error.regex_timeout", lang, rule=rule.code, pack=rule.pack, seconds=f"{TIMEOUT:g}"))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug in one check must not lose the others
            problems.append(t("error.rule", lang, rule=rule.code, reason=f"{type(exc).__name__}: {exc}"))
            continue
        out += found
    out.sort(key=Diagnostic.sort_key)
    return out, problems


def _diagnostic(report: Report, rule: Rule, f: Finding, lang: str) -> Diagnostic:
    text = report.text
    line, column, end_line, end_column = text.locate(f.span.start, f.span.end)
    related = tuple(Related(*text.locate(span.start, span.end), message=label) for span, label in f.related)
    trail = report.section_at(f.span.start)
    args = {"year": report.year, "organ": report.organ or "", **f.args}
    return Diagnostic(
        path=report.path, rule=rule.code, name=rule.name, severity=f.severity or rule.severity,
        message=fill(rule.text("messages", lang, f.variant), args),
        line=line, column=column, end_line=end_line, end_column=end_column,
        section=" › ".join(text.original[h.span.start:h.span.end] for h in trail),
        cite=rule.text("cite", lang), hint=fill(rule.text("hint", lang), args), url=rule.url,
        related=related,
        fingerprint=fingerprint(rule.code, f.variant, text.original[f.span.start:f.span.end], f.args))
