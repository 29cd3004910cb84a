"""`gxlint audit --tree FILE`: a government's figures against the sum of the organs the
office says report under it (GX706)."""
import csv

from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli

BASE = (ROOT / "examples" / "2021-county-clean.txt").read_text(encoding="utf-8")


def _audit(tmp_path, children, tree_lines):
    d = tmp_path / "s"
    d.mkdir(exist_ok=True)
    (d / "county.txt").write_text(BASE, encoding="utf-8")
    for name in children:
        (d / f"{name}.txt").write_text(BASE.replace("河东县人民政府", name), encoding="utf-8")
    tree = tmp_path / "tree.csv"
    tree.write_text("\n".join(tree_lines) + "\n", encoding="utf-8-sig")
    result = CliRunner().invoke(cli.main, ["audit", str(d), "--tree", str(tree), "--csv", str(tmp_path / "out"),
                                           "--no-progress", "--select", "GX706"])
    with (tmp_path / "out" / "findings.csv").open(encoding="utf-8-sig") as f:
        return result, [r for r in csv.DictReader(f) if r["规则"] == "GX706"]


def test_a_roll_up_that_does_not_add_up(tmp_path):
    result, found = _audit(tmp_path, ["河东县甲镇人民政府", "河东县乙局"],
                           ["机关,上级机关", "河东县甲镇人民政府,河东县人民政府", "河东县乙局,河东县人民政府"])
    assert result.exit_code == 0, result.output
    assert {r["文件"].rsplit("/", 1)[-1] for r in found} == {"county.txt"}
    new = next(r for r in found if "本年新收申请" in r["问题"])
    assert "为25" in new["问题"] and "2个所属机关" in new["问题"] and "之和为50（25 + 25）" in new["问题"]
    assert {r["严重程度"] for r in found} == {"警告"}


def test_a_roll_up_that_adds_up_and_one_with_a_child_missing(tmp_path):
    _, found = _audit(tmp_path, ["河东县甲镇人民政府"], ["河东县甲镇人民政府,河东县人民政府"])
    assert found == []                                     # one child holding all the county's figures
    _, found = _audit(tmp_path, ["河东县甲镇人民政府"],
                      ["河东县甲镇人民政府,河东县人民政府", "河东县丙镇人民政府,河东县人民政府"])
    assert len(found) == 1 and found[0]["严重程度"] == "提示"
    assert "河东县丙镇人民政府" in found[0]["问题"] and "不在本次审核中" in found[0]["问题"]


def test_a_tree_file_that_cannot_be_used_is_one_line(tmp_path):
    bad = tmp_path / "tree.csv"
    bad.write_text("机关,上级机关\n只有一列\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["audit", str(ROOT / "examples"), "--tree", str(bad), "--no-progress"])
    assert result.exit_code == 2
    assert "tree.csv 第2行" in result.output and "Traceback" not in result.output
    gone = CliRunner().invoke(cli.main, ["audit", str(ROOT / "examples"), "--tree", str(tmp_path / "none.csv")])
    assert gone.exit_code == 2 and "无法读取 --tree 文件" in gone.output
