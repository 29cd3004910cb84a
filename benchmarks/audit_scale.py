"""How `gxlint audit` scales: N varied synthetic reports (benchmarks/synthetic.py: the
examples under other organs' names with figures changed, so sums break and reports
copy each other, as submissions built from shared templates do), audited in this
process the way `gxlint audit` does it. Prints, for each size, the wall time of each
stage (linting in parallel into the audit's database, the cross-report rules, writing
the CSV files, the terminal summary), reports per
second, the peak memory of this (the main) process and of a worker, and how many GX702
findings there are; then how time and memory grew from the smallest size.

    python benchmarks/audit_scale.py                          # 10,000 and 50,000 reports, 2 jobs
    python benchmarks/audit_scale.py --sizes 10000 50000 100000 --jobs 2

Target: 100,000 reports in under 15 minutes on two cores, the main process under 1 GB.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import synthetic

TARGET_SECONDS, TARGET_MB = 15 * 60, 1024


def audit(folder: Path, jobs: int) -> tuple[dict[str, float], int]:
    """The audit as `gxlint audit FOLDER --csv OUT` runs it, in this process."""
    import contextlib
    import csv
    import io

    from gxlint.audit.command import AuditRequest
    from gxlint.audit.command import audit as run
    from gxlint.config.settings import CommandLine

    times: dict[str, float] = {}
    request = AuditRequest(paths=(str(folder),), cli=CommandLine((), (), None, None, "zh", skip=False), jobs=jobs,
                           csv=str(folder / "_out"), progress=False, color=False, isolated=True)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        run(request, "zh", times)
    with (folder / "_out" / "findings.csv").open(encoding="utf-8-sig") as f:
        near = sum(1 for row in csv.DictReader(f) if row["规则"] == "GX702")
    return times, near


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"{'reports':>8} {'lint s':>8} {'cross s':>8} {'out s':>7} {'sum s':>6} {'total s':>8} {'rep/s':>7} "
          f"{'main MB':>8} {'worker MB':>9}  GX702")
    first = None
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            synthetic.corpus(folder, n)
            times, near = audit(folder, args.jobs)
        total = sum(times.values())
        main_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024       # peak so far
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"{n:>8} {times['lint']:>8.1f} {times['cross-report']:>8.1f} {times['outputs']:>7.1f} "
              f"{times['summary']:>6.1f} {total:>8.1f} "
              f"{n / total:>7.0f} {main_mb:>8.0f} {worker_mb:>9.0f}  {near}", flush=True)
        if first is None:
            first = (n, times, main_mb)
        else:
            scale = n / first[0]
            print(f"{'':>8} ×{scale:.0f} reports: lint ×{times['lint'] / first[1]['lint']:.1f}, cross-report "
                  f"×{times['cross-report'] / max(first[1]['cross-report'], 1e-3):.1f}, main memory "
                  f"×{main_mb / first[2]:.1f}")
        if n >= 100_000:
            ok = total < TARGET_SECONDS and main_mb < TARGET_MB
            print(f"{'':>8} target (100,000 in {TARGET_SECONDS // 60} min, main < {TARGET_MB} MB): "
                  f"{'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
