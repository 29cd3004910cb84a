"""Every GX410 sum, planted once, is found at the right cell in every layout the
2014–2018 table comes in: " | " rows, tab rows, one cell per line, and one line of
space-separated cells. The table and its defects are data (tests/data/stats-2014.yaml)."""
from pathlib import Path

import pytest
import yaml

from gxlint.lint import Options, lint_text

DATA = yaml.safe_load((Path(__file__).parents[3] / "tests" / "data" / "stats-2014.yaml").read_text(encoding="utf-8"))
HEAD = "某县人民政府2016年政府信息公开工作年度报告\n七、附表\n2016年政府信息公开情况统计表\n"
LAYOUTS = {
    # layout: (header, cell separator, row separator)
    "pipe": ("统计指标 | 单位 | 统计数\n", " | ", "\n"),
    "tab": ("统计指标\t单位\t统计数\n", "\t", "\n"),
    "lines": ("统计指标\n\n单位\n\n统计数\n\n", "\n\n", "\n\n"),
    "spaced": ("统计指标 单位 统计数 ", " ", " "),
}


def render(layout: str, rows: list[list[str]]) -> tuple[str, list[int]]:
    """The report text and, per row, the offset of its value cell."""
    header, cell_sep, row_sep = LAYOUTS[layout]
    text, offsets = HEAD + header, []
    for label, unit, value in rows:
        text += label + cell_sep + unit + cell_sep
        offsets.append(len(text))
        text += value + row_sep
    return text, offsets


def _index(label: str) -> int:
    name, _, nth = label.partition("#")
    hits = [i for i, row in enumerate(DATA["rows"]) if row[0] == name]
    return hits[int(nth or 0)]


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_consistent_table_passes(layout):
    text, _ = render(layout, DATA["rows"])
    res = lint_text(text, Options(select=("GX4",), regime="reg-2007"))
    assert res.diagnostics == [], [d.message for d in res.diagnostics]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("defect", DATA["defects"], ids=lambda d: d["flags"])
def test_planted_defect_is_found_at_its_cell(layout, defect):
    rows = [list(r) for r in DATA["rows"]]
    rows[_index(defect["set"])][2] = defect["to"]
    text, offsets = render(layout, rows)
    res = lint_text(text, Options(select=("GX410",), regime="reg-2007"))
    got = [(d.line, d.column) for d in res.diagnostics if d.severity == "warning"]
    assert got == [_line_col(text, offsets[_index(defect["flags"])])], [d.message for d in res.diagnostics]
