"""A reader that goes away (`| head`) ends what gxlint prints, not what it writes: an
audit still writes every file it was asked for, and a lint run with several jobs stops
at once instead of linting on into a closed pipe."""
import shutil
import subprocess
import sys

from conftest import ROOT


def _closed_at_once(args, cwd=None):
    p = subprocess.Popen([sys.executable, "-m", "gxlint", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         cwd=cwd)
    p.stdout.close()                      # before gxlint has printed a line
    _, err = p.communicate(timeout=120)
    return p.returncode, err.decode("utf-8", "replace")


def test_an_audit_writes_all_its_files_when_its_reader_is_gone(tmp_path):
    from openpyxl import load_workbook

    code, err = _closed_at_once(["audit", str(ROOT / "examples"), "--no-progress", "--xlsx", str(tmp_path / "a.xlsx"),
                                 "--html", str(tmp_path / "a.html"), "--csv", str(tmp_path / "csv")])
    assert "Traceback" not in err and code in (0, 1), err
    assert load_workbook(tmp_path / "a.xlsx").sheetnames
    assert (tmp_path / "a.html").read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == ["findings.csv", "reports.csv", "rules.csv"]


def test_a_run_with_several_jobs_stops_when_its_reader_is_gone(tmp_path):
    seed = next((ROOT / "examples").glob("2017-*.txt"))
    for i in range(300):
        shutil.copy(seed, tmp_path / f"r{i}.txt")
    p = subprocess.Popen([sys.executable, "-m", "gxlint", "--jobs", "2", str(tmp_path)], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()
    _, err = p.communicate(timeout=120)
    assert first and "Traceback" not in err.decode("utf-8", "replace")
    assert p.returncode in (0, 1, 141)
