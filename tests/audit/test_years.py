"""The same organ across years, as a submission holds it: a synthetic two-year
submission (benchmarks/synthetic.two_years: organs reporting in consecutive years,
some copying their previous text or breaking a chain) gets GX704, GX705 and GX701
where they were planted and nowhere else."""
import csv
import sys

from click.testing import CliRunner
from conftest import ROOT

from gxlint import cli

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic

EXPECTED = {"copy": {"GX704"}, "copy-part5": {"GX704"}, "in-force": {"GX705"}, "carry-over": {"GX701"}, "": set()}


def test_planted_year_on_year_defects_are_found_and_nothing_else(tmp_path):
    planted = synthetic.two_years(tmp_path / "s", 15)
    result = CliRunner().invoke(cli.main, ["audit", str(tmp_path / "s"), "--csv", str(tmp_path / "out"),
                                           "--no-progress", "--jobs", "2"])
    assert result.exit_code in (0, 1), result.output
    with (tmp_path / "out" / "findings.csv").open(encoding="utf-8-sig") as f:
        rows = [r for r in csv.DictReader(f) if r["规则"] in ("GX701", "GX704", "GX705")]
    found: dict[str, set] = {}
    for r in rows:
        organ, year = r["文件"].replace("\\", "/").split("/")[-2:]
        assert year == "2023.txt", r                  # a first year has nothing before it
        found.setdefault(organ, set()).add(r["规则"])
    for organ, plant in planted.items():
        assert found.get(organ, set()) == EXPECTED[plant], (organ, plant)
    by_organ = {r["文件"].replace("\\", "/").split("/")[-2]: r for r in rows if r["规则"] == "GX704"}
    copied, part = by_organ["organ0001"], by_organ["organ0002"]
    assert copied["行"] == "1" and "约100%" in copied["问题"] and "重复率超过50%" in copied["问题"]
    assert "存在的主要问题及改进情况" in part["问题"] and part["行"] != "1"
    with (tmp_path / "out" / "reports.csv").open(encoding="utf-8-sig") as f:
        rates = {r["文件"].replace("\\", "/").split("/")[-2] + "/" + r["文件"][-8:-4]: r["与上年重复率（%）"]
                 for r in csv.DictReader(f)}
    assert rates["organ0001/2023"] == "100" and rates["organ0001/2022"] == ""     # blank: no year before
    assert 0 < float(rates["organ0000/2023"]) < 50

