"""Baseline round trip: record, hide, survive edits elsewhere, report what is new and
what was fixed, prune on update."""
import json

import pytest
from click.testing import CliRunner

from gxlint import cli

REPORT = ("某县人民政府2016年政府信息公开工作年度报告\n"
          "全年共受理申请60件，其中网络申请72件，信函申请3件。\n"
          "全年主动公开信息100条，其中通知公告30条、工作动态60条。\n")


def invoke(*args):
    return CliRunner().invoke(cli.main, list(args))


def rules(result):
    return sorted(d["rule"] for f in json.loads(result.stdout)["files"] for d in f["diagnostics"])


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "reports" / "b.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_round_trip(tree):
    before = rules(invoke("reports", "--format", "json"))
    assert "GX303" in before and "GX301" in before
    written = invoke("reports", "--baseline", "gxlint-baseline.json", "--update-baseline")
    assert written.exit_code == 0
    data = json.loads((tree / "gxlint-baseline.json").read_text(encoding="utf-8"))
    assert len(data["findings"]) == len(before) and data["findings"][0]["path"] == "reports/a.txt"

    hidden = invoke("reports", "--baseline", "gxlint-baseline.json", "--format", "json")
    assert hidden.exit_code == 0 and rules(hidden) == []
    assert json.loads(hidden.stdout)["summary"]["baseline"] == {"hidden": len(before), "stale": 0}

    # Lines added above move every finding; the content fingerprint still matches.
    a = tree / "reports" / "a.txt"
    lines = REPORT.split("\n")
    a.write_text("\n".join([lines[0], "一、概述", "本机关认真贯彻落实《条例》。", *lines[1:]]), encoding="utf-8")
    moved = invoke("reports", "--baseline", "gxlint-baseline.json", "--format", "json")
    assert rules(moved) == [r for r in rules(invoke("reports/a.txt", "--format", "json"))
                            if r not in before]

    # Fixing the part (72 → 50) ends GX303 and changes the sum GX301 reports (53, not 75):
    # the new sum is a new finding, the two old entries are stale, reported with their place.
    a.write_text(REPORT.replace("网络申请72件", "网络申请50件"), encoding="utf-8")
    after = invoke("reports", "--baseline", "gxlint-baseline.json", "--format", "json")
    new = [d for f in json.loads(after.stdout)["files"] for d in f["diagnostics"]]
    assert [(d["rule"], d["line"]) for d in new] == [("GX301", 2)] and "53" in new[0]["message"]
    assert "reports/a.txt:2: GX303" in after.stderr and "reports/a.txt:2: GX301" in after.stderr
    assert "--update-baseline" in after.stderr
    assert json.loads(after.stdout)["summary"]["baseline"] == {"hidden": len(before) - 2, "stale": 2}


def test_update_keeps_entries_of_files_not_linted(tree):
    invoke("reports", "--baseline", "base.json", "--update-baseline")
    total = len(json.loads((tree / "base.json").read_text(encoding="utf-8"))["findings"])
    (tree / "reports" / "a.txt").write_text(REPORT.replace("72件", "50件"), encoding="utf-8")
    invoke("reports/a.txt", "--baseline", "base.json", "--update-baseline")
    entries = json.loads((tree / "base.json").read_text(encoding="utf-8"))["findings"]
    assert len([e for e in entries if e["path"] == "reports/b.txt"]) == total // 2
    assert not any(e["path"] == "reports/a.txt" and e["rule"] == "GX303" for e in entries)
    # entries of files linted in this run only are stale: linting b.txt alone reports none
    only_b = invoke("reports/b.txt", "--baseline", "base.json", "--format", "json")
    assert json.loads(only_b.stdout)["summary"]["baseline"]["stale"] == 0


def test_identical_findings_are_counted(tree):
    twice = REPORT + REPORT.split("\n")[1] + "\n"
    (tree / "reports" / "a.txt").write_text(REPORT, encoding="utf-8")
    invoke("reports/a.txt", "--baseline", "base.json", "--update-baseline")
    (tree / "reports" / "a.txt").write_text(twice, encoding="utf-8")
    result = invoke("reports/a.txt", "--baseline", "base.json", "--format", "json")
    assert "GX303" in rules(result)             # the second copy is new


def test_baseline_from_the_configuration(tree):
    (tree / ".gxlint.yaml").write_text("baseline: gxlint-baseline.json\n", encoding="utf-8")
    assert invoke("reports", "--update-baseline").exit_code == 0
    assert rules(invoke("reports", "--format", "json")) == []


@pytest.mark.parametrize("content, words", [(None, "--update-baseline"), ("{not json", "base.json"),
                                            ('{"version": 9, "findings": []}', "version")])
def test_a_bad_baseline_is_one_line(tree, content, words):
    if content is not None:
        (tree / "base.json").write_text(content, encoding="utf-8")
    result = invoke("reports", "--baseline", "base.json")
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output
