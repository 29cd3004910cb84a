"""Limits checked before a document library opens a file, so a hostile file is refused
with a reason instead of exhausting memory or time."""
from __future__ import annotations

from pathlib import Path

from ..i18n import t
from . import ExtractError, reason

MB = 1024 * 1024
MAX_FILE = {".docx": 50 * MB, ".pdf": 100 * MB, ".html": 20 * MB, ".ofd": 100 * MB}
MAX_UNZIPPED = 200 * MB      # all members of a .docx together, as declared
MAX_RATIO = 200              # declared size / compressed size of one large member
MAX_MEMBERS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # .doc, .wps, .xls (Compound File)


def check_size(path: str, kind: str, lang: str) -> None:
    size = Path(path).stat().st_size
    if size > MAX_FILE[kind]:
        raise ExtractError(t("read.too_large", lang, limit=MAX_FILE[kind] // MB))


def check_zip(path: str, lang: str, kind: str = ".docx") -> None:
    """A .docx (or an .ofd) is a zip: refuse what is not one and zip bombs (a .doc
    renamed .docx never gets here: read.py sends it to LibreOffice). zipfile never
    inflates a member past its declared size, so the declared sizes bound what the
    reader can be made to read."""
    import zipfile  # here: a run over text files does not load it

    check_size(path, kind, lang)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        key = "extract.bad_ofd" if kind == ".ofd" else "extract.bad_docx"
        raise ExtractError(t(key, lang, reason=reason(exc))) from None
    if len(members) > MAX_MEMBERS:
        raise ExtractError(t("extract.zip_bomb", lang, reason=f"{len(members)} entries"))
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED:
        raise ExtractError(t("extract.zip_bomb", lang, reason=f"{total // MB} MB uncompressed"))
    for m in members:
        if m.file_size > 10 * MB and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            ratio = m.file_size // max(m.compress_size, 1)
            raise ExtractError(t("extract.zip_bomb", lang, reason=f"{m.filename}: ratio {ratio}:1"))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_GRID_SPAN = 63           # Word's own limit on a table's columns


def check_docx_tables(path: str, lang: str) -> None:
    """A .docx table is expanded into a grid by python-docx, one slot per column a cell
    spans: read the spans from the XML first, and refuse a cell spanning more columns
    than Word allows or tables with more slots than the limit."""
    import zipfile

    from lxml import etree

    from . import MAX_CELLS

    slots = 0
    with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as xml:
        for _, el in etree.iterparse(xml, events=("start",), tag=(_W + "tc", _W + "gridSpan"),
                                     resolve_entities=False, no_network=True):
            if el.tag == _W + "gridSpan":
                value = el.get(_W + "val", "1")
                span = int(value) if value.isdigit() else 1
                if span > MAX_GRID_SPAN:
                    raise ExtractError(t("extract.bad_span", lang, span=span, limit=MAX_GRID_SPAN))
                slots += span - 1
            else:
                slots += 1
            if slots > MAX_CELLS:
                raise ExtractError(t("extract.too_many_cells", lang, limit=MAX_CELLS))
