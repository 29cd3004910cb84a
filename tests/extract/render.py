"""Write a report described as blocks (tests/data/document-*.yaml) as .txt, .docx, .html
and .pdf with real libraries, so the repository holds no opaque binary fixtures."""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

DATA = Path(__file__).parents[1] / "data"
_SPAN = regex.compile(r"^(.*?)@(?:c(\d+))?(?:r(\d+))?$", regex.S)


@dataclass(frozen=True)
class Cell:
    text: str
    row: int
    col: int
    rows: int = 1
    cols: int = 1


def load(name: str = "document-2021.yaml") -> list[tuple[str, object]]:
    """Blocks as (kind, value); a table's value is (cells placed on the grid, rows, cols)."""
    out = []
    for block in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["blocks"]:
        (kind, value), = block.items()
        out.append((kind, place(value) if kind == "table" else value))
    return out


def place(rows: list[list[str]]) -> tuple[list[Cell], int, int]:
    taken: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for r, row in enumerate(rows):
        c = 0
        for raw in row:
            while (r, c) in taken:
                c += 1
            m = _SPAN.match(str(raw))
            text, cols, nrows = (m.group(1), int(m.group(2) or 1), int(m.group(3) or 1)) if m else (str(raw), 1, 1)
            cells.append(Cell(text, r, c, nrows, cols))
            taken.update((r + i, c + j) for i in range(nrows) for j in range(cols))
            c += cols
    width = max(c for _, c in taken) + 1
    return cells, len(rows), width


def _heading(value) -> str:
    return "".join(value)


def to_txt(blocks, path: Path) -> Path:
    lines = []
    for kind, value in blocks:
        if kind == "table":
            cells, nrows, _ = value
            for r in range(nrows):
                lines.append(" | ".join(c.text for c in cells if c.row == r) + " |")
        else:
            lines.append(_heading(value) if kind in ("h1", "h2") else value)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- .docx -------------------------------------------------------------------------------

_NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>"""
_NUM = ('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
        '<w:abstractNumId w:val="90"/></w:num>')


def to_docx(blocks, path: Path) -> Path:
    """Headings carry Word's heading styles and are numbered by a multi-level list, so
    their numerals (一、 （一）) are not in the paragraph text at all."""
    from docx import Document
    from lxml import etree

    doc = Document()
    numbering = doc.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    abstract = etree.fromstring(_NUMBERING)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(etree.fromstring(_NUM))
    for kind, value in blocks:
        if kind == "title":
            doc.add_paragraph(value, style="Title")
        elif kind in ("h1", "h2"):
            p = doc.add_paragraph(value[1], style="Heading 1" if kind == "h1" else "Heading 2")
            num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0 if kind == "h1" else 1
            num_pr.get_or_add_numId().val = 90
        elif kind == "p":
            doc.add_paragraph(value)
        else:
            _docx_table(doc, *value)
    doc.save(path)
    return path


def _docx_table(doc, cells: list[Cell], nrows: int, ncols: int) -> None:
    table = doc.add_table(rows=nrows, cols=ncols)
    table.style = "Table Grid"
    merged = []
    for c in cells:
        target = table.cell(c.row, c.col)
        if c.rows > 1 or c.cols > 1:
            target = target.merge(table.cell(c.row + c.rows - 1, c.col + c.cols - 1))
        merged.append((target, c.text))
    for target, text in merged:
        target.text = text


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BOX = (f'<w:pBdr xmlns:w="{_W}">' + "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="4" w:color="000000"/>' for side in ("top", "left", "bottom", "right"))
    + "</w:pBdr>")
_TEXT_BOX = """<w:r xmlns:w="{w}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>
<v:shape style="width:180pt;height:48pt" stroked="f"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>
</v:textbox></v:shape></w:pict></w:r>"""
# How authors space a short header to fill its cell.
_SPACED = {"总计": "总  计", "信息内容": "信 息 内 容", "结果维持": "结 果维持"}


def to_office_docx(blocks, path: Path) -> Path:
    """The .docx an office clerk makes: every paragraph framed by a border (LibreOffice
    draws each as a ruled box), the signature in a text box, table 三's three header
    rows repeated on each page it runs over, narrow label columns whose labels wrap,
    and short header cells spaced out ("总  计"). Its text is the blocks' text."""
    from docx import Document
    from docx.shared import Pt
    from lxml import etree

    doc = Document()
    tail = [v for k, v in blocks if k == "p"][-2:]              # the organ and the date that sign it
    for kind, value in blocks:
        if kind == "table":
            _office_table(doc, *value)
            continue
        if kind == "p" and value in tail:
            continue
        text = value if kind in ("title", "p") else _heading(value)
        para = doc.add_paragraph(text, style="Title" if kind == "title" else None)
        if kind == "p":
            para._p.get_or_add_pPr().append(etree.fromstring(_BOX))
    host = doc.add_paragraph()
    inner = "".join(f'<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>{html.escape(v)}</w:t></w:r></w:p>'
                    for v in tail)
    host._p.append(etree.fromstring(_TEXT_BOX.format(w=_W, paragraphs=inner)))
    for style in ("Normal", "Title"):
        doc.styles[style].font.size = Pt(11)
    doc.save(path)
    return path


