"""Work spread over worker processes, results in input order, each item under limits.

Workers are processes (the checks are pure Python, so threads would share one core),
and every item is done in one: a file that makes its worker run past the time limit,
grow past the memory limit (RLIMIT_AS) or die in any way costs that file only. The
worker is killed or found dead, its item gets `failed(item, Failure)` as its result,
and a new worker takes its place. Workers end with the main process, whatever ends it
(on Linux the kernel kills them when it dies, PR_SET_PDEATHSIG)."""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MB = 1024 * 1024
# Below this many items one worker does them all: more cost more to start than they save.
SERIAL_BELOW = 16
# How many items may be done ahead of the first one not yet back: results wait in
# input order, and this bounds how many wait.
AHEAD = 64


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one item may take: address space of its worker, in bytes, and wall time, in
    seconds (None: no limit)."""
    memory: int | None = 2048 * MB
    seconds: float | None = 60.0


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an item has no result of its own: "memory", "timeout" or "crashed" (with how)."""
    kind: str
    detail: str = ""


def ordered_map(fn: Callable[[T], R], items: list[T], workers: int | None, failed: Callable[[T, Failure], R],
                tick: Callable[[R], None] | None = None, limits: Limits = DEFAULT_LIMITS) -> list[R]:
    """fn over items with `workers` processes (None: every core)."""
    out = []
    for r in ordered_iter(fn, items, workers, failed, limits=limits):
        if tick is not None:
            tick(r)
        out.append(r)
    return out


def ordered_iter(fn: Callable[[T], R], items: list[T], workers: int | None, failed: Callable[[T, Failure], R],
                 setup: Callable[..., None] | None = None, args: tuple = (),
                 limits: Limits = DEFAULT_LIMITS) -> Iterator[R]:
    """Results as they are ready, in input order: a caller that writes each one and lets
    it go keeps memory flat however many items there are. `setup(*args)` runs first in
    each worker, for what every item shares. An item whose worker ran out of time or
    memory, or died, gets `failed(item, why)` instead."""
    if not items:
        return
    if workers is None:
        workers = default_jobs() if len(items) >= SERIAL_BELOW else 1
    workers = max(1, min(workers, len(items)))
    pool = _Pool(fn, setup, args, limits)
    try:
        yield from pool.run(items, workers, failed)
    finally:
        pool.close()


class _Worker(Generic[T]):
    """One worker process, the end of the pipe to it, and the item it is doing."""

    def __init__(self, context: Any, target: Callable[..., None], args: tuple) -> None:
        here, there = context.Pipe()
        self.conn = here
        self.process = context.Process(target=target, args=(there, *args), daemon=True)
        self.process.start()
        there.close()
        self.index: int | None = None
        self.started = 0.0

    def give(self, index: int, item: T) -> None:
        self.index, self.started = index, time.monotonic()
        self.conn.send((index, item))

    def stop(self, kill: bool = False) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        elif self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class _Pool(Generic[T, R]):
    def __init__(self, fn: Callable[[T], R], setup: Callable[..., None] | None, args: tuple, limits: Limits) -> None:
        import multiprocessing  # here: a run that never lints does not pay for it

        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.target_args = (fn, setup, args, limits.memory, os.getpid())
        self.limits = limits
        self.workers: list[_Worker] = []

    def _new(self) -> _Worker:
        return _Worker(self.context, _serve, self.target_args)

    def run(self, items: list[T], count: int, failed: Callable[[T, Failure], R]) -> Iterator[R]:
        from multiprocessing.connection import wait

        self.workers = [self._new() for _ in range(count)]
        done: dict[int, R] = {}
        given, emitted = 0, 0
        while emitted < len(items):
            for w in self.workers:
                if w.index is None and given < len(items) and given < emitted + AHEAD:
                    w.give(given, items[given])
                    given += 1
            busy = [w for w in self.workers if w.index is not None]
            if not busy:
                continue
            waits = {w.conn: w for w in busy} | {w.process.sentinel: w for w in busy}
            for ready in wait(list(waits), timeout=self._patience(busy)):
                w = waits[ready]
                if w.index is None:
                    continue                   # its result and its end were both ready
                if ready is w.conn:
                    self._receive(w, items, done, failed)
                elif not self._drain(w, items, done, failed):
                    code = w.process.exitcode
                    how = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                    self._replace(w, items, done, failed, Failure("crashed", how))
            self._enforce_time(items, done, failed)
            while emitted in done:
                yield done.pop(emitted)
                emitted += 1

    def _patience(self, busy: list[_Worker]) -> float | None:
        if self.limits.seconds is None or not busy:
            return None
        first = min(w.started for w in busy)
        return max(0.0, first + self.limits.seconds - time.monotonic()) + 0.01

    def _receive(self, w: _Worker, items: list, done: dict, failed: Callable) -> None:
        try:
            index, (status, value) = w.conn.recv()
        except (EOFError, OSError):
            return                              # it died: its sentinel says so
        if status == "ok":
            done[index] = value
            w.index = None
        elif status == "memory":
            self._replace(w, items, done, failed, Failure("memory", str(self.limits.memory or 0)))
        else:
            raise value                         # fn raised: the run's error (a broken rule pack)

    def _drain(self, w: _Worker, items: list, done: dict, failed: Callable) -> bool:
        """A dead worker's last words: whether a result was still in the pipe."""
        try:
            if w.conn.poll():
                self._receive(w, items, done, failed)
                return w.index is None or w not in self.workers
        except (EOFError, OSError):
            pass
        return False

    def _enforce_time(self, items: list, done: dict, failed: Callable) -> None:
        if self.limits.seconds is None:
            return
        now = time.monotonic()
        for w in list(self.workers):
            if w.index is not None and now - w.started > self.limits.seconds:
                self._replace(w, items, done, failed, Failure("timeout", f"{self.limits.seconds:g}"))

    def _replace(self, w: _Worker, items: list, done: dict, failed: Callable, why: Failure) -> None:
        index, w.index = w.index, None
        w.stop(kill=True)
        if index is not None:
            done[index] = failed(items[index], why)
        self.workers[self.workers.index(w)] = self._new()

    def close(self) -> None:
        for w in self.workers:
            w.stop(kill=w.index is not None)
        self.workers = []


def _serve(conn: Any, fn: Callable, setup: Callable[..., None] | None, args: tuple, memory: int | None,
           parent: int) -> None:
    """A worker's life: die with the parent, take the limits, then one item at a time
    until told to stop."""
    _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the main process's to handle
    if memory:
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        except (ImportError, ValueError, OSError):
            pass                                     # no such limit here: time still is
    if setup is not None:
        try:
            setup(*args)
        except Exception:  # noqa: BLE001 - no traceback on the user's terminal; its items are recorded
            os._exit(70)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        try:
            reply: tuple = (index, ("ok", fn(item)))
        except MemoryError:
            reply = (index, ("memory", None))
        except Exception as exc:  # noqa: BLE001 - fn reports a file's troubles itself: this stops the run
            reply = (index, ("raised", exc))
        try:
            conn.send(reply)
        except MemoryError:
            conn.send((index, ("memory", None)))
        except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
            conn.send((index, ("raised", RuntimeError(f"{type(exc).__name__}: {exc}"))))
        if reply[1][0] == "memory":
            return                                   # what is left of the heap cannot be trusted


def _die_with(parent: int) -> None:
    """Have the kernel kill this process when the parent dies (Linux), and leave now if
    it already has."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)                # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)
