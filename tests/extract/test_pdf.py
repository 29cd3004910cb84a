""".pdf: reading order, paragraphs over wrapped lines, scans, encryption, broken files."""
import pytest

from gxlint.lint import Options, lint_path
from gxlint.read import read_source

from .render import load, to_pdf

LINES = ["某县人民政府2021年政府信息公开工作年度报告", "一、总体情况", "本年度主动公开政府信息1200条。"]


def _canvas(path, pages, encrypt=None):
    """pages: each a list of text lines, or "scan" for a page that is only an image."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    for n, page in enumerate(pages, 1):
        if page == "scan":
            c.drawImage(ImageReader(Image.new("L", (200, 280), 200)), 50, 100, 500, 700)
        else:
            c.setFont("STSong-Light", 12)
            for i, line in enumerate(page):
                c.drawString(72, 760 - 20 * i, line)
            c.drawCentredString(297, 40, f"- {n} -")          # a page number in the margin
        c.showPage()
    c.save()
    return path


def test_lines_in_reading_order_without_page_numbers(tmp_path):
    source = read_source(str(_canvas(tmp_path / "a.pdf", [LINES, ["二、主动公开政府信息情况"]])))
    assert source.text.splitlines() == LINES + ["二、主动公开政府信息情况"]
    assert source.layout.pages == (1, 1, 1, 2)


@pytest.fixture
def no_ocr(monkeypatch):
    """As where the optional OCR engine is not installed (tests/extract/test_ocr.py runs
    gxlint without it for real)."""
    from gxlint.extract import ocr

    monkeypatch.setattr(ocr, "available", lambda: False)


def test_a_scan_is_refused_not_read_as_an_empty_report(tmp_path, no_ocr):
    source = read_source(str(_canvas(tmp_path / "scan.pdf", ["scan", "scan"])))
    assert source.text is None
    assert source.error == ("PDF 没有文字层（扫描件）：安装文字识别（OCR）扩展后即可读取（pip install 'gxlint[ocr]'），"
                            "或请提供含文字的 PDF、原始文档")


def test_scanned_pages_in_a_text_pdf_are_noted(tmp_path, no_ocr):
    res = lint_path(str(_canvas(tmp_path / "mixed.pdf", [LINES, "scan"])), Options())
    assert res.error is None
    assert res.notes == ("第 2 页没有文字层（扫描件），其内容未检查；安装文字识别（OCR）扩展后即可读取"
                         "（pip install 'gxlint[ocr]'）",)


def test_a_blank_scan_read_by_ocr_is_refused_as_holding_no_text(tmp_path):
    pytest.importorskip("rapidocr_onnxruntime")
    source = read_source(str(_canvas(tmp_path / "scan.pdf", ["scan", "scan"])))
    assert source.text is None and source.error.startswith("PDF 是扫描件，OCR 未能从中识别出文字")


def test_encrypted_pdf_is_refused(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _canvas(tmp_path / "locked.pdf", [LINES], encrypt=StandardEncryption("secret", canPrint=0))
    assert "加密" in read_source(str(path)).error


def test_owner_password_only_is_read(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "owner.pdf"), encrypt=StandardEncryption("", ownerPassword="x", canModify=0))
    c.setFont("Helvetica", 12)
    c.drawString(72, 700, "Annual report 2021: 1200 items")
    c.showPage()
    c.save()
    assert read_source(str(tmp_path / "owner.pdf")).text == "Annual report 2021: 1200 items\n"


def test_glyphs_without_characters_are_refused(tmp_path):
    # reportlab's encrypted CID fonts come out as "(cid:2838)…" in pdfminer, as do real
    # PDFs whose fonts lack a ToUnicode map: that text is not the report's.
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _canvas(tmp_path / "cid.pdf", [LINES], encrypt=StandardEncryption("", ownerPassword="x", canModify=0))
    assert "无法解码" in read_source(str(path)).error


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage", b"not a pdf at all", b"%PDF-1.4\n" + b"\xff" * 5000])
def test_broken_pdf_is_a_clear_error(tmp_path, data):
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    source = read_source(str(path))
    assert source.text is None and source.error and "\n" not in source.error


def test_truncated_real_pdf_is_a_clear_error(tmp_path):
    whole = to_pdf(load(), tmp_path / "r.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    source = read_source(str(path))
    assert (source.text is None and source.error) or source.text     # never a traceback


def test_wrapped_paragraphs_are_joined(tmp_path):
    text = read_source(str(to_pdf(load(), tmp_path / "r.pdf"))).text
    assert "统计期限自2021年1月1日起至2021年12月31日止" in text
    assert "（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |" in text   # a wrapped cell


def test_a_table_continued_on_the_next_page_is_one_table():
    from gxlint.extract.pdf_tables import stitch

    page1 = [["信息内容", "本年制发件数", "本年废止件数"], ["规章", "0", "0"]]
    page2 = [["信息内容", "本年制发件数", "本年废止件数"], ["行政规范性文件", "5", "1"]]   # header repeated
    assert stitch(page1, page2) == page1 + [["行政规范性文件", "5", "1"]]


def test_a_row_cut_by_the_page_break_is_rejoined():
    # As LibreOffice exports it: the label wraps, and the rest of the row (blank values,
    # blank slots under the merged group labels) starts the next page.
    from gxlint.extract.pdf_tables import stitch

    page3 = [["（五）不予处理", None, "1.信访举报投诉类申请", "1", "1"],
             [None, None, "4.无正当", "0", "0"]]
    page4 = [["", "", "理由大量反复申请", "", ""],
             ["", "", "5.要求行政机关确认或重新出具已获取信息", "0", "0"]]
    grid = stitch(page3, page4)
    assert grid[1] == [None, None, "4.无正当理由大量反复申请", "0", "0"]
    assert grid[2] == ["", "", "5.要求行政机关确认或重新出具已获取信息", "0", "0"]


def test_blank_slots_under_a_merged_label_stay_merged():
    from gxlint.extract.pdf_tables import stitch

    page2 = [["（三）不予公开", None, "5.属于三类内部事务信息", "0", "0"], [None, None, "x", "1", "1"]]
    page3 = [["", "", "6.属于四类过程性信息", "1", "1"]]
    assert stitch(page2, page3)[-1] == [None, None, "6.属于四类过程性信息", "1", "1"]


def test_a_row_that_starts_the_page_under_a_group_label_is_its_own_row():
    # Figures on both sides of the break: two rows, the second under the group label
    # merged over the break (not one row of "31 1" cells).
    from gxlint.extract.pdf_tables import stitch

    page3 = [[None, "（四）无法提供", "1.本机关不掌握相关政府信息", "31", "0", "31"]]
    page4 = [["", "", "2.没有现成信息需要另行制作", "1", "0", "1"],
             [None, None, "3.补正后申请内容仍不明确", "0", "0", "0"]]
    grid = stitch(page3, page4)
    assert grid[1] == [None, None, "2.没有现成信息需要另行制作", "1", "0", "1"]
    assert len(grid) == 3


def test_spaces_where_latin_meets_chinese_fonts_are_dropped():
    from gxlint.extract.pdf import _tight

    assert _tight("河西县人民政府 2021 年政府信息公开工作年度报告") == "河西县人民政府2021年政府信息公开工作年度报告"
    assert _tight("占 58.5 %，使用 WPS 编辑") == "占58.5%，使用WPS编辑"
    assert _tight("Annual report 2021") == "Annual report 2021"


@pytest.mark.parametrize("text, top, page, dropped", [
    ("- 3 -", 800, 3, True), ("第 3 页", 800, 3, True), ("3/12", 20, 3, True),
    ("3", 800, 3, True), ("2", 800, 3, True),        # bare page numbers, also after a cover page
    ("208", 800, 4, False), ("2758", 20, 5, False),   # a cell's value that a page break left alone
    ("3", 400, 3, False),                            # not in the margin
])
def test_page_numbers_are_told_from_cells(text, top, page, dropped):
    from gxlint.extract.pdf import _page_number

    body = {"text": "正文", "top": 300, "bottom": 310}
    line = {"text": text, "top": top, "bottom": top + 10}
    lines = [line, body] if top < 300 else [body, line]
    assert _page_number(lines, lines.index(line), page, 842) is dropped


def test_a_running_head_is_not_read(tmp_path):
    # The organ's name at the top of every page, the page number at the foot: neither is text.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "head.pdf"), pagesize=A4)
    for n, page in enumerate([LINES, ["二、主动公开政府信息情况", "本年度主动公开政府信息1200条。"]], 1):
        c.setFont("STSong-Light", 9)
        c.drawString(72, 810, f"某县人民政府办公室  第{n}页")
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(page):
            c.drawString(72, 700 - 20 * i, line)
        c.showPage()
    c.save()
    text = read_source(str(tmp_path / "head.pdf")).text
    assert text.splitlines() == LINES + ["二、主动公开政府信息情况", "本年度主动公开政府信息1200条。"]


def test_figures_at_the_top_of_pages_are_no_running_head(tmp_path):
    # An unruled table's rows of figures, each page opening on one: they are the table's.
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(tmp_path / "rows.pdf"), pagesize=A4)
    for row in ("1 0 0 0 0 0 1", "0 0 0 0 0 0 0"):
        c.setFont("STSong-Light", 10)
        c.drawString(72, 830, row)
        c.drawString(72, 700, "某县人民政府2021年政府信息公开工作年度报告")
        c.showPage()
    c.save()
    assert read_source(str(tmp_path / "rows.pdf")).text.count(" 0 0 0 0 0 ") == 2
