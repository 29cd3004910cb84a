"""text.py: the simplified copy's lines are the original's wherever nothing changed."""
from gxlint.text import Text


def test_plain_lines_are_the_plain_texts_lines_whether_or_not_it_was_converted():
    for source in ["一、总体情况\n本年度公开12条。\n", "一、總體情況\r\n本年度公開12條。", "", "\n\n"]:
        text = Text.from_decoded(source)
        assert text.plain_lines == text.plain.split("\n")
        assert text.lines == text.original.split("\n")
    converted = Text.from_decoded("政府資訊公開")
    assert converted.plain_lines == ["政府资讯公开"] and converted.lines == ["政府資訊公開"]
