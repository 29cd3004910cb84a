"""Cross-report check kinds (`corpus.*` in rules/audit.yaml). Each takes every record of
the audit and its rule, and yields (record index, position, message args)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

Position = tuple[int, int, int, int]
Hit = tuple[int, Position, dict]
START: Position = (1, 1, 1, 1)


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


def carry_over(records, rule) -> Iterator[Hit]:
    for before_i, now_i in _consecutive(records):
        before = records[before_i].carry.get("before", {})
        now = records[now_i].carry.get("now", {})
        for column, (value, *pos) in now.items():
            if column in before and before[column][0] != value:
                yield now_i, tuple(pos), {
                    "column": column, "now": _show(value), "before": _show(before[column][0]),
                    "prev_year": records[before_i].year, "prev_path": records[before_i].path}


def repeated_figures(records, rule) -> Iterator[Hit]:
    least = rule.params.get("min_nonzero", 5)
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        if a.figures and a.figures == b.figures and sum(1 for v in b.figures if v) >= least:
            yield now_i, b.figures_at or START, {
                "count": len(b.figures), "other_year": a.year, "other_path": a.path}


def near_duplicate(records, rule) -> Iterator[Hit]:
    """Candidates that share an LSH band with a report, then the MinHash estimate of
    Jaccard similarity: no all-pairs estimate, so thousands of reports stay fast."""
    import numpy as np

    threshold = rule.params.get("threshold", 0.8)
    signed = [(i, r) for i, r in enumerate(records) if r.signature and len(r.text) >= rule.params.get("min_chars", 0)]
    if len(signed) < 2:
        return
    index = np.array([i for i, _ in signed])
    matrix = np.stack([np.frombuffer(r.signature, dtype=np.uint32) for _, r in signed])
    bands = _bands(matrix, threshold)
    # not itself, nor one report submitted twice (a .docx and its .pdf): same organ and year
    pairs: dict = {}
    same = np.array([pairs.setdefault((r.organ_key, r.year), len(pairs)) if r.organ_key else -1 - k
                     for k, (_, r) in enumerate(signed)])
    candidate = np.zeros(len(signed), dtype=bool)
    for k, (i, _) in enumerate(signed):
        candidate.fill(False)
        for bucket, members, starts in bands:
            b = bucket[k]
            candidate[members[starts[b]:starts[b + 1]]] = True
        others = np.flatnonzero(candidate & (same != same[k]))     # rows in record order, as the index is
        if not len(others):
            continue
        # MinHash's Jaccard estimate (equal slots / slots) for all candidates at once: a
        # template copied by a thousand organs puts them all in one bucket.
        estimates = (matrix[others] == matrix[k]).mean(axis=1)
        close = np.flatnonzero(estimates >= threshold)
        if not len(close):
            continue
        # One finding a report, naming the closest (the first of equals): a template copied
        # by a hundred organs must not become ten thousand findings.
        best = close[np.argmax(estimates[close])]
        b = records[int(index[others[best]])]
        yield i, START, {"similarity": round(float(estimates[best]) * 100), "other_path": b.path,
                         "other_organ": b.organ or "", "other_year": b.year or "", "others": len(close) - 1}


def repeat_rates(records) -> dict[int, float]:
    """Each report's share of prose (%, by length) that its organ's report of the year
    before has: the 重复率 evaluators score."""
    from .sentences import repeated

    out = {}
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        if a.sentences is not None and b.sentences is not None:
            share, length = repeated(b.sentences, a.sentences.keys())
            if length:
                out[now_i] = round(share * 100, 1)
    return out


def previous_year_repeat(records, rule) -> Iterator[Hit]:
    """A report whose prose is mostly its organ's report of the year before (by the
    length of the sentences it shares), or whose part 五 is copied from it."""
    from .sentences import repeated

    threshold, part_threshold = rule.params.get("threshold", 0.5), rule.params.get("part_threshold", 0.8)
    least = rule.params.get("min_chars", 200)
    for before_i, now_i in _consecutive(records):
        a, b = records[before_i], records[now_i]
        if a.sentences is None or b.sentences is None:
            continue
        known = a.sentences.keys()
        share, length = repeated(b.sentences, known)
        where = {"prev_year": a.year, "prev_path": a.path, "threshold": round(threshold * 100)}
        if length >= least and share >= threshold:
            yield now_i, START, {"share": round(share * 100), **where, "variant": "default"}
        elif b.part_five is not None:
            share, length = repeated(b.part_five, known)
            if length >= rule.params.get("min_part_chars", 30) and share >= part_threshold:
                where["threshold"] = round(part_threshold * 100)
                yield now_i, b.part_five.at or START, {"share": round(share * 100), **where, "variant": "part"}


def in_force_chain(records, rule) -> Iterator[Hit]:
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


def _bands(matrix, threshold: float) -> list:
    """Per LSH band: each report's bucket, the reports sorted by bucket, and where each
    bucket starts among them. Two reports are candidates when they agree on every slot
    of some band, as in datasketch's MinHashLSH, whose choice of bands for the threshold
    is kept; its query gathered a bucket's members one Python set.add at a time, for
    every report of a template copied a thousand times."""
    import numpy as np
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=matrix.shape[1])
    out = []
    for b in range(lsh.b):
        bucket = np.unique(matrix[:, b * lsh.r:(b + 1) * lsh.r], axis=0, return_inverse=True)[1].ravel()
        members = np.argsort(bucket, kind="stable")
        starts = np.searchsorted(bucket[members], np.arange(bucket.max() + 2))
        out.append((bucket, members, starts))
    return out


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


CORPUS_KINDS = {
    "corpus.carry_over": carry_over,
    "corpus.near_duplicate": near_duplicate,
    "corpus.repeated_figures": repeated_figures,
    "corpus.previous_year_repeat": previous_year_repeat,
    "corpus.in_force_chain": in_force_chain,
}
