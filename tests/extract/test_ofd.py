""".ofd (GB/T 33190): the test report written as an OFD producer lays it out
(tests/extract/ofd_writer.py) gives the .txt's findings and tables, its findings naming
page and cell; broken and hostile .ofd files are refused in one line."""
import zipfile

import pytest

from gxlint.lint import Options, lint_path

from .ofd_writer import to_ofd
from .render import load, to_docx, to_txt


def _seen(path):
    res = lint_path(str(path), Options())
    assert res.error is None, res.error
    return (sorted((d.rule, d.severity, d.message) for d in res.diagnostics),
            [(t.kind, r.key, tuple(c.raw for c in r.cells)) for t in res.report.stat_tables for r in t.rows])


def test_an_ofd_gives_the_findings_and_tables_of_the_text(tmp_path):
    ofd = to_ofd(load(), tmp_path / "report.ofd")
    assert _seen(ofd) == _seen(to_txt(load(), tmp_path / "report.txt"))
    where = {d.rule: (d.page, d.table_cell) for d in lint_path(str(ofd), Options()).diagnostics}
    docx_cells = {d.rule: d.table_cell for d in lint_path(str(to_docx(load(), tmp_path / "r.docx")), Options()).diagnostics}
    assert where == {"GX305": (1, None), "GX404": (2, docx_cells["GX404"]), "GX405": (2, docx_cells["GX405"]),
                     "GX407": (2, docx_cells["GX407"])}


def _zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
          '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>&d;</ofd:DocRoot>'
          '</ofd:DocBody></ofd:OFD>')


@pytest.mark.parametrize("make, words", [
    (lambda p: (p.write_bytes(b"not a zip"), p)[1], "无法读取此 .ofd 文件"),
    (lambda p: _zip(p, {"OFD.xml": "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>"}), "无法读取此 .ofd 文件"),
    (lambda p: _zip(p, {"OFD.xml": "<broken"}), "无法读取此 .ofd 文件"),
    (lambda p: _zip(p, {"OFD.xml": LAUGHS}), "无法读取此 .ofd 文件"),
    (lambda p: _zip(p, {"OFD.xml": "<a/>", "big.bin": b"\0" * (220 * 1024 * 1024)}), "压缩炸弹"),
])
def test_a_broken_or_hostile_ofd_is_one_line(tmp_path, make, words):
    res = lint_path(str(make(tmp_path / "bad.ofd")), Options())
    assert res.report is None and words in res.error and "\n" not in res.error
