"""What the output format costs: N synthetic reports (benchmarks/synthetic.py) linted
with one job into text, json and jsonl, standard output to a file as a redirect has it.
Prints each format's time and its ratio to json (target: text within 1.5×).

    python benchmarks/formats.py            # 1,000 reports
    python benchmarks/formats.py --n 300
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import synthetic


def timed(folder: Path, fmt: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with open(folder.parent / f"out.{fmt}", "wb") as out:
            subprocess.run([sys.executable, "-m", "gxlint", "--jobs", "1", "--format", fmt, str(folder)],
                           stdout=out, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "reports"
        folder.mkdir()
        synthetic.corpus(folder, args.n)
        times = {fmt: timed(folder, fmt) for fmt in ("json", "jsonl", "text")}
    for fmt, seconds in times.items():
        ratio = seconds / times["json"]
        verdict = "" if fmt != "text" else ("  (target ≤ 1.5×)  " + ("ok" if ratio <= 1.5 else "MISSED"))
        print(f"{fmt:<6} {args.n} reports, 1 job: {seconds:6.2f} s (best of 3), ×{ratio:.2f} of json{verdict}")


if __name__ == "__main__":
    main()
