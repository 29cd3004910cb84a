"""The audit's tables, one source for the terminal summary, CSV, Excel and the page:
reports, findings, rules, and the counts by regime and organ kind. Every value a
person reads is in the audit's language (错误, 乡镇（街道）, 2021年格式); the codes stay
in the JSON a program reads."""
from __future__ import annotations

from collections import Counter

from ..diagnostic import SEVERITIES
from ..i18n import t
from ..output.safe import printable
from .features import METRICS

REPORT_KEYS = ("path", "organ", "organ_kind", "year", "regime", "error", "warning", "info", *METRICS, "status")
FINDING_KEYS = ("path", "organ", "year", "rule", "name", "severity", "line", "column", "message", "section", "hint")
RULE_KEYS = ("rule", "name", "error", "warning", "info", "findings", "reports")


def headers(keys: tuple[str, ...], lang: str) -> list[str]:
    return [t(f"audit.col.{k}", lang) for k in keys]


def severity(value: str, lang: str) -> str:
    return t(f"severity.{value}", lang)


def kind(record, lang: str) -> str:
    """The organ's kind as a reader says it; a township's government is its own kind."""
    return t("kind.township" if record.township else f"kind.{record.organ_kind}", lang)


def regime(value: str | None, lang: str) -> str:
    return t(f"regime.{value}", lang) if value else ""


def rule_name(d, lang: str) -> str:
    """A Chinese reader gets the rule's name in words; the code name is for the command line."""
    return d.title if lang == "zh" and d.title else d.name


def report_rows(records, lang: str) -> list[dict]:
    rows = []
    for r in records:
        counts = Counter(d.severity for d in r.diagnostics)
        rows.append({"path": printable(r.path), "organ": printable(r.organ or ""), "organ_kind": kind(r, lang),
                     "year": r.year or "", "regime": regime(r.regime, lang),
                     **{s: counts.get(s, 0) for s in SEVERITIES},
                     **{m: _figure(r.metrics.get(m)) for m in METRICS},
                     "status": printable(r.status) or t("audit.ok", lang)})
    return rows


def _figure(value: float | None) -> float | int | str:
    """Blank when the report's tables do not let one read it: never 0."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def finding_rows(records, lang: str) -> list[dict]:
    return [{"path": printable(r.path), "organ": printable(r.organ or ""), "year": r.year or "", "rule": d.rule,
             "name": rule_name(d, lang), "severity": severity(d.severity, lang), "line": d.line,
             "column": d.column, "message": printable(d.message), "section": printable(d.section),
             "hint": printable(d.hint), "_severity": d.severity}
            for r in records for d in r.diagnostics]


def rule_rows(records, lang: str) -> list[dict]:
    """Each rule with its findings by severity: a rule's severity differs by regime and
    by finding (GX101's sixth item, a cut-off table), so one severity would mislead."""
    by_severity: dict[str, Counter] = {}
    reports: Counter = Counter()
    names: dict[str, str] = {}
    for r in records:
        for d in r.diagnostics:
            by_severity.setdefault(d.rule, Counter())[d.severity] += 1
            names.setdefault(d.rule, rule_name(d, lang))
        for code in {d.rule for d in r.diagnostics}:
            reports[code] += 1
    return [{"rule": code, "name": names[code], **{s: by_severity[code][s] for s in SEVERITIES},
             "findings": sum(by_severity[code].values()), "reports": reports[code]}
            for code in sorted(by_severity)]


def by(records, key: str, lang: str) -> list[tuple[str, int, int]]:
    """(value, reports, findings) for each regime or organ kind, in the reader's words."""
    shown = {"regime": lambda r: regime(r.regime, lang), "organ_kind": lambda r: kind(r, lang)}[key]
    reports: Counter = Counter()
    findings: Counter = Counter()
    for r in records:
        if r.error:
            continue
        value = shown(r) or "—"
        reports[value] += 1
        findings[value] += len(r.diagnostics)
    return [(v, reports[v], findings[v]) for v in sorted(reports)]


def worst(records, n: int = 10):
    def weight(r):
        c = Counter(d.severity for d in r.diagnostics)
        return (c["error"], c["warning"], c["info"])
    return sorted((r for r in records if not r.error and r.diagnostics), key=weight, reverse=True)[:n]
