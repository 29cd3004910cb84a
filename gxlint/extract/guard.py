"""Limits checked before a document library opens a file, so a hostile file is refused
with a reason instead of exhausting memory or time."""
from __future__ import annotations

from pathlib import Path

from ..i18n import t
from . import ExtractError, reason

MB = 1024 * 1024
MAX_FILE = {".docx": 50 * MB, ".pdf": 100 * MB, ".html": 20 * MB}
MAX_UNZIPPED = 200 * MB      # all members of a .docx together, as declared
MAX_RATIO = 200              # declared size / compressed size of one large member
MAX_MEMBERS = 5000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # .doc, .wps, .xls (Compound File)


def check_size(path: str, kind: str, lang: str) -> None:
    size = Path(path).stat().st_size
    if size > MAX_FILE[kind]:
        raise ExtractError(t("read.too_large", lang, limit=MAX_FILE[kind] // MB))


def check_zip(path: str, lang: str) -> None:
    """A .docx is a zip: refuse what is not one (often a renamed .doc) and zip bombs.
    zipfile never inflates a member past its declared size, so the declared sizes bound
    what python-docx can be made to read."""
    import zipfile  # here: a run over text files does not load it

    check_size(path, ".docx", lang)
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == OLE_MAGIC:
        raise ExtractError(t("extract.renamed_doc", lang))
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ExtractError(t("extract.bad_docx", lang, reason=reason(exc))) from None
    if len(members) > MAX_MEMBERS:
        raise ExtractError(t("extract.zip_bomb", lang, reason=f"{len(members)} entries"))
    total = sum(m.file_size for m in members)
    if total > MAX_UNZIPPED:
        raise ExtractError(t("extract.zip_bomb", lang, reason=f"{total // MB} MB uncompressed"))
    for m in members:
        if m.file_size > 10 * MB and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            ratio = m.file_size // max(m.compress_size, 1)
            raise ExtractError(t("extract.zip_bomb", lang, reason=f"{m.filename}: ratio {ratio}:1"))
