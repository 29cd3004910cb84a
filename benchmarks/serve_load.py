"""A load test of `gxlint serve` on 127.0.0.1: the server started by its own command,
then N requests (default 200), C at a time (default 20), each an upload of one to three
reports of mixed kinds (.txt, .docx, .pdf, .html) and, one request in ten, a hostile
file (garbage named .pdf, a .docx that is no zip, a 5 MB .txt of digits, an .exe).
Prints latency percentiles, failed requests (none expected: a hostile file is an error
of its own in a 200 answer) and the peak memory of the server with its workers.

    python benchmarks/serve_load.py
    python benchmarks/serve_load.py --requests 400 --concurrency 40 --api /check
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from serve.server import post, serving  # noqa: E402 - the tests' own starter and uploader


def corpus(folder: Path) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]]]:
    """(reports, hostile files): the examples as .txt, and as .docx, .pdf and .html."""
    from extract.render import load, to_docx, to_html, to_pdf

    reports = [(p.name, p.read_bytes()) for p in sorted((ROOT / "examples").glob("*.txt"))]
    for writer, name in ((to_docx, "r.docx"), (to_pdf, "r.pdf"), (to_html, "r.html")):
        path = writer(load(), folder / name)
        reports.append((name, path.read_bytes()))
    hostile = [("garbage.pdf", os.urandom(200_000)), ("broken.docx", b"PK\x03\x04" + os.urandom(5000)),
               ("digits.txt", b"1234567890" * 500_000), ("virus.exe", b"MZ" + os.urandom(1000))]
    return reports, hostile


class Peak:
    """The largest resident memory of the server and its worker processes, sampled."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak, self.stop = pid, 0, threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()

    def _tree(self, pid: int) -> list[int]:
        out = [pid]
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in children:
                out += self._tree(int(child))
        return out

    def _watch(self) -> None:
        while not self.stop.is_set():
            total = 0
            for pid in self._tree(self.pid):
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmRSS:"):
                            total += int(line.split()[1]) * 1024
                except OSError:
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.05)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--api", default="/api/lint", choices=["/api/lint", "/check"])
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        reports, hostile = corpus(Path(tmp))
        plan = []
        for n in range(args.requests):
            chosen = rng.sample(reports, rng.randint(1, 3))
            if n % 10 == 9:
                chosen.append(rng.choice(hostile))
            plan.append(chosen)
        with serving() as (base, proc):
            peak = Peak(proc.pid)
            times: list[float] = []
            failures: list[str] = []

            def one(files):
                t0 = time.perf_counter()
                status, body = post(base + args.api, files, timeout=300)
                times.append(time.perf_counter() - t0)
                if status != 200:
                    failures.append(f"{status} {body[:120]!r}")

            started = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                list(pool.map(one, plan))
            wall = time.perf_counter() - started
            peak.stop.set()
    times.sort()

    def pct(p: float) -> float:
        return times[min(len(times) - 1, int(p / 100 * len(times)))] * 1000

    files = sum(len(f) for f in plan)
    print(f"requests {len(times)} ({files} files, {sum(n % 10 == 9 for n in range(args.requests))} with a hostile "
          f"file), {args.concurrency} at a time, {args.api}")
    print(f"latency ms: p50 {pct(50):.0f}  p90 {pct(90):.0f}  p99 {pct(99):.0f}  max {times[-1] * 1000:.0f}")
    print(f"throughput: {len(times) / wall:.1f} requests/s, {files / wall:.1f} files/s over {wall:.1f} s")
    print(f"failed requests: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
    print(f"peak memory, server and workers: {peak.peak / 1024 / 1024:.0f} MB")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
