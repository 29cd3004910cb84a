"""The audit's tables, one source for the terminal summary, CSV, Excel and the page:
reports, findings, rules, and the counts by regime and organ kind."""
from __future__ import annotations

from collections import Counter

from ..diagnostic import SEVERITIES
from ..i18n import t
from ..output.safe import printable

REPORT_KEYS = ("path", "organ", "organ_kind", "year", "regime", "error", "warning", "info", "status")
FINDING_KEYS = ("path", "organ", "year", "rule", "name", "severity", "line", "column", "message", "section", "hint")
RULE_KEYS = ("rule", "name", "severity", "findings", "reports")


def headers(keys: tuple[str, ...], lang: str) -> list[str]:
    return [t(f"audit.col.{k}", lang) for k in keys]


def report_rows(records, lang: str) -> list[dict]:
    rows = []
    for r in records:
        counts = Counter(d.severity for d in r.diagnostics)
        rows.append({"path": printable(r.path), "organ": printable(r.organ or ""), "organ_kind": r.organ_kind,
                     "year": r.year or "", "regime": r.regime or "", **{s: counts.get(s, 0) for s in SEVERITIES},
                     "status": printable(r.status) or t("audit.ok", lang)})
    return rows


def finding_rows(records) -> list[dict]:
    return [{"path": printable(r.path), "organ": printable(r.organ or ""), "year": r.year or "", "rule": d.rule,
             "name": d.name, "severity": d.severity, "line": d.line, "column": d.column,
             "message": printable(d.message), "section": printable(d.section), "hint": printable(d.hint)}
            for r in records for d in r.diagnostics]


def rule_rows(records) -> list[dict]:
    findings: Counter = Counter()
    reports: Counter = Counter()
    meta: dict[str, tuple[str, str]] = {}
    for r in records:
        for d in r.diagnostics:
            findings[d.rule] += 1
            meta.setdefault(d.rule, (d.name, d.severity))
        for code in {d.rule for d in r.diagnostics}:
            reports[code] += 1
    return [{"rule": code, "name": meta[code][0], "severity": meta[code][1], "findings": findings[code],
             "reports": reports[code]} for code in sorted(findings)]


def by(records, key: str) -> list[tuple[str, int, int]]:
    """(value, reports, findings) for each value of a report attribute."""
    reports: Counter = Counter()
    findings: Counter = Counter()
    for r in records:
        if r.error:
            continue
        value = str(getattr(r, key) or "—")
        reports[value] += 1
        findings[value] += len(r.diagnostics)
    return [(v, reports[v], findings[v]) for v in sorted(reports)]


def worst(records, n: int = 10):
    def weight(r):
        c = Counter(d.severity for d in r.diagnostics)
        return (c["error"], c["warning"], c["info"])
    return sorted((r for r in records if not r.error and r.diagnostics), key=weight, reverse=True)[:n]
