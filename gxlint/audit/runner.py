"""The audit's rules across reports, run over the records' light features, and the
record of a file whose worker could not finish it."""
from __future__ import annotations

from ..check.fingerprint import fingerprint
from ..pool import Failure
from .record import AuditRecord, Job


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
    from .kinds import CORPUS_KINDS, Context, repeats

    added: dict[int, tuple[list, dict]] = {}
    context = Context(tree or {}, lang, repeats(records))
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
    for index, rep in context.repeats.items():
        added.setdefault(index, ([], {}))[1]["repeat_rate"] = round(rep.share * 100, 1)
    return added
