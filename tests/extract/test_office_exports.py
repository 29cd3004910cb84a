"""The test report as an office suite writes it: LibreOffice's own PDF (embedded fonts,
tables broken over pages, rows cut by page breaks), HTML (numbered headings as
<ol><li><h1>) and a .docx it saved itself; and a clerk's .docx (framed paragraphs,
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
    return {"txt": to_txt(load(), root / "plain.txt"), "pdf": _convert(src, "pdf", root),
            "html": _convert(src, "html", root), "docx": _convert(doc, "docx", root / "again"),
            "office.docx": office, "office.pdf": _convert(office, "pdf", root)}


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx", "office.docx", "office.pdf"])
def test_office_exports_give_the_same_findings(exports, fmt):
    def findings(path):
        res = lint_path(str(path), Options())
        assert res.error is None, res.error
        return sorted((d.rule, d.severity, d.message) for d in res.diagnostics)

    assert findings(exports[fmt]) == findings(exports["txt"])
