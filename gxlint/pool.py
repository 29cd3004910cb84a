"""Work spread over processes, results in input order.

Workers are processes (the checks are pure Python, so threads would share one core);
`map` keeps the input order whatever finishes first, so two runs print the same."""
from __future__ import annotations

import os
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a pool costs more to start than it saves (a pre-commit run).
SERIAL_BELOW = 16


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], items: list[T], workers: int | None,
                tick: Callable[[R], None] | None = None) -> list[R]:
    """fn over items with `workers` processes (None: every core, serial for a few items)."""
    if workers is None:
        workers = default_jobs() if len(items) >= SERIAL_BELOW else 1

    def ticked(results: Iterable[R]) -> list[R]:
        out = []
        for r in results:
            if tick is not None:
                tick(r)
            out.append(r)
        return out

    if workers <= 1 or len(items) < 2:
        return ticked(map(fn, items))
    from concurrent.futures import ProcessPoolExecutor   # multiprocessing costs start-up time

    chunk = max(1, min(16, len(items) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return ticked(pool.map(fn, items, chunksize=chunk))
