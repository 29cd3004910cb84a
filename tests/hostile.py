"""Hostile files, made at test time: each is small and makes a naive reader do a great
deal of work (expand spans, inflate nested streams, lay out millions of glyphs, count
list items quadratically, walk deep nesting). `scaled(n)` versions grow with n, so a
test can check that the work grows about linearly. The benchmark of a whole audit
(benchmarks/hostile_audit.py) uses the same files."""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

REPORT = ("某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年共主动公开政府信息300条，其中网站公开210条，"
          "微信公开60条，公示栏公开30条。\n")


def _pdf(content: bytes, filters: str = "", image: bytes = b"") -> bytes:
    """A one-page PDF whose page content stream is `content` as given (already encoded
    for `filters`), with a correct cross-reference table; `image`: an image XObject's
    dictionary and stream (object 6), named /Im1."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >>" + (b" /XObject << /Im1 6 0 R >>" if image else b"") + b" >> >>",
        b"<< /Length " + str(len(content)).encode() + (b" /Filter " + filters.encode() if filters else b"")
        + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ] + ([image] if image else [])
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _deflate_repeated(chunk: bytes, times: int) -> bytes:
    z = zlib.compressobj(9)
    parts = [z.compress(chunk) for _ in range(times)]
    return b"".join(parts) + z.flush()


def nested_flate_pdf(path: Path, inner_mb: int = 512) -> Path:
    """A stream inflated twice: a few KB that expand to `inner_mb` MB of content."""
    once = _deflate_repeated(b"0 0 m " * (1024 * 1024 // 6 + 1), inner_mb)
    twice = zlib.compress(once, 9)
    path.write_bytes(_pdf(twice, "[/FlateDecode /FlateDecode]"))
    return path


def glyph_flood_pdf(path: Path, glyphs: int = 4_000_000) -> Path:
    """One page that draws millions of glyphs from one compressed content stream."""
    content = b"BT /F1 1 Tf 0 0 Td (" + b"a" * glyphs + b") Tj ET"
    path.write_bytes(_pdf(zlib.compress(content, 9), "/FlateDecode"))
    return path


def giant_scan_pdf(path: Path, side: int = 13_000) -> Path:
    """A "scanned" page whose one image declares side × side pixels (169 million: a page
    scanned at 1,500 dpi), white, one bit each, compressed to some 20 KB: to be read by
    OCR it would have to be decoded whole."""
    data = _deflate_repeated(b"\xff" * ((side + 7) // 8), side)
    image = (f"<< /Type /XObject /Subtype /Image /Width {side} /Height {side} /ColorSpace /DeviceGray "
             f"/BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)} >>\nstream\n").encode() + data + b"\nendstream"
    path.write_bytes(_pdf(b"q 595 0 0 842 0 0 cm /Im1 Do Q", image=image))
    return path


def wide_span_docx(path: Path) -> Path:
    """A .docx table cell that claims to span 2,147,483,647 grid columns."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(REPORT.split("\n")[0])
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "规章"
    buffer = io.BytesIO()
    doc.save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="2147483647"/>', 1)
            zout.writestr(item, data)
    return path


def span_flood_html(path: Path, rows: int = 60, cells: int = 30) -> Path:
    """A page whose table cells all span 200 rows and 200 columns."""
    row = "<tr>" + '<td rowspan="200" colspan="200">1</td>' * cells + "</tr>"
    path.write_text(f"<html><body><p>{REPORT}</p><table>{row * rows}</table></body></html>", encoding="utf-8")
    return path


def roman_list_html(path: Path, items: int = 1) -> Path:
    """A list numbered from ten billion in roman numerals (55 bytes for one item)."""
    path.write_text('<ol start="10000000000" type="i">' + "<li>x" * items + "</ol>", encoding="utf-8")
    return path


def long_list_html(path: Path, items: int) -> Path:
    """One numbered list of many items."""
    path.write_text(f"<html><body><p>{REPORT}</p><ol>" + "<li>正文</li>" * items + "</ol></body></html>",
                    encoding="utf-8")
    return path


def deep_html(path: Path, depth: int) -> Path:
    """Elements nested `depth` deep around the report."""
    path.write_text("<html><body>" + "<div><span>公开</span>" * depth + f"<p>{REPORT}</p>" + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    return path


def one_line_report(path: Path, copies: int) -> Path:
    """A report flattened to one line, its table rows with it, repeated `copies` times."""
    part = ("二、主动公开政府信息情况 第二十条第（一）项 规章 0 0 0 三、收到和处理政府信息公开申请情况 "
            "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 "
            "结果维持 结果纠正 其他结果 尚未审结 总计 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 ")
    path.write_text(REPORT.replace("\n", " ") + part * copies + "\n", encoding="utf-8")
    return path


def many_headings(path: Path, count: int) -> Path:
    """A report of many short numbered parts, each with a sum that does not add up."""
    body = "".join(f"（{n % 9 + 1}）第{n}项\n共公开信息30条，其中网站20条，微信5条。\n" for n in range(count))
    path.write_text(REPORT + body, encoding="utf-8")
    return path


YAML_BOMB = """\
a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
select: [*g]
"""


def deep_toml(depth: int = 100_000) -> str:
    return "[tool.gxlint]\nselect = " + "[" * depth + "]" * depth + "\n"
