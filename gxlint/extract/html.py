""".html / .htm (lxml): the article body of a published report page.

Government sites wrap the report in navigation, share buttons (扫一扫), footers and
sidebars. The body is found by where the text is: the deepest element holding most of
the page's non-link Chinese text; the report title (an <h1> above it) is kept with it.
Scripts are dropped, never run. Data tables (no table nested inside) become full grids
with rowspan/colspan expanded; tables used for page layout are read as blocks.
"""
from __future__ import annotations

import regex

from ..chars import unspaced
from ..i18n import t
from . import MAX_CELLS, Builder, ExtractError, Grid, Layout, page_facts
from .counters import CSS, FORMATS
from .guard import check_size

_DROP = ("script", "style", "noscript", "iframe", "nav", "aside", "button", "select", "input",
         "textarea", "object", "embed", "svg", "canvas", "template", "head", "map", "audio", "video")
_CHROME = regex.compile(r"share|fenxiang|qrcode|qr-code|ewm|erweima|print|dayin|font-?size|zihao|toolbar|"
                        r"breadcrumb|crumb|dqwz|position|location", regex.I)
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "center", "address", "figure",
          "figcaption", "caption", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "hr", "form", "body"}
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_CONTENT = regex.compile(r"[\p{Han}\d]")
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.I)
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*>")
_TITLE = regex.compile(r"报告|年报")
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "big5": "big5hkscs", "x-big5": "big5hkscs"}
MAX_SPAN = 200
MAX_DEPTH = 200


def extract_html(path: str, lang: str = "zh") -> tuple[str, Layout, str]:
    check_size(path, ".html", lang)
    with open(path, "rb") as fh:
        data = fh.read()
    text, encoding = decode_html(data, lang)
    from lxml import etree, html

    try:
        # huge_tree: libxml2 otherwise drops whatever is nested deeper than 256 elements,
        # which a browser still shows; the file size limit already bounds the tree.
        root = html.document_fromstring(_XML_DECL.sub("", text), parser=html.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError) as exc:
        raise ExtractError(t("extract.bad_html", lang, reason=str(exc) or type(exc).__name__)) from None
    facts = page_facts.read(root)          # before the chrome that shows them is dropped
    _clean(root)
    out = Builder("html", lang)
    body = _body(root)
    title = _title_outside(root, body)
    if title is not None:
        # A page title's spaces are typography ("柘城县 “互联网+”经济发展促进中心 2017政府
        # 信息公开工作 年度报告"), and its organ may stand in an element of its own: one title.
        out.paragraph(unspaced(" ".join(title.text_content().split())))
    _Walker(out).walk(body)
    if not out.lines:
        raise ExtractError(t("extract.no_text", lang))
    text, layout = out.result(facts)
    return text, layout, encoding


def decode_html(data: bytes, lang: str) -> tuple[str, str]:
    """The declared charset (GBK/GB2312 pages are common; read as their superset GB18030),
    else the same detection as a text file."""
    from ..decode import decode

    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            name = m.group(1).decode("ascii", "replace").lower()
            encoding = _ALIASES.get(name, name)
            try:
                return data.decode(encoding), encoding
            except (LookupError, UnicodeDecodeError):
                pass      # a wrong declaration: detect instead
    return decode(data, lang)


def _clean(root) -> None:
    from lxml import etree

    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        el.drop_tree() if el.getparent() is not None else None
    for el in list(root.iter(*_DROP)):
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter()):
        if (isinstance(el.tag, str) and el.getparent() is not None
                and _CHROME.search(f"{el.get('class', '')} {el.get('id', '')}")
                and len(_CONTENT.findall(el.text_content())) < 200):   # not a "printContent" body
            el.drop_tree()


def _weights(root) -> tuple[dict, dict]:
    """Non-link content characters under each element (the elements with any), and each
    element's depth: one walk down, then each element after its children, so the work
    is linear in the elements however deep the page nests."""
    order = []
    stack = [(root, 0, False)]
    while stack:
        el, depth, in_link = stack.pop()
        in_link = in_link or el.tag == "a"
        order.append((el, depth, in_link))
        stack.extend((child, depth + 1, in_link) for child in el if isinstance(child.tag, str))
    weight: dict = {}
    depths: dict = {}
    for el, depth, in_link in reversed(order):
        total = 0 if in_link else _count(el.text)
        for child in el:
            if isinstance(child.tag, str):
                total += weight.get(child, 0) + (0 if in_link else _count(child.tail))
        if total:
            weight[el], depths[el] = total, depth
    return weight, depths


def _count(text: str | None) -> int:
    return len(_CONTENT.findall(text)) if text else 0


def _body(root):
    weight, depths = _weights(root)
    top = root.find("body") if root.find("body") is not None else root
    total = weight.get(top, 0)
    best, best_depth = top, 0
    for el, w in weight.items():
        if w >= 0.7 * total and depths[el] > best_depth:
            best, best_depth = el, depths[el]
    return best


