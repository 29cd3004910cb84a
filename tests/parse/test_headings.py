from hypothesis import given, settings, strategies as st

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


def test_every_character_a_marker_can_open_with_may_open_a_line():
    import sys

    import regex

    from gxlint.parse import headings

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    first = regex.compile(rf"[第{headings.CN}（(、㈠-㈩]|\d")
    opening = first.findall(every)
    assert len(opening) > 600
    assert all(headings._may_open(c) for c in opening)
    assert not any(headings._may_open(c) for c in "本全我a \t")


def _unfiltered(line, base):
    from gxlint.parse import headings
    from gxlint.text import Span

    for lvl, pat in headings._LINE_HEAD:
        m = pat.match(line)
        if m:
            title, end = headings._title(line, m.end(), mid=False)
            if not title or title[0] in "%％":
                return None
            lead = len(line) - len(line.lstrip(" \t\u3000\xa0"))
            return headings.Heading(lvl, headings.cn_int(m.group("n")), line[lead:m.end()], title,
                                    Span(base + lead, base + m.end() + len(title)), base + end)
    m = headings._LOST.match(line)
    if m:
        title, end = headings._title(line, m.end(), mid=False)
        return headings.Heading(1, None, "、", title, Span(base + m.end() - 1, base + m.end() + len(title)), base + end)
    return None



@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["一", "十", "第", "、", "．", ".", "部分", "（", "）", "(", ")", "㈡", "1", "12", "٣",
                                 "\U00010d40", " ", "\u3000", "\t", "概述", "本年", "%", "“", "。"]), max_size=10).map("".join))
def test_lines_passed_over_are_the_lines_no_marker_opens(line):
    from gxlint.parse import headings

    assert headings._line_heading(line, 7) == _unfiltered(line, 7)
