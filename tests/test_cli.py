"""The command line as users and scripts drive it: exit codes, JSON contract, errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

BAD = "某县人民政府2016年政府信息公开工作年度报告\n全年共受理申请60件，其中网络申请72件。\n"
OK = ("某县人民政府2016年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"
      "本报告的电子版可在县政府门户网站下载。如有疑问请联系，电话：68881823。\n"
      "一、主动公开政府信息情况\n正文。\n二、依申请公开政府信息情况\n正文。\n三、政府信息公开的收费及减免情况\n未收费。\n"
      "四、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n五、存在的主要问题及改进情况\n正文。\n"
      "六、其他需要报告的事项\n无。\n某县人民政府\n2017年2月14日\n")


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True,
                          input=stdin, encoding="utf-8")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(OK, encoding="utf-8")
    return tmp_path


def test_clean_report_exits_0(files):
    r = run(str(files / "ok.txt"))
    assert r.returncode == 0, r.stdout


def test_error_finding_exits_1_and_shows_the_line(files):
    r = run(str(files / "bad.txt"), "--no-color")
    assert r.returncode == 1
    assert "bad.txt:2:" in r.stdout and "GX303" in r.stdout and "分项大于合计" in r.stdout
    assert "^^^^" in r.stdout and "依据" in r.stdout


def test_underline_is_aligned_in_terminal_cells(files):
    out = run(str(files / "bad.txt"), "--no-color", "--select", "GX303").stdout.splitlines()
    src = next(i for i, line in enumerate(out) if line.lstrip().startswith("2 │"))
    from rich.cells import cell_len
    code_line, mark_line = out[src], out[src + 1]
    start = cell_len(code_line[:code_line.index("72件")])
    assert cell_len(mark_line[:mark_line.index("^")]) == start
    assert mark_line.count("^") == cell_len("72件")


def test_strict_fails_on_warnings(files):
    assert run(str(files / "ok.txt"), "--strict").returncode == 0
    p = files / "warn.txt"
    p.write_text(OK + "用户登录\n", encoding="utf-8")
    assert run(str(p)).returncode == 0
    assert run(str(p), "--strict").returncode == 1


def test_json_contract(files):
    r = run(str(files / "bad.txt"), str(files / "ok.txt"), "--format", "json")
    doc = json.loads(r.stdout)
    assert doc["version"] == 1 and doc["summary"]["files"] == 2
    f = next(x for x in doc["files"] if x["path"].endswith("bad.txt"))
    assert f["error"] is None
    assert f["report"] == {"title": "某县人民政府2016年政府信息公开工作年度报告", "organ": "某县人民政府",
                           "organ_kind": "government", "year": 2016, "regime": "reg-2007"}
    d = next(x for x in f["diagnostics"] if x["rule"] == "GX303")
    assert {k: d[k] for k in ("rule", "name", "severity", "line", "column", "end_line", "end_column")} == {
        "rule": "GX303", "name": "part-exceeds-total", "severity": "error",
        "line": 2, "column": 18, "end_line": 2, "end_column": 21}
    assert BAD.split("\n")[1][d["column"] - 1:d["end_column"] - 1] == "72件"
    assert doc["summary"]["error"] == sum(1 for x in doc["files"] for y in x["diagnostics"] if y["severity"] == "error")


def test_unreadable_file_exits_2_and_others_still_linted(files):
    (files / "empty.txt").write_bytes(b"")
    (files / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    r = run(str(files), str(files / "missing.txt"), "--format", "json")
    assert r.returncode == 2
    doc = json.loads(r.stdout)
    errors = {Path(f["path"]).name: f["error"] for f in doc["files"]}
    assert errors["empty.txt"] == "文件为空" and "二进制" in errors["bin.txt"]
    assert errors["missing.txt"] == "文件不存在" and errors["ok.txt"] is None
    assert any(f["diagnostics"] for f in doc["files"] if f["path"].endswith("bad.txt"))
    assert "empty.txt: 文件为空" in r.stderr and "Traceback" not in r.stderr


def test_stdin(files):
    r = run("-", "--format", "json", stdin=BAD)
    assert json.loads(r.stdout)["files"][0]["path"] == "-" and r.returncode == 1


def test_select_ignore_by_code_prefix_and_name(files):
    bad = str(files / "bad.txt")
    def codes(*a):
        return {d["rule"] for f in json.loads(run(bad, "--format", "json", *a).stdout)["files"] for d in f["diagnostics"]}

    assert codes("--select", "GX3") == {"GX303"}
    assert codes("--select", "part-exceeds-total") == {"GX303"}
    assert "GX303" not in codes("--ignore", "GX303,GX5")
    assert not any(c.startswith("GX5") for c in codes("--ignore", "GX5"))
    assert run(bad, "--select", "GX999").returncode == 2


def test_regime_override(files):
    doc = json.loads(run(str(files / "bad.txt"), "--format", "json", "--regime", "format-2021").stdout)
    assert doc["files"][0]["report"]["regime"] == "format-2021"


def test_english_messages(files):
    r = run(str(files / "bad.txt"), "--lang", "en", "--no-color")
    assert "is larger than its total" in r.stdout and "basis" in r.stdout


def test_rules_and_explain():
    r = run("rules", "--format", "json")
    codes = [x["code"] for x in json.loads(r.stdout)]
    assert "GX101" in codes and "GX905" in codes
    r = run("explain", "GX202")
    assert r.returncode == 0 and "第三十一条" in r.stdout and "GX202" in r.stdout
    assert run("explain", "sum-mismatch").returncode == 0
    assert run("explain", "GX000").returncode == 2


def test_cross_report_rules_are_listed_and_explained():
    codes = {x["code"] for x in json.loads(run("rules", "--format", "json").stdout)}
    assert {"GX701", "GX702", "GX703"} <= codes
    r = run("explain", "near-duplicate")
    assert r.returncode == 0 and "gxlint audit" in r.stdout and "检查结果" not in r.stdout


def test_inspect_json(files):
    r = run("inspect", str(files / "ok.txt"), "--format", "json")
    model = json.loads(r.stdout)
    assert model["year"] == 2016 and model["period"][0]["end"] == "2016-12-31"
    assert model["sections"][0]["title"] == "主动公开政府信息情况"
    assert run("inspect", str(files / "ok.txt")).returncode == 0


def test_no_paths_is_a_usage_error():
    assert run().returncode == 2


def test_non_editable_wheel_ships_the_packs(tmp_path):
    """The wheel carries rules/ as gxlint/packs, so a plain `pip install .` finds them."""
    import zipfile
    root = Path(__file__).resolve().parents[1]
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {r.stderr[-200:]}")
    (wheel,) = tmp_path.glob("gxlint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for pack in (root / "rules").glob("*.yaml"):
        assert f"gxlint/packs/{pack.name}" in names
    assert "gxlint/check/packs/schema.json" in names


def test_inspect_shows_the_statistics_table_as_a_grid(tmp_path):
    report = tmp_path / "t.txt"
    report.write_text("某镇人民政府2018年政府信息公开工作年度报告\n附件\n2018年度公开信息统计表\n\n单位\n\n2018\n\n历年累计\n\n"
                      "主动公开文件数\n\n208\n\n2758\n\n受理政府信息公开申请总数\n\n0\n\n1\n\n其中:1.当面申请数\n\n0\n\n1\n",
                      encoding="utf-8")
    model = json.loads(run("inspect", str(report), "--format", "json").stdout)
    (table,) = model["stat_tables"]
    assert table["columns"] == ["2018", "历年累计"] and table["layout"] == "lines"
    assert [(r["key"], [c["value"] for c in r["cells"]]) for r in table["rows"]] == [
        ("主动公开文件数", [208, 2758]), ("受理政府信息公开申请总数", [0, 1]), ("当面申请数", [0, 1])]
    text = run("inspect", str(report), "--no-color").stdout
    assert "历年累计" in text and "2758" in text and "受理政府信息公开申请总数" in text


def test_a_broken_pack_stops_the_run_with_one_line(monkeypatch, files):
    """A pack error is the run's error (exit 2, one line), not an internal error per file."""
    from click.testing import CliRunner

    from gxlint import cli, lint
    from gxlint.check.packs import PackError

    def broken(*args):
        raise PackError("rules/local.yaml:3: rule GX999: not in the catalogue")
    monkeypatch.setattr(lint, "rules_for", broken)
    r = CliRunner().invoke(cli.main, [str(files / "ok.txt")])
    assert r.exit_code == 2
    assert "rules/local.yaml:3" in r.output and "Traceback" not in r.output


def test_an_internal_error_is_one_line_and_exit_2_never_1(monkeypatch, capsys, files):
    from gxlint import cli, run

    def broken(*args, **kwargs):
        raise RuntimeError("something unforeseen")

    monkeypatch.setattr(run, "execute", broken)
    with pytest.raises(SystemExit) as exit_:
        cli.entry([str(files / "ok.txt")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and err.count("\n") == 1
    assert "内部错误" in err and "RuntimeError: something unforeseen" in err and "Traceback" not in err


@pytest.mark.parametrize("errno, words", [(28, "No space left on device"), (30, "Read-only file system")])
def test_an_output_that_cannot_be_written_leaves_the_previous_file(monkeypatch, capsys, files, errno, words):
    import os

    from gxlint import atomic, cli

    target = files / "out.json"
    target.write_text("previous", encoding="utf-8")

    def failing(src, dst):
        raise OSError(errno, os.strerror(errno))

    monkeypatch.setattr(atomic.os, "replace", failing)
    with pytest.raises(SystemExit) as exit_:
        cli.entry([str(files / "bad.txt"), "-o", f"json:{target}"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and words in err and str(target) in err and "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in files.iterdir() if p.name.startswith(".out.json")) == []   # no temporary left
