""".docx: merged cells, Word list numbering, heading styles, hostile files."""
import zipfile

import pytest
from docx import Document

from gxlint.extract.counters import FORMATS
from gxlint.extract.docx import extract_docx
from gxlint.lint import Options, lint_path
from gxlint.read import read_source

from .render import load, place, to_docx


def test_merged_cells_become_a_full_grid(tmp_path):
    doc = Document()
    table = doc.add_table(rows=3, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"          # rowspan 2
    table.cell(0, 1).merge(table.cell(0, 3)).text = "申请人情况"    # colspan 3
    for c, text in enumerate(["自然人", "法人", "总计"], 1):
        table.cell(1, c).text = text
    for c, text in enumerate(["本年新收", "2", "", "2"]):
        table.cell(2, c).text = text
    doc.save(tmp_path / "t.docx")
    from gxlint.extract.docx import grid

    assert grid(Document(tmp_path / "t.docx").tables[0]) == [
        ["指标", "申请人情况", None, None],
        [None, "自然人", "法人", "总计"],
        ["本年新收", "2", "", "2"],
    ]
    text, layout = extract_docx(str(tmp_path / "t.docx"))
    assert text.splitlines() == ["指标 | 申请人情况 |", "自然人 | 法人 | 总计 |", "本年新收 | 2 |  | 2 |"]
    cell = layout.cell_at(3, 12)                      # the blank cell keeps its column
    assert (cell.table, cell.row, cell.column) == (1, 3, 3)


@pytest.mark.parametrize("fmt, n, label", [
    ("chineseCounting", 3, "三"), ("chineseCounting", 12, "十二"), ("chineseCounting", 20, "二十"),
    ("chineseCountingThousand", 10, "十"), ("decimal", 7, "7"), ("decimalEnclosedCircle", 3, "③"),
    ("decimalFullWidth", 12, "１２"), ("lowerLetter", 28, "ab"), ("upperRoman", 14, "XIV"),
    ("chineseLegalSimplified", 3, "叁"), ("ideographTraditional", 2, "乙"),
])
def test_number_formats(fmt, n, label):
    assert FORMATS[fmt](n) == label


def test_list_numbering_is_rendered_and_restarts_below_a_higher_level(tmp_path):
    text, _ = extract_docx(str(to_docx(load(), tmp_path / "r.docx")))
    lines = text.splitlines()
    assert lines[2:5] == ["一、总体情况", "（一）主动公开", lines[4]]
    assert "二、主动公开政府信息情况" in lines
    assert "（五）监督保障" in lines and "六、其他需要报告的事项" in lines


def test_heading_style_without_numeral_is_still_a_part(tmp_path):
    doc = Document()
    doc.add_paragraph("某县人民政府2021年政府信息公开工作年度报告", style="Title")
    doc.add_paragraph("总体情况", style="Heading 1")
    doc.add_paragraph("本年度主动公开政府信息120条。")
    doc.save(tmp_path / "h.docx")
    res = lint_path(str(tmp_path / "h.docx"), Options(select=("GX101", "GX103")))
    heads = [(h.level, h.number, h.title) for h in res.report.headings]
    assert heads == [(1, None, "总体情况")]
    missing = [d.message for d in res.diagnostics if d.rule == "GX101"]
    assert not any("总体情况" in m for m in missing) and len(missing) == 5
    assert [d.rule for d in res.diagnostics if d.rule == "GX103"] == ["GX103"]   # its numeral is missing


def _error(path) -> str:
    source = read_source(str(path))
    assert source.text is None
    return source.error


def test_renamed_doc_is_refused_with_advice(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    assert "另存为 .docx" in _error(path)


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "bad.docx"
    path.write_text("这不是 Word 文件", encoding="utf-8")
    assert "不是有效的 .docx" in _error(path)


def test_zip_without_a_document_is_refused(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    assert "不是有效的 .docx" in _error(path)


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    assert "压缩炸弹" in _error(path)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    from gxlint.extract import guard

    monkeypatch.setitem(guard.MAX_FILE, ".docx", 1000)
    path = to_docx(load(), tmp_path / "r.docx")
    assert "超过" in _error(path)


def test_place_reads_span_markup():
    cells, rows, cols = place([["a@c2r2", "b"], ["c"]])
    assert (rows, cols) == (2, 3)
    assert [(c.text, c.row, c.col, c.rows, c.cols) for c in cells] == [("a", 0, 0, 2, 2), ("b", 0, 2, 1, 1), ("c", 1, 2, 1, 1)]


def test_entity_expansion_bomb_in_document_xml_does_not_expand(tmp_path):
    # "Billion laughs": python-docx parses without resolving entities, so the bomb stays
    # ten characters of text instead of gigabytes, and the run ends at once.
    src = to_docx(load(), tmp_path / "r.docx")
    bomb = tmp_path / "bomb.docx"
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = head + b"?><!DOCTYPE w:document [" + entities.encode() + b"]>" + rest.replace(
                    "本年度未收取信息处理费。".encode(), b"&a9;")
            zout.writestr(item, data)
    source = read_source(str(bomb))
    assert source.error or len(source.text) < 100_000


_WORD_TEXT_BOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>"""


def test_a_text_box_is_read_once_after_its_paragraph(tmp_path):
    # As Word saves a box: the drawing and its VML fallback, the same text twice.
    from lxml import etree

    doc = Document()
    doc.add_paragraph("某县人民政府2021年政府信息公开工作年度报告")
    host = doc.add_paragraph("正文。")
    box = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in ("某县人民政府", "2022年1月20日"))
    host._p.append(etree.fromstring(_WORD_TEXT_BOX.format(box=box)))
    doc.add_paragraph("后文。")
    doc.save(tmp_path / "box.docx")
    text, _ = extract_docx(str(tmp_path / "box.docx"))
    assert text.splitlines() == ["某县人民政府2021年政府信息公开工作年度报告", "正文。", "某县人民政府", "2022年1月20日", "后文。"]
