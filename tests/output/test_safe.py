"""What a report or a file's name could smuggle into an output: an escape sequence, a
newline, bytes that are not UTF-8 (a GBK name from a Windows zip), a spreadsheet
formula. Every output stays valid and shows them as U+FFFD (or neutralised)."""
import csv
import json
import os
import subprocess
import sys

import pytest

REPORT = ("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n正文\x1b[31m红色\x1b]0;title\x07扫一扫在手机打开当前页\n"
          "全年共公开信息300条，其中网站公开210条，微信公开60条，公示栏公开20条。\n")
GBK_NAME = "报告".encode("gbk") + b".txt"


def _run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, cwd=cwd, check=False)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    with open(os.path.join(os.fsencode(tmp_path / "in"), GBK_NAME), "wb") as f:
        f.write(REPORT.encode("utf-8"))
    (tmp_path / "in" / "bad\nname.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "concise", "github", "json", "jsonl", "sarif", "junit"])
def test_every_format_stays_valid_and_shows_nothing_raw(folder, fmt):
    r = _run("in", "--format", fmt, "--color", cwd=folder)
    assert r.returncode == 1 and b"Traceback" not in r.stderr
    out = r.stdout.decode("utf-8")                    # valid UTF-8, whatever the names were
    assert "\ufffd" in out
    shown = out.replace("\x1b[", "") if fmt == "text" else out        # the text format's own colours
    assert "\x1b]" not in shown and "\x07" not in shown
    if fmt == "text":
        assert "正文\ufffd[31m红色" in out             # the report's own sequence, defused
    if fmt in ("json", "sarif"):
        json.loads(out)
    if fmt == "jsonl":
        assert all(json.loads(line) for line in out.splitlines())
    if fmt in ("concise", "github"):
        assert all(line.startswith(("in/", "::")) for line in out.splitlines())   # no forged lines
    if fmt == "junit":
        import xml.etree.ElementTree as ET

        ET.fromstring(out)


def test_the_audit_writes_every_output_and_neutralises_formulas(folder):
    (folder / "in" / "=1+2.txt").write_text(REPORT, encoding="utf-8")
    r = _run("audit", "=1+2.txt", GBK_NAME.decode("utf-8", "surrogateescape"), "--csv", "../out", "--xlsx",
             "../a.xlsx", "--html", "../a.html", "--no-progress", cwd=folder / "in")
    assert r.returncode == 1 and b"Traceback" not in r.stderr, r.stderr
    with open(folder / "out" / "reports.csv", encoding="utf-8-sig", newline="") as f:
        paths = [row[0] for row in csv.reader(f)][1:]
    assert "'=1+2.txt" in paths and any("\ufffd" in p for p in paths)
    from openpyxl import load_workbook

    sheet = load_workbook(folder / "a.xlsx")["报告"]
    values = [c.value for c in sheet["A"]]
    assert "=1+2.txt" in values and sheet["A"][values.index("=1+2.txt")].data_type == "s"
    assert "\ufffd" in (folder / "a.html").read_text(encoding="utf-8")
