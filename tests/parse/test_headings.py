from gxlint.lint import Options, lint_text
from gxlint.parse import parse
from gxlint.text import Text


def _heads(text):
    r = parse("<t>", Text.from_decoded(text))
    return [(h.level, h.number, h.title) for h in r.headings]


def test_levels():
    text = "一、概述\n（一）组织领导\n1.领导\n（1）细则\n1)再细\n㈡圆括号\n"
    assert [(lvl, n) for lvl, n, _ in _heads(text)] == [(1, 1), (2, 1), (3, 1), (4, 1), (4, 1), (2, 2)]


def test_lost_numeral_is_a_level_one_heading():
    assert _heads("三、依申请公开\n正文\n  、因政府信息公开申请行政复议的情况\n") == [
        (1, 3, "依申请公开"), (1, None, "因政府信息公开申请行政复议的情况")]


def test_enumerations_are_not_headings():
    assert _heads("一是加强领导。二是健全制度。\n") == []


def test_mid_line_headings_in_a_one_line_report():
    body = "本报告由两部分组成。" + "正文" * 150
    line = f"{body}。 一、基本概况 2013年，我县推进公开。 （一）强化考核，加大力度。进一步加大。 二、主动公开政府信息情况 全年公开。"
    assert [(lvl, n) for lvl, n, _ in _heads(line)] == [(1, 1), (2, 1), (1, 2)]


def test_mid_line_list_after_colon_is_not_a_heading():
    body = "正文" * 200
    line = f"{body}。 一、存在问题 主要有: (一)推进不平衡。 (二)领域不够。 二、其他事项 无。"
    assert [(lvl, n) for lvl, n, _ in _heads(line)] == [(1, 1), (1, 2)]


def test_table_rows_are_not_headings():
    text = "三、收到和处理申请情况\n一、本年新收政府信息公开申请数量 | 0 | 0 |\n（二）部分公开 | 0 | 0 |\n"
    assert _heads(text) == [(1, 3, "收到和处理申请情况")]


def test_section_breadcrumb_in_json():
    res = lint_text("某县2016年政府信息公开工作年度报告\n一、概述\n（一）组织\n共受理申请5件，其中当面申请3件，网络申请3件。\n",
                    Options(select=("GX301",)))
    assert res.diagnostics[0].section == "一、概述 › （一）组织"


def test_markers_of_every_kind_open_a_heading_and_prose_does_not():
    text = "十一．其他\n第二部分 主动公开\n１、全角数字\n（３）全角括号\n全年公开12条。\n“一、”不是标题\n12%的增长\n"
    assert _heads(text) == [(1, 11, "其他"), (1, 2, "主动公开"), (3, 1, "全角数字"), (4, 3, "全角括号")]


def test_a_part_heading_glued_to_the_table_before_it_in_a_one_line_copy():
    # A crawled page flattened to one line: the part's marker follows the last cell
    # ("…2895.90元三、…") or a number list's end, with no sentence end or space.
    line = ("一、总体情况" + "全年公开信息。" * 60 +
            "二、主动公开政府信息情况第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购39573802895.90元"
            "三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
            "四、结转下年度继续办理0 0 0 0 0 0 0四、政府信息公开行政复议、行政诉讼情况结果维持000000000000000"
            "五、存在的主要问题及改进情况（一）存在的主要问题:人员不足。六、其他需要报告的事项无。")
    assert _heads(line) == [(1, 1, "总体情况"), (1, 2, "主动公开政府信息情况"), (1, 3, "收到和处理政府信息公开申请情况"),
                            (1, 4, "政府信息公开行政复议、行政诉讼情况"), (1, 5, "存在的主要问题及改进情况"),
                            (1, 6, "其他需要报告的事项")]
