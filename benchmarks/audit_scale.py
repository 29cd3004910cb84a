"""How `gxlint audit` scales: N varied synthetic reports (benchmarks/synthetic.py: the
examples with their planted defects, under other organs' names and with figures changed,
so sums break and reports copy each other), linted with 1 and 2 jobs. Prints reports per
second and peak memory (this process and its workers) for each size and job count, and
whether the planted defects were caught.

    python benchmarks/audit_scale.py                 # 1,000 and 10,000 reports, 1 and 2 jobs
    python benchmarks/audit_scale.py --sizes 500 --jobs 2
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).parent))
import synthetic


def run(folder: Path, jobs: int) -> tuple[float, float, str]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "gxlint", "audit", str(folder), "--jobs", str(jobs),
                           "--no-progress", "--no-color", "--csv", str(folder / "_out")],
                          capture_output=True, text=True, encoding="utf-8")
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024   # MB, largest child so far
    return seconds, peak, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    print(f"{'reports':>8} {'jobs':>4} {'seconds':>8} {'reports/s':>10} {'peak MB':>8}  GX702 found")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            synthetic.corpus(folder, n)
            for jobs in args.jobs:
                seconds, peak, out = run(folder, jobs)
                # the rule table: code │ name │ errors │ warnings │ infos │ findings │ reports
                near = regex.search(r"GX702\s*│[^│]*│(?:\s*\d+\s*│){3}\s*(\d+)", out)
                print(f"{n:>8} {jobs:>4} {seconds:>8.1f} {n / seconds:>10.1f} {peak:>8.0f}  "
                      f"{near.group(1) if near else 0}", flush=True)


if __name__ == "__main__":
    main()
