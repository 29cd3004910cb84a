"""check/values.py: how a number a check read is written back in a message."""
from hypothesis import given
from hypothesis import strategies as st

from gxlint.check.values import EPS, show


def test_counts_are_written_as_integers_and_decimals_kept():
    assert [show(x) for x in (12.0, 0.5, -3.0, 12.0000001, 1e20, 0.1 + 0.2, 7)] == \
        ["12", "0.5", "-3", "12", "100000000000000000000", "0.3", "7"]


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_a_whole_number_within_float_noise_is_written_as_its_integer(x):
    expected = str(round(x)) if abs(x - round(x)) < EPS else f"{x:g}"
    assert show(x) == expected
