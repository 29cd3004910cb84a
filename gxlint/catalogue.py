"""The national rule codes (../shared/rules.md) and where each rule's documentation is.

The codes and names are those the shipped packs define: a national rule is added as
YAML to a pack, and nothing else lists it (tests/test_catalogue.py holds the packs
to rules.md)."""
from __future__ import annotations

from functools import lru_cache

# Where docs/rules.md is published; each rule's `url` is its entry there (a pack may
# give a rule another `url`, as a provincial pack documents its own rules).
DOCS_URL = "https://github.com/gxlint/gxlint/blob/main/docs/rules.md"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """Every shipped rule's code and name."""
    from .check.packs import all_rules

    return {r.code: r.name for r in all_rules()}


def anchor(code: str, name: str) -> str:
    """The fragment a Markdown renderer gives the heading `## GX301 sum-mismatch`."""
    return f"{code.lower()}-{name}"


def rule_url(code: str, name: str) -> str:
    return f"{DOCS_URL}#{anchor(code, name)}"
