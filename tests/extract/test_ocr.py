"""Scanned PDFs read by OCR. The scans are made here as an office makes them: the test
report printed to PDF by Chromium (and ../shared's hz2024.pdf, a real report), its
pages rasterised at 200 dpi, turned a little as paper fed askew is, a red seal stamped
on the last page, saved as JPEG images without a text layer (render.to_scan). Each
must read as its text version reads: the same tables, the same findings, said to rest
on OCR, arithmetic ones as warnings. Needs the OCR extra (the test extra installs it)
and, for the print, Chromium (.ci/run installs it)."""
import functools
import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import on_terminal

from gxlint.lint import Options, lint_source
from gxlint.read import read_source

from .render import load, print_pdf, require, to_pdf, to_printed_html, to_scan, to_txt

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# The rules whose findings rest on figures (dates, counts): from a scan, warnings.
FIGURES = {"GX202", "GX203", "GX204", "GX301", "GX302", "GX303", "GX304", "GX305", "GX403", "GX404", "GX405",
           "GX406", "GX407", "GX410"}


def _ocr() -> None:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the OCR extra is not installed; the test extra installs it")
        pytest.skip("the OCR extra is not installed (pip install -e '.[ocr]')")


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    _ocr()
    require(CHROMIUM, "chromium", "apt-get install chromium fonts-wqy-zenhei")
    root = tmp_path_factory.mktemp("scans")
    blocks = load()
    printed = print_pdf(to_printed_html(blocks, root / "report.html"), root / "report.pdf")
    return {"txt": to_txt(blocks, root / "report.txt"), "pdf": printed,
            "scan": to_scan(printed, root / "scan.pdf", angle=0.7),
            "dark": to_scan(printed, root / "dark.pdf", angle=-0.5, paper=185),
            "mixed": to_scan(to_pdf(blocks, root / "typeset.pdf"), root / "mixed.pdf", pages=[3], seal=False)}


@functools.cache
def _read(path):
    """A scan is read once for all the tests that look at it (OCR takes seconds a page)."""
    source = read_source(str(path))
    assert source.error is None, source.error
    return source


def _lint(path):
    res = lint_source(_read(path), Options())
    assert res.error is None, res.error
    return res


def _cells(res):
    return [(t.kind, r.key, tuple(c.raw for c in r.cells)) for t in res.report.stat_tables for r in t.rows
            if any(c.raw for c in r.cells)]


def _as_read_by_ocr(findings):
    """The findings a text copy gives, as they are said of a scan: arithmetic errors become warnings."""
    return sorted((rule, "warning" if rule in FIGURES and sev == "error" else sev, msg) for rule, sev, msg in findings)


def _findings(res):
    return sorted((d.rule, d.severity, d.message) for d in res.diagnostics)


@pytest.mark.parametrize("kind", ["scan", "dark"])
def test_the_scan_reads_the_tables_of_its_text(scans, kind):
    assert _cells(_lint(scans[kind])) == _cells(_lint(scans["txt"]))


def test_a_dark_scan_gives_the_findings_of_its_text(scans):
    # Grey paper and grey ink, as a scanner set too dark leaves them: the lone zeros in
    # the table are the hardest to read, and none is lost.
    assert _findings(_lint(scans["dark"])) == _as_read_by_ocr(_findings(_lint(scans["txt"])))


def test_the_scan_gives_the_findings_of_its_text_said_to_rest_on_ocr(scans):
    scan, txt = _lint(scans["scan"]), _lint(scans["txt"])
    assert _findings(scan) == _as_read_by_ocr(_findings(txt))
    assert {d.rule for d in scan.diagnostics} >= {"GX305", "GX404", "GX405", "GX407"}
    assert all(d.ocr for d in scan.diagnostics)
    sums = [d for d in scan.diagnostics if d.rule in FIGURES]
    assert all(d.severity == "warning" and d.hint.startswith("这些数字由 OCR 从扫描件识别，可能有误认：请先对照原件核对。")
               for d in sums)
    assert scan.notes == ("第 1、2、3 页是扫描件，文字由 OCR 识别，可能有误认的字，请对照原件核对",)


