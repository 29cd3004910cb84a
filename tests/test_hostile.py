"""Hostile files (tests/hostile.py, made here): each is refused with its own one-line
reason, quickly and within a worker memory limit far below what it would take to read
naively; and the inputs that once made a path quadratic take time about linear in
their size (checked at 1×, 10× and 100×: a ratio bound, not a time limit)."""
import json
import subprocess
import sys
import time

import hostile
import pytest

from gxlint.lint import Options, lint_path, lint_text


def _gxlint(*args):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True, encoding="utf-8",
                          check=False)


@pytest.mark.parametrize("make, reason", [
    (lambda d: hostile.nested_flate_pdf(d / "nested.pdf", 256), "解压后超过 128 MB"),
    (lambda d: hostile.glyph_flood_pdf(d / "glyphs.pdf"), "超过 100000 个文字或图形对象"),
    (lambda d: hostile.wide_span_docx(d / "span.docx"), "跨 2147483647 列"),
    (lambda d: hostile.span_flood_html(d / "span.html"), "单元格过多"),
    (lambda d: hostile.giant_scan_pdf(d / "giant-scan.pdf"), "图像达 169 百万像素，超过 150 百万像素的上限"),
], ids=["nested-flate-pdf", "glyph-flood-pdf", "wide-span-docx", "span-flood-html", "giant-scan-pdf"])
def test_a_hostile_document_is_refused_with_its_reason_in_little_memory(tmp_path, make, reason):
    path = make(tmp_path)
    (tmp_path / "ok.txt").write_text(hostile.REPORT, encoding="utf-8")
    assert path.stat().st_size < 100_000
    began = time.monotonic()
    r = _gxlint(str(tmp_path), "--format", "json", "--memory-limit", "400", "--timeout", "30")
    assert time.monotonic() - began < 30
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(r.stdout)["files"]}
    assert reason in files[path.name]["error"], files[path.name]["error"]
    assert files["ok.txt"]["error"] is None and files["ok.txt"]["diagnostics"]
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_a_list_numbered_from_ten_billion_in_roman_numerals_is_read_at_once(tmp_path):
    path = hostile.roman_list_html(tmp_path / "roman.html")
    assert path.stat().st_size < 60
    began = time.monotonic()
    result = lint_path(str(path), Options())
    assert time.monotonic() - began < 5 and result.error is None


def _seconds(run) -> float:
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def _linear(run_at_size) -> None:
    """Time at 1×, 10× and 100×: about linear is 100× at the most (a quadratic path is
    10,000×); fixed costs only make the ratio smaller."""
    t1, t10, t100 = (_seconds(lambda n=n: run_at_size(n)) for n in (1, 10, 100))
    assert t100 < 250 * max(t1, 0.002) and t100 < 25 * max(t10, 0.02), (t1, t10, t100)


def _document(tmp_path, make):
    def run(n):
        path = make(tmp_path, n)
        assert lint_path(str(path), Options()).error is None
    return run


@pytest.mark.parametrize("make", [
    lambda d, n: hostile.one_line_report(d / "one-line.txt", 10 * n),
    lambda d, n: hostile.many_headings(d / "headings.txt", 100 * n),
    lambda d, n: hostile.long_list_html(d / "list.html", 100 * n),
    lambda d, n: hostile.deep_html(d / "deep.html", 20 * n),
], ids=["one-line-report", "many-headings", "long-list", "deep-nesting"])
def test_hostile_documents_take_time_linear_in_their_size(tmp_path, make):
    _linear(_document(tmp_path, make))


@pytest.mark.parametrize("unit", [
    "见附表，", "统计期限2021年 ", "电话：0571-1234567，", "共10件，其中", "a" * 40 + "@", "统计表 培训会议 1 ",
    "统计表 培训会议 ", "指标名称 主动公开 ",
    "结果维持 1 ", "第二十条第（一）项 规章 1 1 1 ", "（一）总体情况。",
])
def test_text_made_of_one_pattern_takes_time_linear_in_its_length(unit):
    _linear(lambda n: lint_text(unit * 100 * n))
