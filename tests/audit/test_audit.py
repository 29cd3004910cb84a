"""`gxlint audit` on a small submission with planted defects: a report copied under
another organ's name, a carry-over that does not match last year's, figures copied
from last year, an unreadable file; and the summary, CSV and Excel it writes."""
import csv
import json

import pytest
from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli

BASE = (ROOT / "examples" / "2021-county-clean.txt").read_text(encoding="utf-8")
CARRIED_IN = "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"


def next_year(text: str) -> str:
    return text.replace("2022年2月25日", "2023年2月25日").replace("2021", "2022")


@pytest.fixture
def submission(tmp_path):
    d = tmp_path / "submission"
    (d / "县政府").mkdir(parents=True)
    (d / "县政府" / "2021.txt").write_text(BASE, encoding="utf-8")
    # 2022: 上年结转 per column (2,0,0,0,0,0) differs from 2021's 结转下年度 (1,0,0,1,0,0)
    (d / "县政府" / "2022.txt").write_text(next_year(BASE), encoding="utf-8")
    # a neighbour's report: the county's 2021 text under another name
    (d / "河西县" ).mkdir()
    (d / "河西县" / "2021.txt").write_text(BASE.replace("河东县", "河西县"), encoding="utf-8")
    (d / "broken.docx").write_bytes(b"not a zip")
    return d


def run_audit(*args):
    return CliRunner().invoke(cli.main, ["audit", *map(str, args), "--no-progress", "--no-color"])


def findings(csv_dir):
    with (csv_dir / "findings.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_planted_defects_are_caught(submission, tmp_path):
    result = run_audit(submission, "--csv", tmp_path / "out", "--jobs", "2")
    assert result.exit_code == 2, result.output          # the broken .docx
    rows = findings(tmp_path / "out")
    by_rule = {}
    for row in rows:
        by_rule.setdefault(row["规则"], []).append(row)
    carry = by_rule["GX701"]
    assert {r["文件"].split("submission/")[1] for r in carry} == {"县政府/2022.txt"}
    assert any("自然人" in r["问题"] and "为2" in r["问题"] and "为1" in r["问题"] for r in carry)
    copies = {r["文件"].split("submission/")[1] for r in by_rule["GX702"]}
    assert "河西县/2021.txt" in copies and "县政府/2021.txt" in copies
    neighbour = [r["问题"] for r in by_rule["GX702"] if r["文件"].endswith("河西县/2021.txt")]
    # one finding a report, naming the closest and counting the others
    assert len(neighbour) == 1 and "河东县人民政府" in neighbour[0] and "%" in neighbour[0]
    assert "另有1份" in neighbour[0]
    # 2022's tables are 2021's, figure for figure
    assert [r["文件"].split("submission/")[1] for r in by_rule["GX703"]] == ["县政府/2022.txt"]
    reports = list(csv.DictReader((tmp_path / "out" / "reports.csv").open(encoding="utf-8-sig")))
    broken = next(r for r in reports if r["文件"].endswith("broken.docx"))
    assert broken["读取情况"] and broken["读取情况"] != "已检查"


def test_a_matching_carry_over_and_new_figures_are_not_reported(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "2021.txt").write_text(BASE, encoding="utf-8")
    carried = CARRIED_IN.replace("| 2 | 0 | 0 | 0 |", "| 1 | 0 | 0 | 1 |")
    (d / "2022.txt").write_text(next_year(BASE).replace(CARRIED_IN, carried), encoding="utf-8")
    run_audit(d, "--csv", tmp_path / "out")
    rules = {r["规则"] for r in findings(tmp_path / "out")}
    assert "GX701" not in rules and "GX703" not in rules and "GX702" in rules


def test_order_is_the_same_whatever_the_jobs(submission, tmp_path):
    one = run_audit(submission, "--jobs", "1", "--csv", tmp_path / "a")
    two = run_audit(submission, "--jobs", "2", "--csv", tmp_path / "b")
    assert one.stdout == two.stdout
    assert (tmp_path / "a" / "findings.csv").read_bytes() == (tmp_path / "b" / "findings.csv").read_bytes()


def test_summary_and_workbook(submission, tmp_path):
    from openpyxl import load_workbook

    result = run_audit(submission, "--xlsx", tmp_path / "a.xlsx")
    out = result.stdout
    assert "政府信息公开工作年度报告检查汇总" in out and "按规则" in out and "按适用规范" in out
    assert "按机关类型" in out and "问题最多的报告" in out and "无法读取的文件" in out
    book = load_workbook(tmp_path / "a.xlsx", read_only=True)
    assert book.sheetnames == ["汇总", "报告", "问题", "规则"]
    header = [c.value for c in next(book["问题"].iter_rows(max_row=1))]
    assert header[:4] == ["文件", "机关", "年度", "规则"]
    assert book["报告"].max_row == 1 + 4


def test_page_is_self_contained(submission, tmp_path):
    run_audit(submission, "--html", tmp_path / "a.html")
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "<script src" not in page and "<link" not in page and "http://" not in page.split("<script")[0]
    payload = page.split('<script type="application/json" id="data">')[1].split("</script>")[0]
    data = json.loads(payload)
    assert data["totals"]["reports"] == 4 and data["totals"]["unreadable"] == 1
    assert any(f["rule"] == "GX702" for r in data["reports"] for f in r["findings"])


def test_a_submission_cannot_steer_its_own_audit(tmp_path, monkeypatch):
    """A configuration file placed in the submitted folder is not read, and a link in it
    cannot pull a file from outside into the audit's outputs."""
    submission, auditor = tmp_path / "submission", tmp_path / "office"
    submission.mkdir()
    auditor.mkdir()
    text = (ROOT / "examples" / "2017-bureau-defects.txt").read_text(encoding="utf-8")
    (submission / "r.txt").write_text(text, encoding="utf-8")
    (submission / ".gxlint.yaml").write_text("ignore: [GX1, GX2, GX3, GX4, GX5, GX9]\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("某县人民政府2016年政府信息公开工作年度报告\n绝密：口令123456\n", encoding="utf-8")
    (submission / "leak.txt").symlink_to(tmp_path / "secret.txt")
    monkeypatch.chdir(auditor)
    page = auditor / "audit.html"
    result = CliRunner().invoke(cli.main, ["audit", str(submission), "--html", str(page), "--no-progress",
                                           "--jobs", "1"])
    assert result.exit_code == 2, result.output
    html = page.read_text(encoding="utf-8")
    assert "口令123456" not in html and "链接指向检查范围之外" in html
    data = json.loads(html.split('<script type="application/json" id="data">')[1].split("</script>")[0])
    report = next(r for r in data["reports"] if r["path"].endswith("r.txt"))
    assert report["error"] >= 5                          # the errors the folder's configuration would hide
    # The same folder linted by its author: their configuration applies.
    checked = CliRunner().invoke(cli.main, [str(submission / "r.txt"), "--format", "json"])
    assert json.loads(checked.stdout)["files"][0]["diagnostics"] == []
