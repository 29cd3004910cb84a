"""The audit page: one self-contained HTML file (data, style and script inline; no
external assets, so it works offline and can be mailed). The data travels as JSON
in a script element and the page draws itself: totals, a chart of findings by rule,
a sortable and filterable table of reports, and each report's text with its
findings highlighted and listed."""
from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

from ..atomic import replacing
from ..i18n import t
from ..output.safe import printable
from .tables import rule_rows

LABELS = ("audit.title", "audit.by_rule", "audit.unreadable", "audit.col.path", "audit.col.organ",
          "audit.col.organ_kind", "audit.col.year", "audit.col.regime", "audit.col.error", "audit.col.warning",
          "audit.col.info", "audit.col.status", "audit.col.rule", "audit.col.message", "audit.col.findings",
          "audit.col.reports", "audit.page.filter", "audit.page.reports", "audit.page.back", "audit.page.none")


def data(records, lang: str) -> dict:
    counts = Counter(d.severity for r in records for d in r.diagnostics)
    reports = []
    for i, r in enumerate(records):
        c = Counter(d.severity for d in r.diagnostics)
        reports.append({
            "id": i, "path": printable(r.path), "organ": printable(r.organ or ""), "organ_kind": r.organ_kind,
            "year": r.year or "", "regime": r.regime or "", "error": c["error"], "warning": c["warning"],
            "info": c["info"], "status": printable(r.status), "text": r.text,
            "findings": [{"rule": d.rule, "name": d.name, "severity": d.severity, "message": d.message,
                          "line": d.line, "column": d.column, "end_line": d.end_line, "end_column": d.end_column,
                          "hint": d.hint} for d in r.diagnostics]})
    return {"lang": lang, "labels": {k: t(k, lang) for k in LABELS},
            "totals": {"reports": len(records), "unreadable": sum(1 for r in records if r.error),
                       "error": counts["error"], "warning": counts["warning"], "info": counts["info"]},
            "rules": rule_rows(records), "reports": reports}


def _asset(name: str) -> str:
    return (resources.files("gxlint.audit") / "assets" / name).read_text(encoding="utf-8")


def render(records, lang: str) -> str:
    # Inside <script>, "<!--" or "</script" in a report's text would end or hide the data:
    # every <, > and & is written as its JSON escape, which JSON reads back the same.
    payload = (json.dumps(data(records, lang), ensure_ascii=False)
               .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return (_asset("page.html")
            .replace("/*STYLE*/", _asset("page.css"))
            .replace("/*SCRIPT*/", _asset("page.js"))
            .replace("{{lang}}", "zh-CN" if lang == "zh" else "en")
            .replace("{{title}}", t("audit.title", lang))
            .replace("{{data}}", payload))


def write_page(path: Path, records, lang: str) -> None:
    with replacing(path, "w", encoding="utf-8") as stream:
        stream.write(render(records, lang))
