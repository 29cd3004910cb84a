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


def test_a_scan_is_refused_not_read_as_an_empty_report(tmp_path):
    source = read_source(str(_canvas(tmp_path / "scan.pdf", ["scan", "scan"])))
    assert source.text is None and "扫描件" in source.error


def test_scanned_pages_in_a_text_pdf_are_noted(tmp_path):
    res = lint_path(str(_canvas(tmp_path / "mixed.pdf", [LINES, "scan"])), Options())
    assert res.error is None
    assert res.notes == ("第 2 页没有文字层（扫描件），其内容未检查",)


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
