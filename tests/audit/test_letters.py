"""`gxlint audit --letters DIR`: a Word letter per organ, read back with python-docx."""
import csv

from click.testing import CliRunner
from conftest import ROOT
from docx import Document

from gxlint import cli

ORDER = {"错误": 0, "警告": 1, "提示": 2}


def _audit(tmp_path, *extra):
    d = tmp_path / "s"
    d.mkdir()
    for name in ("2019-county-clean.txt", "2021-county-clean.txt", "2017-bureau-defects.txt"):
        (d / name).write_bytes((ROOT / "examples" / name).read_bytes())
    (d / "broken.docx").write_bytes(b"not a zip")
    result = CliRunner().invoke(cli.main, ["audit", str(d), "--letters", str(tmp_path / "letters"), "--csv",
                                           str(tmp_path / "csv"), "--no-progress", *extra])
    assert result.exit_code == 2, result.output          # the broken .docx
    return d


def _rows(doc):
    return [[c.text for c in row.cells] for t in doc.tables for row in t.rows[1:]]


def test_one_letter_per_organ_with_every_finding_errors_first(tmp_path):
    _audit(tmp_path)
    letters = sorted(p.name for p in (tmp_path / "letters").iterdir())
    assert letters == ["broken.docx", "某县统计局.docx", "河东县人民政府.docx"]
    with (tmp_path / "csv" / "findings.csv").open(encoding="utf-8-sig") as f:
        findings = list(csv.DictReader(f))
    bureau = Document(tmp_path / "letters" / "某县统计局.docx")
    text = [p.text for p in bureau.paragraphs]
    assert text[0] == "政府信息公开工作年度报告检查问题整改通知" and text[1] == "某县统计局："
    rows = _rows(bureau)
    own = [f for f in findings if f["文件"].endswith("2017-bureau-defects.txt")]
    assert len(rows) == len(own) and f"错误{sum(f['严重程度'] == '错误' for f in own)}个" in text[2]
    assert [ORDER[r[1]] for r in rows] == sorted(ORDER[r[1]] for r in rows)         # errors first
    period = next(r for r in rows if r[3].startswith("GX202"))
    assert period[2].startswith("第3行") and "统计期限不完整" in period[3]
    assert "条例" in period[4] and "12月31日" in period[5]                         # basis and fix
    county = Document(tmp_path / "letters" / "河东县人民政府.docx")
    reports = [p.text for p in county.paragraphs if p.style.name == "Heading 2"]
    assert len(reports) == 2 and "2019" in reports[0] and "2021" in reports[1]      # both years, one letter
    broken = [p.text for p in Document(tmp_path / "letters" / "broken.docx").paragraphs]
    assert any("无法读取" in p and "重新报送" in p for p in broken)


def test_letters_in_english(tmp_path):
    _audit(tmp_path, "--lang", "en")
    doc = Document(tmp_path / "letters" / "某县统计局.docx")
    assert doc.paragraphs[0].text == "Annual report audit: what to correct"
    assert {r[1] for r in _rows(doc)} <= {"error", "warning", "info"}
