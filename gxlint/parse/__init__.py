"""Parse: decoded text → report model."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

import regex

from ..model import NO_PAGE, PageFacts, Paragraph, Report
from ..regimes import regime_for
from ..text import Flow, Span, Text
from . import contacts, dates, flow, format_tables, headings, meta, numbers, stats_table, tables
from .layout import Cells

# A line opening with a first-level marker ("一、", "第二部分", a lost numeral's "、").
_L1_START = regex.compile(rf"[ \t\u3000\xa0]*(?:第?[{headings.CN}]{{1,3}}(?:[、．]|部分)|、(?=\p{{Han}}))")


def parse(path: str, text: Text, year: int | None = None, regime: str | None = None,
          styled: dict[int, int] | None = None, page: PageFacts = NO_PAGE,
          reaching: frozenset[int] = frozenset(), cells: Cells | None = None) -> Report:
    """What a document's layout showed beside its text: `styled`, 0-based line → heading
    level from its heading styles; `page`, what the web page states about it;
    `reaching`, the 0-based lines that run to their frame's edge; `cells`, the table
    cells its extractor drew (None for a text source, whose rows have separators)."""
    plain = text.plain
    lines = text.plain_lines
    starts = text.line_starts
    report = Report(path=path, text=text, flow=Flow(plain), page=page, cells=cells)

    report.table_lines = tables.row_lines(lines, starts, cells)
    l1 = [at for at in starts if _L1_START.match(plain, at)]
    report.tables = tables.find_regions(plain, l1, cells)
    for region in report.tables:
        if region.values:
            first = text.line_of(region.caption.end) + 1
            last = text.line_of(max(region.span.end - 1, region.span.start))
            report.table_lines.update(range(first, last + 1))
    report.stat_tables = stats_table.find_stat_tables(plain, cells) + format_tables.find_format_tables(plain, cells)
    for table in report.stat_tables:
        # Only lines that begin inside the table: a one-line report keeps its prose.
        first = text.line_of(table.span.start)
        first += starts[first] < table.span.start
        report.table_lines.update(range(first, text.line_of(table.span.end - 1) + 1))

    report.title, report.title_span, title_year = meta.find_title(lines, starts)
    title_line = text.line_of(report.title_span.start) if report.title_span else -1
    styled = headings.styled_parts(styled or {}, lines, title_line)
    report.headings = headings.find_headings(lines, starts, report.table_lines, styled)
    report.sections = headings.build_tree(report.headings, len(plain))
    opens = {text.line_of(h.span.start) for h in report.headings}
    joins = flow.wrapped(lines, report.table_lines, opens, reaching)
    report.flow = flow.build(plain, starts, lines, joins)
    report.paragraphs = _paragraphs(report, lines, starts, joins)
    report.numbers = numbers.find_numbers(plain, [p.span for p in report.paragraphs])
    report.periods = [replace(p, span=report.flow.span(p.span.start, p.span.end))
                      for p in dates.find_periods(report.flow.text)]
    # A date inside a sentence is no signature, however alone it stands on its line: one
    # at a wrapped line's end or start, or one of the statistics period's.
    report.dates = dates.classify_dates(plain, dates.find_dates(plain), report.flow.breaks(),
                                        [p.span for p in report.periods])
    report.contacts = contacts.find_contacts(plain)

    # The page's 发布机构 when the text names no organ (a bare title such as "2017年度报告").
    report.organ = meta.find_organ(lines, plain, report.title) or page.publisher
    report.organ_kind = meta.report_kind(report.title, report.organ)
    report.township = meta.is_township(report.organ)
    if year is not None:
        report.year, report.year_source = year, "option"
    elif title_year:
        report.year, report.year_source = title_year, "title"
    elif report.periods:
        report.year, report.year_source = report.periods[0].year, "period"
    else:
        report.year, report.year_source = meta.dominant_year(plain), "text"
    report.regime = regime or regime_for(report.year)
    return report


def _paragraphs(report: Report, lines: list[str], starts: list[int], joins: dict[int, int]) -> list[Paragraph]:
    """Lines of prose, a wrapped paragraph's lines joined, cut where a flattened line
    holds several headings."""
    cuts: dict[int, list[int]] = {}
    for h in report.headings:
        cuts.setdefault(report.text.line_of(h.span.start), []).append(h.span.start)
    page_numbers = {i + 1 for i, j in joins.items() if j == i + 2}
    out: list[Paragraph] = []
    held: Paragraph | None = None              # a paragraph that goes on on the next line
    for i, line in enumerate(lines):
        if i in report.table_lines or i in page_numbers:
            continue
        segments = list(_segments(report.text.plain, starts[i], len(line), cuts.get(i, ())))
        if held is not None and segments:
            first = segments[0]
            segments[0] = Paragraph(Span(held.span.start, first.span.end), held.text + first.text)
        held = segments.pop() if i in joins and segments else None
        out += segments
    return out + ([held] if held else [])


def _segments(plain: str, base: int, length: int, cuts) -> Iterator[Paragraph]:
    bounds = sorted({base, *cuts, base + length})
    for a, b in pairwise(bounds):
        segment = plain[a:b]
        text = segment.strip()
        if text:
            lead = a + len(segment) - len(segment.lstrip())
            yield Paragraph(Span(lead, lead + len(text)), text)
