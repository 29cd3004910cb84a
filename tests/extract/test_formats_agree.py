"""One 2021-format report saved as .txt, .docx, .html and .pdf gives the same findings,
table identities included; in the documents each table finding names its cell."""
from pathlib import Path

import pytest

from gxlint.lint import Options, lint_path

from .render import load, write_all

PLANTED = {"GX305", "GX404", "GX405", "GX407"}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    return write_all(load(), tmp_path_factory.mktemp("formats"))


@pytest.fixture(scope="module")
def results(files):
    return {fmt: lint_path(str(path), Options()) for fmt, path in files.items()}


def _findings(result):
    return sorted((d.rule, d.severity, d.message) for d in result.diagnostics)


def test_the_text_copy_finds_the_planted_defects(results):
    res = results["txt"]
    assert res.error is None
    assert {d.rule for d in res.diagnostics} == PLANTED, _findings(res)
    assert (res.report.organ, res.report.year, res.report.regime) == ("河西县人民政府", 2021, "format-2021")


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_every_format_gives_the_same_findings(results, fmt):
    assert results[fmt].error is None, results[fmt].error
    assert _findings(results[fmt]) == _findings(results["txt"])


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_every_format_reads_the_same_tables(results, fmt):
    def cells(res):
        return [(t.kind, r.key, tuple(c.raw for c in r.cells)) for t in res.report.stat_tables for r in t.rows]

    assert cells(results[fmt]) == cells(results["txt"])
    assert [h.title for h in results[fmt].report.headings] == [h.title for h in results["txt"].report.headings]


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_table_findings_name_their_cell(results, fmt):
    # The grid is the official one: table 三 has 3 label columns before the 7 values, so
    # 总计 is column 10; row 6 is （一）予以公开 after three header rows and two data rows.
    # Table 二's caption rows ("第二十条第（一）项" across the table) are text, so its four
    # blocks are tables 1–4 and table 三 is table 5.
    where = {d.rule: d.table_cell for d in results[fmt].diagnostics}
    assert where["GX404"] == (5, 6, 10)
    assert where["GX405"] == (5, 27, 10)
    assert where["GX407"] == (6, 4, 10)
    assert where["GX305"] is None              # prose, not a cell


def test_pdf_findings_name_their_page(results):
    pages = {d.rule: d.page for d in results["pdf"].diagnostics}
    assert pages["GX305"] == 1
    assert pages["GX404"] == pages["GX405"] == 3 and pages["GX407"] == 4
    assert all(d.page is None for fmt in ("txt", "docx", "html") for d in results[fmt].diagnostics)
