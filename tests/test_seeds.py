"""The seed reports score perfectly against ../shared/seeds/expected.yaml."""
import subprocess
import sys

import yaml


def test_seed_expectations(shared):
    cmd = f"{sys.executable} -m gxlint"
    r = subprocess.run([sys.executable, str(shared / "tools" / "check_expected.py"),
                        str(shared / "seeds" / "expected.yaml"), "--cmd", cmd], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_corpus_runs_without_crash(shared):
    files = sorted(str(p) for p in (shared / "corpus").glob("*.txt"))
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", *files], capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    assert yaml.safe_load(r.stdout)["summary"]["files"] == len(files)