def _title_outside(root, body):
    """The report title when the page shows it outside the body: a heading (<h1>–<h3>),
    else an element the page styles as a title (class "title", "content_title", …),
    else the document's <title>."""
    body_text = body.text_content()
    headings = list(root.iter("h1", "h2", "h3"))
    styled = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("h1", "h2", "h3", "title")
              and "title" in (el.get("class") or "").lower()]
    for el in (*headings, *styled, *root.iter("title")):
        text = el.text_content().strip()
        if _TITLE.search(text) and text not in body_text and not any(a is body for a in el.iterancestors()):
            return el
    return None


class TableTooLarge(Exception):
    """Expanding the table's spans would pass the cell limit."""


def grid(table, limit: int = MAX_CELLS) -> Grid:
    """The table's own rows (not a nested table's) with spans expanded; each span is
    counted against `limit` before it is expanded (TableTooLarge past it)."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    out: Grid = []
    pending: dict[tuple[int, int], bool] = {}
    slots = 0
    for r, tr in enumerate(rows):
        line: list[str | None] = []
        c = 0
        for cell in tr.xpath("./td|./th"):
            while pending.pop((r, c), False):
                _put(line, c, None)
                c += 1
            colspan = _span(cell.get("colspan"))
            rowspan = min(_span(cell.get("rowspan")), len(rows) - r)
            slots += colspan * rowspan
            if slots > limit:
                raise TableTooLarge
            _put(line, c, _cell_text(cell))
            for dr in range(rowspan):
                for dc in range(colspan):
                    if dr or dc:
                        if dr == 0:
                            _put(line, c + dc, None)
                        else:
                            pending[(r + dr, c + dc)] = True
            c += colspan
        while pending.pop((r, c), False):
            _put(line, c, None)
            c += 1
        out.append(line)
    width = max((len(r) for r in out), default=0)
    if width * len(out) > limit:
        raise TableTooLarge
    return [row + [""] * (width - len(row)) for row in out]


def _put(line: list, c: int, value) -> None:
    while len(line) <= c:
        line.append("")
    line[c] = value


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), MAX_SPAN)
    except ValueError:
        return 1


def _cell_text(cell) -> str:
    parts: list[str] = []
    _Walker(None, parts).walk(cell)
    return "\n".join(parts)


def _is_data_table(table) -> bool:
    if table.find(".//table") is not None:
        return False
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    return any(len(tr.xpath("./td|./th")) > 1 for tr in rows)


def _list_numbers(ol) -> dict:
    """The number of each item of an <ol>, as a browser counts them (start, value)."""
    numbers = {}
    n = _int(ol.get("start"), 1)
    for li in ol.iterchildren("li"):
        n = _int(li.get("value"), n)
        numbers[li] = n
        n += 1
    return numbers


def _list_label(li, n: int) -> str:
    """The number a browser draws before an <ol> item: start/value/type attributes or
    list-style-type (office suites export numbered headings as <ol><li><h1>)."""
    ol = li.getparent()
    styles = (li.get("style") or "") + ";" + (ol.get("style") or "")
    style = regex.search(r"list-style(?:-type)?\s*:\s*([\w-]+)", styles)
    kind = style.group(1) if style else (ol.get("type") or "decimal")
    if kind == "none":
        return ""
    fmt = CSS.get(kind, CSS.get(kind.lower(), "decimal"))
    return FORMATS[fmt](n) + ("、" if fmt.startswith(("chinese", "ideograph")) else ". ")


def _int(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


class _Walker:
    """Block elements end a line; inline ones run on. Writes to a Builder (with <h1>–<h6>
    as heading levels), or collects the lines of one table cell."""

    def __init__(self, out: Builder | None, lines: list[str] | None = None) -> None:
        self.out, self.lines = out, lines
        self.buf: list[str] = []
        self.level: int | None = None
        self.label = ""
        self.numbers: dict = {}          # each <ol> item's number, worked out once a list

    def flush(self) -> None:
        text = regex.sub(r"(?<=[^\x00-\x7f])[ \t]*\n\s*(?=[^\x00-\x7f])", "", "".join(self.buf))
        text = regex.sub(r"\s+", " ", text).strip()
        self.buf = []
        if text:
            text, self.label = self.label + text, ""
            if self.out is not None:
                self.out.paragraph(text, self.level)
            elif self.lines is not None:
                self.lines.append(text)

    def walk(self, el, depth: int = 0) -> None:
        self._node(el, depth)
        self.flush()

    def _node(self, el, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if depth > MAX_DEPTH:
            self.buf.append(el.text_content())
            return
        if tag == "br":
            self.flush()
        elif tag == "table" and self.out is not None and _is_data_table(el):
            self.flush()
            try:
                self.out.table(grid(el, MAX_CELLS - len(self.out.cells)))
            except TableTooLarge:
                raise ExtractError(t("extract.too_many_cells", self.out.lang, limit=MAX_CELLS)) from None
        else:
            block = tag in _BLOCK
            if block:
                self.flush()
                if tag == "ol":
                    self.numbers.update(_list_numbers(el))
                elif tag == "li":
                    self.label = _list_label(el, self.numbers.pop(el)) if el in self.numbers else ""
                elif tag in _HEADINGS:
                    self.level = int(tag[1])
            self.buf.append(el.text or "")
            for child in el:
                self._node(child, depth + 1)
            if block:
                self.flush()
                if tag in _HEADINGS:
                    self.level = None
        if depth:
            self.buf.append(el.tail or "")
