"""The regimes: which law and which national format a report answers to, by its year
(domain.md §1). Every list of regimes in the package, the schemas' included, comes
from here."""
from __future__ import annotations

REGIMES = ("reg-2007", "format-2019", "format-2021")


def regime_for(year: int | None) -> str | None:
    if year is None or year < 2008:
        return None
    if year <= 2018:
        return "reg-2007"
    if year <= 2020:
        return "format-2019"
    return "format-2021"
