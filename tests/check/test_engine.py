"""The engine turns a rule's findings into diagnostics: every field filled from the
rule and the report, positions and breadcrumbs where the finding is."""
from pathlib import Path

from gxlint.check.engine import fill
from gxlint.diagnostic import Related
from gxlint.lint import Options, lint_text

ROOT = Path(__file__).resolve().parents[2]


def test_a_sum_finding_carries_each_value_in_its_own_field():
    text = (ROOT / "examples" / "2022-bureau-table-defects.txt").read_text(encoding="utf-8")
    found = [d for d in lint_text(text, path="r.txt").diagnostics if d.rule == "GX404"]
    assert found
    d = found[0]
    assert (d.path, d.name, d.severity) == ("r.txt", "row-total", "error")
    assert d.message.startswith("表三") and "不等于" in d.message
    assert d.section.startswith("三、") and d.cite.startswith("国办公开办函") and d.hint
    assert d.url.endswith("#gx404-row-total")
    assert d.related and all(isinstance(r, Related) and r.message for r in d.related)
    assert all(r.line == d.line for r in d.related)
    assert 0 < d.line <= d.end_line and d.column >= 1
    assert d.page is None and d.table_cell is None
    assert len(d.fingerprint) == 32 and int(d.fingerprint, 16) >= 0


def test_the_breadcrumb_names_every_heading_around_the_finding():
    text = ("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n"
            "（一）主动公开\n全年共主动公开信息300条，其中网站公开210条，微信公开60条，公示栏公开20条。\n"
            "（二）其他\n无。\n三、其他需要报告的事项\n无。\n")
    d = next(d for d in lint_text(text, Options(select=("GX301",))).diagnostics)
    assert d.section == "二、主动公开政府信息情况 › （一）主动公开"
    assert (d.line, d.column) == (6, 10)


def test_a_placeholder_without_a_value_stays_as_written():
    assert fill("值{n}与{missing}", {"n": 7}) == "值7与{missing}"
    assert fill("无占位符", {}) == "无占位符"
    assert fill("{{字面}}", {}) == "{字面}"


def test_an_unknown_year_leaves_the_template_blank_in_a_hint():
    from gxlint.lint import Options, lint_text

    res = lint_text("某单位政府信息公开工作报告\n正文。\n", Options(select=("GX201",), skip=False))
    hint = next(d.hint for d in res.diagnostics if d.rule == "GX201")
    assert "自××年1月1日起至××年12月31日止" in hint and "None" not in hint
