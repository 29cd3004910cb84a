"""What the audit's summary, the workbook's 汇总 sheet, the rules sheet and the page's
chart say of the whole submission, gathered in one pass over the records (each pass
reads every record back from the audit's database)."""
from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field

from ..diagnostic import SEVERITIES
from .tables import kind, regime

WORST = 10


@dataclass
class Overview:
    reports: int = 0
    counts: Counter = field(default_factory=Counter)              # findings by severity
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    incomplete: list[tuple[str, str]] = field(default_factory=list)
    rules: list[dict] = field(default_factory=list)                # a row a rule, findings by severity
    by_regime: list[tuple[str, int, int]] = field(default_factory=list)   # (value, reports, findings)
    by_kind: list[tuple[str, int, int]] = field(default_factory=list)
    worst: list[tuple] = field(default_factory=list)               # (path, organ, year, errors, warnings, infos)
    exit: int = 0


def overview(records, lang: str) -> Overview:
    from ..output import Digest
    from ..run import Status

    out = Overview()
    by_severity: dict[str, Counter] = {}
    names: dict[str, str] = {}
    reports_of: Counter = Counter()
    groups: dict[str, tuple[Counter, Counter]] = {"regime": (Counter(), Counter()), "kind": (Counter(), Counter())}
    heap: list = []
    status = Status(False)
    for n, r in enumerate(records):
        out.reports += 1
        status.add(Digest.of_findings(r.path, r.error, r.diagnostics))
        if r.error:
            out.unreadable.append((r.path, r.error))
            continue
        out.incomplete += [(r.path, p) for p in r.problems]
        c = Counter(d.severity for d in r.diagnostics)
        out.counts.update(c)
        for d in r.diagnostics:
            by_severity.setdefault(d.rule, Counter())[d.severity] += 1
            names.setdefault(d.rule, d.shown_name(lang))
        reports_of.update({d.rule for d in r.diagnostics})
        for key, value in (("regime", regime(r.regime, lang)), ("kind", kind(r, lang))):
            groups[key][0][value or "—"] += 1
            groups[key][1][value or "—"] += len(r.diagnostics)
        if r.diagnostics:
            entry = ((c["error"], c["warning"], c["info"]), -n, (r.path, r.organ or "—", r.year or "—",
                                                                  c["error"], c["warning"], c["info"]))
            (heapq.heappush if len(heap) < WORST else heapq.heappushpop)(heap, entry)
    out.rules = [{"rule": code, "name": names[code], **{s: by_severity[code][s] for s in SEVERITIES},
                  "findings": sum(by_severity[code].values()), "reports": reports_of[code]}
                 for code in sorted(by_severity)]
    out.by_regime, out.by_kind = ([(v, reports[v], found[v]) for v in sorted(reports)]
                                  for reports, found in (groups["regime"], groups["kind"]))
    out.worst = [row for _, _, row in sorted(heap, reverse=True)]
    out.exit = status.code
    return out
