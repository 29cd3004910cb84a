"""Cross-report check kinds (`corpus.*` in rules/audit.yaml). Each takes every record of
the audit, its rule and the audit's Context, and yields (record index, position,
message args); the args may name the message's variant and a severity of their own."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

Position = tuple[int, int, int, int]


@dataclass(frozen=True)
class Context:
    """What the office said of the submission: `tree`, each parent organ's key → its
    children (key, name) from --tree; the language of the messages."""
    tree: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    lang: str = "zh"
    repeats: dict[int, Repeat] = field(default_factory=dict)     # repeats(records), made once


@dataclass(frozen=True, slots=True)
class Repeat:
    """What a report repeats of its organ's report of the year before (`before`, an
    index): the share of its prose, by length, and that length."""
    before: int
    share: float
    length: int


Hit = tuple[int, Position, dict]
START: Position = (1, 1, 1, 1)
_NAMED = 16        # the members of a cluster a report is compared with to name its closest


def _by_organ_year(records) -> dict[str, dict[int, int]]:
    """organ key → year → record index; an organ with two reports for one year keeps
    the first (they are compared with each other by near_duplicate instead)."""
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for i, r in enumerate(records):
        if r.organ_key and r.year and not r.error:
            out[r.organ_key].setdefault(r.year, i)
    return out


def _consecutive(records) -> Iterator[tuple[int, int]]:
    for years in _by_organ_year(records).values():
        for year, now in sorted(years.items()):
            if year - 1 in years:
                yield years[year - 1], now


def carry_over(records, rule, context) -> Iterator[Hit]:
    for before_i, now_i in _consecutive(records):
        before = records[before_i].carry.get("before", {})
        now = records[now_i].carry.get("now", {})
        for column, (value, *pos) in now.items():
            if column in before and before[column][0] != value:
                yield now_i, tuple(pos), {
                    "column": column, "now": _show(value), "before": _show(before[column][0]),
                    "prev_year": records[before_i].year, "prev_path": records[before_i].path}


def repeated_figures(records, rule, context) -> Iterator[Hit]:
    least = rule.params.get("min_nonzero", 5)
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        if a.figures and b.figures and a.figures.count and a.figures == b.figures and b.figures.nonzero >= least:
            yield now_i, b.figures_at or START, {
                "count": b.figures.count, "other_year": a.year, "other_path": a.path}


def near_duplicate(records, rule, context) -> Iterator[Hit]:
    """Clusters of reports whose prose is nearly the same (minhash.clusters), and for each
    member one finding naming the closest of a few others of the cluster and how many
    more there are: a template copied by a thousand organs is a thousand findings, not a
    million pairs. A report never counts against itself submitted twice (a .docx and
    its .pdf: the same organ and year)."""
    import numpy as np

    from .minhash import clusters

    threshold = rule.params.get("threshold", 0.8)
    signed = [(i, r) for i, r in enumerate(records) if r.signature and r.size >= rule.params.get("min_chars", 0)]
    if len(signed) < 2:
        return
    matrix = np.stack([np.frombuffer(r.signature, dtype=np.uint32) for _, r in signed])
    groups: dict[int, list[int]] = defaultdict(list)
    for k, c in enumerate(clusters(matrix, threshold).tolist()):
        groups[c].append(k)
    same = [(r.organ_key, r.year) if r.organ_key else ("", k) for k, (_, r) in enumerate(signed)]
    for members in groups.values():
        sizes = Counter(same[k] for k in members)
        if len(sizes) < 2:
            continue
        for k in members:
            others = list(islice((j for j in members if same[j] != same[k]), _NAMED))
            estimates = (matrix[others] == matrix[k]).mean(axis=1)
            best = int(np.argmax(estimates))       # the first of equals, in record order
            b = signed[others[best]][1]
            yield signed[k][0], START, {
                "similarity": round(float(estimates[best]) * 100), "other_path": b.path,
                "other_organ": b.organ or "", "other_year": b.year or "",
                "others": len(members) - sizes[same[k]] - 1}


def repeats(records) -> dict[int, Repeat]:
    """For each report with its organ's report of the year before in the audit, what it
    repeats of it: the 重复率 evaluators score, and GX704's measure."""
    from .sentences import repeated

    out = {}
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        if a.sentences is not None and b.sentences is not None:
            share, length = repeated(b.sentences, a.sentences.keys())
            if length:
                out[now_i] = Repeat(before_i, share, length)
    return out


