"""The tables of the 2019 and 2021 formats (domain.md §4–5), read by their row labels.

Whatever the layout, a table region is read as pieces (layout.py): labels, and runs
of values. A known row label is a row; its values are the run that stands next to it
among the labels and runs, which may come after the label (most copies) or before it
(a PDF's text layer puts a row's numbers on the line where its wrapped label is
centred). Labels and runs are paired in order, each with its nearest, so a label
wrapped over three lines or a group label set one character a line does not shift the
rows. Rows get canonical keys ("本年新收", "不予公开.3", "总计") so identities in the packs
can name them; labels stay as written.
"""
from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import regex

from ..chars import HAN
from ..model import Cell, StatRow, StatTable
from ..text import Span
from .cells import read_cell
from .layout import Cells, Piece, Run, compact, compact_at, pieces, read_run, runs

_BOTH = ("2019", "2021")
# Table 三's rows in the order of the format, sub-rows after their group: (key, label
# pattern, the format versions that require the row). Patterns read a label with the
# spaces a PDF puts inside it removed; each names what survives a typo or a wrap.
# Group rows carry no values of their own and are required by none; （六）其他处理 is a
# row in 2019 and a group in 2021.
T3_ROWS = [
    ("本年新收", r"本年新收", _BOTH), ("上年结转", r"上年结转", _BOTH), ("办理结果", r"本年度办理结果", ()),
    ("予以公开", r"予以公开", _BOTH), ("部分公开", r"部分公开", _BOTH),
    ("不予公开", r"^[（(]三[)）]不予公开|^不予公开$", ()),
    ("不予公开.1", r"国家秘密", _BOTH), ("不予公开.2", r"禁止公开|其他法律", _BOTH),
    ("不予公开.3", r"三安全一稳定|危及", _BOTH), ("不予公开.4", r"第三方", _BOTH), ("不予公开.5", r"内部事务", _BOTH),
    ("不予公开.6", r"过程性", _BOTH), ("不予公开.7", r"执法案卷", _BOTH), ("不予公开.8", r"行政查询", _BOTH),
    ("无法提供", r"无法提供", ()), ("无法提供.1", r"不掌握", _BOTH), ("无法提供.2", r"另行制作|现成信息", _BOTH),
    ("无法提供.3", r"补正后|仍不明确", _BOTH),
    ("不予处理", r"不予处理", ()), ("不予处理.1", r"信访|举报投诉", _BOTH), ("不予处理.2", r"重复申请", _BOTH),
    ("不予处理.3", r"出版物", _BOTH), ("不予处理.4", r"大量反复", _BOTH),
    ("不予处理.5", r"确认或重新出具|重新出具", _BOTH),
    ("其他处理", r"其他处理", ("2019",)), ("其他处理.1", r"逾期不补正|期不补正|无正当理由逾", ("2021",)),
    ("其他处理.2", r"缴纳费用|收费通知", ("2021",)), ("其他处理.3", r"^3[.．、]?其他$", ("2021",)),
    ("总计", r"总计", _BOTH), ("结转下年度", r"结转下年度", _BOTH),
]
_GROUP_WORDS = {"不予公开": "（三）不予公开", "无法提供": "（四）无法提供", "不予处理": "（五）不予处理",
                "其他处理": "（六）其他处理"}
_ITEM_WORDS = {
    "本年新收": "一、本年新收政府信息公开申请数量", "上年结转": "二、上年结转政府信息公开申请数量",
    "办理结果": "三、本年度办理结果", "予以公开": "（一）予以公开", "部分公开": "（二）部分公开",
    "不予公开.1": "1.属于国家秘密", "不予公开.2": "2.其他法律行政法规禁止公开", "不予公开.3": "3.危及“三安全一稳定”",
    "不予公开.4": "4.保护第三方合法权益", "不予公开.5": "5.属于三类内部事务信息", "不予公开.6": "6.属于四类过程性信息",
    "不予公开.7": "7.属于行政执法案卷", "不予公开.8": "8.属于行政查询事项",
    "无法提供.1": "1.本机关不掌握相关政府信息", "无法提供.2": "2.没有现成信息需要另行制作",
    "无法提供.3": "3.补正后申请内容仍不明确", "不予处理.1": "1.信访举报投诉类申请", "不予处理.2": "2.重复申请",
    "不予处理.3": "3.要求提供公开出版物", "不予处理.4": "4.无正当理由大量反复申请",
    "不予处理.5": "5.要求行政机关确认或重新出具已获取信息",
    "其他处理.1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "其他处理.2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "其他处理.3": "3.其他", "总计": "（七）总计", "结转下年度": "四、结转下年度继续办理",
}


