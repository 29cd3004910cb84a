"""How well OCR reads a scan, and what it costs: each report's text version (the test
report printed by Chromium, and ../shared/originals/hz2024.pdf when it is there) is
scanned as an office scans it (tests/extract/render.to_scan: 200 dpi, turned, a red
seal, JPEG) and read. Prints per report and scan:

- character accuracy: the share of the text PDF's characters (spaces, line breaks and
  the table bars left out) that difflib's alignment finds in the OCR text unchanged;
- table cells: the statistics tables' cells read the same / all;
- the findings that differ (rule, severity, message), text PDF's against the scan's,
  arithmetic errors of the text counted as the warnings OCR makes them;
- seconds per scanned page, and the peak memory of the process.

    python benchmarks/ocr_accuracy.py
    python benchmarks/ocr_accuracy.py --angles 0 0.7 1.5
"""
from __future__ import annotations

import argparse
import difflib
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))
from extract.render import load, print_pdf, to_printed_html, to_scan  # noqa: E402

from gxlint.check.packs import all_rules  # noqa: E402
from gxlint.lint import Options, lint_path  # noqa: E402
from gxlint.read import read_source  # noqa: E402

FIGURES = {r.code for r in all_rules() if r.figures}     # their errors are warnings on OCR text


def _chars(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c != "|")


def accuracy(truth: str, read: str) -> float:
    truth, read = _chars(truth), _chars(read)
    matcher = difflib.SequenceMatcher(None, truth, read, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(truth), 1)


def cells(res) -> list[tuple]:
    return [(t.kind, r.key, c.raw) for t in res.report.stat_tables for r in t.rows for c in r.cells]


def findings(res, as_ocr: bool) -> set[tuple[str, str, str]]:
    return {(d.rule, "warning" if as_ocr and d.rule in FIGURES and d.severity == "error" else d.severity, d.message)
            for d in res.diagnostics}


def measure(name: str, text_pdf: Path, scan: Path) -> None:
    began = time.perf_counter()
    source = read_source(str(scan))
    seconds = time.perf_counter() - began
    pages = len(source.layout.ocr) if source.layout else 0
    truth = read_source(str(text_pdf)).text or ""
    text, read = lint_path(str(text_pdf), Options()), lint_path(str(scan), Options())
    same = sum(a == b for a, b in zip(cells(text), cells(read)))
    print(f"{name}: characters {accuracy(truth, source.text or ''):.2%}, table cells {same}/{len(cells(text))}"
          f" ({len(cells(read))} read), {seconds / max(pages, 1):.1f} s a page over {pages} pages")
    expected, got = findings(text, True), findings(read, False)
    for rule, sev, msg in sorted(expected - got):
        print(f"    only in the text PDF: {rule} {sev} {msg}")
    for rule, sev, msg in sorted(got - expected):
        print(f"    only in the scan:     {rule} {sev} {msg}")
    if expected == got:
        print(f"    findings: the same {len(got)}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--angles", type=float, nargs="+", default=[0.0, 0.7])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        reports = {"test report (Chromium print)": print_pdf(to_printed_html(load(), folder / "r.html"),
                                                            folder / "report.pdf")}
        original = ROOT.parent / "shared" / "originals" / "hz2024.pdf"
        if original.is_file():
            reports["hz2024.pdf"] = original
        for name, pdf in reports.items():
            for angle in args.angles:
                scan = to_scan(pdf, folder / f"scan-{len(list(folder.iterdir()))}.pdf", angle=angle)
                measure(f"{name}, turned {angle}°", pdf, scan)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
