""".html: the body without chrome, charsets, spans, malformed and hostile markup."""
import pytest

from gxlint.extract.html import decode_html, extract_html, grid
from gxlint.read import read_source

from .render import load, to_html

REPORT = ("<p>某县人民政府2021年政府信息公开工作年度报告</p>"
          + "<p>一、总体情况</p><p>本年度主动公开政府信息1200条，收到政府信息公开申请30件，均已按期答复。</p>" * 3)


def _page(body: str, charset: str = "utf-8", head: str = "") -> bytes:
    return (f'<html><head><meta charset="{charset}">{head}</head><body>'
            '<div class="nav"><a href="/">首页</a><a href="/x">政务公开</a><a href="/y">互动交流</a></div>'
            f'<div class="content">{body}</div>'
            '<div class="footer">主办单位：某县人民政府办公室</div></body></html>').encode(charset, "xmlcharrefreplace")


def _text(tmp_path, data: bytes, name: str = "p.html") -> list[str]:
    path = tmp_path / name
    path.write_bytes(data)
    source = read_source(str(path))
    assert source.error is None, source.error
    return source.text.splitlines()


def test_chrome_scripts_and_footer_are_left_out(tmp_path):
    lines = _text(tmp_path, to_html(load(), tmp_path / "r.html").read_bytes())
    text = "\n".join(lines)
    assert lines[0] == "河西县人民政府2021年政府信息公开工作年度报告"      # the <h1> above the body
    for chrome in ("首页", "用户登录", "当前位置", "扫一扫", "打印本页", "网站标识码", "机构职能", "999件", "发布时间"):
        assert chrome not in text
    assert lines[-1] == "2022年1月20日"


@pytest.mark.parametrize("charset", ["gb2312", "gbk", "big5", "utf-8"])
def test_declared_charsets(tmp_path, charset):
    body = REPORT if charset != "big5" else "<p>某縣人民政府2021年政府資訊公開工作年度報告</p><p>一、總體情況</p>" * 4
    lines = _text(tmp_path, _page(body, "gb18030" if charset in ("gb2312", "gbk") else charset)
                  .replace(b"gb18030", charset.encode()))
    assert lines[0].startswith("某")


def test_gb2312_page_with_gbk_characters(tmp_path):
    # Pages that declare GB2312 routinely hold GBK-only characters (here 镕 and 堃).
    lines = _text(tmp_path, _page(REPORT + "<p>联系人：朱镕堃</p>", "gbk").replace(b"gbk", b"gb2312"))
    assert lines[-1] == "联系人：朱镕堃"


def test_undeclared_charset_is_detected(tmp_path):
    data = _page(REPORT, "gb18030").replace(b'<meta charset="gb18030">', b"")
    assert _text(tmp_path, data)[0] == "某县人民政府2021年政府信息公开工作年度报告"


def test_wrong_declaration_falls_back_to_detection():
    text, _ = decode_html(_page(REPORT, "utf-8").replace(b"utf-8", b"gb2312", 1), "zh")
    assert "某县人民政府" in text


def test_rowspan_and_colspan_expand():
    from lxml import html

    table = html.fromstring(
        "<table><tr><td rowspan='2'>a</td><td colspan='2'>b</td></tr>"
        "<tr><td>c</td><td>d</td></tr><tr><td>e</td><td></td><td>f</td></tr></table>")
    assert grid(table) == [["a", "b", None], [None, "c", "d"], ["e", "", "f"]]


def test_hostile_spans_are_clamped():
    from lxml import html

    table = html.fromstring("<table><tr><td colspan='99999999' rowspan='-3'>a</td><td>b</td></tr></table>")
    rows = grid(table)
    assert len(rows) == 1 and len(rows[0]) == 201


def test_layout_tables_are_read_as_blocks(tmp_path):
    data = _page(f"<table><tr><td>{REPORT}<table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>")
    lines = _text(tmp_path, data)
    assert "规章 | 0 |" in lines and lines[0].startswith("某县")


