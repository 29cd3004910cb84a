"""Table 三's end: its last row's values, and not the next part's numbered heading."""
from extract.render import load, to_txt  # tests/ is on sys.path (rootdir-relative packages)

from gxlint.lint import Options, lint_text


def test_last_row_stops_before_a_decimal_numbered_heading(tmp_path):
    text = to_txt(load(), tmp_path / "r.txt").read_text(encoding="utf-8")
    # As an office suite's list numbering renders the next part: "4. " instead of "四、".
    text = text.replace("四、政府信息公开行政复议", "4. 政府信息公开行政复议")
    res = lint_text(text, Options())
    last = next(t for t in res.report.stat_tables if t.kind == "table-3").rows[-1]
    assert last.key == "结转下年度" and [c.raw for c in last.cells] == ["1", "0", "0", "1", "0", "0", "2"]
    heading_line = text.splitlines().index("4. 政府信息公开行政复议、行政诉讼情况")
    assert heading_line not in res.report.table_lines
