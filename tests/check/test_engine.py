"""The engine builds each diagnostic positionally (it runs for every finding); every
field must still land where its name says."""
from dataclasses import fields
from pathlib import Path

from gxlint.diagnostic import Diagnostic, Related
from gxlint.lint import lint_text

ROOT = Path(__file__).resolve().parents[2]


def test_the_positional_order_is_the_records_field_order():
    assert [f.name for f in fields(Diagnostic)] == [
        "path", "rule", "name", "severity", "message", "line", "column", "end_line", "end_column",
        "section", "cite", "hint", "url", "related", "page", "table_cell", "fingerprint"]


def test_a_sum_finding_carries_each_value_in_its_own_field():
    text = (ROOT / "examples" / "2022-bureau-table-defects.txt").read_text(encoding="utf-8")
    found = [d for d in lint_text(text, path="r.txt").diagnostics if d.rule == "GX404"]
    assert found
    d = found[0]
    assert (d.path, d.name, d.severity) == ("r.txt", "row-total", "error")
    assert d.message.startswith("表三") and "不等于" in d.message
    assert d.section.startswith("三、") and d.cite.startswith("国办公开办函") and d.hint
    assert d.url.endswith("#gx404-row-total")
    assert d.related and all(isinstance(r, Related) and r.message for r in d.related)
    assert 0 < d.line <= d.end_line and d.column >= 1
    assert d.page is None and d.table_cell is None
    assert len(d.fingerprint) == 32 and int(d.fingerprint, 16) >= 0


def test_each_offset_gets_the_breadcrumb_of_the_sections_around_it():
    from gxlint.check.engine import _Where
    from gxlint.lint import build_report, Options
    from gxlint.read import read_source

    for path in sorted((ROOT / "examples").glob("*.txt")):
        report = build_report(read_source(str(path)), Options())
        where, original = _Where(report), report.text.original
        for offset in range(-1, len(original) + 2):
            trail = " › ".join(original[h.span.start:h.span.end] for h in report.section_at(offset))
            assert where.trail(offset) == trail, (path.name, offset)
        assert len(where.trails) > 1 or not report.headings    # several sections, each worked out once


def test_related_positions_are_located_as_text_locate_locates_them():
    """Positions on the finding's own line are worked out from the line's start; they
    must come out as a search of the text gives them, at the ends of lines and text too."""
    import random

    from gxlint.check.engine import _related
    from gxlint.diagnostic import Related
    from gxlint.text import Span, Text

    rng = random.Random(11)
    for source in ["", "一行", "第一行\n第二行 | 12 | 3\n\n末行", "a\nb\n", "\n\n\n"]:
        text = Text.from_decoded(source)
        n = len(text.original)
        for _ in range(300):
            spans = [(Span(rng.randint(-2, n + 2), rng.randint(-2, n + 2)), "x") for _ in range(rng.randint(1, 4))]
            line = text.locate(spans[0][0].start, spans[0][0].end)[0]
            assert _related(text, spans, line) == tuple(Related(*text.locate(s.start, s.end), label)
                                                        for s, label in spans), (source, spans)
