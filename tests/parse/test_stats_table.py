"""Reading the 2014–2018 statistics table in the layouts real copies come in."""
import pytest

from gxlint.model import Cell
from gxlint.parse.cells import glued_splits, read_cell
from gxlint.parse.stats_table import find_stat_tables, row_key
from gxlint.text import Span


def _table(text: str):
    tables = find_stat_tables(text)
    assert len(tables) == 1, tables
    return tables[0]


def _values(table):
    return {r.key: tuple(c.value for c in r.cells) for r in table.rows}


@pytest.mark.parametrize("raw, value, status", [
    ("12", 12.0, "value"), (" 1,234 ", 1234.0, "value"), ("0.5", 0.5, "value"), ("-3", -3.0, "value"),
    ("", None, "null"), ("/", None, "null"), ("-", None, "null"), ("—", None, "null"), ("无", None, "null"),
    ("230 000023", None, "unreadable"),
])
def test_null_policy(raw, value, status):
    cell = read_cell(raw, Span(0, len(raw)))
    assert (cell.value, cell.status) == (value, status)
    assert cell.span.end - cell.span.start == len(raw.strip())


@pytest.mark.parametrize("digits, columns, cumulative, splits", [
    ("00", 2, 1, [(0, 0)]),
    ("01", 2, 1, [(0, 1)]),
    ("77", 2, 1, [(7, 7)]),
    ("000", 2, 1, []),                                   # 0|00 and 00|0 both have a leading zero
    ("4251516", 2, 1, [(4, 251516), (42, 51516), (425, 1516)]),
    ("4251516", 2, None, [(4, 251516), (42, 51516), (425, 1516), (4251, 516), (42515, 16), (425151, 6)]),
    ("705", 1, None, [(705,)]),
])
def test_glued_splits(digits, columns, cumulative, splits):
    assert glued_splits(digits, columns, cumulative) == splits


@pytest.mark.parametrize("label, key, sub", [
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "主动公开政府信息数", False),
    ("其中：主动公开规范性文件数", "主动公开规范性文件数", True),
    ("其中:1.政府网站公开数", "政府网站公开数", True),
    ("      2.政府公报公开数", "政府公报公开数", False),
    ("四、行政复议数量", "行政复议数量", False),
])
def test_row_key(label, key, sub):
    assert row_key(label) == (key, sub)


def test_pipe_rows_keep_blank_cells_as_no_value():
    t = _table("附表\n政府信息公开情况统计表\n统计指标 | 单位 | 统计数\n（一）收到申请数 | 件 | 12 |\n"
               "1．当面申请数 | 件 | |\n2．网络申请数 | 件 | / |\n")
    assert t.layout == "pipe" and t.columns == ("统计数",)
    assert [(r.key, r.unit, r.cells[0].status) for r in t.rows] == [
        ("收到申请数", "件", "value"), ("当面申请数", "件", "null"), ("网络申请数", "件", "null")]


def test_pipe_rows_without_values_are_read_as_empty():
    t = _table("七、附表\n2016年统计表\n| | |\n(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) | | |\n| | |\n")
    assert [r.key for r in t.rows] == ["主动公开政府信息数"] and not t.has_values


def test_tab_rows():
    t = _table("政府信息公开情况统计表\n统计指标\t单位\t统计数\n收到申请数\t件\t9\n当面申请数\t件\t\n")
    assert _values(t) == {"收到申请数": (9.0,), "当面申请数": (None,)}


def test_one_cell_per_line_with_a_cumulative_column_ends_at_the_signature():
    text = ("2018年度公开信息统计表\n\n   \n\n单位\n\n2018\n\n历年累计\n\n主动公开文件数\n\n208\n\n2758\n\n"
            "其中:1.政府网站公开数\n\n200\n\n2624\n\n受理政府信息公开申请总数\n\n0\n\n0\n\n"
            " \n\n                       沙县高桥镇人民政府\n\n     2019年1月10日\n")
    t = _table(text)
    assert t.layout == "lines" and t.columns == ("2018", "历年累计")
    assert _values(t) == {"主动公开文件数": (208, 2758), "政府网站公开数": (200, 2624), "受理政府信息公开申请总数": (0, 0)}
    assert text[t.span.end - 1] == "0"