def t3_words(key: str) -> str:
    """A table 三 row as the format writes it ("不予公开.1" → "（三）不予公开 1.属于国家秘密");
    a key the format does not name, as it is."""
    group, _, item = key.partition(".")
    if item:
        return f"{_GROUP_WORDS[group]} {_ITEM_WORDS[key]}" if key in _ITEM_WORDS else key
    return _ITEM_WORDS.get(key) or _GROUP_WORDS.get(key) or key


_T3_RX = [(key, regex.compile(p)) for key, p, _ in T3_ROWS]
_GROUPS = {"办理结果", "不予公开", "无法提供", "不予处理"}
T3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T4_ROWS = ("行政复议", "未经复议直接起诉", "复议后起诉")
T4_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
_T2_BLOCK = regex.compile(r"第二十条\s*第\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*项")


def required_t3_rows(version: str) -> list[str]:
    """The keys of the rows table 三 of a format version ("2019", "2021") must have."""
    return [key for key, _, versions in T3_ROWS if version in versions]


def find_format_tables(plain: str, cells: Cells | None = None) -> list[StatTable]:
    out: list[StatTable] = []
    out += _table_2(plain, cells)
    t3 = _table_3(plain, cells)
    if t3 is not None:
        out.append(t3)
    t4 = _table_4(plain, t3.span.end if t3 else 0, cells)
    if t4 is not None:
        out.append(t4)
    return out


# Where a label begins inside a piece of label text: its marker ("（一）", "2.", "三、").
_MARKER = regex.compile(r"(?=[（(][一二三四五六七八九十\d]{1,2}[)）]"
                        r"|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}、|(?<!\d)\d{1,2}[.．、](?!\d))")


def _segments(piece: Piece) -> list[tuple[str, Piece]]:
    """A label piece cut where each label begins ("（四）无法提供 1.本机关不掌握…"),
    each segment with the spaces inside it removed."""
    text = piece.text
    bounds = sorted({0, *(m.start() for m in _MARKER.finditer(text)), len(text)})
    out = []
    for a, b in itertools.pairwise(bounds):
        seg = text[a:b].strip()
        if seg:
            lead = piece.start + a + (len(text[a:b]) - len(text[a:b].lstrip()))
            out.append((compact(seg).replace(" ", ""), Piece(seg, lead, lead + len(seg), piece.line, False)))
    return out


# Table 三 begins at its first row (its number may be lost: OCR often misses a lone 一,
# but the row's whole label opening a line is no sentence of the prose); it ends with the
# row 结转下年度 and its values, or where table 四 or part 四 begins in a copy cut off
# before that row.
_T3_START = regex.compile(r"[一1][、.．]?\s*本年新收|(?m:^[ \t|]*)本年新收政府信息公开申请数量")
_T3_AFTER = regex.compile(r"结转下年度")
_T3_CUT = regex.compile(r"结果维持|行政复议|(?m:^\s*四、[^\n|]{0,20}(?:复议|诉讼))|(?<![\d\s|])\s*[五六]、")
_REGION = 4000          # a table 三 longer than this (in characters) is not one


def _table_3(plain: str, cells: Cells | None) -> StatTable | None:
    m = _T3_START.search(plain)
    if m is None:
        return None
    start = _line_start(plain, m.start())
    if HAN.search(plain, start, m.start()):
        start = m.start()           # a flattened copy: the header and prose before it are not rows
    limit = min(len(plain), m.start() + _REGION)
    last = _T3_AFTER.search(plain, m.end(), limit)
    cut = _T3_CUT.search(plain, last.end() if last else m.end(), limit)
    end = cut.start() if cut else limit
    items = pieces(plain, start, end, cells)
    labels = _labels(items, _T3_RX)
    if len(labels) < 2:
        return None
    keys = {key for key, _ in labels}
    groups = _GROUPS | ({"其他处理"} if keys & {"其他处理.1", "其他处理.2", "其他处理.3"} else set())
    bearing = [(i, key, p) for i, (key, p) in enumerate(labels) if key not in groups]
    width = _width(list(runs(items)))
    rows_of_values = _value_rows(items, width)
    starts = [p.start for p in items]
    matched = _pair([bisect.bisect_right(starts, label.start) - 1 for _, _, label in bearing],
                    [(r.index, r.index + len(r.pieces) - 1) for r in rows_of_values])
    identity = _t3_identity(width)
    built = []
    for n, (i, key, label) in enumerate(bearing):
        found = matched.get(n)
        run = rows_of_values[found] if found is not None else None
        built.append((i, _row(key, label, run, width, identity)))
    built += [(i, _row(key, p, None, width)) for i, (key, p) in enumerate(labels) if key in groups]
    rows = tuple(row for _, row in sorted(built, key=lambda x: x[0]))
    columns = T3_COLUMNS[:6] + ("法人或其他组织小计",) + T3_COLUMNS[6:] if width == 8 else T3_COLUMNS
    span_end = max(max((r.span.end for r in rows), default=start), labels[-1][1].end)
    return StatTable("table-3", "grid", columns, rows, Span(start, span_end), title="三", version=_version(rows))


