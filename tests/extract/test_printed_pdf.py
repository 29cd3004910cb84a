"""PDFs as a browser prints them: headless Chromium's print-to-PDF of a page whose prose
is set one ruled box a line (as some converters draw reports) and whose tables have CSS
borders, table 三 broken over a page with its header repeated and its group labels
merged over the break; and the same page with plain paragraphs and tables drawn without
ruling lines (their header words broken over lines in narrow columns). Each must read as
its source text reads. Needs Debian's
Chromium and a Chinese font (.ci/run installs chromium and fonts-wqy-zenhei)."""
import shutil

import pytest

from gxlint.lint import Options, lint_path
from gxlint.read import read_source

from .render import load, print_pdf, require, to_printed_html, to_txt

SHORT = [("title", "河西县某乡人民政府2021年政府信息公开工作年度报告"),
         ("p", "经统计，本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有疑问，"
               "请与乡政府办公室联系（电话：0379-67912345）。"),
         ("h1", ["一、", "总体情况"]), ("p", "全年主动公开政府信息120条。"),
         ("h1", ["二、", "主动公开政府信息情况"]), ("p", "见上。"),
         ("h1", ["三、", "收到和处理政府信息公开申请情况"]), ("p", "无。"),
         ("h1", ["四、", "政府信息公开行政复议、行政诉讼情况"]), ("p", "无。"),
         ("h1", ["五、", "存在的主要问题及改进情况"]), ("p", "宣传不够。"),
         ("h1", ["六、", "其他需要报告的事项"]), ("p", "无。"),
         ("p", "河西县某乡人民政府"), ("p", "2022年1月20日")]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    require(CHROMIUM, "chromium", "apt-get install chromium fonts-wqy-zenhei")
    root = tmp_path_factory.mktemp("printed")
    blocks = load()
    return {"txt": to_txt(blocks, root / "report.txt"),
            "pdf": print_pdf(to_printed_html(blocks, root / "report.html"), root / "report.pdf"),
            "unruled": print_pdf(to_printed_html(blocks, root / "plain.html", ruled=False), root / "plain.pdf"),
            "stamped": print_pdf(root / "report.html", root / "stamped.pdf", stamps=True),
            "short.txt": to_txt(SHORT, root / "short.txt"),
            "short": print_pdf(to_printed_html(SHORT, root / "short.html"), root / "short.pdf")}


def _findings(path):
    res = lint_path(str(path), Options())
    assert res.error is None, res.error
    return res, sorted((d.rule, d.severity, d.message) for d in res.diagnostics)


@pytest.mark.parametrize("kind", ["pdf", "unruled", "stamped"])
def test_the_printed_pdf_gives_the_findings_of_its_text(printed, kind):
    assert _findings(printed[kind])[1] == _findings(printed["txt"])[1]


@pytest.mark.parametrize("kind", ["pdf", "unruled"])
def test_the_printed_pdf_reads_the_same_tables(printed, kind):
    def cells(res):     # the rows with values (a group label's own row may be read or not)
        return [(t.kind, r.key, tuple(c.raw for c in r.cells)) for t in res.report.stat_tables for r in t.rows
                if any(c.raw for c in r.cells)]

    pdf, txt = _findings(printed[kind])[0], _findings(printed["txt"])[0]
    assert cells(pdf) == cells(txt)
    assert [h.title for h in pdf.report.headings] == [h.title for h in txt.report.headings]
    # the title, set on two lines in the print, is one title with its organ
    assert (pdf.report.title, pdf.report.organ) == (txt.report.title, txt.report.organ) == (
        "河西县人民政府2021年政府信息公开工作年度报告", "河西县人民政府")


def test_framed_prose_is_text_and_table_three_is_whole(printed):
    text = read_source(str(printed["pdf"])).text
    lines = text.splitlines()
    assert not any(line.endswith("|") and "|" not in line[:-1] for line in lines)   # no one-cell rows
    assert "三、收到和处理政府信息公开申请情况" in lines
    # the repeated header on the next page is dropped, and the rows under the group
    # label merged over the break stay two rows
    assert sum("申请人情况" in line for line in lines) == 1
    assert any(line.startswith("三、本年度办理结果 | （一）予以公开 |") for line in lines)
    assert any(line.startswith("（五）不予处理 | 1.信访举报投诉类申请 |") for line in lines)


def test_a_short_framed_report_reads_its_wrapped_period_whole(printed):
    # Too few lines for the margin to show in their widths: the frames say which lines
    # run to their edge, and the period wrapped inside its date ("2021年12月" / "31日止")
    # is read whole, not as a period ending on 1 December.
    text = read_source(str(printed["short"])).text
    assert "起至2021年12月31日止" not in text.replace("\n", "|")          # it is wrapped in the print
    assert _findings(printed["short"])[1] == _findings(printed["short.txt"])[1]


def test_a_browsers_print_stamps_are_not_read(printed):
    text = read_source(str(printed["stamped"])).text
    assert "file://" not in text and ":" not in text.splitlines()[0]       # no address, no printing time