def test_cells_separated_by_spaces_on_one_line():
    t = _table("二○一三年一月二十日 平潭综合实验区政府信息公开情况统计表 指标名称 计量单位 2012年度 历年累计 "
               "主动公开信息数 条 739 4359 其中：1、网站公开 条 739 4359 2、政府公报公开 条 0 0 "
               "受理依申请公开信息总数 条 0 0 行政复议数 件 0 0 附件下载\n")
    assert t.layout == "spaced" and t.columns == ("2012年度", "历年累计")
    assert [r.unit for r in t.rows] == ["条", "条", "条", "条", "件"]
    assert _values(t)["网站公开"] == (739, 4359)


def test_glued_cells_are_split_only_when_the_split_is_unique():
    text = ("附件1：平潭县人民政府2011年政府信息公开情况统计表 指标名称计量单位2011年度历年累计"
            "主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77受理依申请公开信息总数条01"
            "其中：1.当面申请数条002.传真申请数条00")
    t = _table(text)
    assert t.layout == "glued"
    rows = {r.key: r for r in t.rows}
    assert [c.status for c in rows["主动公开信息数"].cells] == ["unreadable", "unreadable"]
    assert rows["网站公开"].cells[0].raw == "4181509"             # the next row's "2." is not part of it
    assert _values(t)["政府公报公开"] == (7, 7)
    assert _values(t)["受理依申请公开信息总数"] == (0, 1)
    cell = rows["政府公报公开"].cells[1]
    assert text[cell.span.start:cell.span.end] == "7" and cell.note == "glued"



def test_one_row_a_line_reads_grouped_thousands_and_passes_a_page_number():
    # The table's rows are read from the same pieces as the format tables: "1,234" is one
    # figure (not 1 and the end of the table) and a page's number between rows is no value.
    t = _table("政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况\n"
               "（一）主动公开政府信息数 条 1,234\n其中：1.网站公开 条 1200\n- 3 -\n"
               "2.政府公报公开 条 34\n二、依申请公开情况\n（一）收到申请数 件 12\n")
    assert _values(t) == {"主动公开情况": (None,), "主动公开政府信息数": (1234,), "网站公开": (1200,),
                          "政府公报公开": (34,), "依申请公开情况": (None,), "收到申请数": (12,)}
    assert [r.unit for r in t.rows] == ["", "条", "条", "条", "", "件"]

def test_a_mention_in_the_prose_is_not_a_table():
    assert find_stat_tables("本报告由概述、主动公开政府信息情况和政府信息公开情况统计表共五个部分组成。") == []


def test_parse_keeps_the_prose_of_a_one_line_report():
    from gxlint.parse import parse
    from gxlint.text import Text
    prose = "正文。" * 60                                  # mid-line headings are looked for in long lines
    text = (f"某县人民政府2011年政府信息公开工作年度报告 一、概述 {prose}二、主动公开政府信息情况 {prose}"
            "附件1：政府信息公开情况统计表 指标名称计量单位2011年度历年累计主动公开信息数条77受理依申请公开信息总数条00"
            "其中：1.当面申请数条00")
    report = parse("t.txt", Text.from_decoded(text))
    assert len(report.stat_tables) == 1
    assert [h.marker for h in report.headings if h.level == 1] == ["一、", "二、"]


def test_cell_records_are_frozen():
    with pytest.raises(AttributeError):
        Cell("1", 1.0, "value", Span(0, 1)).value = 2


def test_format_table_header_split_one_character_per_line_is_rejoined():
    from gxlint.parse.format_tables import find_format_tables
    text = "第二十条第（一）项\n信息内容\n本\n年\n制\n发\n件\n数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n"
    (table,) = find_format_tables(text)
    assert table.columns == ("本年制发件数", "本年废止件数", "现行有效件数")
    assert [c.value for c in table.rows[0].cells] == [0, 0, 0]
