"""`--lang en` translates every message: the command line's catalogue, every text of
every shipped rule, and a whole run's output."""
import subprocess
import sys

import pytest
import regex
from conftest import ROOT

from gxlint.check.packs import compose
from gxlint.i18n import CATALOGUE
from gxlint.regimes import REGIMES

HAN = regex.compile(r"\p{Han}")


def test_the_catalogue_has_english_for_every_key():
    missing = [k for k, v in CATALOGUE.items() if not v.get("en") or (v["en"] == v["zh"] and HAN.search(v["zh"]))]
    assert missing == []
    # the same placeholders in both languages
    fields = regex.compile(r"\{(\w+)\}")
    assert [k for k, v in CATALOGUE.items() if set(fields.findall(v["zh"])) != set(fields.findall(v["en"]))] == []


@pytest.mark.parametrize("regime", [*REGIMES, None])
def test_every_rule_text_has_english(regime):
    for rule in compose(regime).rules:
        texts = [*rule.messages.values(), rule.cite, rule.description] + ([rule.hint] if rule.hint else [])
        assert all(x.get("en") for x in texts), rule.code


def _own_words(template: str) -> str:
    """An English message still names what the report or the format says: quoted
    (“收费及减免情况”), in brackets, or through {placeholders}. The rest is gxlint's own."""
    return regex.sub(r"\{\w+\}|“[^”]*”|[（(][^）)]*[）)]", "", template)


@pytest.mark.parametrize("regime", [*REGIMES, None])
def test_english_messages_are_english_around_what_they_quote(regime):
    for rule in compose(regime).rules:
        for variant, text in rule.messages.items():
            assert not HAN.search(_own_words(text["en"])), (rule.code, variant, text["en"])


def test_a_whole_run_in_english():
    examples = sorted(str(p) for p in (ROOT / "examples").glob("*.txt"))
    out = subprocess.run([sys.executable, "-m", "gxlint", "--lang", "en", "--no-color", *examples],
                         capture_output=True, text=True, encoding="utf-8").stdout
    heads = [x for x in out.splitlines() if regex.match(r"\S+:\d+:\d+: ", x)]
    assert len(heads) > 20
    assert all(regex.search(r": (error|warning|info) GX\d{3} [a-z-]+  [A-Za-z]", x) for x in heads), heads
    labels = {x.split("=", 1)[1].split("：")[0].split(":")[0].strip() for x in out.splitlines() if "      = " in x}
    assert labels <= {"section", "basis", "hint", "see"}
    assert out.splitlines()[-1].startswith("9 files checked")


def test_english_counts_take_their_plural():
    from gxlint.i18n import t

    assert t("baseline.written", "en", n=1, path="b.json") == "wrote 1 finding to the baseline b.json"
    assert t("baseline.hidden", "en", n=2, path="b.json") == "the baseline b.json hid 2 known findings"
    assert t("baseline.stale", "en", n=1, path="b.json").startswith("1 baseline entry of b.json")
    assert t("baseline.stale", "en", n=3, path="b.json").startswith("3 baseline entries of b.json")
    assert t("summary", "en", files=1, error=0, warning=2, info=1) == "1 file checked: 0 errors, 2 warnings, 1 info"