def _version(rows: tuple[StatRow, ...]) -> str:
    """The format table 三's rows follow: 2021 splits （六）其他处理 into three rows, 2019
    has it as one row with values of its own."""
    keys = {r.key for r in rows}
    if keys & {"其他处理.1", "其他处理.2", "其他处理.3"}:
        return "2021"
    single = next((r for r in rows if r.key == "其他处理"), None)
    if single is not None and any(c.status != "null" for c in single.cells):
        return "2019"
    return ""


def _line_start(plain: str, at: int, reach: int = 300) -> int:
    """Where the line holding `at` begins, looked for no further back than `reach`."""
    nl = plain.rfind("\n", max(0, at - reach), at)
    return nl + 1 if nl >= 0 else (0 if at <= reach else at)


def _labels(items: list[Piece], specs) -> list[tuple[str, Piece]]:
    """The known labels among the pieces: each segment of label text is tried against
    the rows after the last one seen, in the format's order, then against the rows
    before it not yet seen (a PDF's text layer sets a wrapped label's neighbours out
    of order: "2.其他法律…" before "1.属于国家秘密")."""
    out: list[tuple[str, Piece]] = []
    seen: set[int] = set()
    at = 0
    for p in items:
        if p.value:
            continue
        for text, seg in _segments(p):
            j = next((j for j in range(at, len(specs)) if specs[j][1].search(text)), None)
            if j is None:
                j = next((j for j in range(at) if j not in seen and specs[j][1].search(text)), None)
            if j is not None:
                out.append((specs[j][0], seg))
                seen.add(j)
                at = max(at, j + 1)
    return out


def _value_rows(items: list[Piece], width: int) -> list[Run]:
    """The runs of values between the labels, a run holding several rows' values (a
    PDF's adjacent value lines) cut into rows."""
    out = []
    for r in runs(items):
        if not any(p.text for p in r.pieces) and len(r.pieces) == 1:
            continue                               # a lone blank cell between labels
        n = len(r.pieces)
        if n > width and n % width == 0:
            out += [Run(r.pieces[k:k + width], r.index + k) for k in range(0, n, width)]
        else:
            out.append(r)
    return out


def _width(found: list[Run]) -> int:
    """7 columns, or 8 where a local variant adds a subtotal: what most rows show."""
    counts = Counter(len(r.pieces) for r in found if all(not p.glued for p in r.pieces))
    common = [n for n, _ in counts.most_common() if n in (7, 8)]
    return common[0] if common else 7


def _pair(labels: list[int], values: list[tuple[int, int]]) -> dict[int, int]:
    """Labels and runs of values paired in order, each with a near one: the pairing
    that keeps both orders and puts each pair closest (a label or a run may stay
    alone). Positions are indexes among the region's pieces (a label: the piece it was
    cut from; a run: its first and last); the distance is how many pieces stand between."""
    n, m = len(labels), len(values)
    alone = 6
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    step: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            if i < n and here + alone < cost[i + 1][j]:
                cost[i + 1][j], step[i + 1][j] = here + alone, (i, j)
            if j < m and here + alone < cost[i][j + 1]:
                cost[i][j + 1], step[i][j + 1] = here + alone, (i, j)
            if i < n and j < m:
                first, last = values[j]
                d = first - labels[i] - 1 if labels[i] < first else labels[i] - last - 1
                if d < alone and here + d < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], step[i + 1][j + 1] = here + d, (i, j)
    pairs: dict[int, int] = {}
    i, j = n, m
    while (i, j) != (0, 0):
        prev = step[i][j]
        assert prev is not None
        pi, pj = prev
        if pi == i - 1 and pj == j - 1:
            pairs[pi] = pj
        i, j = pi, pj
    return pairs


