"""Whatever arrives, reading, parsing and checking never raise and no rule breaks:
arbitrary text, arbitrary bytes under each extension, and real reports mutated.
The budget is bounded (examples, not time) so `.ci/run` stays fast and repeatable;
`HYPOTHESIS_PROFILE=long` runs ten times as many."""
from __future__ import annotations

import os
from pathlib import Path

from conftest import ROOT, SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gxlint.i18n import t
from gxlint.lint import Options, lint_path, lint_text

settings.register_profile("ci", max_examples=120, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=1200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SOURCES = [p.read_text(encoding="utf-8", errors="replace")
           for p in sorted(ROOT.glob("examples/*.txt")) + sorted(SHARED.glob("seeds/*.txt"))]
# Characters reports are made of, so random text reaches the parser's paths, not only noise.
ALPHABET = st.sampled_from(list("一二三四五六七八九十、（）()年月日件条个项合计其中总计本年上年结转|\t \n\r"
                                "0123456789.,，。；:：-—/%％万元政府信息公开申请行政复议诉讼第条款表")) | st.characters()
BROKEN = ("检查时出现内部错误", "检查时出错")      # error.internal, error.rule: a bug, never the input's fault


def _sound(result) -> None:
    assert not any(word in (result.error or "") for word in BROKEN), result.error
    for d in result.diagnostics:
        assert d.line >= 1 and d.column >= 1 and (d.end_line, d.end_column) >= (d.line, d.column)


@given(st.text(alphabet=ALPHABET, max_size=3000), st.sampled_from([None, 2007, 2019, 2021]))
def test_arbitrary_text(text, year):
    _sound(lint_text(text, Options(year=year)))


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 400)))
        op = draw(st.sampled_from(["delete", "duplicate", "insert", "digits", "swap"]))
        if op == "delete":
            text = text[:a] + text[b:]
        elif op == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        elif op == "insert":
            text = text[:a] + draw(st.text(alphabet=ALPHABET, max_size=40)) + text[a:]
        elif op == "digits":
            text = text[:a] + "".join(str(draw(st.integers(0, 99999))) if c.isdigit() else c
                                      for c in text[a:b]) + text[b:]
        else:
            lines = text.split("\n")
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    return text


@given(mutated())
def test_mutated_real_reports(text):
    _sound(lint_text(text))


@given(st.binary(max_size=4000), st.sampled_from([".txt", ".html", ".docx", ".pdf", ".ofd"]))
def test_arbitrary_bytes_from_a_file(tmp_path, data, suffix):
    path = Path(tmp_path) / f"report{suffix}"
    path.write_bytes(data)
    result = lint_path(str(path), Options())
    _sound(result)
    assert result.error or result.report is not None


def test_the_broken_markers_are_the_messages():
    """If the catalogue's words change, _sound must follow, or it would pass everything."""
    assert BROKEN[0] in t("error.internal", "zh", reason="x") and BROKEN[1] in t("error.rule", "zh", rule="X", reason="x")


@given(st.text(alphabet=ALPHABET | st.characters(categories=["Cs"]), max_size=2000))
def test_text_with_lone_surrogates(text):
    _sound(lint_text(text))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What a Word document can hold: no control characters or lone surrogates in XML.
IN_XML = st.sampled_from(list("一二三四五六七八九十、（）年月日件条合计其中总计本年上年结转 0123456789.，。-—/%")) | \
    st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn"))


@st.composite
def word_tables(draw):
    """Tables as office suites and broken converters write them: merges starting in the
    first row (a vMerge with nothing above), rows of different lengths, spans."""
    rows = draw(st.integers(1, 6))
    cols = draw(st.integers(1, 6))
    cells = [[draw(st.text(alphabet=IN_XML, max_size=12)) for _ in range(cols)] for _ in range(rows)]
    edits = draw(st.lists(st.tuples(st.sampled_from(["vmerge", "drop", "span"]), st.integers(0, rows - 1),
                                    st.integers(0, cols - 1), st.integers(1, 8)), max_size=6))
    return cells, edits


@given(word_tables(), st.text(alphabet=IN_XML, max_size=200))
def test_structured_word_documents(tmp_path, table, prose):
    from docx import Document
    from docx.oxml import OxmlElement

    cells, edits = table
    doc = Document()
    doc.add_paragraph("某县人民政府2021年政府信息公开工作年度报告")
    doc.add_paragraph(prose)
    t_ = doc.add_table(rows=len(cells), cols=len(cells[0]))
    for r, row in enumerate(cells):
        for c, value in enumerate(row):
            t_.cell(r, c).text = value
    trs = t_._tbl.findall(_W + "tr")
    for kind, r, c, n in edits:
        tcs = trs[r].findall(_W + "tc")
        if c >= len(tcs):
            continue
        tc = tcs[c]
        pr = tc.find(_W + "tcPr")
        if pr is None:
            pr = OxmlElement("w:tcPr")
            tc.insert(0, pr)
        if kind == "vmerge":
            pr.append(OxmlElement("w:vMerge"))             # "continue": the cell above, even in row 1
        elif kind == "drop":
            trs[r].remove(tc)                               # a ragged row
        else:
            span = OxmlElement("w:gridSpan")
            span.set(_W + "val", str(n))
            pr.append(span)
    path = Path(tmp_path) / "report.docx"
    doc.save(path)
    result = lint_path(str(path), Options())
    _sound(result)
    assert result.error or result.report is not None


def _small_scan() -> bytes:
    """A one-page scan of a line of text and a ruled table of figures, small enough that
    OCR reads it in a fraction of a second."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (600, 300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=28)
    draw.text((40, 40), "2021 Report, page 1", fill=0, font=font)
    for x, y, figure in ((120, 130, "25"), (400, 130, "0"), (120, 180, "13"), (400, 180, "7")):
        draw.text((x, y), figure, fill=0, font=font)
    for y in (120, 170, 220):
        draw.line((40, y, 560, y), fill=0, width=2)
    for x in (40, 300, 560):
        draw.line((x, 120, x, 220), fill=0, width=2)
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=100)
    return out.getvalue()


@settings(max_examples=25)
@given(st.data())
def test_a_scan_with_bytes_broken_is_read_or_refused_never_raises(tmp_path, data):
    """The scan's bytes with some overwritten: pdfium, the OCR engine and the ruling
    finder meet broken images, wrong sizes and cut streams."""
    raw = bytearray(_SCAN)
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = Path(tmp_path) / "scan.pdf"
    path.write_bytes(bytes(raw))
    result = lint_path(str(path), Options())
    _sound(result)
    assert result.error or result.report is not None


_SCAN = _small_scan()
