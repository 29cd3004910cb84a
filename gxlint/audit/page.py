"""The audit page: one self-contained HTML file (data, style and script inline; no
external assets, so it works offline and can be mailed). The data travels as JSON
in a script element and the page draws itself: totals, a chart of findings by rule
and severity, a filterable, sortable list of reports drawn as it is scrolled, and
each report's text with its findings highlighted. What is shown lives in the URL's
fragment, so the back button works and a view can be shared as a link."""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from ..atomic import replacing
from ..i18n import t
from ..output.safe import printable
from .features import METRICS
from .overview import Overview
from .tables import kind, regime

LABELS = ("audit.title", "audit.by_rule", "audit.unreadable", "audit.col.path", "audit.col.organ",
          "audit.col.organ_kind", "audit.col.year", "audit.col.regime", "audit.col.error", "audit.col.warning",
          "audit.col.info", "audit.col.status", "audit.col.rule", "audit.col.message", "audit.col.findings",
          "audit.col.reports", "audit.page.filter", "audit.page.reports", "audit.page.back", "audit.page.none",
          "audit.page.all_rules", "audit.page.all_severities", "audit.page.all_kinds", "audit.page.all_regimes",
          "audit.page.all_years", "audit.page.clear", "audit.page.more", "audit.page.overlap",
          "severity.error", "severity.warning", "severity.info", *(f"audit.col.{m}" for m in METRICS))


def data(records, ov: Overview, lang: str, extra: dict | None = None) -> dict:
    """`extra`: what `gxlint serve` adds: downloads for all ("downloads"), each report's
    annotated copy ("files", in the records' order), the way back ("home")."""
    reports = []
    for i, r in enumerate(records):
        c = Counter(d.severity for d in r.diagnostics)
        reports.append({
            "id": i, "path": printable(r.path), "organ": printable(r.organ or ""), "organ_kind": kind(r, lang),
            "year": r.year or "", "regime": regime(r.regime, lang), "error": c["error"], "warning": c["warning"],
            "info": c["info"], "status": printable(r.status), "unreadable": bool(r.error), "text": r.text,
            "metrics": r.metrics,
            "findings": [{"rule": d.rule, "name": d.shown_name(lang), "severity": d.severity,
                          "message": d.message, "line": d.line, "column": d.column, "end_line": d.end_line,
                          "end_column": d.end_column, "hint": d.hint} for d in r.diagnostics]})
    return {"lang": lang, "labels": {k: t(k, lang) for k in LABELS},
            "totals": {"reports": ov.reports, "unreadable": len(ov.unreadable), "error": ov.counts["error"],
                       "warning": ov.counts["warning"], "info": ov.counts["info"]},
            "metrics": list(METRICS), "rules": ov.rules, "reports": reports, **(extra or {})}


def _asset(name: str) -> str:
    return (resources.files("gxlint.audit") / "assets" / name).read_text(encoding="utf-8")


def render(records, ov: Overview, lang: str, extra: dict | None = None) -> str:
    # Inside <script>, "<!--" or "</script" in a report's text would end or hide the data:
    # every <, > and & is written as its JSON escape, which JSON reads back the same.
    payload = (json.dumps(data(records, ov, lang, extra), ensure_ascii=False)
               .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return (_asset("page.html")
            .replace("/*STYLE*/", _asset("page.css"))
            .replace("/*SCRIPT*/", _asset("page.js"))
            .replace("{{lang}}", "zh-CN" if lang == "zh" else "en")
            .replace("{{title}}", t("audit.title", lang))
            .replace("{{data}}", payload))


def write_page(path: Path, records, lang: str, ov: Overview | None = None) -> None:
    """`ov`: the records' overview, when the caller has it already."""
    from .overview import overview

    with replacing(path, "w", encoding="utf-8") as stream:
        stream.write(render(records, ov or overview(records, lang), lang))
