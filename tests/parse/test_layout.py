"""A table region read as pieces, the one reading every format-table layout and the
statistics table's rows share: labels and values, blank cells kept, separator rows,
Markdown rules and page numbers dropped, a header set one character a line joined."""
import time

from gxlint.parse.layout import pieces


def _read(text: str) -> list[tuple[str, bool]]:
    return [(p.text, p.value) for p in pieces(text, 0, len(text))]


def test_spaced_rows_are_a_label_and_its_values():
    assert _read("58 7 0 0 1 0 66") == [(v, True) for v in ("58", "7", "0", "0", "1", "0", "66")]
    assert _read("本年新收 3 4 5") == [("本年新收", False), ("3", True), ("4", True), ("5", True)]
    assert _read("2.属于国家秘密 0 / —") == [("2.属于国家秘密", False), ("0", True), ("/", True), ("—", True)]
    assert _read("一是部分单位信息发布不够及时；二是") == [("一是部分单位信息发布不够及时；二是", False)]


def test_figures_that_belong_to_the_label_stay_in_it():
    # A count with its unit in running words, and a figure in a parenthesised note.
    assert _read("主动公开政府信息288342条") == [("主动公开政府信息288342条", False)]
    assert _read("(一)回应热点数 (同一热点计1次) | 2 | 3 |") == [
        ("(一)回应热点数 (同一热点计1次)", False), ("2", True), ("3", True)]


def test_separated_rows_keep_blank_cells_and_their_positions():
    text = "规章 | 3 |  | 5 |\n|\n||||\n"
    found = pieces(text, 0, len(text))
    assert [(p.text, p.value) for p in found] == [("规章", False), ("3", True), ("", True), ("5", True), ("", True)]
    assert [text[p.start:p.end] for p in found] == ["规章", "3", "", "5", ""]
    assert [p.line for p in found] == [0, 0, 0, 0, 1]


def test_rules_and_page_numbers_are_no_cells():
    assert _read("|---|---|\n规章 | 1 |") == [("规章", False), ("1", True)]
    assert _read("- 3 -\n规章 0 0 1") == [("规章", False), ("0", True), ("0", True), ("1", True)]


def test_a_header_set_one_character_a_line_is_one_label():
    assert _read("本\n年\n制\n发\n件\n数\n3") == [("本年制发件数", False), ("3", True)]
    assert _read("本\n3\n年") == [("本", False), ("3", True), ("年", False)]


def test_a_long_line_of_prose_is_read_in_linear_time():
    def took(n: int) -> float:
        line = "公开（计1次" * n + "1 2 3"
        began = time.perf_counter()
        pieces(line, 0, len(line))
        return time.perf_counter() - began

    small, large = min(took(2_000) for _ in range(3)), min(took(20_000) for _ in range(3))
    assert large < 30 * max(small, 1e-4)


def test_a_telephone_in_a_table_header_is_no_value():
    text = "填报单位:某县政府信息公开办公室\n联系人:张三 联系电话:68881823 |\n主动公开信息数 | 条 | 120 |\n"
    values = [p.text for p in pieces(text, 0, len(text)) if p.value]
    assert values == ["120"]


def test_a_region_counts_the_numbers_the_layout_stage_reads():
    from gxlint.parse.tables import count_cells

    text = "附表 2013年政府信息公开情况统计表 填报单位:某办\n联系电话:0577-68881823 |\n规章007 | 2014 | / |\n"
    assert count_cells(text, 0, len(text))[0] == 1            # "007" glued to its label; no year, phone or "/"
