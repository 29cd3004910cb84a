"""`gxlint explain CODE|NAME`: description, legal basis, and the rule's own examples
run through the linter, so the page shows real output."""
from __future__ import annotations

import regex
from rich.console import Console
from rich.markup import escape

from .i18n import t


def explain(key: str, lang: str, console: Console, packs: tuple[str, ...] = ()) -> bool:
    """Every variant of the rule `key` (a code or a name), a local pack's in place of the
    shipped ones."""
    from .check.packs import variants as rule_variants

    found = [(regimes, r) for regimes, r in rule_variants(packs) if r.code == key.upper() or r.name == key]
    for i, (regimes, variant) in enumerate(found):
        if i:
            console.print()
            console.rule()
        _explain_one(variant, regimes, lang, console, packs)
    return bool(found)


def _explain_one(rule, regimes, lang: str, console: Console, packs: tuple[str, ...] = ()) -> None:
    console.print(f"[bold]{rule.code} {rule.name}[/]  {escape(rule.heading(lang))}")
    console.print(escape(rule.text("description", lang)))
    console.print()
    for label, value in (("severity", rule.severity), ("regimes", ", ".join(regimes)),
                         ("kind", rule.kind), ("cite", rule.text("cite", lang))):
        console.print(f"[dim]{t('explain.' + label, lang)}{t('punct.colon', lang)}[/]{escape(value)}")
    if rule.cross_report:
        console.print()
        console.print(escape(t("explain.cross_report", lang)))
    for which in ("fail", "pass"):
        console.print()
        console.print(f"[bold]{t('explain.' + which, lang)}[/]")
        for line in rule.examples[which].rstrip("\n").split("\n"):
            console.print(f"  [dim]│[/] {escape(line)}")
        if rule.cross_report:
            continue
        found = run_example(rule, regimes, rule.examples[which], lang, packs)
        console.print(f"  [dim]{t('explain.fail_output', lang)}{t('punct.colon', lang)}[/]" + ("" if found else "—"))
        for d in found:
            console.print(f"    {d.line}:{d.column} {d.rule} {escape(d.message)}")


def run_example(rule, regimes, text: str, lang: str = "zh", packs: tuple[str, ...] = ()):
    """Lint an example under the regime its own title implies, if the rule is used there
    (with the local packs that define it)."""
    from .lint import Options, lint_text
    from .regimes import regime_for

    year = regex.search(r"((?:19|20)\d{2})年", text)
    implied = regime_for(int(year.group(1))) if year else None
    regime = implied if implied in regimes else regimes[0]
    return lint_text(text, Options(select=(rule.code,), lang=lang, regime=regime, skip=False,
                                   packs=packs)).diagnostics
