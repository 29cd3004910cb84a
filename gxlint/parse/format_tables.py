"""The tables of the 2019 and 2021 formats (domain.md §4–5), read by their row labels.

Whatever the layout, a table is a stream of cells (grid.py); a known row label opens
a row and the value cells after it, up to the next label, are that row's cells. Rows
get canonical keys ("本年新收", "不予公开.3", "总计") so identities in the packs can
name them; labels stay as written.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..model import Cell, StatRow, StatTable
from ..text import Span
from .cells import read_cell
from .grid import Token, is_value, tokens

_BOTH = ("2019", "2021")
# Table 三's rows in the order of the format, sub-rows after their group: (key, label
# pattern, the format versions that require the row). Group rows carry no values of
# their own and are required by none; （六）其他处理 is a row in 2019 and a group in 2021.
T3_ROWS = [
    ("本年新收", r"本年新收", _BOTH), ("上年结转", r"上年结转", _BOTH), ("办理结果", r"本年度办理结果", ()),
    ("予以公开", r"予以公开", _BOTH), ("部分公开", r"部分公开", _BOTH),
    ("不予公开", r"^[（(]三[)）]\s*不予公开|^不予公开$", ()),
    ("不予公开.1", r"国家秘密", _BOTH), ("不予公开.2", r"禁止公开", _BOTH), ("不予公开.3", r"三安全一稳定|危及", _BOTH),
    ("不予公开.4", r"第三方", _BOTH), ("不予公开.5", r"内部事务", _BOTH), ("不予公开.6", r"过程性", _BOTH),
    ("不予公开.7", r"行政执法案卷", _BOTH), ("不予公开.8", r"行政查询", _BOTH),
    ("无法提供", r"无法提供", ()), ("无法提供.1", r"不掌握", _BOTH), ("无法提供.2", r"另行制作|现成信息", _BOTH),
    ("无法提供.3", r"补正后|仍不明确", _BOTH),
    ("不予处理", r"不予处理", ()), ("不予处理.1", r"信访|举报投诉", _BOTH), ("不予处理.2", r"重复申请", _BOTH),
    ("不予处理.3", r"出版物", _BOTH), ("不予处理.4", r"大量反复", _BOTH),
    ("不予处理.5", r"确认或重新出具|重新出具", _BOTH),
    ("其他处理", r"其他处理", ("2019",)), ("其他处理.1", r"逾期不补正", ("2021",)),
    ("其他处理.2", r"缴纳费用|收费通知", ("2021",)), ("其他处理.3", r"^\s*3\s*[.．、]?\s*其他\s*$", ("2021",)),
    ("总计", r"总计", _BOTH), ("结转下年度", r"结转下年度", _BOTH),
]
_T3_RX = [(key, regex.compile(p)) for key, p, _ in T3_ROWS]


def required_t3_rows(version: str) -> list[str]:
    """The keys of the rows table 三 of a format version ("2019", "2021") must have."""
    return [key for key, _, versions in T3_ROWS if version in versions]
T3_COLUMNS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
T4_ROWS = ("行政复议", "未经复议直接起诉", "复议后起诉")
T4_COLUMNS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
_T2_BLOCK = regex.compile(r"第二十条第\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*项")


def find_format_tables(plain: str) -> list[StatTable]:
    out: list[StatTable] = []
    out += _table_2(plain)
    t3 = _table_3(plain)
    if t3 is not None:
        out.append(t3)
    t4 = _table_4(plain, t3.span.end if t3 else 0)
    if t4 is not None:
        out.append(t4)
    return out


def _labelled_rows(stream: list[Token], specs) -> list[tuple[str, Token, list[Token]]]:
    """Known labels in order, each with the value cells that follow it."""
    rows: list[tuple[str, Token, list[Token]]] = []
    at = 0
    for tok in stream:
        if is_value(tok.text):
            if rows:
                rows[-1][2].append(tok)
            continue
        for j in range(at, len(specs)):
            if specs[j][1].search(tok.text):
                rows.append((specs[j][0], tok, []))
                at = j + 1
                break
    return rows


_T3_START = regex.compile(r"[一1][、.．]?\s*本年新收")
_T3_CUT = regex.compile(r"结果维持|(?m:^\s*四、[^\n|]{0,20}(?:复议|诉讼))")
# The last row's values, possibly one per line; "4. 政府信息公开行政复议…" after it is the
# next part's heading (an office suite's list numbering), not a value.
_T3_STOP = regex.compile(r"结转下年度[^\n|]*(?:[\s|]*(?:[-−－]?\d+(?![.．、]\s*\p{Han})|[/—-])?){0,9}")


def _table_3(plain: str) -> StatTable | None:
    m = _T3_START.search(plain)
    if m is None:
        return None
    start = plain.rfind("\n", 0, m.start()) + 1
    stop = _T3_STOP.search(plain, m.end())
    if stop:
        end = stop.end()
    else:                       # a copy cut off before the last row: stop where table 四 or part 四 begins
        nxt = _T3_CUT.search(plain, m.end())
        end = nxt.start() if nxt else len(plain)
    rows = _labelled_rows(tokens(plain, start, end), _T3_RX)
    if len(rows) < 2:
        return None
    counts = Counter(len(_trim(v, 7)) for _, _, v in rows if any(t.text for t in v))
    width = 8 if counts and counts.most_common(1)[0][0] == 8 else 7
    columns = T3_COLUMNS[:6] + ("法人或其他组织小计",) + T3_COLUMNS[6:] if width == 8 else T3_COLUMNS
    built = tuple(_row(key, tok, values, width) for key, tok, values in rows)
    return StatTable("table-3", "grid", columns, built, Span(start, built[-1].span.end), title="三")


def _trim(values: list[Token], width: int) -> list[Token]:
    while values and not values[-1].text and len(values) > width:
        values = values[:-1]
    return values


def _row(key: str, label: Token, values: list[Token], width: int) -> StatRow:
    values = _trim(values, width)
    if not values:
        cells = (Cell("", None, "null", Span(label.end, label.end)),) * width
    elif len(values) == width:
        cells = tuple([read_cell(t.text, Span(t.start, t.end)) for t in values])
    else:
        # A cell lost or added in the copy: which column each value is in cannot be known.
        joined = " ".join(t.text or "·" for t in values)
        cells = (Cell(joined, None, "unplaced", Span(values[0].start, values[-1].end)),) * width
    end = values[-1].end if values else label.end        # a stream is in reading order
    return StatRow(label.text, key, False, "", cells, Span(label.start, end))


_T4_HEAD = regex.compile(r"行政复议|行政诉讼|结果维持|结果纠正|其他结果|尚未审结|总计|未经复议直接起诉|复议后起诉")


# Table 四's header is read from the start of the line of a 结果维持, which is at most
# this far before it (a line of prose or a whole report flattened to one line is not a
# header); the values follow within the other bound. A report has one table 四: a text
# with 结果维持 at every turn is tried at its first occurrences only.
_T4_BEFORE, _T4_AFTER, _T4_TRIES = 300, 3000, 50


def _table_4(plain: str, after: int) -> StatTable | None:
    """Fifteen values after the header cells 结果维持 … 总计 (three blocks of five)."""
    for n, m in enumerate(_UPHELD.finditer(plain, pos=after)):
        if n == _T4_TRIES:
            break
        before = plain.rfind("\n", max(0, m.start() - _T4_BEFORE), m.start())
        if before < 0 and m.start() > _T4_BEFORE:
            continue
        start = before + 1
        stream = tokens(plain, start, min(len(plain), m.start() + _T4_AFTER))
        i = 0
        while i < len(stream) and (not is_value(stream[i].text) or not stream[i].text) and (
                is_value(stream[i].text) or _T4_HEAD.search(stream[i].text)):
            i += 1
        values: list[Token] = []
        for tok in stream[i:]:
            if not is_value(tok.text) or len(values) == 15:
                break
            values.append(tok)
        if not values:
            continue
        rows = []
        for r, name in enumerate(T4_ROWS):
            chunk = values[r * 5:(r + 1) * 5]
            anchor = chunk[0] if chunk else values[-1]
            label = Token(name, anchor.start, anchor.start, anchor.line)
            rows.append(_row(name, label, chunk, 5))
        return StatTable("table-4", "grid", T4_COLUMNS, tuple(rows), Span(start, values[-1].end), title="四")
    return None


_T2_ROWS = regex.compile(
    r"规章|规范性文件|行政许可|对外管理服务|行政处罚|行政强制|行政事业性收费|政府集中采购"
    r"|主动公开文件")
_UPHELD = regex.compile(r"结果维持")
_T2_HEADER_WORDS = regex.compile(r"数量|件数|金额|信息内容")
_SPACES = regex.compile(r"\s+")


def _table_2(plain: str) -> list[StatTable]:
    """One table per block (第二十条第（一）项, （五）, （六）, （八）, （九）)."""
    blocks = list(_T2_BLOCK.finditer(plain))
    out: list[StatTable] = []
    for i, m in enumerate(blocks):
        if i + 1 < len(blocks):
            end = blocks[i + 1].start()
        else:
            t3 = _T3_START.search(plain, m.end())
            end = t3.start() if t3 else len(plain)
        end = min(end, m.end() + 3000)
        stream = tokens(plain, m.end(), end)
        header: list[str] = []
        rows: list[tuple[Token, list[Token]]] = []
        for tok in stream:
            if is_value(tok.text):
                if rows:
                    rows[-1][1].append(tok)
                continue
            if _T2_ROWS.search(tok.text) and not _T2_HEADER_WORDS.search(tok.text):
                rows.append((tok, []))
            elif rows:
                break
            elif tok.text != "信息内容" and "信息内容" not in tok.text:
                header.append(_SPACES.sub("", tok.text))
        if not rows:
            continue
        width = len(header) or max(len(v) for _, v in rows) or 1
        built = tuple(_row(tok.text, tok, values, width) for tok, values in rows)
        out.append(StatTable("table-2", "grid", tuple(header) or ("数量",) * width, built,
                             Span(m.start(), built[-1].span.end), title=m.group(1)))
    return out
