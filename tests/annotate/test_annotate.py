"""`gxlint annotate`: the findings written into a copy of the report, read back with
python-docx and pypdf, each anchored on the words it concerns; the copy opens in
LibreOffice; the original is never touched."""
import hashlib
import shutil
import subprocess
import sys
import zipfile

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from extract.render import load, require, to_docx, to_html, to_pdf, to_txt
from pypdf import PdfReader

# The test report's planted defects and the words each finding concerns.
PLANTED = {"GX305": "30", "GX404": "13", "GX405": "25", "GX407": "2"}


def _annotate(*args):
    return subprocess.run([sys.executable, "-m", "gxlint", "annotate", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def comments(path):
    """Each comment's rule code and the text its range covers."""
    doc = docx.Document(str(path))
    open_ranges, covered = {}, {}
    for el in doc.element.body.iter():
        if el.tag == qn("w:commentRangeStart"):
            open_ranges[el.get(qn("w:id"))] = ""
        elif el.tag == qn("w:commentRangeEnd"):
            covered[el.get(qn("w:id"))] = open_ranges.pop(el.get(qn("w:id")))
        elif el.tag == qn("w:t"):
            for k in open_ranges:
                open_ranges[k] += el.text or ""
    assert all(c.author == "gxlint" for c in doc.comments)
    return sorted((c.text.split(" ")[0].split("】")[1], covered[str(c.comment_id)]) for c in doc.comments)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_word_file_gets_comments_on_the_words(tmp_path):
    src = to_docx(load(), tmp_path / "report.docx")
    before = _digest(src)
    r = _annotate(src)
    assert r.returncode == 0, r.stderr
    assert "4 条意见，4 条标在相应文字上" in r.stdout
    assert comments(tmp_path / "report.gxlint.docx") == sorted(PLANTED.items())
    assert _digest(src) == before
    text = docx.Document(str(tmp_path / "report.gxlint.docx")).comments
    first = next(c for c in text if "GX305" in c.text)
    assert "依据：" in first.text and "建议：" in first.text


@pytest.mark.parametrize("writer", [to_txt, to_html])
def test_a_text_or_a_page_becomes_a_word_file_with_comments(tmp_path, writer):
    src = writer(load(), tmp_path / ("report" + (".txt" if writer is to_txt else ".html")))
    assert _annotate(src, "-o", tmp_path / "out.docx").returncode == 0
    assert comments(tmp_path / "out.docx") == sorted(PLANTED.items())


def test_a_finding_about_the_whole_report_sits_on_the_title(tmp_path):
    src = tmp_path / "r.txt"
    src.write_text("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n正文。\n", encoding="utf-8")
    assert _annotate(src, "--select", "GX501").returncode == 0
    assert comments(tmp_path / "r.gxlint.docx") == [("GX501", "某县人民政府2021年政府信息公开工作年度报告")]


def test_a_pdf_gets_highlights_on_the_words(tmp_path):
    src = to_pdf(load(), tmp_path / "report.pdf")
    assert _annotate(src).returncode == 0
    assert sorted(_highlights(tmp_path / "report.gxlint.pdf")) == sorted(
        (rule, words, page) for (rule, words), page in zip(sorted(PLANTED.items()), (1, 3, 3, 4)))


def _highlights(path):
    """(rule, the words under the highlight, page) for each highlight."""
    out = []
    with pdfplumber.open(str(path)) as pdf:
        for i, page in enumerate(PdfReader(str(path)).pages):
            for ref in page.get("/Annots") or []:
                a = ref.get_object()
                if a["/Subtype"] != "/Highlight":
                    continue
                x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
                h = float(pdf.pages[i].height)
                words = pdf.pages[i].within_bbox((x0 - 0.5, h - y1 - 0.5, x1 + 0.5, h - y0 + 0.5)).extract_text()
                out.append((str(a["/Contents"]).split(" ")[0].split("】")[1], words.replace(" ", ""), i + 1))
    return out


def test_the_real_pdf(shared, tmp_path):
    out = tmp_path / "hz.pdf"
    assert _annotate(shared / "originals" / "hz2024.pdf", "-o", out).returncode == 0
    found = _highlights(out)
    assert ("GX305", "17", 1) in found
    assert ("GX409", "（六）其他处理", 4) in found
    notes = [a.get_object() for a in PdfReader(str(out)).pages[0]["/Annots"]]
    assert {str(n["/Contents"]).split(" ")[0].split("】")[1] for n in notes if n["/Subtype"] == "/Text"} == \
        {"GX205", "GX503"}


def test_libreoffice_opens_the_annotated_word_file(tmp_path):
    soffice = shutil.which("soffice")
    require(soffice, "LibreOffice (soffice)", "apt-get install libreoffice-writer-nogui")
    src = to_docx(load(), tmp_path / "report.docx")
    assert _annotate(src).returncode == 0
    subprocess.run([soffice, "--headless", "--convert-to", "odt", "--outdir", str(tmp_path),
                    str(tmp_path / "report.gxlint.docx")], check=True, capture_output=True, timeout=180)
    with zipfile.ZipFile(tmp_path / "report.gxlint.odt") as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") == 4 and "GX404" in content


def test_the_original_cannot_be_the_output_and_a_bad_file_is_one_line(tmp_path):
    src = to_docx(load(), tmp_path / "report.docx")
    r = _annotate(src, "-o", src)
    assert r.returncode == 2 and "原文件不会被修改" in r.stderr
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    r = _annotate(bad)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "bad.docx" in r.stderr
    assert not (tmp_path / "bad.gxlint.docx").exists()


def _example_docx(path, example):
    """An example report as a clerk would have it in Word: its prose as paragraphs, its
    " | " rows as Word tables."""
    doc = docx.Document()
    rows = []

    def flush():
        if rows:
            width = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=width)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
            rows.clear()

    for line in example.read_text(encoding="utf-8").splitlines():
        if " | " in line or line.rstrip().endswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        else:
            flush()
            doc.add_paragraph(line)
    flush()
    doc.save(str(path))
    return path


def test_an_example_in_word_gets_every_comment_on_its_finding_words(tmp_path):
    from conftest import ROOT

    from gxlint.lint import Options, lint_path
    from gxlint.read import read_source

    src = _example_docx(tmp_path / "example.docx", ROOT / "examples" / "2022-bureau-table-defects.txt")
    res = lint_path(str(src), Options())
    lines = read_source(str(src)).text.split("\n")
    want = sorted((d.rule, lines[d.line - 1][d.column - 1:d.end_column - 1] if d.end_line == d.line else "")
                  for d in res.diagnostics)
    assert _annotate(src).returncode == 0
    got = comments(tmp_path / "example.gxlint.docx")
    title = next(line for line in lines if line.strip())
    assert got == sorted((rule, words or title) for rule, words in want)
    assert len(got) >= 5
