"""The cell stream: a line without separators is a row of spaced numbers (maybe with
its label) or one cell; a line with no white space is one cell without trying the
row patterns (on prose they backtrack quadratically)."""
from hypothesis import given, settings, strategies as st

from gxlint.parse import grid


def _by_patterns(s: str) -> list[str]:
    """What the row patterns alone make of a stripped line."""
    row = grid._SPACED_ROW.fullmatch(s)
    if row is None and not grid._NUMBERS.fullmatch(s):
        return [s]
    first = row.end("label") if row else 0
    return ([row.group("label")] if row else []) + [m.group() for m in grid._WORD.finditer(s, pos=first)]


def _cells(s: str) -> list[str]:
    out: list[grid.Token] = []
    grid._spaced(s, 0, 0, out)
    return [t.text for t in out]


LINES = ["58 7 0 0 1 0 66", "本年新收 3 4 5", "主动公开政府信息288342条", "合计\u30003\u30004", "一是部分单位信息发布不够及时；二是",
         "行政许可 / —", "12", "a\x1cb 1 2"]


def test_known_lines():
    assert _cells("58 7 0 0 1 0 66") == ["58", "7", "0", "0", "1", "0", "66"]
    assert _cells("本年新收 3 4 5") == ["本年新收", "3", "4", "5"]
    assert _cells("一是部分单位信息发布不够及时；二是") == ["一是部分单位信息发布不够及时；二是"]
    for s in LINES:
        assert _cells(s) == _by_patterns(s), s


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["本", "年", "新", "收", "1", "0", "23", " ", "\u3000", "\t", "-", "/", "—", "；", "a",
                                 "\x1c", "\xa0", "."]), min_size=1, max_size=30).map("".join))
def test_a_line_is_read_as_the_row_patterns_read_it(s):
    s = s.strip()
    if s:
        assert _cells(s) == _by_patterns(s)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["本", "年", "新", "收", "—", "|", " | ", "\t", "12", "3", " ", "\n", "\n", "制发", "a"]),
                max_size=20).map("".join))
def test_lone_characters_are_rejoined_as_a_count_of_every_cell_would_have_it(text):
    from gxlint.parse import grid

    out: list = []
    pos, line_no, lone = 0, 0, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        lone += grid._line(text, pos, stop, line_no, out)
        pos, line_no = stop + 1, line_no + 1
    assert lone == sum(grid._lone(t.text) for t in out)
    expected = grid._rejoin(out) if sum(grid._lone(t.text) for t in out) >= 2 else out
    assert grid.tokens(text, 0, len(text)) == expected
