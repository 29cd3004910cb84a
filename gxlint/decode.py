"""Bytes to text: encodings are recognised from a BOM or by charset-normalizer restricted
to the encodings Chinese reports actually come in; bytes that none of them decodes
cleanly are refused rather than guessed. Text files and web pages both come here."""
from __future__ import annotations

from .i18n import t

_CANDIDATES = ["utf_8", "gb18030", "big5", "utf_16", "big5hkscs"]


class ReadError(Exception):
    """A file that cannot be turned into text; the message is for the user."""


def decode(data: bytes, lang: str = "zh") -> tuple[str, str]:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ReadError(t("read.empty", lang))
    for bom, enc in ((b"\xef\xbb\xbf", "utf_8_sig"), (b"\xff\xfe", "utf_16"), (b"\xfe\xff", "utf_16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ReadError(t("read.undecodable", lang)) from None
    if b"\x00" in data[:4096]:
        raise ReadError(t("read.binary", lang))
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # lazy: only non-UTF-8 files need it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise ReadError(t("read.undecodable", lang))
    text = str(best)
    if _looks_binary(text):
        raise ReadError(t("read.binary", lang))
    return text, best.encoding


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f")
    return controls > max(8, len(sample) // 50)
