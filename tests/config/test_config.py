"""Configuration as users write it: found upward, validated with file:line, and each
setting changing what a run reports."""
import json
import textwrap
import time

import pytest
from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli

# A 2020 township report: signed 10 March 2021 (after a 28 February local deadline,
# before the national 31 March), no contact (GX501, info), a sum that does not add up.
TOWNSHIP = textwrap.dedent("""\
    某镇人民政府2020年政府信息公开工作年度报告
    本报告统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在镇政府网站下载。
    一、总体情况
    全年主动公开信息100条，其中通知公告30条、工作动态60条。
    二、主动公开政府信息情况
    见下表。
    三、收到和处理政府信息公开申请情况
    无。
    四、政府信息公开行政复议、行政诉讼情况
    无。
    五、存在的主要问题及改进情况
    正文。
    六、其他需要报告的事项
    无。
    某镇人民政府
    2021年3月10日
    """)


def lint(tmp_path, *args, lang_json=True):
    runner = CliRunner()
    result = runner.invoke(cli.main, [*args, "--format", "json"] if lang_json else list(args))
    return result


def codes(result, name="report.txt"):
    doc = json.loads(result.stdout)
    f = next(x for x in doc["files"] if x["path"].endswith(name))
    return {d["rule"]: d["severity"] for d in f["diagnostics"]}


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "reports" / "乡镇").mkdir(parents=True)
    (tmp_path / "reports" / "乡镇" / "report.txt").write_text(TOWNSHIP, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_without_configuration_the_defaults_apply(tree):
    found = codes(lint(tree, "reports"))
    assert found["GX301"] == "error" and found["GX501"] == "info" and "GX204" not in found


def test_found_upward_from_the_file_and_applied(tree):
    write(tree / ".gxlint.yaml", """\
        ignore: [GX301]
        severity: {missing-contact: error}
        """)
    found = codes(lint(tree, "reports/乡镇/report.txt"))
    assert "GX301" not in found and found["GX501"] == "error"


def test_files_of_one_folder_share_its_configuration_and_a_link_is_governed_where_it_points(tree):
    write(tree / "reports" / "乡镇" / ".gxlint.yaml", "ignore: [GX301]\n")
    other = tree / "other"
    other.mkdir()
    for name in ("a.txt", "b.txt"):
        (other / name).write_text(TOWNSHIP, encoding="utf-8")
    (other / "link.txt").symlink_to(tree / "reports" / "乡镇" / "report.txt")
    result = lint(tree, "other", "reports")
    assert "GX301" in codes(result, "a.txt") and "GX301" in codes(result, "b.txt")
    assert "GX301" not in codes(result, "link.txt") and "GX301" not in codes(result, "乡镇/report.txt")


def test_nearest_file_wins_and_pyproject_table_is_read(tree):
    write(tree / ".gxlint.yaml", "ignore: [GX301]\n")
    write(tree / "reports" / "pyproject.toml", """\
        [project]
        name = "docs"

        [tool.gxlint]
        ignore = ["GX501"]
        """)
    found = codes(lint(tree, "reports"))
    assert "GX501" not in found and found["GX301"] == "error"


def test_pyproject_without_the_table_is_not_a_configuration(tree):
    write(tree / ".gxlint.yaml", "ignore: [GX301]\n")
    write(tree / "reports" / "pyproject.toml", "[project]\nname = 'docs'\n")
    assert "GX301" not in codes(lint(tree, "reports"))


@pytest.mark.parametrize("name, text, where, words", [
    (".gxlint.yaml", "select: [GX3]\nseverty:\n  GX301: info\n", ":2:", ["severty", "severity"]),
    (".gxlint.yaml", "ignore: [GX301]\nregime: format-2025\n", ":2:", ["regime", "format-2021"]),
    (".gxlint.yaml", "per-file-ignores:\n  old/*.txt: [GX3]\n  new/*.txt: [GX777]\n", ":3:", ["GX777"]),
    (".gxlint.yaml", "deadlines:\n  township: 2月28日\n", ":2:", ["02-28"]),
    (".gxlint.yaml", "packs: [missing.yaml]\n", ":1:", ["missing.yaml"]),
    (".gxlint.yaml", "ignore: [GX301\n", ":2:", ["YAML"]),
    ("pyproject.toml", "[project]\nname = 'x'\n\n[tool.gxlint]\nselect = ['GX3']\nignroe = ['GX301']\n", ":6:",
     ["ignroe", "ignore"]),
])
def test_an_invalid_configuration_is_one_line_with_file_and_line(tree, name, text, where, words):
    write(tree / name, text)
    result = CliRunner().invoke(cli.main, ["reports"])
    assert result.exit_code == 2
    message = result.output.strip()
    assert "\n" not in message and "Traceback" not in message
    assert f"{name}{where}" in message
    assert all(w in message for w in words), message


def test_errors_in_english(tree):
    write(tree / ".gxlint.yaml", "selct: [GX3]\n")
    result = CliRunner().invoke(cli.main, ["reports", "--lang", "en"])
    assert "unknown key “selct” (did you mean “select”?)" in result.output


def test_per_file_ignores_and_overrides_match_gitignore_patterns(tree):
    (tree / "reports" / "county.txt").write_text(TOWNSHIP.replace("某镇", "某县"), encoding="utf-8")
    write(tree / ".gxlint.yaml", """\
        per-file-ignores:
          "乡镇/": [GX501]
        overrides:
          - files: ["reports/county.txt"]
            organ-kind: department
        """)
    result = lint(tree, "reports")
    assert "GX501" not in codes(result) and "GX501" in codes(result, "county.txt")
    # a department's deadline is 31 January: the county report, now a department's, is late
    assert "GX204" in codes(result, "county.txt")


def test_township_deadline(tree):
    write(tree / ".gxlint.yaml", "deadlines:\n  township: '02-28'\n")
    result = lint(tree, "reports")
    doc = json.loads(result.stdout)
    late = [d for d in doc["files"][0]["diagnostics"] if d["rule"] == "GX204"]
    assert len(late) == 1 and "2021年2月28日" in late[0]["message"]


def test_severity_override_most_specific_wins(tree):
    write(tree / ".gxlint.yaml", "severity:\n  GX: info\n  GX5: warning\n  GX501: error\n")
    found = codes(lint(tree, "reports"))
    assert found == {**dict.fromkeys(found, "info"), "GX501": "error"}


PROVINCIAL = """\
    pack: henan
    description: 河南省补充规则：联系方式必须写明，不得出现“仅供参考”。
    extends: common
    regimes: [all]
    rules:
      - code: GX501
        severity: error
      - code: HN001
        name: for-reference-only
        kind: pattern
        severity: warning
        regimes: [all]
        params: {patterns: [{regex: "仅供参考"}]}
        messages: {default: {zh: "年度报告不应写“{match}”", en: "an annual report must not say “{match}”"}}
        cite: {zh: "河南省政务公开办通知"}
        description: {zh: "年度报告是正式公开文件，不应注明“仅供参考”。"}
        examples: {fail: "本报告仅供参考。\\n", pass: "本报告为正式文件。\\n"}
    """


def test_a_local_pack_extends_the_national_one(tree):
    (tree / "packs").mkdir()
    write(tree / "packs" / "henan.yaml", PROVINCIAL)
    write(tree / ".gxlint.yaml", "packs: [packs/henan.yaml]\nseverity: {for-reference-only: error}\n")
    report = tree / "reports" / "乡镇" / "report.txt"
    report.write_text(TOWNSHIP + "本报告仅供参考。\n", encoding="utf-8")
    found = codes(lint(tree, "reports"))
    assert found["GX501"] == "error" and found["HN001"] == "error" and found["GX301"] == "error"
    # the local code is a selector like any other
    assert set(codes(lint(tree, "reports", "--select", "HN"))) == {"HN001"}


def test_a_broken_local_pack_names_its_own_line(tree):
    (tree / "packs").mkdir()
    write(tree / "packs" / "henan.yaml", PROVINCIAL.replace("kind: pattern", "kind: patern"))
    write(tree / ".gxlint.yaml", "packs: [packs/henan.yaml]\n")
    result = CliRunner().invoke(cli.main, ["reports"])
    assert result.exit_code == 2
    assert ".gxlint.yaml:1:" in result.output and "henan.yaml:8: rule HN001" in result.output


def test_command_line_select_replaces_and_ignore_adds(tree):
    write(tree / ".gxlint.yaml", "select: [GX5]\nignore: [GX503]\n")
    assert set(codes(lint(tree, "reports"))) == {"GX501"}
    assert set(codes(lint(tree, "reports", "--select", "GX3"))) == {"GX301"}
    assert codes(lint(tree, "reports", "--ignore", "GX501")) == {}


def test_config_option_and_isolated(tree):
    write(tree / ".gxlint.yaml", "ignore: [GX301]\n")
    write(tree / "other.yaml", "ignore: [GX501]\n")
    assert "GX301" in codes(lint(tree, "reports", "--isolated"))
    found = codes(lint(tree, "reports", "--config", "other.yaml"))
    assert "GX301" in found and "GX501" not in found


def test_regime_and_lang_from_the_configuration(tree):
    write(tree / ".gxlint.yaml", "regime: reg-2007\nlang: en\n")
    doc = json.loads(lint(tree, "reports").stdout)
    assert doc["files"][0]["report"]["regime"] == "reg-2007"
    messages = [d["message"] for d in doc["files"][0]["diagnostics"]]
    assert messages and all(m[0].isascii() for m in messages), messages


def test_config_show_prints_the_file_and_the_effective_options(tree):
    write(tree / ".gxlint.yaml", "ignore: [GX9]\nper-file-ignores:\n  乡镇/: [GX501]\n")
    out = CliRunner().invoke(cli.main, ["config", "show", "reports/乡镇/report.txt", "--format", "json"])
    doc = json.loads(out.stdout)
    assert doc["config"] == str(tree / ".gxlint.yaml")
    assert doc["settings"]["ignore"] == ["GX9"]
    assert doc["effective"]["ignore"] == ["GX9", "GX501"]
    text = CliRunner().invoke(cli.main, ["config", "show"]).stdout
    assert text.startswith("# 配置文件") and "per-file-ignores" in text
    isolated = CliRunner().invoke(cli.main, ["config", "show", "--isolated"]).stdout
    assert "未找到配置文件" in isolated


def _hostile():
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    import hostile

    return hostile


@pytest.mark.parametrize("name, content", [
    (".gxlint.yaml", "per-file-ignores:\n" + "".join(
        f'  "{k}": &{k} [{", ".join([f"*{p}" if p else chr(34) + "GX1" + chr(34) for _ in range(9)])}]\n'
        for k, p in zip("abcdefg", [None, *"abcdef"]))),
    (".gxlint.yaml", "select: " + "[" * 5000 + "]" * 5000 + "\n"),
    ("pyproject.toml", None),
])
def test_a_configuration_too_large_or_deep_is_one_line_and_exit_2(tmp_path, monkeypatch, name, content):
    text = content if content is not None else _hostile().deep_toml()
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "r.txt").write_text("某县2016年政府信息公开工作年度报告\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    began = time.monotonic()
    result = CliRunner().invoke(cli.main, ["r.txt"])
    assert result.exit_code == 2 and time.monotonic() - began < 10
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in result.output


def test_local_deadlines_by_organ_kind(tree):
    write(tree / "reports" / "乡镇" / "report.txt", TOWNSHIP.replace("某镇人民政府", "某区财政局").replace("镇政府", "区财政局"))
    write(tree / ".gxlint.yaml", "deadlines:\n  department: '02-28'\n  government: '02-20'\n")
    found = json.loads(lint(tree, "--isolated", "reports").stdout)["files"][0]["diagnostics"]
    assert [d["message"] for d in found if d["rule"] == "GX204"] == ["发布或落款日期2021年3月10日晚于法定期限2021年1月31日"]
    found = json.loads(lint(tree, "reports").stdout)["files"][0]["diagnostics"]
    assert [d["message"] for d in found if d["rule"] == "GX204"] == ["发布或落款日期2021年3月10日晚于本地规定的期限2021年2月28日"]
    doc = json.loads(CliRunner().invoke(cli.main, ["config", "show", "reports/乡镇/report.txt", "--format", "json"]).stdout)
    assert doc["settings"]["deadlines"] == doc["effective"]["deadlines"] == {"department": "02-28", "government": "02-20"}


def test_overview_length_turns_gx111_on(tree):
    write(tree / ".gxlint.yaml", "overview-length:\n  min: 40\n")
    assert "GX111" not in codes(lint(tree, "--isolated", "reports"))
    found = json.loads(lint(tree, "reports").stdout)["files"][0]["diagnostics"]
    assert [d["message"] for d in found if d["rule"] == "GX111"] == ["“总体情况”正文31字，少于下限40字"]
    text = CliRunner().invoke(cli.main, ["config", "show", "reports/乡镇/report.txt"]).stdout
    assert "overview-length:\n    min: 40" in text
    write(tree / "bad.yaml", "overview-length:\n  max: 0\n")
    bad = lint(tree, "--config", "bad.yaml", "reports")
    assert bad.exit_code == 2 and "bad.yaml:2" in bad.output
