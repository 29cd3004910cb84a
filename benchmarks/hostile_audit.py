"""An audit of many good reports with one of each hostile file among them: every good
file must be reported, every hostile one listed with its reason, and no process may
pass the memory limit. Prints the wall time, each hostile file's reason, and the peak
resident memory of the main process and of the largest worker (sampled from /proc).

    python benchmarks/hostile_audit.py              # 2,000 synthetic reports
    python benchmarks/hostile_audit.py --reports 300
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import hostile
import synthetic


def hostile_files(folder: Path) -> list[Path]:
    folder.mkdir()
    made = [
        hostile.nested_flate_pdf(folder / "nested-flate.pdf", 256),
        hostile.glyph_flood_pdf(folder / "glyph-flood.pdf"),
        hostile.wide_span_docx(folder / "wide-span.docx"),
        hostile.span_flood_html(folder / "span-flood.html"),
        hostile.roman_list_html(folder / "roman-list.html"),
        hostile.deep_html(folder / "deep.html", 20_000),
        hostile.one_line_report(folder / "one-line.txt", 5_000),
        hostile.many_headings(folder / "headings.txt", 50_000),
    ]
    zero = folder / "zero.txt"
    zero.symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    (folder / "settings-that-hide-everything").mkdir()
    (folder / "settings-that-hide-everything" / ".gxlint.yaml").write_text("ignore: [GX1, GX2, GX3, GX4]\n")
    return made + [zero, folder / "pipe.txt"]


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
    except OSError:
        return 0


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--memory-limit", type=int, default=2048)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "submission"
        (root / "reports").mkdir(parents=True)
        synthetic.corpus(root / "reports", args.reports)
        bad = hostile_files(root / "hostile")
        out = Path(tmp) / "out"
        cmd = [sys.executable, "-m", "gxlint", "audit", str(root), "--csv", str(out), "--jobs", str(args.jobs),
               "--memory-limit", str(args.memory_limit), "--no-progress"]
        began = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        main_peak = worker_peak = 0
        while proc.poll() is None:
            main_peak = max(main_peak, rss_kb(proc.pid))
            worker_peak = max([worker_peak] + [rss_kb(c) for c in children(proc.pid)])
            time.sleep(0.05)
        seconds = time.monotonic() - began
        stderr = proc.stderr.read() if proc.stderr else ""
        with open(out / "reports.csv", encoding="utf-8-sig", newline="") as f:
            rows = {Path(r[0]).name: r for r in list(csv.reader(f))[1:]}
    good = [name for name in rows if name.endswith(".txt") and name[:5].isdigit()]
    print(f"audit of {args.reports} reports and {len(bad)} hostile files, {args.jobs} jobs, "
          f"memory limit {args.memory_limit} MB: {seconds:.1f} s, exit {proc.returncode}")
    print(f"good reports listed: {len(good)} of {args.reports}"
          f" ({'all' if len(good) == args.reports else 'MISSING SOME'})")
    for path in bad:
        row = rows.get(path.name)
        print(f"  {path.name:22} {row[-1] if row else 'NOT LISTED'}")
    print(f"peak resident memory: main process {main_peak / 1024:.0f} MB, largest worker {worker_peak / 1024:.0f} MB "
          f"(limit {args.memory_limit} MB of address space a worker)")
    if "Traceback" in stderr:
        print("a traceback was printed:\n" + stderr[-2000:])


if __name__ == "__main__":
    main()
