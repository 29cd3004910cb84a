"""jsonstream's encoders give the standard library's text byte for byte (orjson does
the work), including the characters JSON escapes and what orjson refuses."""
from __future__ import annotations

import json

import pytest

from gxlint.output.jsonstream import dump, line

AWKWARD = "".join(chr(c) for c in range(0x80)) + "\u2028\u2029\ufeff表三“总计”\\/\"\U0001F600"

VALUES = [
    {"path": "报告/a.txt", "diagnostics": [], "report": None, "error": None, "notes": {}},
    {"rule": "GX404", "line": 3, "column": 0, "related": [{"line": 1, "message": "自然人 = 5"}] * 3,
     "table_cell": {"table": 1, "row": 2, "column": 3}, "fingerprint": "ab" * 16},
    {"text": AWKWARD, "nested": [[[], {}], [AWKWARD, -1, 0, 2**62, True, False]]},
    [],
    "字",
]


@pytest.mark.parametrize("value", VALUES)
def test_dump_is_the_standard_librarys_indented_text(value):
    assert dump(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", VALUES)
def test_line_is_the_standard_librarys_compact_text(value):
    assert line(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
    assert b"\n" not in line(value)


def test_what_orjson_refuses_is_still_written():
    # A path decoded with surrogateescape carries a lone surrogate, which orjson rejects.
    value = {"path": "报告/\udcff.txt", "big": 2**70}
    assert dump(value) == json.dumps(value, ensure_ascii=False, indent=2)
    assert line(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogateescape")
