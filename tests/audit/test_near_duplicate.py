"""Near-duplicate reports: the bands compared in numpy must give what datasketch's
MinHashLSH query and a per-candidate estimate gave (the implementation they replace)."""
import random

import numpy as np
from datasketch import MinHash, MinHashLSH

from gxlint.audit.features import signature
from gxlint.audit.kinds import near_duplicate
from gxlint.audit.record import AuditRecord
from gxlint.check.packs import all_rules

WORDS = ["主动公开", "政府信息", "依申请公开", "政策解读", "平台建设", "监督保障", "年度报告", "行政复议",
         "行政诉讼", "信息发布", "审查机制", "公开专栏", "新闻发布会", "标准目录", "基层政务", "绩效考核"]


def _text(rng: random.Random, n: int = 120) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def _edited(rng: random.Random, text: str, edits: int) -> str:
    chars = list(text)
    for _ in range(edits):
        chars[rng.randrange(len(chars))] = rng.choice("的了和与及在")
    return "".join(chars)


def _records(seed: int) -> list[AuditRecord]:
    rng = random.Random(seed)
    bases = [_text(rng) for _ in range(4)]
    out = []
    for i in range(60):
        base = rng.choice(bases)
        text = _edited(rng, base, rng.choice((0, 2, 10, 40, 200))) if rng.random() < 0.8 else _text(rng)
        organ = rng.choice((None, f"organ{i % 7}", f"organ{i}"))
        out.append(AuditRecord(f"r{i}.txt", organ=organ, organ_key=organ, year=rng.choice((2020, 2021, None)),
                               text=text, signature=signature(text, 5, 128)))
    out.append(AuditRecord("short.txt", text="短", signature=None))
    return out


def _reference(records, rule):
    """What near_duplicate did with datasketch's query (before the numpy bands)."""
    threshold = rule.params.get("threshold", 0.8)
    signed = [(i, r) for i, r in enumerate(records) if r.signature and len(r.text) >= rule.params.get("min_chars", 0)]
    hashes = {i: MinHash(num_perm=128, hashvalues=np.frombuffer(r.signature, dtype=np.uint32), scheme="affine32")
              for i, r in signed}
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    for i, mh in hashes.items():
        lsh.insert(i, mh)
    for i, mh in hashes.items():
        a = records[i]
        others = sorted(j for j in lsh.query(mh) if j != i and not (
            a.organ_key and a.organ_key == records[j].organ_key and a.year == records[j].year))
        estimates = [float(np.mean(hashes[j].hashvalues == mh.hashvalues)) for j in others]
        close = [k for k, e in enumerate(estimates) if e >= threshold]
        if close:
            best = max(close, key=lambda k: (estimates[k], -k))
            b = records[others[best]]
            yield i, (1, 1, 1, 1), {"similarity": round(estimates[best] * 100), "other_path": b.path,
                                    "other_organ": b.organ or "", "other_year": b.year or "",
                                    "others": len(close) - 1}


def test_the_same_findings_as_datasketchs_query():
    rule = next(r for r in all_rules() if r.kind == "corpus.near_duplicate")
    found_any = False
    for seed in range(6):
        records = _records(seed)
        got = list(near_duplicate(records, rule))
        assert got == list(_reference(records, rule)), seed
        found_any = found_any or bool(got)
    assert found_any


def test_fewer_than_two_signed_reports_give_nothing():
    rule = next(r for r in all_rules() if r.kind == "corpus.near_duplicate")
    one = _records(0)[:1]
    assert list(near_duplicate(one, rule)) == []
