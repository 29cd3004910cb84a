"""A finding's fingerprint: what baselines match findings by, so its value for a given
finding must not change between releases."""
import hashlib

from gxlint.check.fingerprint import fingerprint


def test_the_value_for_a_finding_is_fixed():
    assert fingerprint("GX101", "default", "一、总体情况", {"part": "总体情况"}) == \
        hashlib.sha256("GX101\x1fdefault\x1f一、总体情况\x1fpart=总体情况".encode()).hexdigest()[:32]


def test_it_ignores_where_the_finding_is_and_how_its_text_is_spaced():
    args = {"total": "12件", "lhs": 12.0, "n": 3}
    here = fingerprint("GX404", "default", "总计 12", {**args, "line": 9, "column": 2})
    assert here == fingerprint("GX404", "default", " 总计\n\u3000 12 ", {**args, "line": 30, "column": 7})
    assert here != fingerprint("GX404", "default", "总计 13", args)
    assert here != fingerprint("GX404", "other", "总计 12", args)


def test_values_that_are_not_text_or_numbers_do_not_count():
    assert fingerprint("GX301", "default", "x", {"cells": ["a"]}) == fingerprint("GX301", "default", "x", {})
