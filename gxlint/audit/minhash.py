"""Near-duplicate reports at national scale: MinHash signatures of a report's prose,
made in numpy in the worker (no per-report permutations, no scipy), and clusters of
reports whose signatures agree, found through LSH buckets with a bounded number of
comparisons per report, so that a template copied by ten thousand organs costs ten
thousand comparisons, not fifty million.

A signature is `num_perm` 32-bit minima of a multiply-shift hash family over the
text's character shingles; the share of equal slots of two signatures estimates the
Jaccard similarity of their shingle sets."""
from __future__ import annotations

from functools import lru_cache

import numpy as np

_BATCH = 20_000                      # shingles hashed at once: a long report stays within tens of MB
_BASE = np.uint64(1_000_003)


@lru_cache(maxsize=4)
def _family(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The hash family's odd multipliers and offsets, made once per process."""
    rng = np.random.default_rng(20240601)
    a = rng.integers(1, 2**63, size=num_perm, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=num_perm, dtype=np.uint64)
    return a, b


def shingles(text: str, width: int) -> np.ndarray:
    """A 32-bit hash of each `width`-character window (polynomial, then mixed)."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - width + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(width):
        h = h * _BASE + codes[j:j + n]
    h ^= h >> np.uint64(33)                    # murmur3's finaliser: every bit moves every other
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    return np.unique(h & np.uint64(0xFFFFFFFF))


def signature(text: str, width: int, num_perm: int) -> bytes | None:
    if len(text) < width:
        return None
    a, b = _family(num_perm)
    hashes = shingles(text, width)
    low = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint64)
    for start in range(0, len(hashes), _BATCH):
        part = hashes[start:start + _BATCH, None]
        low = np.minimum(low, ((part * a + b) >> np.uint64(32)).min(axis=0))   # wraps mod 2**64, as meant
    return low.astype(np.uint32).tobytes()


@lru_cache(maxsize=16)
def bands(num_perm: int, threshold: float) -> tuple[int, int]:
    """(bands, rows a band) that best separate pairs above `threshold` from those below,
    weighing missed and false candidates alike (as datasketch's MinHashLSH chooses)."""
    steps = 200

    def area(lo: float, hi: float, f) -> float:
        width = (hi - lo) / steps
        return sum(f(lo + (i + 0.5) * width) for i in range(steps)) * width

    best, choice = float("inf"), (1, num_perm)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            false_positive = area(0.0, threshold, lambda s, b=b, r=r: 1 - (1 - s ** r) ** b)
            false_negative = area(threshold, 1.0, lambda s, b=b, r=r: (1 - s ** r) ** b)
            if false_positive + false_negative < best:
                best, choice = false_positive + false_negative, (b, r)
    return choice


def clusters(matrix: np.ndarray, threshold: float, representatives: int = 8) -> np.ndarray:
    """Each row's cluster (the index of its root): rows joined when they share an LSH
    bucket and their estimate passes `threshold`. In a bucket each row is compared with
    at most `representatives` rows that started clusters there, not with every row."""
    n = len(matrix)
    parent = np.arange(n)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    b, r = bands(matrix.shape[1], threshold)
    for band in range(b):
        _, bucket = np.unique(matrix[:, band * r:(band + 1) * r], axis=0, return_inverse=True)
        order = np.argsort(bucket.ravel(), kind="stable")
        cuts = np.flatnonzero(np.diff(bucket.ravel()[order])) + 1
        for members in np.split(order, cuts):
            if len(members) < 2:
                continue
            leaders: list[int] = []
            for m in members.tolist():
                if leaders:
                    close = (matrix[leaders] == matrix[m]).mean(axis=1) >= threshold
                    for k in np.flatnonzero(close).tolist():
                        parent[root(m)] = root(leaders[k])
                    if close.any():
                        continue
                if len(leaders) < representatives:
                    leaders.append(m)
    return np.array([root(i) for i in range(n)])
