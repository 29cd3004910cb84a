"""Character classes the readers and checks share: Chinese characters (Han script)
and the CJK Unified Ideographs block."""
from __future__ import annotations

import regex

HAN = regex.compile(r"\p{Han}")
CJK = regex.compile(r"[\u4e00-\u9fff]")   # the unified ideographs: what running Chinese text is made of
