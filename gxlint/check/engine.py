"""Run the applicable rules over a report and turn findings into diagnostics."""
from __future__ import annotations

import string

from ..diagnostic import Diagnostic, Related
from ..model import Report
from .finding import Finding
from .fingerprint import fingerprint
from .kinds import KINDS
from .packs import Rule


class _Args(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, args: dict) -> str:
    return string.Formatter().vformat(template, (), _Args(args))


def run(report: Report, rules: list[Rule], lang: str = "zh") -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for rule in rules:
        if not rule.applies(report.regime, report.organ_kind):
            continue
        for finding in KINDS[rule.kind].check(report, rule):
            out.append(_diagnostic(report, rule, finding, lang))
    out.sort(key=Diagnostic.sort_key)
    return out


def _diagnostic(report: Report, rule: Rule, f: Finding, lang: str) -> Diagnostic:
    pos = report.text.position(f.span)
    trail = report.section_at(f.span.start)
    related = tuple(
        Related(*_pos_tuple(report, span), message=label) for span, label in f.related)
    args = {"year": report.year, "organ": report.organ or "", **f.args}
    return Diagnostic(
        path=report.path, rule=rule.code, name=rule.name, severity=f.severity or rule.severity,
        message=fill(rule.text("messages", lang, f.variant), args),
        line=pos.line, column=pos.column, end_line=pos.end_line, end_column=pos.end_column,
        section=" › ".join(report.text.original[h.span.start:h.span.end] for h in trail),
        cite=rule.text("cite", lang), hint=fill(rule.text("hint", lang), args), url=rule.url,
        related=related,
        fingerprint=fingerprint(rule.code, f.variant, report.text.original[f.span.start:f.span.end], f.args))


def _pos_tuple(report: Report, span) -> tuple[int, int, int, int]:
    p = report.text.position(span)
    return p.line, p.column, p.end_line, p.end_column
