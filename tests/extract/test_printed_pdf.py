"""PDFs as a browser prints them: headless Chromium's print-to-PDF of a page whose prose
is set one ruled box a line (as some converters draw reports) and whose tables have CSS
borders, table 三 broken over a page with its header repeated and its group labels
merged over the break; and the same page with plain paragraphs and tables drawn without
ruling lines (their header words broken over lines in narrow columns). Each must read as
its source text reads. Needs Debian's
Chromium and a Chinese font (.ci/run installs chromium and fonts-wqy-zenhei)."""
import os
import shutil

import pytest

from gxlint.lint import Options, lint_path
from gxlint.read import read_source

from .render import load, print_pdf, to_printed_html, to_txt

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it")
        pytest.skip("chromium is not installed (apt-get install chromium fonts-wqy-zenhei)")
    root = tmp_path_factory.mktemp("printed")
    blocks = load()
    return {"txt": to_txt(blocks, root / "report.txt"),
            "pdf": print_pdf(to_printed_html(blocks, root / "report.html"), root / "report.pdf"),
            "unruled": print_pdf(to_printed_html(blocks, root / "plain.html", ruled=False), root / "plain.pdf")}


def _findings(path):
    res = lint_path(str(path), Options())
    assert res.error is None, res.error
    return res, sorted((d.rule, d.severity, d.message) for d in res.diagnostics)


@pytest.mark.parametrize("kind", ["pdf", "unruled"])
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
