"""Markdown reports: "#" headings, "**" bold and pipe tables under a "|---|" rule are
read as the report they mark up, and findings point into the file as written."""
from pathlib import Path

import yaml

from gxlint.lint import Options, lint_path
from gxlint.markup import blank, heading_levels

DATA = yaml.safe_load((Path(__file__).parent / "data" / "format-2021.yaml").read_text(encoding="utf-8"))


def _table3() -> str:
    rows = ["| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
            "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, values in DATA["table3"]:
        cells = [str(v) for v in values] if values else [""] * 7
        rows.append("| " + " | ".join([label, *cells]) + " |")
    return "\n".join(rows)


REPORT = f"""# 某县人民政府2024年政府信息公开工作年度报告

本报告所列数据统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在某县人民政府门户网站（[www.example.gov.cn](http://www.example.gov.cn)）下载。如有疑问请联系某县人民政府办公室（电话：0370-1234567）。

## 一、总体情况

**（一）主动公开。** 全年共主动公开政府信息**205条**，其中政策文件82条，工作动态80条，通知公告40条。

## 三、收到和处理政府信息公开申请情况

{_table3()}

某县人民政府
2025年1月20日
"""


def test_markup_is_blanked_one_for_one():
    text = "## 一、总体情况\n**加粗**与[链接](http://x.cn)\n> 引用\n---\n"
    out = blank(text)
    assert len(out) == len(text) and out.split("\n")[:3] == ["   一、总体情况", "  加粗  与 链接  http://x.cn ", "  引用"]
    assert heading_levels(["# 标题", "正文", "## 一、总体情况", "### （一）组织", ""]) == {0: 1, 2: 2, 3: 3}


def test_a_markdown_report_reads_as_the_report_it_marks_up(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    res = lint_path(str(path), Options(select=("GX301", "GX404", "GX405", "GX406", "GX106", "GX201", "GX503")))
    assert res.report.title == "某县人民政府2024年政府信息公开工作年度报告"
    assert [(h.level, h.number, h.title) for h in res.report.headings] == [
        (1, 1, "总体情况"), (2, 1, "主动公开"), (1, 3, "收到和处理政府信息公开申请情况")]
    table = next(t for t in res.report.stat_tables if t.kind == "table-3")
    row = next(r for r in table.rows if r.key == "本年新收")
    assert [c.raw for c in row.cells] == ["20", "3", "0", "1", "1", "0", "25"]
    # The one defect, at the bold figure as the file has it ("**205条**").
    (d,) = res.diagnostics
    line = REPORT.split("\n")[d.line - 1]
    assert d.rule == "GX301" and line[d.column - 1:].startswith("205条**")
