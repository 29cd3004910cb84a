"""The cell stream: a line without separators is a row of spaced numbers (maybe with
its label) or one cell; " | " and tab rows keep their blank cells; a header split one
character per line is joined again."""
import time

from gxlint.parse import grid


def _cells(text: str) -> list[str]:
    return [t.text for t in grid.tokens(text, 0, len(text))]


def test_spaced_lines():
    assert _cells("58 7 0 0 1 0 66") == ["58", "7", "0", "0", "1", "0", "66"]
    assert _cells("本年新收 3 4 5") == ["本年新收", "3", "4", "5"]
    assert _cells("2.属于国家秘密 0 / —") == ["2.属于国家秘密", "0", "/", "—"]
    assert _cells("一是部分单位信息发布不够及时；二是") == ["一是部分单位信息发布不够及时；二是"]
    assert _cells("主动公开政府信息288342条") == ["主动公开政府信息288342条"]
    assert _cells("行政许可 3 4 件") == ["行政许可 3 4 件"]        # a word among the numbers: one cell
    assert _cells("12") == ["12"]


def test_separated_lines_keep_blank_cells_and_their_positions():
    text = "规章 | 3 |  | 5 |\n|\n||||\n"
    tokens = grid.tokens(text, 0, len(text))
    assert [t.text for t in tokens] == ["规章", "3", "", "5", ""]
    assert [text[t.start:t.end] for t in tokens] == ["规章", "3", "", "5", ""]
    assert [t.line for t in tokens] == [0, 0, 0, 0, 1]


def test_a_header_split_one_character_per_line_is_one_cell():
    assert _cells("本\n年\n制\n发\n件\n数\n3") == ["本年制发件数", "3"]
    assert _cells("本\n3\n年") == ["本", "3", "年"]


def test_a_long_line_of_prose_is_read_in_linear_time():
    def took(n: int) -> float:
        line = "公开" * n + "1 2 3"
        began = time.perf_counter()
        _cells(line)
        return time.perf_counter() - began

    small, large = min(took(20_000) for _ in range(3)), min(took(200_000) for _ in range(3))
    assert large < 30 * max(small, 1e-4)
