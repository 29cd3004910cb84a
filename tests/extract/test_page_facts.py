"""A portal page's own facts about the report it carries — its 发布日期 in the metadata
bar, a 信息公开 metadata table, the CMS's <meta> tags — are read before the chrome is
dropped, shown by inspect, and serve the date rules and the organ."""
import json
import subprocess
import sys

from gxlint.lint import Options, lint_path
from gxlint.read import read_source

REPORT = """<p>本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2017年1月1日起至2017年12月31日止。</p>
<p>一、概述</p><p>本年度主动公开政府信息120条。{more}</p>
<p>二、主动公开政府信息情况</p><p>通过网站公开120条。</p>
<p>三、依申请公开政府信息情况</p><p>本年度未收到申请。</p>
<p>四、政府信息公开的收费及减免情况</p><p>未收取任何费用。</p>
<p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p><p>无。</p>
<p>六、政府信息公开工作存在的主要问题及改进情况</p><p>宣传不够。</p>
<p>七、其他需要报告的事项</p><p>无。</p>
{signature}"""

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">{meta}<title>年报</title></head><body>
<div class="nav">首页 &gt; 信息公开 &gt; 年报</div>
<h1 class="content_title">{title}</h1>
{bar}
<div class="article">{body}</div>
<div class="footer">主办：某县人民政府 网站标识码：4114240001</div>
</body></html>"""

BAR = '<div class="attr"><span>发布日期：<b>2018-04-02 15:44:03</b></span> <span>来源：<b> 县财政局</b></span></div>'
TABLE = """<table class="xxgk"><tr><td>索 引 号：</td><td>11411424MB1234567X/2018-00012</td>
<td>发布机构：</td><td>柘城县财政局</td></tr><tr><td>文号：</td><td>柘财〔2018〕3号</td>
<td>成文日期：</td><td>2018-01-20</td></tr><tr><td>发布日期：</td><td>2018-03-01</td></tr></table>"""


def _page(tmp_path, bar=BAR, meta="", title="柘城县财政局2017年政府信息公开工作年度报告",
          signature="<p>柘城县财政局</p><p>2018年1月20日</p>"):
    path = tmp_path / "page.html"
    more = "我局坚持以公开为常态、不公开为例外，围绕财政预算决算、专项资金分配等重点领域做好信息公开工作。" * 4
    body = REPORT.format(signature=signature, more=more)
    path.write_text(PAGE.format(meta=meta, title=title, bar=bar, body=body), encoding="utf-8")
    return path


def test_the_metadata_bar(tmp_path):
    page = read_source(str(_page(tmp_path))).layout.page
    assert (page.published.isoformat(), page.publisher) == ("2018-04-02", "县财政局")
    assert read_source(str(_page(tmp_path))).text.count("发布日期") == 0      # chrome stays out of the text


def test_the_metadata_table(tmp_path):
    page = read_source(str(_page(tmp_path, bar=TABLE))).layout.page
    assert page.published.isoformat() == "2018-03-01" and page.written.isoformat() == "2018-01-20"
    assert (page.publisher, page.number, page.index) == ("柘城县财政局", "柘财〔2018〕3号", "11411424MB1234567X/2018-00012")


def test_the_cms_meta_tags_come_first(tmp_path):
    meta = '<meta name="PubDate" content="2018-02-05 09:00"><meta name="ContentSource" content="柘城县财政局">'
    page = read_source(str(_page(tmp_path, meta=meta))).layout.page
    assert (page.published.isoformat(), page.publisher) == ("2018-02-05", "柘城县财政局")


def test_a_late_page_date_is_late_publication(tmp_path):
    # Signed in time, published on 2 April: the page's date is the publication date.
    res = lint_path(str(_page(tmp_path)), Options())
    late = [d for d in res.diagnostics if d.rule == "GX204"]
    assert [(d.line, d.message) for d in late] == [(1, "网页所示发布日期2018年4月2日晚于法定期限2018年3月31日")]


def test_a_page_date_is_a_date(tmp_path):
    res = lint_path(str(_page(tmp_path, bar=TABLE, signature="")), Options())
    assert not {"GX204", "GX205"} & {d.rule for d in res.diagnostics}


def test_no_date_anywhere_is_still_missing(tmp_path):
    res = lint_path(str(_page(tmp_path, bar="", signature="")), Options())
    assert "GX205" in {d.rule for d in res.diagnostics}


def test_a_spaced_title_in_its_own_element_is_one_title(tmp_path):
    path = _page(tmp_path, title="柘城县 “互联网+”经济发展促进中心 2017政府信息公开工作 年度报告", signature="")
    res = lint_path(str(path), Options())
    assert res.report.title == "柘城县“互联网+”经济发展促进中心2017政府信息公开工作年度报告"
    assert res.report.organ == "柘城县“互联网+”经济发展促进中心"
    assert "GX106" not in {d.rule for d in res.diagnostics}


def test_inspect_shows_the_page_facts(tmp_path):
    out = subprocess.run([sys.executable, "-m", "gxlint", "inspect", "--format", "json", str(_page(tmp_path, bar=TABLE))],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out)["page"] == {"published": "2018-03-01", "written": "2018-01-20", "publisher": "柘城县财政局",
                                       "number": "柘财〔2018〕3号", "index": "11411424MB1234567X/2018-00012"}


def test_a_title_in_an_element_styled_as_one_with_its_organ_apart(tmp_path):
    # No heading: the title is a <div class="article-title">, the organ in a span of its own.
    path = _page(tmp_path, signature="")
    page = path.read_text(encoding="utf-8").replace(
        '<h1 class="content_title">柘城县财政局2017年政府信息公开工作年度报告</h1>',
        '<div class="article-title"><span>柘城县财政局</span> <span>2017年政府信息公开工作年度报告</span></div>')
    path.write_text(page, encoding="utf-8")
    res = lint_path(str(path), Options())
    assert (res.report.title, res.report.organ) == ("柘城县财政局2017年政府信息公开工作年度报告", "柘城县财政局")


def test_a_page_published_before_its_report_was_signed(tmp_path):
    bar = '<div class="attr"><span>发布日期：<b>2018-01-10 09:00</b></span></div>'
    res = lint_path(str(_page(tmp_path, bar=bar)), Options(select=("GX207",)))
    assert [(d.rule, d.message) for d in res.diagnostics] == \
        [("GX207", "网页所示发布日期2018年1月10日早于落款日期2018年1月20日")]
    assert lint_path(str(_page(tmp_path)), Options(select=("GX207",))).diagnostics == []


def test_a_page_published_by_another_organ(tmp_path):
    bar = '<div class="attr"><span>发布日期：<b>2018-01-25</b></span> <span>来源：<b>县教育局</b></span></div>'
    res = lint_path(str(_page(tmp_path, bar=bar)), Options(select=("GX110",)))
    assert [(d.rule, d.message) for d in res.diagnostics] == \
        [("GX110", "标题中的机关“柘城县财政局”与网页所示发布机构“县教育局”不是同一机关")]


def test_the_portal_publishing_a_department_report_is_no_second_organ(tmp_path):
    for source in ("县财政局", "柘城县人民政府办公室", "柘城县人民政府网"):
        bar = f'<div class="attr"><span>发布日期：<b>2018-01-25</b></span> <span>来源：<b>{source}</b></span></div>'
        assert lint_path(str(_page(tmp_path, bar=bar)), Options(select=("GX110",))).diagnostics == [], source
