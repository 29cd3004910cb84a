"""Run the applicable rules over a report and turn findings into diagnostics."""
from __future__ import annotations

from collections.abc import Sequence

from ..diagnostic import Diagnostic, Related
from ..i18n import t
from ..model import Report
from .finding import Finding
from .fingerprint import fingerprint
from .kinds import KINDS
from .packs import Rule
from .regexes import TIMEOUT, guarding


class _Args(dict):
    """A message's values; a placeholder with no value stays as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, args: dict) -> str:
    return template.format_map(_Args(args))


def stamp(rule: Rule, lang: str, path: str, where: tuple[int, int, int, int], variant: str, args: dict, *,
          severity: str | None = None, section: str = "", related: tuple[Related, ...] = (),
          fingerprint: str = "") -> Diagnostic:
    """A rule's finding as a diagnostic: its message and hint in `lang`, filled with
    `args`; `where` is (line, column, end line, end column)."""
    line, column, end_line, end_column = where
    return Diagnostic(
        path=path, rule=rule.code, name=rule.name, severity=severity or rule.severity,
        message=fill(rule.text("messages", lang, variant), args),
        line=line, column=column, end_line=end_line, end_column=end_column,
        section=section, cite=rule.text("cite", lang), hint=fill(rule.text("hint", lang), args),
        url=rule.url, related=related, fingerprint=fingerprint, title=rule.heading(lang))


def check(report: Report, rules: Sequence[Rule], lang: str = "zh") -> tuple[list[Diagnostic], list[str]]:
    """The findings, and what went wrong in rules that could not finish. One rule's
    failure (a pattern past its time limit, a bug) costs that rule on this file only."""
    out: list[Diagnostic] = []
    problems: list[str] = []
    for rule in rules:
        if not rule.applies(report.regime, report.organ_kind):
            continue
        try:
            if rule.local:
                with guarding():
                    found = list(KINDS[rule.kind].check(report, rule))
            else:
                found = list(KINDS[rule.kind].check(report, rule))
        except MemoryError:
            raise
        except TimeoutError:        # only the packs' patterns carry a timeout (regexes.py)
            problems.append(t("error.regex_timeout", lang, rule=rule.code, pack=rule.pack, seconds=f"{TIMEOUT:g}"))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug in one check must not lose the others
            problems.append(t("error.rule", lang, rule=rule.code, reason=f"{type(exc).__name__}: {exc}"))
            continue
        out += [_diagnostic(report, rule, f, lang) for f in found]
    out.sort(key=Diagnostic.sort_key)
    return out, problems


def _related(role: str, words: str, lang: str) -> str:
    """What a related span is to the finding ("分项"), then its words in the report."""
    words = " ".join(words.split())
    return t(f"related.{role}", lang) + t("punct.colon", lang) + (words[:40] + "…" if len(words) > 40 else words)


def _diagnostic(report: Report, rule: Rule, f: Finding, lang: str) -> Diagnostic:
    text = report.text
    span = f.span
    original = text.original
    # An unknown year reads as the blank a template leaves for it ("自××年1月1日"), never "None".
    args = {"year": report.year or "××", "organ": report.organ or "", **f.args}
    trail = " › ".join(original[h.span.start:h.span.end] for h in report.section_at(span.start))
    related = tuple(Related(*text.locate(s.start, s.end), message=_related(label, original[s.start:s.end], lang))
                    for s, label in f.related)
    return stamp(rule, lang, report.path, text.locate(span.start, span.end), f.variant, args,
                 severity=f.severity, section=trail, related=related,
                 fingerprint=fingerprint(rule.code, f.variant, original[span.start:span.end], f.args))
