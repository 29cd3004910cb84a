"""Publication deadlines by organ kind, and a township deadline a local pack can set."""
from gxlint.check import engine
from gxlint.check.packs import load_pack, pack_for
from gxlint.parse import parse
from gxlint.text import Text

TOWNSHIP = "东湖镇人民政府2021年政府信息公开工作年度报告\n正文。\n东湖镇人民政府\n2022年4月20日\n"
BUREAU = "河东县民政局2021年政府信息公开工作年度报告\n正文。\n河东县民政局\n2022年2月20日\n"


def _late(text: str, rules) -> list[str]:
    report = parse("r.txt", Text.from_decoded(text))
    return [d.message for d in engine.check(report, [r for r in rules if r.code == "GX204"])[0]]


def test_departments_by_31_january_townships_by_31_march():
    rules = pack_for("format-2021").rules
    assert _late(BUREAU, rules)                       # 20 February is late for a department
    assert _late(TOWNSHIP, rules)                     # 20 April is late under the default


def test_a_local_pack_sets_the_township_deadline(tmp_path):
    pack = tmp_path / "local.yaml"
    pack.write_text("pack: local\ndescription: a province that gives townships until 30 April\n"
                    "extends: format-2021\nregimes: [format-2021]\nrules:\n  - code: GX204\n    params:\n"
                    "      aspect: late\n      deadlines:\n"
                    "        format-2021: {government: \"03-31\", township: \"04-30\", department: \"01-31\"}\n",
                    encoding="utf-8")
    rules = load_pack(pack).rules
    assert _late(TOWNSHIP, rules) == []
    assert _late(BUREAU, rules)
