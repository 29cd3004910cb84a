"""Decoding: every encoding reports come in, and clear refusals for the rest."""
import pytest

from gxlint.decode import decode
from gxlint.read import read_source
from gxlint.text import Text

REPORT = "鄭州市2016年政府信息公開工作年度報告\r\n一、概述\r\n正文。\r\n" * 3


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "big5"])
def test_encodings(tmp_path, encoding):
    text = REPORT if encoding == "big5" else REPORT.replace("鄭", "郑").replace("開", "开").replace("報", "报")
    path = tmp_path / "r.txt"
    path.write_bytes(text.encode(encoding))
    src = read_source(str(path))
    assert src.error is None
    assert src.text.lstrip("\ufeff") == text


@pytest.mark.parametrize("data, word", [(b"", "为空"), (b"\x00\x01\x02\x03" * 100, "二进制"),
                                        (bytes(range(128, 256)) * 40, "")])
def test_refusals(data, word):
    with pytest.raises(Exception) as exc:
        decode(data)
    assert word in str(exc.value)


def test_crlf_is_one_break_and_positions_match():
    t = Text.from_decoded("甲\r\n乙丙\r\n")
    assert t.lines == ["甲", "乙丙", ""]
    assert t.position(t.line_span(1)).line == 2


def test_traditional_copy_keeps_offsets():
    t = Text.from_decoded("主動公開政府信息288342條\n數據")
    assert len(t.plain) == len(t.original)
    assert t.plain.startswith("主动公开政府信息288342条")


@pytest.mark.parametrize("decoded", ["", "甲", "甲\n", "\n\n乙\r\n丙\r丁", "一、概述\r\n\r\n正文。"])
def test_line_starts_follow_every_break(decoded):
    t = Text.from_decoded(decoded)
    assert t.original == decoded.replace("\r\n", "\n").replace("\r", "\n")
    assert t.line_starts == [0] + [i + 1 for i, ch in enumerate(t.original) if ch == "\n"]
    assert [t.original[s:s + len(line)] for s, line in zip(t.line_starts, t.lines)] == t.lines