def _t3_identity(width: int) -> Callable[[tuple[int, ...]], bool]:
    """A row of table 三 adds up: the total is the applicants' sum (and, with 8 columns,
    the subtotal is the legal persons')."""
    if width == 8:
        return lambda v: v[7] == v[0] + v[6] and v[6] == sum(v[1:6])
    return lambda v: v[6] == sum(v[:6])


def _row(key: str, label: Piece, run: Run | None, width: int,
         identity: Callable[[tuple[int, ...]], bool] | None = None) -> StatRow:
    if run is None:
        cells = (Cell("", None, "null", Span(label.end, label.end)),) * width
        return StatRow(label.text, key, False, "", cells, Span(label.start, label.end))
    values = list(run.pieces)
    while values and not values[-1].text and len(values) > width:
        values.pop()                                   # a blank cell after the last column
    cut = read_run(tuple(values), width, identity)
    if cut.how in ("written", "glued", "identity"):
        note = "" if cut.how == "written" else cut.how
        cells = tuple(_cell(text, span, note) for text, span in zip(cut.texts, cut.spans))
    else:
        # A cell lost or added in the copy, or digits that can be cut more than one way:
        # which column each value is in cannot be known.
        status = "unplaced" if cut.how == "misfit" else "unreadable"
        note = "、".join("|".join(c) for c in cut.candidates)
        span = Span(values[0].start, values[-1].end)
        cells = (Cell(cut.texts[0], None, status, span, note),) * width
    start, end = min(label.start, values[0].start), max(label.end, values[-1].end)
    return StatRow(label.text, key, False, "", cells, Span(start, end))


def _cell(text: str, span: tuple[int, int], note: str) -> Cell:
    if note == "ambiguous":
        return Cell(text, None, "unreadable", Span(*span), note)
    cell = read_cell(text, Span(*span))
    return Cell(cell.raw, cell.value, cell.status, cell.span, note) if note else cell


# Table 四 is found by its header: 结果维持 (its five columns, once per block), or the
# two main headings side by side; its values come after nothing but header words.
_T4_START = regex.compile(r"结\s*果\s*维\s*持|行\s*政\s*复\s*议[\s|]*行\s*政\s*诉\s*讼")
# The header's characters: a header set in narrow columns breaks its words over lines
# ("结果维" / "持"), so what stands before the values is judged character by character.
_T4_CHARS = frozenset("行政复议诉讼未经直接起后结果维持纠正其他尚审总计申请情况府信息公开"
                      "一二三四五六七八九十、，,：:（）() \t\n|")
_T4_END = regex.compile(r"[五六]、")
_T4_LOOK = 1500         # how far after its header table 四's values may be


def _table_4(plain: str, after: int, cells: Cells | None) -> StatTable | None:
    """Fifteen values after table 四's header (three blocks of five: 行政复议, 未经复议直接
    起诉, 复议后起诉), whatever lines the header was set over."""
    m = _T4_START.search(plain, after)
    if m is None:
        return None
    limit = min(len(plain), m.end() + _T4_LOOK)
    stop = _T4_END.search(plain, m.end(), limit)
    start = _line_start(plain, m.start())
    items = pieces(plain, start, stop.start() if stop else limit, cells)
    # A blank cell among the header's (over a merged 行政复议) is no value.
    first = next((r for r in runs(items) if any(p.text for p in r.pieces)), None)
    if first is None or not all(_header(p.text) for p in items[:first.index]):
        return None                                   # words other than the header's before the values
    values = _fifteen(items, first)
    if values is None:
        return None
    rows = []
    for r, name in enumerate(T4_ROWS):
        chunk = values[r * 5:(r + 1) * 5]
        read = tuple(_cell(text, span, note) for text, span, note in chunk)
        rows.append(StatRow(name, name, False, "", read, Span(chunk[0][1][0], chunk[-1][1][1])))
    return StatTable("table-4", "grid", T4_COLUMNS, tuple(rows), Span(start, values[-1][1][1]), title="四")


def _header(text: str) -> bool:
    return set(text) <= _T4_CHARS


def _t4_identity(v: tuple[int, ...]) -> bool:
    return all(v[k + 4] == sum(v[k:k + 4]) for k in (0, 5, 10))


