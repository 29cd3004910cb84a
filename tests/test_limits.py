"""Limits on what is read, each a one-line error for that file (exit 2) while the
other files of the run are still linted; and a local pack's runaway pattern stops
its own rule, not the run."""
import json
import subprocess
import sys

from gxlint import extract
from gxlint.lint import Options, lint_path

BAD = "某县人民政府2016年政府信息公开工作年度报告\n全年共受理申请60件，其中网络申请72件。\n"


def gxlint(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd)


def test_a_file_over_the_size_limit_is_refused_and_the_others_are_linted(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(21 * 1024 * 1024)           # sparse: costs no disk
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    r = gxlint(str(tmp_path), "--format", "json")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(r.stdout)["files"]}
    assert "20 MB" in files["big.txt"]["error"]
    assert any(d["rule"] == "GX303" for d in files["bad.txt"]["diagnostics"])
    assert [line for line in r.stderr.splitlines() if "big.txt" in line] == [f"{big}: {files['big.txt']['error']}"]


def test_a_table_over_the_cell_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_CELLS", 50)
    rows = "".join(f"<tr>{'<td>1</td>' * 10}</tr>" for _ in range(6))
    page = tmp_path / "r.html"
    page.write_text(f"<html><body><p>某县2021年政府信息公开工作年度报告</p><table>{rows}</table></body></html>",
                    encoding="utf-8")
    result = lint_path(str(page), Options())
    assert result.report is None and "50" in result.error and "单元格" in result.error


EVIL = """\
pack: evil
description: a pattern that backtracks for ever on a long run of 年
extends: common
regimes: [all]
rules:
  - code: EV001
    name: evil
    kind: pattern
    severity: warning
    regimes: [all]
    params: {patterns: [{regex: "(?:年|年年)+$"}]}
    messages: {default: {zh: "坏"}}
    cite: {zh: "无"}
    description: {zh: "灾难性回溯"}
    examples: {fail: "x", pass: "y"}
"""


def test_a_runaway_pattern_stops_its_rule_and_nothing_else(tmp_path):
    (tmp_path / "evil.yaml").write_text(EVIL, encoding="utf-8")
    (tmp_path / ".gxlint.yaml").write_text("packs: [evil.yaml]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(BAD + "年" * 60 + "!\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    r = gxlint("r.txt", "bad.txt", "--format", "json", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    files = {f["path"]: f for f in json.loads(r.stdout)["files"]}
    assert "EV001" in files["r.txt"]["error"] and "1 秒" in files["r.txt"]["error"]
    assert any(d["rule"] == "GX303" for d in files["r.txt"]["diagnostics"])     # the other rules ran
    assert files["bad.txt"]["error"] is None