def test_the_seal_over_the_signature_hides_neither_organ_nor_date(scans):
    report = _lint(scans["scan"]).report
    text = _read(scans["scan"]).text.splitlines()
    assert text[-2:] == ["河西县人民政府", "2022年1月20日"]
    assert (report.title, report.organ) == ("河西县人民政府2021年政府信息公开工作年度报告", "河西县人民政府")


def test_the_command_line_marks_ocr_in_the_location_and_in_json(scans, tmp_path):
    r = subprocess.run([sys.executable, "-m", "gxlint", str(scans["scan"]), "-o", f"json:{tmp_path / 'out.json'}"],
                       capture_output=True, text=True, encoding="utf-8", check=False)
    assert r.returncode == 0, r.stderr         # the sums are warnings: no error fails the run
    assert "（第 2 页，OCR 识别，表5 第6行第10列）: 警告 GX404" in r.stdout
    found = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["files"][0]["diagnostics"]
    assert found and all(d["ocr"] is True for d in found)


def test_a_scanned_page_in_a_text_pdf_is_read_and_only_its_findings_say_ocr(scans):
    mixed, typeset = _lint(scans["mixed"]), _lint(scans["mixed"].with_name("typeset.pdf"))
    assert _read(scans["mixed"]).layout.ocr == (3,)
    assert _cells(mixed) == _cells(typeset)
    # Table 三 is on the scanned page: the sums in it, and the prose's count held against
    # it, rest on OCR; table 四's sum, on a page of text, is an error as it was.
    assert {(d.rule, d.ocr) for d in mixed.diagnostics} == {("GX305", True), ("GX404", True), ("GX405", True),
                                                            ("GX407", False)}
    assert _findings(mixed) == sorted((rule, "warning" if rule != "GX407" else sev, msg)
                                      for rule, sev, msg in _findings(typeset))


def test_progress_shows_on_a_terminal_and_is_cleared(scans, tmp_path):
    with open(tmp_path / "out.txt", "wb") as out:
        shown = on_terminal(scans["mixed"], stdout=out)
    assert f"\rOCR 识别 {scans['mixed']}：第 1/1 页".encode() in shown and shown.endswith(b"\r\x1b[K")
    assert "GX407" in (tmp_path / "out.txt").read_text(encoding="utf-8")


