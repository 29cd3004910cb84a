"""What an office hands on from `gxlint audit`: counts split by severity that add up to
the findings, every value in Chinese, the figures offices rank by (blank where a table
does not give them), and a workbook that prints on A4 landscape with no column cut."""
import csv
import json
import os
import re
import shutil
import subprocess
from collections import Counter

import pytest
from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli

# English words a Chinese deliverable may carry: rule codes, file paths (the
# submission's own names), a URL placeholder in a hint, the report's words quoted.
_ALLOWED = re.compile(r"GX\d{3}|https?://\S*|[\w./\\-]+\.(?:txt|md|docx|pdf|html?)\b|“[^”]*”")


def _audit(paths, out, *extra):
    args = ["audit", *map(str, paths), "--no-progress", "--no-color", "--csv", str(out / "csv"),
            "--xlsx", str(out / "a.xlsx"), "--html", str(out / "a.html"), *extra]
    return CliRunner().invoke(cli.main, args)


def _csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _english(values, allowed_paths=()):
    """The values with a Latin word left once paths, codes and URLs are taken out."""
    out = []
    for value in values:
        text = str(value)
        for path in allowed_paths:
            text = text.replace(path, "")
        text = _ALLOWED.sub("", text)
        if re.search(r"[A-Za-z]{2,}", text):
            out.append(value)
    return out


def _check_outputs(out, paths):
    findings = _csv(out / "csv" / "findings.csv")
    rules = _csv(out / "csv" / "rules.csv")
    reports = _csv(out / "csv" / "reports.csv")
    # per rule, the severity columns add up to the findings.csv rows of that rule and severity
    counted = Counter((f["规则"], f["严重程度"]) for f in findings)
    for row in rules:
        for column in ("错误", "警告", "提示"):
            assert int(row[column]) == counted[(row["规则"], column)], (row, column)
        assert int(row["错误"]) + int(row["警告"]) + int(row["提示"]) == int(row["问题数"])
    assert sum(int(r["问题数"]) for r in rules) == len(findings)
    assert sum(int(r["错误"]) + int(r["警告"]) + int(r["提示"]) for r in reports) == len(findings)
    # no English value in the Chinese outputs
    shown_paths = {r["文件"] for r in reports}
    for rows in (findings, rules, reports):
        for row in rows:
            assert not _english([*row.keys(), *row.values()], shown_paths), row
    from openpyxl import load_workbook

    book = load_workbook(out / "a.xlsx")
    cells = [c.value for s in book.worksheets for r in s.iter_rows() for c in r if c.value is not None]
    assert not _english([*book.sheetnames, *cells], shown_paths)
    html = (out / "a.html").read_text(encoding="utf-8")
    data = json.loads(html.split('<script type="application/json" id="data">')[1].split("</script>")[0])
    assert not _english(data["labels"].values())
    for r in data["reports"]:
        assert not _english([r["organ_kind"], r["regime"], r["status"]], shown_paths)
        assert not _english([f["name"] + f["message"] for f in r["findings"]], shown_paths)
    return findings, rules, reports


def test_the_shared_reports_audited_whole_and_in_chinese(shared, tmp_path):
    paths = [shared / "corpus", shared / "seeds", shared / "originals"]
    result = _audit(paths, tmp_path)
    assert result.exit_code in (0, 1), result.output
    _, rules, reports = _check_outputs(tmp_path, paths)
    assert len(reports) == sum(1 for p in paths for f in p.iterdir() if f.suffix in (".txt", ".pdf", ".html", ".docx"))
    gx101 = next(r for r in rules if r["规则"] == "GX101")
    assert gx101["名称"] == "缺少必备内容" and int(gx101["错误"]) and int(gx101["提示"])


def test_mixed_severities_of_one_rule_are_counted_apart(tmp_path):
    # GX101 is an error for a missing item and a warning for the 2007 Regulation's sixth
    result = _audit([ROOT / "examples"], tmp_path)
    assert result.exit_code == 1, result.output
    findings, _, reports = _check_outputs(tmp_path, [ROOT / "examples"])
    assert {r["机关类型"] for r in reports} <= {"人民政府", "乡镇（街道）", "部门", "未识别"}
    assert {r["适用规范"] for r in reports} == {"2007年条例", "2019年格式", "2021年格式"}
    assert {f["严重程度"] for f in findings} == {"错误", "警告", "提示"}
    assert "错误" in result.output and "警告" in result.output and "error" not in result.output


