"""The examples in examples/ produce exactly the findings listed in examples/expected.yaml."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_examples_output():
    expected = yaml.safe_load((EXAMPLES / "expected.yaml").read_text(encoding="utf-8"))
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", str(EXAMPLES)],
                       capture_output=True, text=True)
    got = {Path(f["path"]).name: [f"{d['rule']}:{d['line']}" for d in f["diagnostics"]]
           for f in json.loads(r.stdout)["files"]}
    assert got == expected
    assert r.returncode == 1          # the defects example has errors


@pytest.mark.parametrize("name", ["2015-district-table.txt", "2016-county-clean.txt", "2019-county-clean.txt",
                                  "2021-county-clean.txt"])
def test_clean_example_is_clean(name):
    r = subprocess.run([sys.executable, "-m", "gxlint", "--strict", str(EXAMPLES / name)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout
