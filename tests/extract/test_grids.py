"""What in a drawn table is text, and the columns each part of it uses."""
from gxlint.extract.grids import own_columns, split


def test_rows_of_one_cell_across_are_text_between_tables():
    grid = [["本报告根据《条例》编制。", None, None],
            ["第二十条第（一）项", None, None],
            ["信息内容", "本年制发件数", "本年废止件数"],
            ["规章", "0", "0"],
            ["第二十条第（五）项", None, None],
            ["行政许可", "120", None]]
    assert split(grid) == [(0, "本报告根据《条例》编制。"), (1, "第二十条第（一）项"),
                           (2, [["信息内容", "本年制发件数", "本年废止件数"], ["规章", "0", "0"]]),
                           (4, "第二十条第（五）项"), (5, [["行政许可", "120"]])]


def test_an_empty_row_is_neither_text_nor_table():
    assert split([["", None], ["a", "1"], ["b", "2"]]) == [(1, [["a", "1"], ["b", "2"]])]


def test_columns_no_row_has_a_cell_in_are_dropped():
    # A frame whose other table divides the width more finely: the slots between this
    # table's own columns are covered in every row.
    grid = [["行政复议", None, None, "行政诉讼", None], ["1", None, "0", "2", None]]
    assert own_columns(grid) == [["行政复议", None, "行政诉讼"], ["1", "0", "2"]]