def _office_table(doc, cells: list[Cell], nrows: int, ncols: int) -> None:
    from docx.shared import Pt
    from lxml import etree

    _docx_table(doc, [Cell(_SPACED.get(c.text, c.text), c.row, c.col, c.rows, c.cols) for c in cells], nrows, ncols)
    table = doc.tables[-1]
    if ncols == 10:                              # table 三: narrow label columns, header rows repeated
        for col, width in zip(table.columns, [28, 40, 70] + [36] * 7):
            for cell in col.cells:
                cell.width = Pt(width)
        for row in table.rows[:3]:
            row._tr.get_or_add_trPr().append(etree.fromstring(f'<w:tblHeader xmlns:w="{_W}"/>'))
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9)


# -- .html -------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_河西县人民政府</title>
<script>document.write("一、总体情况 本年度收到申请999件");</script>
<style>.article p {{ text-indent: 2em; }}</style></head>
<body>
<div class="header"><a href="/">首页</a> <a href="/xxgk">政府信息公开</a> <a href="/login">用户登录</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/nb">政府信息公开年报</a></div>
<table class="layout" width="100%"><tr>
<td class="side"><ul><li><a href="/a">机构职能</a></li><li><a href="/b">法规文件</a></li></ul></td>
<td class="main">
<h1 class="title">{title}</h1>
<div class="info">发布时间：2022-01-20 来源：河西县人民政府办公室 浏览次数：1024</div>
<div class="article">
{body}
</div>
<div class="share">扫一扫在手机打开当前页 分享到：微信 微博</div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</td></tr></table>
<div class="footer">主办单位：河西县人民政府办公室 网站标识码：4103290001 豫ICP备12345678号</div>
</body></html>
"""


def to_html(blocks, path: Path, encoding: str = "gbk") -> Path:
    """A government article page: chrome around the body, a script that would write
    report-like text, a layout table around the article, and a GB2312-declared charset."""
    title = next(v for k, v in blocks if k == "title")
    body = []
    for kind, value in blocks:
        if kind == "title":
            continue
        if kind in ("h1", "h2"):
            body.append(f"<p><strong>{html.escape(_heading(value))}</strong></p>")
        elif kind == "p":
            body.append(f"<p>{html.escape(value)}</p>")
        else:
            body.append(_html_table(*value))
    page = _PAGE.format(title=html.escape(title), body="\n".join(body))
    path.write_bytes(page.encode(encoding))
    return path


def _tr(cells: list[Cell], nrows: int, content: str = "{}") -> list[str]:
    """Each row as <tr>, its cells' spans as rowspan/colspan, their text in `content`."""
    rows = []
    for r in range(nrows):
        tds = []
        for c in (c for c in cells if c.row == r):
            span = (f' rowspan="{c.rows}"' if c.rows > 1 else "") + (f' colspan="{c.cols}"' if c.cols > 1 else "")
            tds.append(f"<td{span}>" + content.format(html.escape(c.text)) + "</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return rows


def _html_table(cells: list[Cell], nrows: int, ncols: int) -> str:
    rows = _tr(cells, nrows, "<p>{}</p>")
    return '<table border="1" cellspacing="0">\n<tbody>\n' + "\n".join(rows) + "\n</tbody></table>"


# -- .pdf --------------------------------------------------------------------------------

def to_pdf(blocks, path: Path) -> Path:
    """Paragraphs that wrap over several lines (first line indented), ruled tables with
    spans and wrapped cell text; each table starts a page so none is split."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    font = "STSong-Light"
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=16, firstLineIndent=21, wordWrap="CJK")
    head = ParagraphStyle("head", fontName=font, fontSize=12, leading=18, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=22, alignment=1, wordWrap="CJK")
    small = ParagraphStyle("cell", fontName=font, fontSize=7, leading=9, wordWrap="CJK")
    story = []
    for kind, value in blocks:
        if kind == "title":
            story.append(Paragraph(html.escape(value), title))
        elif kind in ("h1", "h2"):
            story.append(Paragraph(html.escape(_heading(value)), head))
        elif kind == "p":
            story.append(Paragraph(html.escape(value), body))
        else:
            cells, nrows, ncols = value
            data = [[""] * ncols for _ in range(nrows)]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for c in cells:
                data[c.row][c.col] = Paragraph(html.escape(c.text), small)
                if c.rows > 1 or c.cols > 1:
                    style.append(("SPAN", (c.col, c.row), (c.col + c.cols - 1, c.row + c.rows - 1)))
            story.append(PageBreak())
            story.append(Table(data, colWidths=_widths(ncols), style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _widths(ncols: int) -> list[float]:
    if ncols == 10:                      # table 三: three label columns, seven values
        return [40, 55, 110] + [38] * 7
    if ncols == 4:
        return [150, 110, 110, 110]
    return [480 / ncols] * ncols


WRITERS = {"txt": to_txt, "docx": to_docx, "html": to_html, "pdf": to_pdf}


def write_all(blocks, folder: Path, stem: str = "report") -> dict[str, Path]:
    return {fmt: writer(blocks, folder / f"{stem}.{fmt}") for fmt, writer in WRITERS.items()}


# -- .pdf printed by Chromium -------------------------------------------------------------

_PRINTED = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font: 15px/1.6 "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; }}
table.frame {{ border-collapse: collapse; width: 32em; }}
table.frame td {{ border: 1px solid #000; padding: 4px 6px; white-space: nowrap; }}
table.grid {{ border-collapse: collapse; width: 100%; font-size: 11px; }}
table.grid td {{ border: 1px solid #000; padding: 5px 2px; text-align: center; }}
h1 {{ font-size: 20px; text-align: center; }}
</style></head><body>
{body}
</body></html>
"""


_TOKEN = regex.compile(r"[A-Za-z0-9.@:/-]+|.")


def wrap(text: str, width: int = 60) -> list[str]:
    """`text` broken into lines of at most `width` half-ems, as a typesetter breaks Chinese:
    anywhere between characters, but never inside a number or a Latin word."""
    lines, line, used = [], "", 0
    for token in _TOKEN.findall(text):
        w = len(token) if token.isascii() else 2 * len(token)
        if used + w > width and line:
            lines.append(line)
            line, used = "", 0
        line, used = line + token, used + w
    return lines + [line] if line else lines


def to_printed_html(blocks, path: Path, ruled: bool = True) -> Path:
    """The page a portal or an office tool prints: the title on two lines, prose set one ruled box a line, as some
    converters draw it (each paragraph a frame whose rows are its lines), and the
    tables with CSS borders, table 三 tall enough to break over a page with its header
    rows repeated there (a <thead>). `ruled=False`: prose in plain paragraphs and tables
    without ruling lines, as a page styled with spacing alone prints them."""
    body = []
    for kind, value in blocks:
        if kind == "title":             # set on two lines: the organ, then the rest
            organ, rest = value.split("人民政府", 1)
            body.append(f"<h1>{html.escape(organ)}人民政府<br>{html.escape(rest)}</h1>")
        elif kind in ("h1", "h2", "p") and not ruled:
            body.append(f"<p>{html.escape(_heading(value) if kind != 'p' else value)}</p>")
        elif kind in ("h1", "h2", "p"):
            rows = wrap(_heading(value) if kind != "p" else value)
            body.append('<table class="frame">' + "".join(
                f"<tr><td>{html.escape(r)}</td></tr>" for r in rows) + "</table>")
        else:
            body.append(_printed_table(*value))
    page = _PRINTED.format(body="\n".join(body))
    if not ruled:
        page = page.replace("td {{ border: 1px solid #000;".replace("{{", "{"), "td { border: none;")
    path.write_text(page, encoding="utf-8")
    return path


def _printed_table(cells: list[Cell], nrows: int, ncols: int) -> str:
    header = 3 if ncols == 10 else 0          # table 三's three header rows
    rows = _tr(cells, nrows)
    head = "<thead>" + "".join(rows[:header]) + "</thead>" if header else ""
    return f'<table class="grid">{head}<tbody>{"".join(rows[header:])}</tbody></table>'


def print_pdf(page: Path, path: Path, stamps: bool = False) -> Path:
    """`page` printed to `path` by headless Chromium, as a browser's "Save as PDF" does;
    `stamps`: with the browser's own head and foot on every page (date and time, title,
    address, "1/3"), as a print left at its defaults has them."""
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    *([] if stamps else ["--no-pdf-header-footer"]),
                    f"--print-to-pdf={path}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return path


def require(program: str | None, name: str, install: str) -> None:
    """Skip a test whose program is not installed, but fail it under CI, which installs it."""
    import os

    import pytest

    if program is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed; .ci/run installs it")
        pytest.skip(f"{name} is not installed ({install})")


def to_scan(pdf: Path, path: Path, angle: float = 0.0, seal: bool = True, pages: list[int] | None = None,
            paper: int = 255) -> Path:
    """`pdf` as an office scans the stamped paper copy: each page rasterised at 200 dpi,
    turned by `angle` degrees as paper fed a little askew is, a red seal stamped on the
    last page, saved as JPEG images in an image-only PDF (no text layer). `pages`: only
    these (1-based) are scanned; the others keep their text, as in a PDF assembled from
    an export and a scanned page. `paper`: how light the scanner made the paper (a
    dark scan's is grey, its black a dark grey)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    doc = pdfium.PdfDocument(str(pdf))
    images = []
    for i in range(len(doc)):
        image = doc[i].render(scale=200 / 72).to_pil().convert("RGB")
        if seal and i == len(doc) - 1:
            draw, (w, h) = ImageDraw.Draw(image), image.size
            draw.ellipse((w * 0.55, h * 0.7, w * 0.55 + 330, h * 0.7 + 330), outline=(220, 30, 30), width=12)
            draw.regular_polygon((w * 0.55 + 165, h * 0.7 + 165, 50), 5, fill=(220, 30, 30))
        if paper < 255:
            image = image.point(lambda v: 40 + v * (paper - 40) // 255)
        images.append(image.rotate(angle, resample=Image.BICUBIC, fillcolor=(paper,) * 3))
    scanned = path.with_suffix(".images.pdf")
    images[0].save(scanned, save_all=True, append_images=images[1:], resolution=200, quality=80)
    if pages is None:
        scanned.replace(path)
        return path
    from pypdf import PdfReader, PdfWriter

    text, image = PdfReader(str(pdf)), PdfReader(str(scanned))
    writer = PdfWriter()
    for n in range(1, len(text.pages) + 1):
        writer.add_page(image.pages[n - 1] if n in pages else text.pages[n - 1])
    with open(path, "wb") as f:
        writer.write(f)
    return path
