"""The identities of the 2021 format tables (GX404–GX407), planted one at a time, are
found in every layout the tables come in: " | " rows, tab rows, rows separated by
spaces only, one cell per line ending in " |" (blank cells as a lone "|"), a PDF's text
layer (numbers between the lines of a wrapped label, table 四's header over eight
lines) and a crawled page flattened to one line, and table 四 as one line of 15 numbers."""
from pathlib import Path

import pytest
import yaml

from gxlint.lint import Options, lint_text

DATA = yaml.safe_load((Path(__file__).parents[3] / "tests" / "data" / "format-2021.yaml").read_text(encoding="utf-8"))
HEAD = ("某县人民政府2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况\n")
T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况\n行政复议 | 行政诉讼\n结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n"
RULES = ("GX404", "GX405", "GX406", "GX407")


def _row(layout: str, label: str, values) -> str:
    cells = [label] + ([] if values is None else [str(v) for v in values])
    if layout == "pipe":
        return " | ".join(cells) + " |\n"
    if layout == "tab":
        return "\t".join(cells) + "\n"
    if layout == "spaced":
        return " ".join(cells) + "\n"
    return "".join(f"{c} |\n" for c in cells) + "||\n"          # one cell per line


def _pdf_row(label: str, values) -> str:
    """As a PDF's text layer gives a row: a label longer than its column wraps, and the
    row's numbers, set at the row's middle, come between the label's lines; the group
    label of the result rows, set in a narrow merged cell, comes one character a line."""
    numbers = "" if values is None else " ".join(map(str, values))
    if label == "三、本年度办理结果":
        return "".join(ch + "\n" for ch in label)
    if len(label) <= 12 or not numbers:
        return f"{label} {numbers}".rstrip() + "\n"
    return f"{label[:12]}\n{numbers}\n{label[12:]}\n"


# Table 四's header as a PDF sets it: two-line cells read across the page, row by row.
PDF_T4_HEAD = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
               "结果 结果 其他 尚未\n总 计\n维持 纠正 结果 审结 结果 结果 其他 尚未 结果 结果 其他 尚未\n"
               "总 计 总计\n维持 纠正 结果 审结 维持 纠正 结果 审结\n")


def render(layout: str, table3, table4) -> str:
    numbers = " ".join(str(v) for v in table4)
    if layout == "pdf":
        return HEAD + "".join(_pdf_row(label, values) for label, values in table3) + PDF_T4_HEAD + numbers + "\n"
    if layout == "crawler":
        # A crawled page flattened to one line: each label glued to its numbers, the
        # numbers to the next label, only the spaces between numbers kept.
        rows = "".join(label + " ".join(map(str, values or ())) for label, values in table3)
        return HEAD.replace("\n", "") + rows + T4_HEAD.replace("\n", "").replace(" | ", "") + numbers + "\n"
    text = HEAD + "".join(_row(layout, label, values) for label, values in table3)
    return text + T4_HEAD + (numbers + "\n" if layout != "tab" else numbers.replace(" ", "\t") + "\n")


LAYOUTS = ("pipe", "tab", "lines", "spaced", "pdf", "crawler")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_consistent_tables_pass(layout):
    res = lint_text(render(layout, DATA["table3"], DATA["table4"]), Options(select=RULES, regime="format-2021"))
    assert res.diagnostics == [], [d.message for d in res.diagnostics]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("defect", DATA["defects"], ids=lambda d: f"{d['set'][:8]}-{d['column']}")
def test_planted_defect_is_found(layout, defect):
    table3 = [[label, list(values) if values else values] for label, values in DATA["table3"]]
    table4 = list(DATA["table4"])
    if defect["set"] == "table4":
        table4[defect["column"]] = defect["to"]
    else:
        row = next(r for r in table3 if r[0] == defect["set"])
        row[1][defect["column"]] = defect["to"]
    res = lint_text(render(layout, table3, table4), Options(select=RULES, regime="format-2021"))
    got = sorted({d.rule for d in res.diagnostics if d.severity in ("error", "warning")})
    assert got == sorted(defect["flags"]), [d.message for d in res.diagnostics]


def _cell_position(text: str, label: str, index: int) -> tuple[int, int]:
    """1-based line and column of a value cell in the pipe rendering."""
    lines = text.split("\n")
    if label == "table4":
        line_no = next(i for i, line in enumerate(lines) if line and set(line) <= set("0123456789 |"))
        cells = lines[line_no].split(" | ")
        return line_no + 1, len(" | ".join(cells[:index])) + (3 if index else 0) + 1
    line_no = next(i for i, line in enumerate(lines) if line.startswith(label + " | "))
    cells = lines[line_no].split(" | ")
    return line_no + 1, len(" | ".join(cells[:index + 1])) + 3 + 1


@pytest.mark.parametrize("defect", DATA["defects"], ids=lambda d: f"{d['set'][:8]}-{d['column']}")
def test_planted_defect_is_reported_at_its_cell(defect):
    table3 = [[label, list(values) if values else values] for label, values in DATA["table3"]]
    table4 = list(DATA["table4"])
    if defect["set"] == "table4":
        table4[defect["column"]] = defect["to"]
    else:
        next(r for r in table3 if r[0] == defect["set"])[1][defect["column"]] = defect["to"]
    text = render("pipe", table3, table4).replace("\n" + " ".join(map(str, table4)), "\n" + " | ".join(map(str, table4)))
    res = lint_text(text, Options(select=RULES, regime="format-2021"))
    got = {(d.rule, d.line, d.column) for d in res.diagnostics if d.severity in ("error", "warning")}
    expected = {(rule, *_cell_position(text, *where)) for rule, where in defect["at"].items()}
    assert got == expected, [f"{d.rule} {d.line}:{d.column} {d.message}" for d in res.diagnostics]
