"""The page in a real browser (Playwright on Debian's Chromium, as the audit page's
test): `gxlint serve` started by its command, a .docx and a .pdf chosen through the
file chooser, the findings seen and filtered, the annotated .docx downloaded and its
comments read back."""

import docx
from extract.render import load, to_docx, to_pdf

from .server import serving


def test_upload_read_filter_download(browser, tmp_path):
    files = [to_docx(load(), tmp_path / "河西县报告.docx"), to_pdf(load(), tmp_path / "河西县报告.pdf")]
    with serving() as (base, _):
        page = browser.new_context(accept_downloads=True).new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + "/")
        assert page.locator("h1").inner_text() == "政府信息公开工作年度报告检查"
        with page.expect_file_chooser() as chooser:
            page.click("#files")
        chooser.value.set_files([str(f) for f in files])
        assert "河西县报告.pdf" in page.locator("#chosen").inner_text()
        page.click("#check")
        page.wait_for_selector("#reports tbody tr", timeout=60000)
        assert page.locator("#reports tbody tr").count() == 2
        assert page.locator('[data-total="error"] b').inner_text() == "8"       # 4 planted, in each file

        page.locator("#reports tbody tr", has_text="河西县报告.docx").click()
        assert page.locator("#findings li").count() == 4
        assert page.locator("#text mark").count() >= 4
        page.select_option("#view-sev", "warning")
        assert page.locator("#findings li").count() == 1                      # "none at this severity"
        page.select_option("#view-sev", "error")
        assert page.locator("#findings li").count() == 4

        with page.expect_download() as download:
            page.click("#view-file a")
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name == "河西县报告.gxlint.docx"
        comments = docx.Document(str(saved)).comments
        assert sorted(c.text.split(" ")[0].split("】")[1] for c in comments) == ["GX305", "GX404", "GX405", "GX407"]
        with page.expect_download() as book:
            page.click("#downloads a:first-child")
        assert book.value.suggested_filename == "gxlint.xlsx"
        assert not errors
