"""The hook as a user's repository meets it: pre-commit installs gxlint from this
repository (at the committed HEAD) into its own environment, and a commit of a
defective report fails with gxlint's message while a clean one goes through."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_cli import BAD, OK
from test_skip import README

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(cwd, *args, check=True):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def head() -> str:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: pre-commit installs hooks from a git repository")
    return git(ROOT, "rev-parse", "HEAD").stdout.strip()


def pre_commit_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never",
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
               GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org",
               GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    return env


def test_pre_commit_runs_the_hook_for_real(tmp_path, head):
    repo = tmp_path / "reports"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_posix()}\n    rev: {head}\n    hooks:\n      - id: gxlint\n",
        encoding="utf-8")
    env = pre_commit_env(tmp_path / "cache")
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env,
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stdout + install.stderr

    (repo / "2016年报.txt").write_text(BAD, encoding="utf-8")
    git(repo, "add", ".")
    commit = subprocess.run(["git", "commit", "-qm", "report"], cwd=repo, env=env, capture_output=True, text=True)
    out = commit.stdout + commit.stderr
    assert commit.returncode != 0, out
    assert "gxlint" in out and "Failed" in out
    assert "GX303" in out and "“其中”分项72件大于合计60件" in out

    (repo / "2016年报.txt").write_text(OK, encoding="utf-8")
    git(repo, "add", ".")
    commit = subprocess.run(["git", "commit", "-qm", "report"], cwd=repo, env=env, capture_output=True, text=True)
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "Passed" in commit.stdout + commit.stderr

    # The repository's README is no report: skipped, and the commit goes through; so
    # does a draft the configuration excludes, though pre-commit names it.
    (repo / "README.md").write_text(README, encoding="utf-8")
    (repo / ".gxlint.yaml").write_text("exclude: [草稿/]\n", encoding="utf-8")
    (repo / "草稿").mkdir()
    (repo / "草稿" / "2016年报.txt").write_text(BAD, encoding="utf-8")
    git(repo, "add", ".")
    commit = subprocess.run(["git", "commit", "-qm", "readme"], cwd=repo, env=env, capture_output=True, text=True)
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "Passed" in commit.stdout + commit.stderr
