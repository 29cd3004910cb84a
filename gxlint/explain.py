"""`gxlint explain CODE|NAME`: description, legal basis, and the rule's own examples
run through the linter, so the page shows real output."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from .i18n import t


def find_rule(key: str):
    from .check.packs import all_rules

    return next((r for r in all_rules() if r.code == key.upper() or r.name == key), None)


def explain(key: str, lang: str, console: Console) -> bool:
    rule = find_rule(key)
    if rule is None:
        return False
    console.print(f"[bold]{rule.code} {rule.name}[/]")
    console.print(escape(rule.text("description", lang)))
    console.print()
    for label, value in (("severity", rule.severity), ("regimes", ", ".join(rule.regimes)),
                         ("kind", rule.kind), ("cite", rule.text("cite", lang))):
        console.print(f"[dim]{t('explain.' + label, lang)}：[/]{escape(value)}")
    for which in ("fail", "pass"):
        console.print()
        console.print(f"[bold]{t('explain.' + which, lang)}[/]")
        for line in rule.examples[which].rstrip("\n").split("\n"):
            console.print(f"  [dim]│[/] {escape(line)}")
        found = _run_example(rule, rule.examples[which], lang)
        console.print(f"  [dim]{t('explain.fail_output', lang)}：[/]" + ("" if found else "—"))
        for d in found:
            console.print(f"    {d.line}:{d.column} {d.rule} {escape(d.message)}")
    return True


def _run_example(rule, text: str, lang: str):
    from .lint import Options, lint_text

    res = lint_text(text, Options(select=(rule.code,), lang=lang, regime=_regime_of(rule)))
    return res.diagnostics


def _regime_of(rule) -> str | None:
    for regime in ("reg-2007", "format-2019", "format-2021"):
        if regime in rule.regimes:
            return regime
    return "reg-2007"