def test_english_behind_lang_en(tmp_path):
    result = _audit([ROOT / "examples"], tmp_path, "--lang", "en")
    assert result.exit_code == 1, result.output
    reports = _csv(tmp_path / "csv" / "reports.csv")
    assert {r["regime"] for r in reports} == {"2007 Regulation", "2019 format", "2021 format"}
    assert {f["severity"] for f in _csv(tmp_path / "csv" / "findings.csv")} == {"error", "warning", "info"}


def test_the_figures_offices_rank_by(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    shutil.copy(ROOT / "examples" / "2021-county-clean.txt", d / "county.txt")
    shutil.copy(ROOT / "examples" / "2017-bureau-defects.txt", d / "bureau.txt")
    _audit([d], tmp_path)
    rows = {r["文件"].rsplit("/", 1)[-1]: r for r in _csv(tmp_path / "csv" / "reports.csv")}
    county = rows["county.txt"]
    text = (d / "county.txt").read_text(encoding="utf-8")

    def total(label):
        line = next(x for x in text.split("\n") if label in x)
        return int(line.rstrip(" |").split("|")[-1])
    assert int(county["本年新收申请"]) == total("本年新收")
    assert int(county["办理结果总计"]) == total("（七）总计")
    shown = (total("（一）予以公开") + total("（二）部分公开")) / total("（七）总计") * 100
    assert float(county["实质公开率（%）"]) == round(shown, 1)
    assert county["行政复议"] != "" and county["诉讼纠正"] != ""
    # a 2017 report has no table 三: every figure blank, none 0
    assert all(rows["bureau.txt"][k] == "" for k in ("本年新收申请", "办理结果总计", "实质公开率（%）", "行政复议"))


def test_the_workbook_is_ready_to_print(tmp_path):
    from openpyxl import load_workbook

    _audit([ROOT / "examples"], tmp_path)
    book = load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames == ["汇总", "报告", "问题", "规则"]
    summary = [c.value for r in book["汇总"].iter_rows() for c in r if c.value]
    assert summary[0] == "政府信息公开工作年度报告检查汇总" and "按规则" in summary and "按机关类型" in summary
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
    for sheet in book.worksheets[1:]:
        assert sheet.freeze_panes == "A2" and sheet.print_title_rows == "$1:$1" and sheet.auto_filter.ref
    findings = book["问题"]
    header = [c.value for c in findings[1]]
    link = findings.cell(2, 1).hyperlink
    assert link is not None and link.location.startswith("'报告'!A")
    row = int(link.location.split("!A")[1])
    assert book["报告"].cell(row, 1).value == findings.cell(2, 1).value
    severity = findings.cell(2, header.index("严重程度") + 1)
    assert severity.value in ("错误", "警告", "提示") and severity.fill.fgColor.rgb != "00000000"
    widths = {c: findings.column_dimensions[c].width for c in "ABCDEFGHIJK"}
    assert 60 <= widths["I"] < 62 and widths["D"] < 12 and findings.cell(2, 9).alignment.wrap_text     # the message wraps


def test_the_workbook_prints_on_a4_landscape_with_every_column(tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is not installed; .ci/run installs it")
        pytest.skip("LibreOffice is not installed")
    import pdfplumber

    _audit([ROOT / "examples"], tmp_path)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "a.xlsx")], check=True, capture_output=True, timeout=180)
    findings = len(_csv(tmp_path / "csv" / "findings.csv"))
    with pdfplumber.open(tmp_path / "a.pdf") as pdf:
        pages = [(p.width, p.height, p.extract_text() or "") for p in pdf.pages]
    assert all(w > h for w, h, _ in pages)                        # landscape
    # every column on the page: each page of the findings sheet shows its last column's header
    finding_pages = [text for _, _, text in pages if "严重程度" in text and "建议" in text]
    assert finding_pages and all("建议" in text for text in finding_pages)
    report_pages = [text for _, _, text in pages if "读取情况" in text]
    assert report_pages and all("诉讼纠正" in text for text in report_pages)
    # no more pages than the rows need: at least ten findings a page
    assert len(pages) <= 4 + findings // 10
