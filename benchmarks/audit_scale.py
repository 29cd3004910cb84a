"""How `gxlint audit` scales: N varied synthetic reports (from the examples, with organ
names, years and figures changed, and planted copies and carry-over mismatches), linted
with 1 and 2 jobs. Prints reports per second and peak memory (this process and its
workers) for each size and job count, and whether the planted defects were caught.

    python benchmarks/audit_scale.py                 # 1,000 and 10,000 reports, 1 and 2 jobs
    python benchmarks/audit_scale.py --sizes 500 --jobs 2
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
COUNTIES = [a + b for a in "东西南北中上下新安平永宁长清" for b in ("山县", "川县", "河县", "阳区", "湖市")]
DEPARTMENTS = ["人民政府", "教育局", "财政局", "民政局", "统计局", "卫生健康委员会", "自然资源局", "镇人民政府"]
_CELL = regex.compile(r"(?<=\| )\d+(?= \|)")


def variant(template: str, rng: random.Random, organ: str) -> str:
    text = template
    for old in sorted(set(regex.findall(r"[\p{Han}]{2,8}(?:县|区|市)(?:[\p{Han}]{0,8}(?:局|委员会|镇人民政府|人民政府))",
                                        template.split("\n")[0])), key=len, reverse=True):
        text = text.replace(old, organ)
    # Change some figures so reports differ; sums may break, as in real submissions.
    return _CELL.sub(lambda m: str(int(m.group()) + rng.choice((0, 0, 0, 1, 2))), text)


def generate(folder: Path, n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    from gxlint.read import read_source     # decodes the Big5 example too

    templates = [read_source(str(p)).text for p in sorted((ROOT / "examples").glob("*.txt"))]
    planted = {"copies": 0}
    for i in range(n):
        organ = rng.choice(COUNTIES) + rng.choice(DEPARTMENTS) + f"{i % 97}"
        text = variant(rng.choice(templates), rng, organ)
        if i % 50 == 1:                      # a neighbour's report under this organ's name
            planted["copies"] += 1
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
    return planted


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
            generate(folder, n)
            for jobs in args.jobs:
                seconds, peak, out = run(folder, jobs)
                near = regex.search(r"GX702\s*│\s*near-duplicate\s*│\s*\w+\s*│\s*(\d+)", out)
                print(f"{n:>8} {jobs:>4} {seconds:>8.1f} {n / seconds:>10.1f} {peak:>8.0f}  "
                      f"{near.group(1) if near else 0}", flush=True)


if __name__ == "__main__":
    main()
