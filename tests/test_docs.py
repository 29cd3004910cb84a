"""docs/rules.md is what the packs say: regenerate it when a pack changes."""
from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli
from gxlint.catalogue import anchor
from gxlint.check.packs import all_rules


def test_rules_md_is_in_sync_with_the_packs():
    generated = CliRunner().invoke(cli.main, ["rules", "--format", "markdown"]).stdout
    on_disk = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert on_disk == generated, "docs/rules.md is stale: run `gxlint rules --format markdown > docs/rules.md`"


def test_every_rule_has_an_entry_and_its_url_points_at_it():
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"\n## {rule.code} {rule.name}\n" in text
        assert rule.url.endswith("docs/rules.md#" + anchor(rule.code, rule.name))
