"""HOLD_GIL is passed positionally: each place must be the `concurrent` parameter of
the regex module's methods, which a keyword of the same name then collides with."""
import pytest
import regex

from gxlint.matching import HOLD_GIL

P = regex.compile(r"\d+")


@pytest.mark.parametrize("call", [
    lambda: P.match("12", None, None, HOLD_GIL, concurrent=False),
    lambda: P.search("12", None, None, HOLD_GIL, concurrent=False),
    lambda: P.fullmatch("12", None, None, HOLD_GIL, concurrent=False),
    lambda: P.finditer("12", None, None, False, HOLD_GIL, concurrent=False),
    lambda: P.sub("", "12", 0, None, None, HOLD_GIL, concurrent=False),
])
def test_the_positional_argument_is_concurrent(call):
    with pytest.raises(TypeError, match="concurrent"):
        call()


def test_holding_the_gil_finds_what_the_default_finds():
    text = "共12件，其中3件 1.5 ２０"
    assert P.match(text, 1, None, HOLD_GIL).span() == P.match(text, 1).span()
    assert P.search(text, None, None, HOLD_GIL).span() == P.search(text).span()
    assert [m.span() for m in P.finditer(text, 2, 12, False, HOLD_GIL)] == [m.span() for m in P.finditer(text, 2, 12)]
    assert P.sub("#", text, 0, None, None, HOLD_GIL) == P.sub("#", text)


def test_a_time_limit_still_stops_a_runaway_match_holding_the_gil():
    runaway = regex.compile(r"(a|aa)+$")
    with pytest.raises(TimeoutError):
        runaway.search("a" * 60 + "b", None, None, HOLD_GIL, timeout=0.2)


def test_maybe_digit_holds_every_character_the_regex_modules_digit_class_matches():
    import sys

    from gxlint.matching import maybe_digit

    every = "".join(map(chr, range(sys.maxunicode + 1)))
    digits = regex.findall(r"\d", every)
    assert len(digits) > 600 and all(maybe_digit(c) for c in digits)
    assert not any(maybe_digit(c) for c in ["", "a", ".", " ", "属", "一"])
