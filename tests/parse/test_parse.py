"""parse/__init__.py: first-level part markers are looked for at line starts only, and
find what a multiline scan of the whole text finds."""
import regex
from hypothesis import given, settings, strategies as st

from gxlint import parse
from gxlint.text import Text

SCAN = regex.compile("(?m)^" + parse._L1_START.pattern)


def part_starts(text: str) -> list[int]:
    t = Text.from_decoded(text)
    return [at for line, at in zip(t.plain_lines, t.line_starts)
            if line[:1] in parse._L1_FIRST and parse._L1_START.match(t.plain, at)]


def test_known_markers():
    text = "标题\n一、概述\n  第二部分 主动公开\n、依申请\n十一．其他\n二是加强\n、\n正文"
    assert part_starts(text) == [3, 8, 20, 25]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["一", "二", "十", "、", "．", "第", "部分", " ", "\u3000", "\t", "\n", "公开", "a", "1"]),
                max_size=30).map("".join))
def test_line_starts_find_what_a_multiline_scan_finds(text):
    assert part_starts(text) == [m.start() for m in SCAN.finditer(Text.from_decoded(text).plain)]


def _paragraphs_cut_at_every_bound(report):
    """Each prose line cut at its bounds and its headings' starts: what _paragraphs
    gives, a line without a heading taken whole."""
    from gxlint.model import Paragraph
    from gxlint.text import Span

    text = report.text
    cuts: dict[int, list[int]] = {}
    for h in report.headings:
        cuts.setdefault(text.line_of(h.span.start), []).append(h.span.start)
    out = []
    for i, line in enumerate(text.plain_lines):
        if i in report.table_lines or not line.strip():
            continue
        base = text.line_starts[i]
        bounds = sorted({base, *cuts.get(i, []), base + len(line)})
        for a, b in zip(bounds, bounds[1:]):
            seg = text.plain[a:b]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append(Paragraph(Span(a + lead, a + lead + len(seg.strip())), seg.strip()))
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["一、总体情况", "（二）依申请公开", "全年公开信息12条。", " ", "\u3000", "\n", "\n",
                                 "二、", "a | 1 | 2", "本年新收 | 3"]), max_size=25).map("".join))
def test_a_line_without_a_heading_is_one_paragraph(text):
    from gxlint.lint import Options, build_report
    from gxlint.read import Source

    report = build_report(Source("x", text), Options())
    assert report.paragraphs == _paragraphs_cut_at_every_bound(report)
