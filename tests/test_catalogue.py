"""The national codes are the shipped packs' own, and each is the code and name that
../shared/rules.md fixes (a code never changes meaning once released)."""
import pytest
import regex
from conftest import SHARED

from gxlint.catalogue import catalogue


def test_every_shipped_code_is_a_national_code_with_a_kebab_case_name():
    codes = catalogue()
    assert len(codes) >= 40
    assert all(regex.fullmatch(r"GX\d{3}", c) and regex.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", n)
               for c, n in codes.items())


def test_codes_and_names_are_the_catalogues():
    path = SHARED / "rules.md"
    if not path.exists():
        pytest.skip("../shared/rules.md is not here")
    fixed = dict(regex.findall(r"^\| (GX\d{3}) \| ([a-z0-9-]+) \|", path.read_text(encoding="utf-8"), flags=regex.M))
    assert {code: fixed.get(code) for code in catalogue()} == catalogue()
