"""Work spread over processes, results in input order.

Workers are processes (the checks are pure Python, so threads would share one core);
`map` keeps the input order whatever finishes first, so two runs print the same."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many files a pool costs more to start than it saves (a pre-commit run).
SERIAL_BELOW = 16


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(fn: Callable[[T], R], items: list[T], workers: int | None,
                tick: Callable[[R], None] | None = None) -> list[R]:
    """fn over items with `workers` processes (None: every core, serial for a few items)."""
    out = []
    for r in ordered_iter(fn, items, workers):
        if tick is not None:
            tick(r)
        out.append(r)
    return out


def ordered_iter(fn: Callable[[T], R], items: list[T], workers: int | None,
                 setup: Callable[..., None] | None = None, args: tuple = ()) -> Iterator[R]:
    """Results as they are ready, in input order: a caller that writes each one and lets
    it go keeps memory flat however many items there are. `setup(*args)` runs first in
    each process that calls `fn`, for what every item shares."""
    if workers is None:
        workers = default_jobs() if len(items) >= SERIAL_BELOW else 1
    if workers <= 1 or len(items) < 2:
        _start(setup, *args)
        yield from map(fn, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing costs start-up time

    chunk = max(1, min(16, len(items) // (workers * 8)))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start, initargs=(setup, *args))
    try:
        yield from pool.map(fn, items, chunksize=chunk)
    finally:
        # A caller that stops early (a closed pipe, Ctrl-C) must not wait for the
        # files not yet begun: every task was queued at the start.
        pool.shutdown(wait=True, cancel_futures=True)


def _start(setup: Callable[..., None] | None, *args) -> None:
    """What a process does before its first item."""
    if setup is not None:
        setup(*args)
