"""Packs are validated at load: errors name the file, the rule and the line."""
from pathlib import Path

import pytest

from gxlint.check.packs import PackError, load_pack, packs_dir

RULE = """  - code: {code}
    name: local-rule
    kind: {kind}
    severity: warning
    regimes: [all]
    messages: {{default: {{zh: 测试}}}}
    cite: {{zh: 测试}}
    description: {{zh: 测试}}
    examples: {{fail: a, pass: b}}
    params: {params}
"""


def _pack(tmp_path, extra="", code="LOC001", kind="pattern", params="{patterns: [{regex: 'XX'}]}"):
    path = tmp_path / "local.yaml"
    path.write_text("pack: local\nextends: common\nregimes: [reg-2007]\nrules:\n" + extra
                    + RULE.format(code=code, kind=kind, params=params), encoding="utf-8")
    return path


def test_shipped_packs_load_and_pass_the_schema():
    """A run trusts the shipped packs (no schema check, for start-up); this test is why."""
    for path in packs_dir().glob("*.yaml"):
        assert load_pack(path, strict=True).rules


def test_local_pack_extends_common(tmp_path):
    pack = load_pack(_pack(tmp_path))
    codes = {r.code for r in pack.rules}
    assert "LOC001" in codes and "GX301" in codes


def test_override_severity_by_code(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("pack: p\nextends: common\nrules:\n  - code: GX501\n    severity: error\n", encoding="utf-8")
    assert next(r for r in load_pack(path).rules if r.code == "GX501").severity == "error"


@pytest.mark.parametrize("kwargs, words", [
    ({"kind": "no_such_kind"}, ["unknown kind", "LOC001", ":5"]),
    ({"code": "GX999"}, ["unknown code GX999"]),
    ({"params": "{patterns: [{regex: '(unclosed'}]}"}, ["bad regex", "LOC001", "local.yaml:5"]),
    ({"params": "{patterns: 5}"}, ["params/patterns", "LOC001", "local.yaml:5"]),
    ({"extra": "  - code: LOC002\n    colour: red\n"}, ["colour", "local.yaml:5"]),
])
def test_bad_packs(tmp_path, kwargs, words):
    with pytest.raises(PackError) as exc:
        load_pack(_pack(tmp_path, **kwargs))
    for word in words:
        assert word in str(exc.value)


def test_an_extends_cycle_is_caught_however_the_path_is_spelled(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.yaml").write_text("pack: a\nextends: sub/../b.yaml\nrules: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("pack: b\nextends: ./a.yaml\nrules: []\n", encoding="utf-8")
    with pytest.raises(PackError, match="extends itself"):
        load_pack(tmp_path / "a.yaml")


@pytest.mark.parametrize("template", ["{cell.__class__}", "{cell[0]}", "{cell:>999999999}", "{cell!r}", "{0}"])
def test_a_message_may_only_name_a_value(tmp_path, template):
    path = _pack(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("messages: {default: {zh: 测试}}",
                                                            "messages: {default: {zh: '" + template + "'}}"),
                    encoding="utf-8")
    with pytest.raises(PackError, match="placeholder may only name a value"):
        load_pack(path)


def test_a_pack_that_expands_through_aliases_is_refused(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from hostile import YAML_BOMB

    path = tmp_path / "bomb.yaml"
    path.write_text("pack: bomb\nextends: common\nrules: []\n" + YAML_BOMB.replace("select:", "extra:"),
                    encoding="utf-8")
    with pytest.raises(PackError, match="too large to read"):
        load_pack(path)
