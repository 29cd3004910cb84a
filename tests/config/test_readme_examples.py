"""The configuration and the local pack shown in the README load and do what they say."""
import json
import re

from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli


def blocks(first_line: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return next(b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if b.startswith(first_line))


def test_readme_configuration_and_pack(tmp_path, monkeypatch):
    (tmp_path / "rules").mkdir()
    (tmp_path / ".gxlint.yaml").write_text(blocks("# .gxlint.yaml"), encoding="utf-8")
    (tmp_path / "rules" / "henan.yaml").write_text(blocks("# rules/henan.yaml"), encoding="utf-8")
    (tmp_path / "乡镇").mkdir()
    (tmp_path / "乡镇" / "a.txt").write_text(
        "某镇人民政府2023年政府信息公开工作年度报告\n本报告仅供参考。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    shown = CliRunner().invoke(cli.main, ["config", "show", "乡镇/a.txt", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["effective"]["organ-kind"] == "township"
    (tmp_path / "gxlint-baseline.json").write_text('{"version": 1, "findings": []}', encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["乡镇/a.txt", "--format", "json"])
    found = {d["rule"]: d["severity"] for d in json.loads(result.stdout)["files"][0]["diagnostics"]}
    assert found["HN001"] == "warning" and found["GX501"] == "error"


def test_readme_rule_case_is_a_passing_case():
    import yaml

    from gxlint.lint import Options, lint_text

    data = yaml.safe_load(blocks("rule: GX202"))
    (case,) = data["cases"]
    res = lint_text(case["text"], Options(select=(data["rule"],)))
    got = [(d.line, d.column, d.severity, d.message) for d in res.diagnostics]
    assert got == [(f["line"], f["column"], f["severity"], f["message"]) for f in case["findings"]]
