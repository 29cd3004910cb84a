"""Near-duplicate reports: the MinHash estimate against the exact Jaccard similarity of
the shingle sets, and the clusters against the pairs that are truly close."""
import random
from itertools import combinations

import numpy as np

from gxlint.audit.kinds import Context, near_duplicate
from gxlint.audit.minhash import bands, clusters, signature
from gxlint.audit.record import AuditRecord
from gxlint.check.packs import all_rules

WORDS = ["主动公开", "政府信息", "依申请公开", "政策解读", "平台建设", "监督保障", "年度报告", "行政复议",
         "行政诉讼", "信息发布", "审查机制", "公开专栏", "新闻发布会", "标准目录", "基层政务", "绩效考核"]
RULE = next(r for r in all_rules() if r.kind == "corpus.near_duplicate")


def _text(rng: random.Random, n: int = 120) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def _edited(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        chars[rng.randrange(len(chars))] = rng.choice("的了和与及在")
    return "".join(chars)


def _jaccard(a: str, b: str) -> float:
    x, y = ({s[i:i + 5] for i in range(len(s) - 4)} for s in (a, b))
    return len(x & y) / len(x | y)


def _records(seed: int) -> list[AuditRecord]:
    rng = random.Random(seed)
    bases = [_text(rng) for _ in range(4)]
    out = []
    for i in range(60):
        base = rng.choice(bases)
        text = _edited(rng, base, rng.choice((0, 2, 10, 40, 200))) if rng.random() < 0.8 else _text(rng)
        organ = rng.choice((None, f"organ{i % 7}", f"organ{i}"))
        out.append(AuditRecord(f"r{i}.txt", organ=organ, organ_key=organ, year=rng.choice((2020, 2021, None)),
                               text=text, size=len(text), signature=signature(text, 5, 128)))
    out.append(AuditRecord("short.txt", text="短", signature=None))
    return out


def _group(r: AuditRecord):
    return (r.organ_key, r.year) if r.organ_key else r.path


def test_the_estimate_is_close_to_the_exact_similarity():
    records = _records(1)[:40]
    errors = []
    for a, b in combinations(records, 2):
        estimate = float(np.mean(np.frombuffer(a.signature, np.uint32) == np.frombuffer(b.signature, np.uint32)))
        errors.append(abs(estimate - _jaccard(a.text, b.text)))
    assert np.mean(errors) < 0.03 and np.percentile(errors, 99) < 0.15


def test_every_truly_close_report_is_found_and_none_that_is_not():
    for seed in range(6):
        records = _records(seed)
        found = {records[i].path: args for i, _, args in near_duplicate(records, RULE, Context())}
        by_path = {r.path: r for r in records}
        for a in records[:-1]:
            partners = [_jaccard(a.text, b.text) for b in records[:-1] if _group(b) != _group(a)]
            if max(partners) >= 0.9:
                assert a.path in found, (seed, a.path)               # nothing close is missed
            if a.path in found:
                other = by_path[found[a.path]["other_path"]]
                assert _group(other) != _group(a)                     # never itself submitted twice
                assert _jaccard(a.text, other.text) >= 0.6, (seed, a.path)
            if max(partners) < 0.5:
                assert a.path not in found, (seed, a.path)            # nothing far is called a copy


def test_one_template_copied_many_times_is_one_cluster():
    rng = random.Random(3)
    base = _text(rng, 300)
    matrix = np.stack([np.frombuffer(signature(_edited(rng, base, 3), 5, 128), np.uint32) for _ in range(300)]
                      + [np.frombuffer(signature(_text(rng, 300), 5, 128), np.uint32) for _ in range(20)])
    roots = clusters(matrix, 0.8)
    assert len(set(roots[:300].tolist())) == 1
    assert len(set(roots[300:].tolist())) == 20 and not set(roots[300:].tolist()) & {roots[0]}


def test_bands_are_those_datasketch_chooses():
    assert bands(128, 0.8) == (9, 13)
    assert bands(128, 0.5) == (25, 5)


def test_fewer_than_two_signed_reports_give_nothing():
    assert list(near_duplicate(_records(0)[:1], RULE, Context())) == []
