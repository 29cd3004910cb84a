"""Counts with units in the prose. The digits are matched atomically (the engine does
not give them back); that finds exactly what backtracking over them would."""
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from gxlint.parse import numbers

BACKTRACKING = regex.compile(numbers.NUMBER.pattern.replace("(?>", "(?:").replace(r"\d++", r"\d+"))


def found(rx, text):
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_known_counts():
    got = [(n.raw, n.unit, n.value, n.approx) for n in numbers.find_numbers("全年受理1,234件，约5.5万元，300余条；2021年，v2件")]
    assert got == [("1,234", "件", 1234.0, False), ("5.5", "元", 55000.0, True), ("300", "条", 300.0, True)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["1", "23", "0", ",", ",000", ".", ".5", " ", "万", "亿", "余", "多", "件", "万元", "人次",
                                 "年", "约", "a", "，"]), max_size=24).map("".join))
def test_atomic_digits_find_what_backtracking_finds(text):
    assert found(numbers.NUMBER, text) == found(BACKTRACKING, text)
