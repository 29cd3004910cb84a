"""Lint a submission in parallel, in the order given, then run the cross-report rules."""
from __future__ import annotations

from dataclasses import replace

from ..check.fingerprint import fingerprint
from ..diagnostic import Diagnostic
from ..pool import DEFAULT_LIMITS, Failure, Limits, ordered_map
from .record import AuditRecord, Job, audit_one


def lint_all(jobs: list[Job], workers: int | None, progress=None, limits: Limits = DEFAULT_LIMITS) -> list[AuditRecord]:
    return ordered_map(audit_one, jobs, workers, failed, progress, limits)


def failed(job: Job, why: Failure) -> AuditRecord:
    from ..worker import failure_message

    return AuditRecord(job.path, error=failure_message(why, job.options.lang))


def audit_rules():
    from ..check.packs import audit_pack

    return audit_pack().rules


def cross_findings(records, rules, lang: str, tree: dict | None = None) -> dict[int, tuple[list, dict]]:
    """The cross-report findings and figures (与上年重复率) of each record they are about,
    by its index."""
    from ..check.engine import stamp
    from .kinds import CORPUS_KINDS, Context, repeat_rates

    added: dict[int, tuple[list, dict]] = {}
    context = Context(tree or {}, lang)
    for rule in rules:
        for index, where, args in CORPUS_KINDS[rule.kind](records, rule, context):
            record = records[index]
            if not rule.applies(record.regime, record.organ_kind):
                continue
            variant = args.pop("variant", "many" if args.get("others") else "default")
            severity = args.pop("severity", None)
            stable = {k: v for k, v in args.items() if not k.endswith("path") and k != "others"}
            added.setdefault(index, ([], {}))[0].append(stamp(
                rule, lang, record.path, where, variant, args, severity=severity,
                fingerprint=fingerprint(rule.code, "default", "", stable)))
    for index, rate in repeat_rates(records).items():
        added.setdefault(index, ([], {}))[1]["repeat_rate"] = rate
    return added


def cross_check(records: list[AuditRecord], rules, lang: str, tree: dict | None = None) -> list[AuditRecord]:
    """The records with their cross-report findings and figures added."""
    out = list(records)
    for index, (diags, metrics) in cross_findings(records, rules, lang, tree).items():
        merged = tuple(sorted((*records[index].diagnostics, *diags), key=Diagnostic.sort_key))
        out[index] = replace(records[index], diagnostics=merged, metrics={**records[index].metrics, **metrics})
    return out
