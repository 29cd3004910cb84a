"""A document's table rows are the cells its extractor drew, not the bars of its text:
a bar typed in a paragraph or inside a cell of a Word file, a web page or a PDF splits
nothing, and a line break inside a Word paragraph moves no cell off its line."""
from pathlib import Path

import pytest

from gxlint.lint import Options, lint_path
from gxlint.read import read_source

from .render import WRITERS, load

# The paragraph GX305 reads (30 applications received, table 三 says 25), written with
# bars between its clauses, and table 三's top-left note cell with one inside.
_PROSE = "全年共收到政府信息公开申请30件，均已按期答复。"
_BARRED = "全年共收到政府信息公开申请30件 | 均已按期答复 | 详见下表。"
_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def _barred(blocks):
    out = []
    for kind, value in blocks:
        if kind == "p" and value == _PROSE:
            value = _BARRED
        elif kind == "table":
            cells, nrows, ncols = value
            cells = [type(c)(c.text.replace("，", " | "), c.row, c.col, c.rows, c.cols) if c.text == _NOTE else c
                     for c in cells]
            value = (cells, nrows, ncols)
        out.append((kind, value))
    return out


def _seen(path: Path):
    res = lint_path(str(path), Options())
    assert res.error is None, res.error
    findings = sorted((d.rule, d.severity, d.table_cell) for d in res.diagnostics)
    tables = [(t.kind, r.key, tuple(c.raw for c in r.cells)) for t in res.report.stat_tables for r in t.rows]
    return findings, tables, res.report.text.plain


@pytest.mark.parametrize("fmt", ["docx", "html", "pdf"])
def test_bars_typed_in_a_document_split_nothing(tmp_path, fmt):
    blocks = load()
    plain_findings, plain_tables, _ = _seen(WRITERS[fmt](blocks, tmp_path / f"plain.{fmt}"))
    findings, tables, text = _seen(WRITERS[fmt](_barred(blocks), tmp_path / f"barred.{fmt}"))
    assert "申请30件 | 均已按期答复 |" in text and "之和 | 等于" in text     # the bars are in the text
    assert "GX305" in {rule for rule, _, _ in findings}                     # the barred paragraph is prose
    assert findings == plain_findings
    assert tables == plain_tables


def test_a_line_break_in_a_word_paragraph_is_a_line_and_cells_stay_on_theirs(tmp_path):
    from docx import Document

    doc = Document()
    p = doc.add_paragraph("河西县人民政府")
    p.add_run().add_break()                      # Shift+Enter
    p.add_run("2021年政府信息公开工作年度报告")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "行政许可", "120"
    doc.save(tmp_path / "br.docx")
    source = read_source(str(tmp_path / "br.docx"))
    lines = (source.text or "").split("\n")
    assert lines[:3] == ["河西县人民政府", "2021年政府信息公开工作年度报告", "行政许可 | 120 |"]
    assert [(c.line, lines[c.line - 1][c.start - 1:c.end - 1]) for c in source.layout.cells] == \
        [(3, "行政许可"), (3, "120")]
