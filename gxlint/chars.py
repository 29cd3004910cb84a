"""Character classes the readers and checks share: Chinese characters (Han script),
the CJK Unified Ideographs block, and the spaces Chinese text does not have."""
from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
CJK = regex.compile(r"[\u4e00-\u9fff]")   # the unified ideographs: what running Chinese text is made of

# Chinese writes no spaces; a PDF, a page or a typist leaves some:
# - where a Latin font meets a Chinese one ("人民政府 2021 年", "58.5 %");
LATIN_GAP = regex.compile(
    r"(?<=[\p{Han}，。、；：（）“”])[ ]+(?=[A-Za-z0-9])"
    r"|(?<=[A-Za-z0-9%])[ ]+(?=[\p{Han}，。、；：（）“”])|(?<=\d)[ ]+(?=[%％])")
# - between two Chinese characters, spacing out a label or a title ("总 计", "政府信息 公开").
HAN_GAP = regex.compile(r"(?<=\p{Han}|[（）()“”、，])\s+(?=\p{Han}|[（）()“”、，])")


def unspaced(text: str) -> str:
    """`text` without the spaces next to its Chinese (a label's, a title's)."""
    return HAN_GAP.sub("", LATIN_GAP.sub("", text))
