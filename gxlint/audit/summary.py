"""The audit's terminal summary: totals, findings by rule, by regime and by organ kind,
the reports with the most findings, and the files that could not be read."""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..i18n import t
from ..output.safe import printable
from .tables import RULE_KEYS, by, headers, rule_rows, worst


def _table(title: str, columns: list[str], rows) -> Table:
    table = Table(*columns, title=title, title_justify="left", show_lines=False)
    for row in rows:        # as text, never markup: paths and organs come from the submission
        table.add_row(*(Text(printable(str(x))) for x in row))
    return table


def render(records, console: Console, lang: str) -> None:
    counts = Counter(d.severity for r in records for d in r.diagnostics)
    unreadable = [r for r in records if r.error]
    console.print(f"[bold]{t('audit.title', lang)}[/]")
    console.print(t("audit.totals", lang, reports=len(records), unreadable=len(unreadable),
                    error=counts["error"], warning=counts["warning"], info=counts["info"]))
    console.print(_table(t("audit.by_rule", lang), headers(RULE_KEYS, lang),
                         [[row[k] for k in RULE_KEYS] for row in rule_rows(records, lang)]))
    for key, label in (("regime", "audit.by_regime"), ("organ_kind", "audit.by_organ_kind")):
        console.print(_table(t(label, lang), headers(("value", "reports", "findings"), lang), by(records, key, lang)))
    top = worst(records)
    if top:
        rows = []
        for r in top:
            c = Counter(d.severity for d in r.diagnostics)
            rows.append((r.path, r.organ or "—", r.year or "—", c["error"], c["warning"], c["info"]))
        console.print(_table(t("audit.worst", lang),
                             headers(("path", "organ", "year", "error", "warning", "info"), lang), rows))
    if unreadable:
        console.print(_table(t("audit.unreadable", lang), headers(("path", "status"), lang),
                             [(r.path, r.error) for r in unreadable]))
    incomplete = [(r.path, p) for r in records for p in r.problems]
    if incomplete:
        console.print(_table(t("audit.incomplete", lang), headers(("path", "status"), lang), incomplete))
