"""The report model the parser builds and the checks read."""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from .chars import CJK
from .text import Flow, Span, Text


@dataclass(frozen=True, slots=True)
class Heading:
    level: int                 # 1 一、  2 （一）  3 1.  4 （1）
    number: int | None         # None when the numeral was lost ("、因政府信息公开…")
    marker: str                # the numeral as written, e.g. "（三）"
    title: str                 # text after the marker up to the first sentence end
    span: Span                 # marker + title
    body_start: int            # offset where the heading's own text ends

    @property
    def key(self) -> str:
        """The title as headings are matched by: without the spaces a copy or a layout put
        inside it ("总 体 情 况", "存在的主要问题及 改进情况")."""
        return "".join(self.title.split())


@dataclass(slots=True)
class Section:
    """A heading and what it covers: its own text up to its first subheading (`body`),
    its subsections, up to `end` (where the next heading of its level or above begins)."""
    heading: Heading
    children: list[Section] = field(default_factory=list)
    body: Span = field(default_factory=lambda: Span(0, 0))
    end: int = 0

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Paragraph:
    span: Span
    text: str


@dataclass(frozen=True, slots=True)
class Number:
    value: float
    raw: str
    unit: str
    span: Span                 # digits + unit
    approx: bool = False       # 余/多/约/近


@dataclass(frozen=True, slots=True)
class DateRef:
    date: dt.date
    span: Span
    kind: str                  # "signature" | "published" | "text"


@dataclass(frozen=True, slots=True)
class Period:
    """A statement of the statistics period; at least one of its ends is known."""
    start: dt.date | None
    end: dt.date | None
    span: Span
    raw: str

    @property
    def year(self) -> int:
        """The year the period is of: its end's, else its start's."""
        date = self.end or self.start
        if date is None:
            raise ValueError(f"a period with neither end: {self.raw!r}")
        return date.year


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str                  # phone | email | address | url
    value: str
    span: Span
    valid: bool = True


@dataclass(frozen=True, slots=True)
class TableRegion:
    """A statistics table or attachment as it survives in flattened text."""
    caption: Span
    span: Span
    values: int                # standalone numeric cells found in it
    labels: int                # label cells / rows found in it


@dataclass(frozen=True, slots=True)
class Cell:
    """One value cell. `value` is None unless status is "value" (blank is not zero)."""
    raw: str
    value: float | None
    status: str                # value | null | unreadable | unplaced
    span: Span
    note: str = ""             # "glued" when read from a unique split; candidate splits when not

    @property
    def number(self) -> float:
        """The value of a cell read as one (status "value"); asking another is a bug."""
        if self.value is None:
            raise ValueError(f"the cell {self.raw!r} holds no value ({self.status})")
        return self.value


@dataclass(frozen=True, slots=True)
class StatRow:
    label: str                 # as written, markers and notes included
    key: str                   # the label without markers (其中：, （一）, 1.) and notes: what rules match
    sub: bool                  # a "其中" row: part of the row before it
    unit: str
    cells: tuple[Cell, ...]    # one per value column
    span: Span


@dataclass(frozen=True, slots=True)
class StatTable:
    """A statistics table read into rows and columns."""
    kind: str                  # "stats-2014": the 2014–2018 政府信息公开情况统计表 and its local variants
    layout: str                # pipe | lines | spaced | glued
    columns: tuple[str, ...]   # value columns, e.g. ("统计数",) or ("2018", "历年累计")
    rows: tuple[StatRow, ...]
    span: Span
    title: str = ""            # table 二: the block (第二十条第（五）项 → "五"); table 三/四: "三"/"四"
    version: str = ""          # table 三: the format its rows follow, "2019" or "2021" (其他处理), if they show it

    def row(self, pattern) -> StatRow | None:
        return next((r for r in self.rows if pattern.match(r.key)), None)

    @property
    def has_values(self) -> bool:
        return any(c.status != "null" for r in self.rows for c in r.cells)


@dataclass(frozen=True, slots=True)
class PageFacts:
    """What a portal page states about the document it carries (extract/page_facts.py)."""
    published: dt.date | None = None      # 发布日期/发布时间
    written: dt.date | None = None        # 成文日期
    publisher: str | None = None          # 发布机构/来源
    number: str | None = None             # 文号
    index: str | None = None              # 索引号


NO_PAGE = PageFacts()


@dataclass(slots=True)
class Report:
    path: str
    text: Text
    flow: Flow                        # the text as its prose flows
    title: str | None = None
    title_span: Span | None = None
    organ: str | None = None
    organ_kind: str = "unknown"
    township: bool = False     # a 镇/乡 government or a 街道办事处 (deadline set locally from 2019)
    year: int | None = None
    year_source: str | None = None
    regime: str | None = None
    headings: list[Heading] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)   # the top-level ones, in order
    paragraphs: list[Paragraph] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    tables: list[TableRegion] = field(default_factory=list)
    table_lines: set[int] = field(default_factory=set)
    cells: Mapping[int, Sequence[tuple[int, int]]] | None = None   # a document's table cells (parse.layout.Cells)
    stat_tables: list[StatTable] = field(default_factory=list)
    page: PageFacts = NO_PAGE         # a web page's own facts about the report
    derived: dict = field(default_factory=dict, repr=False)   # analyses several checks share

    @property
    def traditional(self) -> bool:
        t = self.text
        if t.traditional_changes < 10:
            return False          # too few to matter; counting the Han characters is not needed
        han = CJK.subn("", t.original)[1]
        return t.traditional_changes >= 0.03 * max(han, 1)

    def walk(self) -> Iterator[Section]:
        """Every section, each before its subsections."""
        for section in self.sections:
            yield from section.walk()

    def section_at(self, offset: int) -> list[Heading]:
        """The breadcrumb of headings enclosing `offset`: at each level, the last section
        starting at or before it (siblings are in text order), if it has not ended."""
        trail: list[Heading] = []
        siblings = self.sections
        while siblings:
            i = bisect.bisect_right(siblings, offset, key=_start) - 1
            if i < 0 or offset >= siblings[i].end:
                break
            trail.append(siblings[i].heading)
            siblings = siblings[i].children
        return trail


def _start(section: Section) -> int:
    return section.heading.span.start
