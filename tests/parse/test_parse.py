"""parse/__init__.py: the report model's paragraphs and the tables' extent."""
from gxlint.lint import Options, build_report
from gxlint.read import Source


def _report(text: str):
    return build_report(Source("x", text), Options())


def test_each_prose_line_is_a_paragraph_and_a_flattened_line_is_cut_at_its_headings():
    body = "本报告由两部分组成。" + "正文" * 150
    text = f"标题\n\n  全年公开信息12条。\n{body}。 一、基本概况 推进公开。 二、主动公开政府信息情况 全年公开。\n"
    paragraphs = [p.text for p in _report(text).paragraphs]
    assert paragraphs == ["标题", "全年公开信息12条。", body + "。", "一、基本概况 推进公开。", "二、主动公开政府信息情况 全年公开。"]
    report = _report(text)
    assert all(report.text.plain[p.span.start:p.span.end] == p.text for p in report.paragraphs)


def test_table_rows_are_not_paragraphs():
    text = "三、收到和处理申请情况\n一、本年新收政府信息公开申请数量 | 0 | 0 |\n正文。\n"
    assert [p.text for p in _report(text).paragraphs] == ["三、收到和处理申请情况", "正文。"]


def test_an_attachment_ends_where_the_next_part_begins():
    text = "七、附件\n统计表\n主动公开 12\n八、其他\n无。\n、依申请\n"
    report = _report(text)
    (region,) = report.tables
    assert report.text.plain[region.span.start:region.span.end].rstrip() == "统计表\n主动公开 12"
