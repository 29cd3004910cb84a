"""A report copied from a PDF's text layer: every paragraph cut at the right margin,
page numbers between its lines, spaces around the digits. Statements broken over
lines are read whole; a text typed a paragraph per line is read as written."""
from gxlint.lint import Options, lint_text
from gxlint.parse import flow
from gxlint.text import Flow, Span

PARAGRAPHS = [
    "　　某县人民政府2024年政府信息公开工作年度报告",
    "　　本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计"
    "期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。如对本报告有疑问，请与某县人民政府办公室联系"
    "（电话：0370-1234567）。本报告电子版可在某县人民政府门户网站（www.example.gov.cn）查阅或下载。",
    "　　一、总体情况",
    "　　2024 年，某县人民政府认真贯彻落实《条例》，全年主动公开各类政府信息 2139 条，其中动态类信息 1744 条，"
    "政务信息 393 条，解读类信息 21 条，回应公众关注热点信息 2 条。全年召开新闻发布会 54 场，进一步"
    "提升了政务公开的质量和实效，群众满意度持续提升，各项工作取得新成效。",
    "　　二、主动公开政府信息情况",
    "　　全年新制发规范性文件 13 件，废止 2 件，现行有效 120 件。县政府门户网站全年发布各类信息，"
    "及时更新政策文件、工作动态和通知公告，开设专题专栏，做好政策解读和回应关切工作。",
]


def _em(ch: str) -> float:
    """A glyph's width in ems in a PDF's fonts: CJK full, digits and Latin half, a space a quarter."""
    return 1 if ord(ch) > 0x2000 else 0.25 if ch == " " else 0.5


def pdf_text_layer(paragraphs: list[str], ems: float = 28, page_every: int = 6) -> str:
    """Lines broken where the next glyph would pass the right margin, a paragraph's
    first line indented two ems (the indent lost in the copy), a page number every
    few lines."""
    lines: list[str] = []
    for para in paragraphs:
        line, used = "", 0.0
        for ch in para:
            if used + _em(ch) > ems:
                lines.append(line.lstrip("　"))
                if len(lines) % page_every == 0:
                    lines.append(f"- {len(lines) // page_every} -")
                line, used = "", 0.0
            line, used = line + ch, used + _em(ch)
        lines.append(line.lstrip("　"))
    return "\n".join(lines) + "\n"


def test_statements_wrapped_over_lines_are_read_whole():
    text = pdf_text_layer(PARAGRAPHS)
    res = lint_text(text, Options())
    codes = {d.rule for d in res.diagnostics}
    assert [(p.start.isoformat(), p.end.isoformat()) for p in res.report.periods] == [("2024-01-01", "2024-12-31")]
    assert not codes & {"GX201", "GX204", "GX503"}, [d.message for d in res.diagnostics]
    # 1744 + 393 + 21 + 2 = 2160, not 2139: the list runs over three lines and a page number.
    sums = [d for d in res.diagnostics if d.rule == "GX301"]
    assert [d.message for d in sums] == ["合计2139条与分项之和2160条（1744+393+21+2）不符"]
    assert text.splitlines()[sums[0].line - 1][sums[0].column - 1:].startswith("2139 条")


def test_a_wrapped_paragraph_is_one_paragraph_and_its_page_number_no_part_of_it():
    text = pdf_text_layer(PARAGRAPHS)
    report = lint_text(text, Options()).report
    opening = next(p for p in report.paragraphs if p.text.startswith("本报告由"))
    assert "- 1 -" not in opening.text and "\n" not in opening.text
    assert opening.text.endswith("查阅或下载。")


def test_a_text_typed_a_paragraph_per_line_flows_as_written():
    typed = "\n".join(p.strip("　") for p in PARAGRAPHS * 3) + "\n"
    assert flow.wrapped(typed.split("\n"), set(), set()) == {}
    report = lint_text(typed, Options()).report
    assert report.flow.text == report.text.plain


def test_a_line_that_ends_a_sentence_or_is_followed_by_a_heading_is_not_joined():
    text = pdf_text_layer(PARAGRAPHS)
    lines = text.split("\n")
    joins = flow.wrapped(lines, set(), set())
    assert all(not lines[i].rstrip().endswith("。") for i in joins)
    assert all(not lines[j].startswith("一、") for j in joins.values())


def test_flow_offsets_map_back_to_the_text():
    plain = "甲乙\n丙丁\n- 2 -\n戊 己\n庚"
    lines = plain.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    f = flow.build(plain, starts, lines, {0: 1, 1: 3})
    assert f.text == "甲乙丙丁戊 己\n庚"
    assert all(plain[f.at(i)] == ch for i, ch in enumerate(f.text))
    assert [f.index(plain.index(ch)) for ch in "甲丙戊庚"] == [0, 2, 4, 8]
    assert f.span(2, 5) == Span(3, 13)
    # Where each break taken out begins and where the text goes on after it.
    assert f.breaks() == {plain.index("乙") + 1, plain.index("丙"), plain.index("丁") + 1, plain.index("戊")}
    assert Flow("abc").at(2) == 2 and Flow("abc").breaks() == set()
