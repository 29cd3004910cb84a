"""The audit's terminal summary: totals, findings by rule, by regime and by organ kind,
the reports with the most findings, and the files that could not be read."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..i18n import t
from ..output.safe import printable
from .tables import RULE_KEYS, headers


def _table(title: str, columns: list[str], rows) -> Table:
    table = Table(*columns, title=title, title_justify="left", show_lines=False)
    for row in rows:        # as text, never markup: paths and organs come from the submission
        table.add_row(*(Text(printable(str(x))) for x in row))
    return table


def render(ov, console: Console, lang: str) -> None:
    """`ov`: the submission's overview.Overview."""
    console.print(f"[bold]{t('audit.title', lang)}[/]")
    console.print(t("audit.totals", lang, reports=ov.reports, unreadable=len(ov.unreadable),
                    error=ov.counts["error"], warning=ov.counts["warning"], info=ov.counts["info"]))
    console.print(_table(t("audit.by_rule", lang), headers(RULE_KEYS, lang),
                         [[row[k] for k in RULE_KEYS] for row in ov.rules]))
    for rows, label in ((ov.by_regime, "audit.by_regime"), (ov.by_kind, "audit.by_organ_kind")):
        console.print(_table(t(label, lang), headers(("value", "reports", "findings"), lang), rows))
    if ov.worst:
        console.print(_table(t("audit.worst", lang),
                             headers(("path", "organ", "year", "error", "warning", "info"), lang), ov.worst))
    if ov.unreadable:
        console.print(_table(t("audit.unreadable", lang), headers(("path", "status"), lang), ov.unreadable))
    if ov.incomplete:
        console.print(_table(t("audit.incomplete", lang), headers(("path", "status"), lang), ov.incomplete))