def _fifteen(items: list[Piece], first: Run) -> list[tuple[str, tuple[int, int], str]] | None:
    """The fifteen cells from the first run on (a run per block, or one for all, with
    only header words between)."""
    held: list[Piece] = []
    for p in items[first.index:]:
        if not p.value:
            if not _header(p.text):
                break
            continue
        held.append(p)
        if len(held) >= 15 or sum(len(q.text) for q in held if q.digits) >= 15:
            break
    cut = read_run(tuple(held[:15]) if len(held) >= 15 else tuple(held), 15, _t4_identity)
    if cut.how in ("written", "glued", "identity"):
        note = "" if cut.how == "written" else cut.how
        return [(t, s, note) for t, s in zip(cut.texts, cut.spans)]
    if cut.how == "ambiguous":
        span = (held[0].start, held[-1].end)
        return [(cut.texts[0], span, "ambiguous")] * 15
    return None


# Each block's own rows, by name; any of them, or a local block's 主动公开文件, is a row.
_T2_OWN = {"一": r"规章|(?:行政)?规范性文件", "五": r"行政许可|(?:其他)?对外管理服务(?:事项)?",
           "六": r"行政处罚|行政强制", "八": r"行政事业性收费", "九": r"政府集中采购"}
_T2_ROWS = regex.compile("|".join(_T2_OWN.values()) + r"|(?:其他)?主动公开文件")
_T2_COLUMNS = regex.compile(
    r"本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增/?减|处理决定数量|采购项目数量|采购总金额"
    r"|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量|本年收费金额(?:[（(]单位[：:]万元[)）])?")
_T2_WIDTH = {"一": 3, "五": 3, "六": 3, "八": 2, "九": 2}


def _table_2(plain: str, cells: Cells | None) -> list[StatTable]:
    """One table per block (第二十条第（一）项, （五）, （六）, （八）, （九）)."""
    blocks = list(_T2_BLOCK.finditer(plain))
    out: list[StatTable] = []
    empty = []
    for i, m in enumerate(blocks):
        end = blocks[i + 1].start() if i + 1 < len(blocks) else len(plain)
        t3 = _T3_START.search(plain, m.end(), min(end, m.end() + 3000))
        end = min(end, t3.start() if t3 else end, m.end() + 3000)
        table = _block(plain, m, m.end(), end, cells)
        if table is not None:
            out.append(table)
        elif m.group(1) in _T2_OWN:
            empty.append(m)
    if empty and out:
        out += _moved(plain, empty, out, cells)
    return out


def _moved(plain: str, empty: list[regex.Match], found: list[StatTable], cells: Cells | None) -> list[StatTable]:
    """Blocks whose rows a PDF's text layer moved away from their header (第二十条第（一）项
    followed at once by （五）, its rows set after the last block): a block's rows are
    known by their names, read where they stand after the blocks, with the header lines
    just above them."""
    after = max(t.span.end for t in found)
    t3 = _T3_START.search(plain, after, min(len(plain), after + 3000))
    limit = t3.start() if t3 else min(len(plain), after + 3000)
    out = []
    for m in empty:
        name = regex.compile(_T2_OWN[m.group(1)]).search(plain, after, limit)
        if name is None:
            continue
        start = name.start()
        for _ in range(3):                   # back to the start of the second line above
            start = max(after, plain.rfind("\n", after, start))
        table = _block(plain, m, start, limit, cells)
        if table is not None:
            out.append(replace(table, span=Span(start, table.span.end)))
    return out


def _block(plain: str, m: regex.Match, start: int, end: int, cells: Cells | None) -> StatTable | None:
    """A block's header (its column names) and its rows: a known row name and the run
    of values right after it, which a glued copy wrote against it ("规章007")."""
    items = pieces(plain, start, end, cells)
    header: list[str] = []
    rows: list[tuple[Piece, Run | None]] = []
    run_at = {r.index: r for r in runs(items)}
    for n, p in enumerate(items):
        if p.value:
            continue
        text = compact(p.text)
        columns = list(_T2_COLUMNS.finditer(text))
        if columns and not rows:
            header += [c.group() for c in columns]
        name = _T2_ROWS.search(text, columns[-1].end() if columns else 0)
        if name is None:
            if rows:
                break                                  # the block's rows are over
            continue
        at = compact_at(p.text, name.start())
        label = Piece(p.text[at:].strip(), p.start + at, p.end, p.line, False)
        rows.append((label, run_at.get(n + 1)))
    if not rows:
        return None
    width = len(header) or _T2_WIDTH.get(m.group(1), 0) or max((len(r.pieces) for _, r in rows if r), default=1)
    built = tuple(_row(compact(label.text), label, run, width) for label, run in rows)
    return StatTable("table-2", "grid", tuple(header) or ("数量",) * width, built,
                     Span(m.start(), max(r.span.end for r in built)), title=m.group(1))
