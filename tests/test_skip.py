"""A file that is plainly not an annual report (a repository's README, meeting notes)
is skipped with one line, not linted into a wall of "part missing" errors; --no-skip
lints it anyway. No report is ever taken for such a file."""
import json
import subprocess
import sys

from conftest import ROOT

REPORT_FILE = ROOT / "examples" / "2017-bureau-defects.txt"
README = "# 年报仓库\n\n一、简介\n\n本仓库存放2023年度各单位提交的材料。\n\n二、使用\n\n提交前运行检查，修改后再提交。\n"
NOTES = "会议纪要\n一、会议时间：3月5日\n二、参会人员：张三、李四\n三、议定事项：按期提交材料。\n"


def _gxlint(*args):
    return subprocess.run([sys.executable, "-m", "gxlint", *map(str, args)], capture_output=True, text=True)


def test_a_readme_is_skipped_with_one_line(tmp_path):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    r = _gxlint(tmp_path / "README.md", "--no-color")
    assert r.returncode == 0, r.stdout
    assert r.stdout.splitlines()[0] == (f"{tmp_path / 'README.md'}: 提示 不像政府信息公开工作年度报告（没有报告标题、"
                                        "《条例》或统计期限、报告的部分或统计表），已跳过；用 --no-skip 仍检查")
    assert "GX101" not in r.stdout


def test_json_says_skipped(tmp_path):
    (tmp_path / "notes.md").write_text(NOTES, encoding="utf-8")
    entry = json.loads(_gxlint("--format", "json", tmp_path / "notes.md").stdout)["files"][0]
    assert entry["skipped"] == "not-a-report" and entry["diagnostics"] == [] and entry["error"] is None


def test_no_skip_lints_it_anyway(tmp_path):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    r = _gxlint("--no-skip", "--format", "concise", tmp_path / "README.md")
    assert r.returncode == 1 and r.stdout.count("GX101") == 6


def test_no_report_is_skipped(shared):
    files = [*sorted((ROOT / "examples").glob("*.txt")), *sorted((shared / "seeds").glob("*.txt")),
             *sorted((shared / "corpus").glob("*.txt")), *sorted((shared / "originals").glob("*.html")),
             shared / "originals" / "hz2024.pdf"]
    doc = json.loads(_gxlint("--format", "json", *files).stdout)
    assert [f["path"] for f in doc["files"] if f.get("skipped")] == []


def test_the_summary_counts_files_checked_apart_from_unreadable_and_skipped(tmp_path):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    r = _gxlint(tmp_path / "README.md", tmp_path / "missing.txt", REPORT_FILE, "--no-color")
    assert r.stdout.splitlines()[-1].startswith("共检查 1 个文件：")
    assert r.stdout.splitlines()[-1].endswith("；1 个文件无法读取；1 个文件不是年度报告，已跳过")
    en = _gxlint(tmp_path / "README.md", REPORT_FILE, "--no-color", "--lang", "en").stdout.splitlines()[-1]
    assert en.startswith("1 file checked: ") and en.endswith("; 1 file skipped: no annual report")
