"""The rule catalogue (../shared/rules.md): codes and names are fixed once released."""

CATALOGUE: dict[str, str] = {
    "GX101": "missing-section",
    "GX102": "section-order",
    "GX103": "heading-numbering",
    "GX104": "declared-parts-mismatch",
    "GX105": "empty-section",
    "GX106": "missing-title",
    "GX107": "government-accountability",
    "GX108": "overview-topics",
    "GX201": "missing-period",
    "GX202": "period-incomplete",
    "GX203": "period-year-mismatch",
    "GX204": "late-publication",
    "GX205": "missing-date",
    "GX206": "stale-year",
    "GX301": "sum-mismatch",
    "GX302": "percent-mismatch",
    "GX303": "part-exceeds-total",
    "GX304": "shares-not-100",
    "GX305": "text-table-mismatch",
    "GX401": "missing-table",
    "GX402": "missing-rows",
    "GX403": "empty-table",
    "GX404": "row-total",
    "GX405": "results-total",
    "GX406": "flow-balance",
    "GX407": "review-litigation-total",
    "GX408": "invalid-cell",
    "GX409": "wrong-format-version",
    "GX410": "statistics-table-sum",
    "GX501": "missing-contact",
    "GX502": "malformed-contact",
    "GX503": "missing-e-version",
    "GX701": "carry-over-mismatch",
    "GX702": "near-duplicate",
    "GX703": "repeated-figures",
    "GX901": "web-residue",
    "GX902": "placeholder",
    "GX903": "traditional-script",
    "GX904": "garbled-text",
    "GX905": "duplicated-paragraph",
}

# Where docs/rules.md is published; each rule's `url` is its entry there (a pack may
# give a rule another `url`, as a provincial pack documents its own rules).
DOCS_URL = "https://github.com/gxlint/gxlint/blob/main/docs/rules.md"


def anchor(code: str, name: str) -> str:
    """The fragment a Markdown renderer gives the heading `## GX301 sum-mismatch`."""
    return f"{code.lower()}-{name}"


def rule_url(code: str, name: str) -> str:
    return f"{DOCS_URL}#{anchor(code, name)}"
