"""The audit's rows of reports and findings, made as they are asked for, for the CSV,
Excel and the page (the totals and counts are overview.py's). Every value a person
reads is in the audit's language (错误, 乡镇（街道）, 2021年格式); the codes stay in the
JSON a program reads."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

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


def report_rows(records, lang: str) -> Iterator[dict]:
    """A row a report, made as it is asked for: a national audit's rows are not all held."""
    for r in records:
        counts = Counter(d.severity for d in r.diagnostics)
        yield {"path": printable(r.path), "organ": printable(r.organ or ""), "organ_kind": kind(r, lang),
               "year": r.year or "", "regime": regime(r.regime, lang),
               **{s: counts.get(s, 0) for s in SEVERITIES},
               **{m: _figure(r.metrics.get(m)) for m in METRICS},
               "status": printable(r.status) or t("audit.ok", lang)}


def _figure(value: float | None) -> float | int | str:
    """Blank when the report's tables do not let one read it: never 0."""
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def finding_rows(records, lang: str) -> Iterator[dict]:
    return ({"path": printable(r.path), "organ": printable(r.organ or ""), "year": r.year or "", "rule": d.rule,
             "name": d.shown_name(lang), "severity": severity(d.severity, lang), "line": d.line,
             "column": d.column, "message": printable(d.message), "section": printable(d.section),
             "hint": printable(d.hint), "_severity": d.severity}
            for r in records for d in r.diagnostics)
