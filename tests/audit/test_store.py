"""`gxlint audit --db FILE`: the records kept in SQLite, a rerun re-checking only what
changed, with the same outputs as a fresh audit."""
import sqlite3

from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli


def _run(folder, out, *extra):
    return CliRunner().invoke(cli.main, ["audit", str(folder), "--csv", str(out), "--no-progress", "--jobs", "1",
                                         *extra])


def test_a_rerun_checks_only_what_changed_and_writes_the_same(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    for name in ("2017-bureau-defects.txt", "2019-county-clean.txt", "2021-county-clean.txt"):
        (d / name).write_bytes((ROOT / "examples" / name).read_bytes())
    db = tmp_path / "audit.sqlite"
    first = _run(d, tmp_path / "a", "--db", str(db))
    assert first.exit_code == 1 and "未变化" not in first.output
    again = _run(d, tmp_path / "b", "--db", str(db))
    assert "3 份报告未变化" in again.output and "检查其余 0 份" in again.output
    for name in ("reports.csv", "findings.csv", "rules.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    # a late submission and a corrected report: those two are checked, the third is not
    (d / "2022-bureau-table-defects.txt").write_bytes((ROOT / "examples" / "2022-bureau-table-defects.txt").read_bytes())
    fixed = (d / "2017-bureau-defects.txt").read_text(encoding="utf-8").replace("2017年12月1日", "2017年12月31日")
    (d / "2017-bureau-defects.txt").write_text(fixed, encoding="utf-8")
    late = _run(d, tmp_path / "c", "--db", str(db))
    assert "2 份报告未变化" in late.output and "检查其余 2 份" in late.output
    _run(d, tmp_path / "d")                                           # no --db: a temporary database
    for name in ("reports.csv", "findings.csv"):
        assert (tmp_path / "c" / name).read_bytes() == (tmp_path / "d" / name).read_bytes()
    findings = (tmp_path / "c" / "findings.csv").read_text(encoding="utf-8-sig")
    assert "2022-bureau-table-defects.txt" in findings and "GX202" not in findings.split("2019-county")[0]
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT COUNT(*) FROM records").fetchone()[0] == 4


def test_a_file_that_is_no_database_is_one_line(tmp_path):
    bad = tmp_path / "audit.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    result = _run(ROOT / "examples", tmp_path / "out", "--db", str(bad))
    assert result.exit_code == 2
    assert "无法使用审核数据库" in result.output and "Traceback" not in result.output
