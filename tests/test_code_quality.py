"""The code stays clean by the project's own settings (pyproject.toml): ruff's lint rules
and mypy's types, the check kinds held to their contract (check/kinds/contract.py)."""
import subprocess
import sys

from conftest import ROOT


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing():
    r = _run("ruff", "check", "--no-cache", "gxlint", "tests", "benchmarks")
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_finds_nothing():
    r = _run("mypy", "--no-incremental")
    assert r.returncode == 0, r.stdout + r.stderr
