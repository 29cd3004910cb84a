"""How the audit page behaves at national scale: a page of N reports (the examples,
linted for real, under N organs' names) opened in headless Chromium; prints how long it
takes to open (until the list is drawn), to filter by rule, by severity, to follow a
chart bar, to go back, and to open one report. Target: open and each filter under 2 s
at 10,000 reports.

    python benchmarks/audit_page.py                  # 10,000 reports
    python benchmarks/audit_page.py --reports 2000
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0


def write_page(path: Path, n: int, lang: str = "zh") -> None:
    """A page of `n` records: each example linted once, then repeated under other names."""
    from gxlint.audit.page import write_page as write
    from gxlint.audit.record import Job, audit_one
    from gxlint.lint import Options

    models = [audit_one(Job(str(p), Options(lang=lang))) for p in sorted((ROOT / "examples").glob("*.txt"))]
    records = []
    for i in range(n):
        model = models[i % len(models)]
        organ = f"第{i}号县人民政府" if model.organ else None
        records.append(replace(model, path=f"submission/{i:05d}/{Path(model.path).name}", organ=organ))
    records.append(replace(models[0], path="submission/broken.docx", error="无法读取：不是有效的 .docx 文件",
                           diagnostics=(), text="", metrics={}))
    write(path, records, lang)


def drive(page, url: str) -> dict[str, float]:
    """Seconds each step takes, each step waiting for what it shows."""
    times = {}

    def step(name, action, ready):
        start = time.perf_counter()
        action()
        page.wait_for_function(ready)
        times[name] = time.perf_counter() - start

    step("open", lambda: page.goto(url), "document.querySelectorAll('#reports tbody tr').length > 0")
    step("filter by rule", lambda: page.select_option("#f-rule", "GX404"), "location.hash.includes('rule=GX404')")
    step("filter by severity", lambda: page.select_option("#f-sev", "error"), "location.hash.includes('sev=error')")
    step("chart bar", lambda: page.click("#chart .bar[data-rule=GX301]"), "location.hash.includes('rule=GX301')")
    step("back", page.go_back, "location.hash.includes('rule=GX404')")
    step("open a report", lambda: page.locator("#reports tbody tr").first.click(),
         "!document.getElementById('view').hidden")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=10_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "audit.html"
        start = time.perf_counter()
        write_page(path, args.reports)
        print(f"{args.reports} reports: page written in {time.perf_counter() - start:.1f} s, "
              f"{path.stat().st_size / 1e6:.0f} MB")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            times = drive(browser.new_page(), path.as_uri())
            browser.close()
    for name, seconds in times.items():
        print(f"  {name:<20} {seconds:6.2f} s  {'ok' if seconds < TARGET else 'MISSED'} (target {TARGET:.0f} s)")


if __name__ == "__main__":
    main()