def previous_year_repeat(records, rule, context) -> Iterator[Hit]:
    """A report whose prose is mostly its organ's report of the year before (by the
    length of the sentences it shares), or whose part 五 is copied from it."""
    from .sentences import repeated

    threshold, part_threshold = rule.params.get("threshold", 0.5), rule.params.get("part_threshold", 0.8)
    least = rule.params.get("min_chars", 200)
    for now_i, rep in context.repeats.items():
        a, b = records[rep.before], records[now_i]
        where = {"prev_year": a.year, "prev_path": a.path, "threshold": round(threshold * 100)}
        if rep.length >= least and rep.share >= threshold:
            yield now_i, START, {"share": round(rep.share * 100), **where, "variant": "default"}
        elif b.part_five is not None:
            share, length = repeated(b.part_five, a.sentences.keys())
            if length >= rule.params.get("min_part_chars", 30) and share >= part_threshold:
                where["threshold"] = round(part_threshold * 100)
                yield now_i, b.part_five.at or START, {"share": round(share * 100), **where, "variant": "part"}


def in_force_chain(records, rule, context) -> Iterator[Hit]:
    """现行有效(N) = 现行有效(N−1) + 本年制发(N) − 本年废止(N), row by row of table 二."""
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        for row, (made, repealed, held, *pos) in b.in_force.items():
            if row not in a.in_force:
                continue
            expected = a.in_force[row][2] + made - repealed
            if abs(expected - held) > 1e-9:
                yield now_i, tuple(pos), {
                    "row": row, "now": _show(held), "before": _show(a.in_force[row][2]), "made": _show(made),
                    "repealed": _show(repealed), "expected": _show(expected), "prev_year": a.year,
                    "prev_path": a.path}


# The figures a government's own report sums over its organs (features.METRICS).
ROLLED = ("new", "carried", "closed", "withheld", "unavailable", "not_handled", "review", "litigation")


def roll_up(records, rule, context) -> Iterator[Hit]:
    """A parent's figure against the sum of its children's, year by year, where --tree
    names them: not assessable (info) while a child's report is missing from the run."""
    from ..i18n import t

    index = _by_organ_year(records)
    for parent, children in context.tree.items():
        for year, p_i in sorted(index.get(parent, {}).items()):
            at = records[p_i].figures_at or START
            missing = [name for key, name in children if year not in index.get(key, {})]
            if missing:
                yield p_i, at, {"missing": "、".join(missing[:5]), "count": len(missing), "year": year,
                                "variant": "missing", "severity": "info"}
                continue
            kids = [records[index[key][year]] for key, _ in children]
            for figure in ROLLED:
                mine, theirs = records[p_i].metrics.get(figure), [k.metrics.get(figure) for k in kids]
                if mine is None or None in theirs or abs(mine - sum(theirs)) < 1e-9:
                    continue
                yield p_i, at, {"figure": t(f"audit.col.{figure}", context.lang), "value": _show(mine),
                                "sum": _show(sum(theirs)), "count": len(kids),
                                "parts": " + ".join(_show(v) for v in theirs)}


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


CORPUS_KINDS = {
    "corpus.carry_over": carry_over,
    "corpus.near_duplicate": near_duplicate,
    "corpus.repeated_figures": repeated_figures,
    "corpus.previous_year_repeat": previous_year_repeat,
    "corpus.in_force_chain": in_force_chain,
    "corpus.roll_up": roll_up,
}