def test_malformed_markup_still_reads(tmp_path):
    data = ("<html><body><div><p>某县人民政府2021年政府信息公开工作年度报告<p>一、总体情况<div>"
            "<p>本年度主动公开政府信息1200条<table><tr><td>规章<td>0<tr><td>行政规范性文件<td>3</table>"
            "</span></b></i>").encode()
    lines = _text(tmp_path, data)
    assert "规章 | 0 |" in lines and "行政规范性文件 | 3 |" in lines


def test_deep_nesting_is_read_without_recursion_errors(tmp_path):
    data = ("<html><body>" + "<div>" * 1500 + REPORT + "</div>" * 1500 + "</body></html>").encode()
    assert any("主动公开" in line for line in _text(tmp_path, data))


def test_nesting_past_the_parser_limit_is_a_clear_error(tmp_path):
    # libxml2 stops at depth 2048 (browsers flatten past 512): what lies deeper is lost.
    path = tmp_path / "deep.html"
    path.write_bytes(("<html><body>" + "<div>" * 5000 + REPORT + "</div>" * 5000 + "</body></html>").encode())
    assert read_source(str(path)).error == "文档中没有可读取的文字"


@pytest.mark.parametrize("data", [b"", b"<html><body><script>var a='\xe6\x8a\xa5\xe5\x91\x8a';</script></body></html>",
                                  b"\x00\x01\x02binary" * 100])
def test_pages_without_text_are_refused(tmp_path, data):
    path = tmp_path / "x.html"
    path.write_bytes(data)
    source = read_source(str(path))
    assert source.text is None and source.error


def test_xml_declaration_is_accepted(tmp_path):
    data = b'<?xml version="1.0" encoding="utf-8"?>\n' + _page(REPORT)
    assert _text(tmp_path, data, "x.xhtml")[0].startswith("某县")


def test_extract_returns_encoding(tmp_path):
    path = tmp_path / "p.htm"
    path.write_bytes(_page(REPORT, "gbk"))
    assert extract_html(str(path))[2] == "gb18030"


def test_office_suite_list_numbering_and_heading_levels(tmp_path):
    # LibreOffice exports numbered headings as <ol><li><h1> with the numeral only in the
    # list: a browser shows "1." "2."; the <h1>/<h2> levels say which are parts.
    body = ("<p>某县人民政府2021年政府信息公开工作年度报告</p>"
            "<ol><li><h1>总体情况</h1><ol><li><h2>主动公开</h2></ol></ol><p>正文。</p>"
            "<ol><ol start='2'><li><h2>依申请公开</h2></ol></ol>"
            "<ol start='2'><li><h1>其他需要报告的事项</h1></ol><p>无。</p>"
            "<ol style='list-style-type: cjk-ideographic' start='3'><li><h1>存在的主要问题</h1></ol>")
    path = tmp_path / "lo.html"
    path.write_bytes(_page(body))
    from gxlint.lint import Options, lint_path

    res = lint_path(str(path), Options(select=("GX103",)))
    heads = [(h.level, h.number, h.title) for h in res.report.headings]
    assert heads == [(1, 1, "总体情况"), (2, 1, "主动公开"), (2, 2, "依申请公开"), (1, 2, "其他需要报告的事项"),
                     (1, 3, "存在的主要问题")]
    assert "三、存在的主要问题" in res.report.text.original
    assert res.diagnostics == []


def test_a_title_styled_as_a_heading_is_not_part_one(tmp_path):
    # A portal styles the title <h1> and the parts <h2>; the title calls the report by
    # a name of its own (政务信息公开报告), still a title and not a part without a numeral.
    body = ("<h1>某县人民医院2017年政务信息公开报告</h1><p>2017年，我院推进公开。</p>"
            "<h2>一、主动公开政府信息的情况</h2><p>正文。</p><h2>二、回应解读情况</h2><p>正文。</p>")
    path = tmp_path / "title.html"
    path.write_bytes(_page(body))
    from gxlint.lint import Options, lint_path

    res = lint_path(str(path), Options(select=("GX103", "GX106")))
    assert res.report.title == "某县人民医院2017年政务信息公开报告"
    assert [(h.level, h.number) for h in res.report.headings] == [(1, 1), (1, 2)]
    assert res.diagnostics == []
