"""GX109 on a report whose year the user gives: the title's year must be that year."""
from gxlint.lint import Options, lint_text

TEXT = "某县人民政府2023年政府信息公开工作年度报告\n正文。\n"


def _messages(year):
    res = lint_text(TEXT, Options(select=("GX109",), year=year, skip=False))
    return [(d.line, d.message) for d in res.diagnostics]


def test_a_title_year_other_than_the_year_given():
    assert _messages(2024) == [(1, "标题中的年份2023年与指定的报告年度2024年不一致")]


def test_the_title_year_given():
    assert _messages(2023) == []
