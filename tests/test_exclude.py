"""Files a folder run leaves out: the configuration's exclude / extend-exclude patterns
and what the repository's .gitignore files ignore (respect-gitignore, on by default).
A file named on the command line is linted anyway, unless --force-exclude."""
import json
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

REPORT = ROOT / "examples" / "2017-bureau-defects.txt"


@pytest.fixture
def repo(tmp_path):
    for name in ("reports/a.txt", "drafts/b.txt", "old/c.txt", "reports/草稿/d.txt", "notes/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPORT, tmp_path / name)
    (tmp_path / ".git").mkdir()                              # the repository's top
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (tmp_path / "reports" / ".gitignore").write_text("草稿/\n", encoding="utf-8")
    (tmp_path / ".gxlint.yaml").write_text("exclude: [old/]\nextend-exclude: ['notes/*.txt']\n", encoding="utf-8")
    return tmp_path


def _linted(cwd, *args):
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", *args], cwd=cwd,
                       capture_output=True, text=True)
    assert r.returncode in (0, 1), r.stderr
    return sorted(f["path"].replace("\\", "/") for f in json.loads(r.stdout)["files"])


def test_a_folder_run_leaves_out_what_is_excluded_or_gitignored(repo):
    assert _linted(repo, ".") == ["reports/a.txt"]


def test_respect_gitignore_can_be_turned_off(repo):
    (repo / ".gxlint.yaml").write_text("exclude: [old/, notes/]\nrespect-gitignore: false\n", encoding="utf-8")
    assert _linted(repo, ".") == ["drafts/b.txt", "reports/a.txt", "reports/草稿/d.txt"]


def test_named_files_are_linted_unless_forced(repo):
    named = ["drafts/b.txt", "old/c.txt", "reports/a.txt"]
    assert _linted(repo, *named) == named
    assert _linted(repo, "--force-exclude", *named) == ["reports/a.txt"]


def test_config_show_lists_the_exclusions(repo):
    r = subprocess.run([sys.executable, "-m", "gxlint", "config", "show", "reports/a.txt"], cwd=repo,
                       capture_output=True, text=True, check=True)
    assert "old/" in r.stdout and "notes/*.txt" in r.stdout and "respect-gitignore" in r.stdout