def test_without_the_engine_a_scan_is_refused_with_how_to_install_it(scans):
    # The engine's import blocked, as where the extra is not installed.
    code = ("import sys; sys.modules['rapidocr_onnxruntime'] = None; from gxlint.cli import entry; "
            "sys.argv = ['gxlint', sys.argv[1]]; entry()")
    r = subprocess.run([sys.executable, "-c", code, str(scans["scan"])], capture_output=True, text=True,
                       encoding="utf-8", check=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert ("PDF 没有文字层（扫描件）：安装文字识别（OCR）扩展后即可读取（pip install 'gxlint[ocr]'）"
            in r.stdout + r.stderr)


def test_the_real_report_scanned_reads_as_its_text_pdf(shared, tmp_path):
    _ocr()
    original = shared / "originals" / "hz2024.pdf"
    scan = to_scan(original, tmp_path / "hz2024-scan.pdf", angle=-0.4)
    read, text = _lint(scan), _lint(original)
    assert _cells(read) == _cells(text)
    assert _findings(read) == _as_read_by_ocr(_findings(text))
    # The lone 一 the detector passes over at the start of a row's label is read back.
    lines = _read(scan).text.splitlines()
    assert "一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95 |" in lines
    assert "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in lines


def test_inspect_marks_the_pages_ocr_read(scans):
    r = subprocess.run([sys.executable, "-m", "gxlint", "inspect", "--text", str(scans["mixed"])], capture_output=True,
                       text=True, encoding="utf-8", check=True)
    separators = [line for line in r.stdout.splitlines() if line.startswith("──────")]
    assert separators == ["────── 第 1 页 ──────", "────── 第 2 页 ──────", "────── 第 3 页（OCR 识别） ──────",
                          "────── 第 4 页 ──────"]


def test_a_scan_out_of_time_says_how_to_allow_more(scans):
    r = subprocess.run([sys.executable, "-m", "gxlint", "--timeout", "1", str(scans["scan"])], capture_output=True,
                       text=True, encoding="utf-8", check=False)
    assert r.returncode == 2
    assert "超时（超过 1 秒），未能检查完；扫描件的 OCR 识别每页需数秒，页数多的可用 --timeout 放宽时限" in r.stdout


def test_a_scan_with_a_few_words_laid_over_it_is_still_read_by_ocr(scans, tmp_path):
    # A portal stamps its name over every page of the scan it publishes: a text layer of a
    # few words, which must not pass for the page's text.
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    stamp = tmp_path / "stamp.pdf"
    c = canvas.Canvas(str(stamp), pagesize=(595.3, 841.9))
    c.setFont("STSong-Light", 8)
    c.drawString(400, 20, "来源：河西县人民政府门户网站")
    c.save()
    writer = PdfWriter(clone_from=str(scans["scan"]))
    for page in writer.pages:
        page.merge_page(PdfReader(str(stamp)).pages[0])
    stamped = tmp_path / "stamped.pdf"
    with open(stamped, "wb") as f:
        writer.write(f)
    read, txt = _lint(stamped), _lint(scans["txt"])
    assert _read(stamped).layout.ocr == (1, 2, 3)
    assert _cells(read) == _cells(txt)
    assert _findings(read) == _as_read_by_ocr(_findings(txt))


def test_findings_on_dates_and_sums_read_by_ocr_are_warnings_and_others_stay_errors():
    # The same text as a text page and as a page OCR read: a period ending on 1 December
    # (GX202) and a sum that fails (GX301) rest on figures OCR may have misread; a missing
    # part (GX101) rests on words and stays an error.
    from gxlint.extract import Layout
    from gxlint.lint import lint_source
    from gxlint.read import Source

    text = ("某县人民政府2021年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2021年1月1日起至2021年12月1日止。\n"
            "一、总体情况\n全年共收到申请205件，其中办结120件、处理中81件、待处理3件。\n")
    lines = text.count("\n")
    read = {}
    for kind, ocr_pages in (("text", ()), ("scan", (1,))):
        layout = Layout("pdf", pages=(1,) * lines, ocr=ocr_pages)
        read[kind] = {d.rule: d for d in lint_source(Source("r.pdf", text, None, layout=layout), Options()).diagnostics}
    for rule in ("GX202", "GX301"):
        assert (read["text"][rule].severity, read["scan"][rule].severity) == ("error", "warning")
        assert read["scan"][rule].ocr and not read["text"][rule].ocr
        assert read["scan"][rule].hint == "这些数字由 OCR 从扫描件识别，可能有误认：请先对照原件核对。" + read["text"][rule].hint
    assert read["text"]["GX101"].severity == read["scan"]["GX101"].severity == "error"
    assert read["scan"]["GX101"].ocr


def test_annotate_puts_a_scans_findings_on_their_pages(scans, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "noted.pdf"
    r = subprocess.run([sys.executable, "-m", "gxlint", "annotate", str(scans["scan"]), "-o", str(out)],
                       capture_output=True, text=True, encoding="utf-8", check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().endswith("；4 条在扫描页上无法定位文字，标在所在页页首")
    notes = [(n, str(a.get_object()["/Contents"])[:10]) for n, page in enumerate(PdfReader(str(out)).pages, 1)
             for a in page.get("/Annots") or []]
    assert notes == [(1, "【警告】GX305 "), (2, "【警告】GX404 "), (3, "【警告】GX405 "), (3, "【警告】GX407 ")]
