"""Reading the format tables: table 三's end, and glued digits in crawled copies."""
from click.testing import CliRunner
from extract.render import load, to_txt  # tests/ is on sys.path (rootdir-relative packages)

from gxlint import cli
from gxlint.lint import Options, lint_text


def test_last_row_stops_before_a_decimal_numbered_heading(tmp_path):
    text = to_txt(load(), tmp_path / "r.txt").read_text(encoding="utf-8")
    # As an office suite's list numbering renders the next part: "4. " instead of "四、".
    text = text.replace("四、政府信息公开行政复议", "4. 政府信息公开行政复议")
    res = lint_text(text, Options())
    last = next(t for t in res.report.stat_tables if t.kind == "table-3").rows[-1]
    assert last.key == "结转下年度" and [c.raw for c in last.cells] == ["1", "0", "0", "1", "0", "0", "2"]
    heading_line = text.splitlines().index("4. 政府信息公开行政复议、行政诉讼情况")
    assert heading_line not in res.report.table_lines


# Table 三 of a crawled page flattened to one line: each label glued to its numbers.
CRAWLED = ("某县人民政府2021年政府信息公开工作年度报告一、总体情况全年受理申请21件。三、收到和处理政府信息公开申请情况"
           "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人商业企业科研机构社会公益组织"
           "法律服务机构其他总计一、本年新收政府信息公开申请数量{new}二、上年结转政府信息公开申请数量0 0 0 0 0 0 0"
           "三、本年度办理结果（一）予以公开20 0 0 0 0 1 21（七）总计20 0 0 0 0 1 21四、结转下年度继续办理0 0 0 0 0 0 0"
           "四、政府信息公开行政复议、行政诉讼情况")


def _row(text: str, key: str):
    res = lint_text(text, Options(regime="format-2021"))
    table = next(t for t in res.report.stat_tables if t.kind == "table-3")
    return next(r for r in table.rows if r.key == key), res


def test_glued_digits_cut_the_one_way_the_row_adds_up_are_read_and_marked():
    # "20 0 00 0 121": seven cells hide in five pieces; of the three cuts only
    # 20 0 0 0 0 1 21 has its total equal to the applicants' sum.
    text = CRAWLED.format(new="20 0 00 0 121")
    row, res = _row(text, "本年新收")
    assert [c.raw for c in row.cells] == ["20", "0", "0", "0", "0", "1", "21"]
    assert {c.note for c in row.cells if c.raw in ("20", "1", "21")} == {"identity"}
    split = [d for d in res.diagnostics if d.rule == "GX404"]
    assert [(d.severity, d.column) for d in split] == [("info", text.index("121") + 2)]
    assert "只有一种拆法能使本行合计相符，按此读作 20 | 0 | 0 | 0 | 0 | 1 | 21" in split[0].message
    # The column and flow identities are checked on the values so read: they hold.
    assert not [d for d in res.diagnostics if d.rule in ("GX405", "GX406") and d.severity != "info"]


def test_glued_digits_with_several_cuts_are_not_read():
    # "3110 1 0 0 15": both 3 1 10 1 0 0 15 and 3 11 0 1 0 0 15 add up.
    text = CRAWLED.format(new="3110 1 0 0 15")
    row, res = _row(text, "本年新收")
    assert {c.status for c in row.cells} == {"unreadable"}
    assert [d.message for d in res.diagnostics if d.rule == "GX408"] == [
        "“一、本年新收政府信息公开申请数量”行的数字“3110 1 0 0 15”是7列粘连在一起的，"
        "可有多种拆法（3|1|10|1|0|0|15、3|11|0|1|0|0|15），无法识别，不作为数值计算"]
    assert not [d for d in res.diagnostics if d.rule == "GX404" and d.severity != "info"]


def test_inspect_marks_cells_cut_by_the_rows_identity(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(CRAWLED.format(new="20 0 00 0 121"), encoding="utf-8")
    out = CliRunner().invoke(cli.main, ["inspect", str(path)]).stdout
    assert "21=" in out and "仅此拆法使本行合计相符" in out


def test_table_2_rows_a_pdf_moved_away_from_their_block_are_read_by_name():
    text = ("某县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "第二十条第（一）项\n第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 97\n"
            "第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 0\n行政强制 0\n"
            "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n"
            "表二：主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n"
            "| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 13 | 0 | 55 |\n")
    res = lint_text(text, Options(regime="format-2021", select=("GX402",)))
    block = next(t for t in res.report.stat_tables if t.kind == "table-2" and t.title == "一")
    assert [(r.key or r.label, [c.raw for c in r.cells]) for r in block.rows] == [
        ("规章", ["0", "0", "0"]), ("规范性文件", ["13", "0", "55"])]
    assert block.columns == ("本年制发件数", "本年废止件数", "现行有效件数")
    assert not [d for d in res.diagnostics if "第（一）项" in d.message]


def test_table_3_labels_a_pdf_set_out_of_order_are_all_rows():
    # The text layer gives a wrapped label's neighbours out of order, each row's
    # numbers still on its own line.
    rows = [("（一）予以公开", "9 0 0 0 0 0 9"), ("（二）部分公开", "0 0 0 0 0 0 0"),
            ("2.其他法律行政法规禁止公开", "0 0 0 0 0 0 0"), ("1.属于国家秘密", "0 0 0 0 0 0 0"),
            ("3.危及“三安全一稳定”", "0 0 0 0 0 0 0"), ("5.属于三类内部事务信息", "0 0 0 0 0 0 0"),
            ("4.保护第三方合法权益", "0 0 0 0 0 0 0"), ("6.属于四类过程性信息", "1 0 0 0 0 0 1")]
    text = ("某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量 10 0 0 0 0 0 10\n"
            + "".join(f"{label} {values}\n" for label, values in rows))
    res = lint_text(text, Options(regime="format-2021"))
    table = next(t for t in res.report.stat_tables if t.kind == "table-3")
    got = {r.key: [c.raw for c in r.cells] for r in table.rows}
    assert got["不予公开.1"] == ["0"] * 7 and got["不予公开.2"] == ["0"] * 7
    assert got["不予公开.5"] == ["0"] * 7 and got["不予公开.6"] == ["1", "0", "0", "0", "0", "0", "1"]


def test_table_2_rows_with_values_after_spaces_are_values_not_labels():
    text = ("某县人民政府2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n行政规范性文件 13 2 55\n"
            "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 550\n其他对外管理服务事项 12\n"
            "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n行政事业性收费 0\n")
    res = lint_text(text, Options(regime="format-2021"))
    got = {(t.title, r.label): [c.raw for c in r.cells] for t in res.report.stat_tables if t.kind == "table-2"
           for r in t.rows}
    assert got == {("一", "规章"): ["0", "0", "0"], ("一", "行政规范性文件"): ["13", "2", "55"],
                   ("五", "行政许可"): ["550"], ("五", "其他对外管理服务事项"): ["12"],
                   ("八", "行政事业性收费"): ["0"]}
