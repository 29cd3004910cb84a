"""The repository stands alone: the README points only at files it holds, the licence is
the one pyproject.toml names, the changelog has the current version, and action.yml's steps
run as GitHub would run them."""
import os
import re
import subprocess
import sys
import tomllib

import yaml
from conftest import ROOT

EXAMPLE = ROOT / "examples" / "2017-bureau-defects.txt"


def test_the_readme_links_only_to_files_in_the_repository():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if not target.startswith(("http://", "https://")):
            assert (ROOT / target).exists(), target
    assert "contracts.md" not in text and (ROOT / "docs" / "json.md").exists()


def test_licence_and_changelog_match_the_project():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert f"## {project['version']}" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def _steps():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return action["inputs"], action["runs"]["steps"]


def _run(step, env):
    script = step["run"].replace("python3", sys.executable)
    return subprocess.run(["bash", "-c", script], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=300)


def test_the_action_installs_from_its_own_folder():
    _, steps = _steps()
    install = steps[0]
    install = {**install, "run": install["run"].replace("--quiet", "--dry-run --no-deps")}   # builds, installs nothing
    r = _run(install, {"GITHUB_ACTION_PATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    assert "Would install gxlint-" in r.stdout


def test_the_action_lints_with_annotations_and_sarif(tmp_path):
    inputs, steps = _steps()
    assert inputs["paths"]["default"] == "."
    lint = steps[1]
    env = {"GXLINT_PATHS": str(EXAMPLE), "GXLINT_ARGS": "--select GX2", "GXLINT_SARIF": str(tmp_path / "g.sarif")}
    r = _run(lint, env)
    assert r.returncode == 1, r.stderr                    # the example's GX202 error fails the step
    assert "::error file=" in r.stdout and "GX202" in r.stdout and "GX301" not in r.stdout
    assert (tmp_path / "g.sarif").read_text(encoding="utf-8").startswith("{")
