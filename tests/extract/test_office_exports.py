"""The test report as an office suite writes it: LibreOffice's own PDF (embedded fonts,
tables broken over pages, rows cut by page breaks), HTML (numbered headings as
<ol><li><h1>), a .docx it saved itself, and the .doc it saved (read by converting it back,
also named .wps and renamed .docx); and a clerk's .docx (framed paragraphs,
the signature in a text box, table 三's header rows repeated over the page break,
wrapped labels, spaced header cells) with LibreOffice's PDF of it. Skipped where
LibreOffice is not installed (`apt-get install libreoffice-writer-nogui fonts-wqy-zenhei`;
.ci/run installs them)."""
import shutil
import subprocess

import pytest

from gxlint.lint import Options, lint_path

from .render import load, require, to_docx, to_office_docx, to_txt

SOFFICE = shutil.which("soffice")


def _convert(src, fmt, outdir):
    subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    return outdir / f"{src.stem}.{fmt}"


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    require(SOFFICE, "LibreOffice (soffice)", "apt-get install libreoffice-writer-nogui fonts-wqy-zenhei")
    root = tmp_path_factory.mktemp("office")
    src = to_docx(load(), root / "report.docx")
    (root / "again").mkdir()
    doc = _convert(src, "doc", root)
    office = to_office_docx(load(), root / "office.docx")
    wps = root / "report.wps"
    wps.write_bytes(doc.read_bytes())            # WPS Office's .wps is the same Word 97 compound file
    renamed = root / "renamed.docx"
    renamed.write_bytes(doc.read_bytes())
    return {"txt": to_txt(load(), root / "plain.txt"), "pdf": _convert(src, "pdf", root),
            "doc": doc, "wps": wps, "renamed.docx": renamed,
            "html": _convert(src, "html", root), "docx": _convert(doc, "docx", root / "again"),
            "office.docx": office, "office.pdf": _convert(office, "pdf", root)}


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx", "office.docx", "office.pdf", "doc", "wps", "renamed.docx"])
def test_office_exports_give_the_same_findings(exports, fmt):
    def findings(path):
        res = lint_path(str(path), Options())
        assert res.error is None, res.error
        return sorted((d.rule, d.severity, d.message) for d in res.diagnostics)

    assert findings(exports[fmt]) == findings(exports["txt"])


@pytest.mark.parametrize("data", [b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 40,
                                  "这不是 Word 文件".encode()])
def test_a_broken_doc_is_read_as_libreoffice_reads_it_or_refused_in_one_line(tmp_path, data):
    # LibreOffice imports what it cannot parse as a document as plain text (as it opens a
    # .doc that is really RTF or HTML): such a file is then no report, never a crash.
    require(SOFFICE, "LibreOffice (soffice)", "apt-get install libreoffice-writer-nogui fonts-wqy-zenhei")
    path = tmp_path / "broken.wps"
    path.write_bytes(data)
    res = lint_path(str(path), Options())
    assert (res.error and "\n" not in res.error and res.report is None) or res.skipped == "not-a-report"


def test_without_libreoffice_a_doc_names_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))          # no soffice on it
    path = tmp_path / "report.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    res = lint_path(str(path), Options())
    assert res.report is None and "libreoffice-writer-nogui" in res.error


def test_a_wps_is_annotated_as_the_docx_it_converts_to(exports, tmp_path):
    import subprocess
    import sys

    import docx

    out = tmp_path / "report.gxlint.docx"
    r = subprocess.run([sys.executable, "-m", "gxlint", "annotate", str(exports["wps"]), "-o", str(out)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert sorted(c.text.split(" ")[0].split("】")[1] for c in docx.Document(str(out)).comments) == \
        ["GX305", "GX404", "GX405", "GX407"]
