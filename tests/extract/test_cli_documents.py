"""Documents from the command line: findings with page and cell, folders of mixed
formats, formats that must be converted first."""
import json
import subprocess
import sys

import pytest

from .render import load, write_all


def run(*args):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True, encoding="utf-8")


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("docs")
    write_all(load(), root)
    return root


def test_pdf_finding_shows_page_cell_and_excerpt(folder):
    r = run(str(folder / "report.pdf"), "--no-color", "--select", "GX404")
    assert r.returncode == 1
    assert "report.pdf:35:" in r.stdout and "（第 3 页，表5 第6行第10列）" in r.stdout
    assert "（一）予以公开 | 10 | 1 |" in r.stdout and "^^" in r.stdout      # the excerpt of the extracted line


def test_json_has_page_and_table_cell(folder):
    r = run(str(folder / "report.pdf"), "--format", "json", "--select", "GX404,GX305")
    diags = {d["rule"]: d for d in json.loads(r.stdout)["files"][0]["diagnostics"]}
    assert diags["GX404"]["page"] == 3 and diags["GX404"]["table_cell"] == {"table": 5, "row": 6, "column": 10}
    assert diags["GX305"]["page"] == 1 and "table_cell" not in diags["GX305"]


def test_english_location(folder):
    r = run(str(folder / "report.docx"), "--no-color", "--select", "GX407", "--lang", "en")
    assert "(table 6, row 4, column 10)" in r.stdout.replace("（", "(").replace("）", ")")


def test_folder_of_mixed_formats(folder, tmp_path):
    r = run(str(folder), "--format", "json")
    paths = sorted(f["path"].rsplit(".", 1)[1] for f in json.loads(r.stdout)["files"])
    assert paths == ["docx", "html", "pdf", "txt"]


@pytest.mark.parametrize("suffix, advice", [(".ofd", "无法读取此 .ofd 文件"), (".docx", "不是有效的 .docx")])
def test_an_unreadable_document_fails_that_file_only(folder, tmp_path, suffix, advice):
    old = tmp_path / f"old{suffix}"
    old.write_bytes(b"garbage " * 64)
    r = run(str(old), str(folder / "report.html"), "--format", "json")
    assert r.returncode == 2
    files = {f["path"]: f for f in json.loads(r.stdout)["files"]}
    assert advice in files[str(old)]["error"]
    assert files[str(folder / "report.html")]["diagnostics"]           # the other file was linted
    assert f"{old}: " in r.stderr and r.stderr.count("\n") == 1


def test_inspect_text_numbers_the_extracted_lines(folder):
    r = run("inspect", "--text", "--no-color", str(folder / "report.pdf"))
    lines = r.stdout.splitlines()
    assert "第 1 页" in lines[0] and lines[1].strip().startswith("1 │ 河西县人民政府2021年")
    assert any(line.strip().startswith("35 │ 三、本年度办理结果 | （一）予以公开 | 10") for line in lines)


def test_inspect_shows_the_document(folder):
    r = run("inspect", "--format", "json", str(folder / "report.pdf"))
    doc = json.loads(r.stdout)["document"]
    assert doc["kind"] == "pdf" and doc["pages"] == 4 and doc["tables"] == 6
