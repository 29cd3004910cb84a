"""The flags users of Ruff and ESLint reach for: --exit-zero, --quiet, --statistics,
--output-file, --version with the rule packs; NO_COLOR and --no-color leave no escape
code at all on a terminal; piped `rules` output is whole lines."""
import subprocess
import sys

from conftest import ROOT, on_terminal

REPORT = ROOT / "examples" / "2017-bureau-defects.txt"


def _gxlint(*args, **kw):
    return subprocess.run([sys.executable, "-m", "gxlint", *map(str, args)], capture_output=True, text=True, **kw)


def test_exit_zero_keeps_the_findings():
    r = _gxlint("--exit-zero", REPORT)
    assert r.returncode == 0 and "GX202" in r.stdout


def test_quiet_leaves_out_the_summary():
    assert "共检查" in _gxlint(REPORT).stdout
    r = _gxlint("-q", REPORT)
    assert "GX202" in r.stdout and "共检查" not in r.stdout


def test_statistics_count_by_rule_and_severity():
    r = _gxlint("--statistics", ROOT / "examples")
    lines = r.stdout.splitlines()
    assert r.returncode == 1 and "     2  GX404  错误  row-total" in lines
    assert "     1  GX101  警告  missing-section" in lines and "     2  GX101  错误  missing-section" in lines
    assert not any("│" in line for line in lines)            # the counts instead of the findings


def test_output_file_takes_the_format(tmp_path):
    r = _gxlint("--format", "json", "--output-file", tmp_path / "out.json", REPORT)
    assert r.stdout == "" and '"rule": "GX202"' in (tmp_path / "out.json").read_text(encoding="utf-8")


def test_version_names_the_packs():
    lines = _gxlint("--version").stdout.splitlines()
    assert lines[0].startswith("gxlint ")
    assert [line.split(":")[0].strip() for line in lines[1:]] == ["common", "reg-2007", "format-2019", "format-2021"]


def test_no_color_means_no_escape_code():
    assert b"\x1b[" in on_terminal(REPORT)
    assert b"\x1b[" not in on_terminal("--no-color", REPORT)
    assert b"\x1b[" not in on_terminal(REPORT, env={"NO_COLOR": "1"})
    assert b"\x1b[" not in on_terminal("rules", env={"NO_COLOR": "1"})


def test_piped_rules_are_whole_lines():
    lines = _gxlint("rules").stdout.splitlines()
    code, name, severity, _regimes, description = lines[0].split("\t")
    assert (code, name, severity) == ("GX101", "missing-section", "error") and description.endswith("第六项缺失为警告。")


def test_stdin_filename_names_and_configures_standard_input(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / ".gxlint.yaml").write_text("ignore: [GX2]\n", encoding="utf-8")
    text = REPORT.read_text(encoding="utf-8")
    r = _gxlint("--format", "concise", "-", "--stdin-filename", "reports/2017.txt", input=text, cwd=tmp_path)
    lines = r.stdout.splitlines()
    assert lines and all(line.startswith("reports/2017.txt:") for line in lines)
    assert not any(" GX2" in line for line in lines)           # the folder's configuration applies
    assert " GX202 " in _gxlint("--format", "concise", "-", input=text, cwd=tmp_path).stdout


def test_stdin_cannot_be_a_document():
    r = _gxlint("-", "--stdin-filename", "x.pdf", input="正文\n")
    assert r.returncode == 2 and "标准输入只能是文本报告" in r.stdout


def test_rules_lists_each_regimes_variant():
    rows = [line.split("\t") for line in _gxlint("rules").stdout.splitlines()]
    assert [row[3] for row in rows if row[0] == "GX101"] == ["reg-2007", "format-2019, format-2021"]


def test_rules_and_explain_know_the_local_packs(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "henan.yaml").write_text((ROOT / "tests" / "data" / "local-pack.yaml").read_text(
        encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".gxlint.yaml").write_text("packs: [rules/henan.yaml]\n", encoding="utf-8")
    assert "HN001\tfor-reference-only\twarning\tall" in _gxlint("rules", cwd=tmp_path).stdout
    shown = _gxlint("explain", "HN001", cwd=tmp_path)
    assert shown.returncode == 0 and "2:4 HN001 年度报告不应写“仅供参考”" in shown.stdout
    assert _gxlint("explain", "HN001").returncode == 2            # unknown where no configuration names it


def test_a_progress_bar_on_a_terminal_when_asked(tmp_path):
    # Standard error on a terminal, the findings in a file: the bar is drawn there, then gone.
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as out:
        err = on_terminal("--progress", "--jobs", "1", ROOT / "examples", stdout=out)
    assert "检查报告" in err.decode("utf-8", "replace")
    assert "检查报告" not in (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "GX202" in (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert "检查报告" not in _gxlint("--jobs", "1", ROOT / "examples").stderr     # not a terminal, not asked
