"""Per-rule cases from tests/cases/GXnnn.yaml (sqlfluff's way): each snippet, linted with
only that rule selected, must produce exactly the listed findings, each with its line,
column, severity and message."""
from pathlib import Path

import pytest
import yaml

from gxlint.check.packs import all_rules, definitions
from gxlint.explain import run_example
from gxlint.lint import Options, lint_text

CASES = Path(__file__).parent / "cases"


def _load():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], data.get("regime"), case, id=f"{data['rule']}: {case['name']}")


@pytest.mark.parametrize("rule, regime, case", list(_load()))
def test_case(rule, regime, case):
    res = lint_text(case["text"], Options(select=(rule,), regime=case.get("regime", regime), skip=False))
    assert res.error is None
    got = sorted((d.line, d.column, d.severity, d.message) for d in res.diagnostics if d.rule == rule)
    want = sorted((f["line"], f["column"], f["severity"], f["message"]) for f in case["findings"])
    assert got == want


def test_every_rule_has_failing_and_passing_cases():
    have: dict[str, set[str]] = {}
    for path in CASES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        kinds = have.setdefault(data["rule"], set())
        for case in data["cases"]:
            kinds.add("fail" if case["findings"] else "pass")
    # Cross-report rules need a submission of reports: tests/audit plants their cases.
    missing = [f"{r.code} lacks {k} case" for r in all_rules() if not r.cross_report for k in ("fail", "pass")
               if k not in have.get(r.code, set())]
    assert not missing, missing


def _definitions():
    for rule in all_rules():
        for regimes, variant in definitions(rule.code):
            yield pytest.param(regimes, variant, id=f"{rule.code}@{regimes[0]}")


@pytest.mark.parametrize("regimes, rule", list(_definitions()))
def test_pack_examples_behave(regimes, rule):
    """The examples `gxlint explain` shows are real: fail fires, pass does not."""
    fail = run_example(rule, regimes, rule.examples["fail"])
    ok = run_example(rule, regimes, rule.examples["pass"])
    assert fail, f"{rule.code}: failing example raises nothing"
    assert not ok, [d.message for d in ok]
