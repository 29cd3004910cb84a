"""The README's picture of `gxlint serve`: the page started by its command, the test
report uploaded as .docx, its view opened, saved as docs/serve.png (headless Chromium).

    python docs/make_screenshot.py
"""
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from extract.render import load, to_docx  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from serve.server import serving  # noqa: E402

with tempfile.TemporaryDirectory() as tmp, serving() as (base, _), sync_playwright() as p:
    report = to_docx(load(), Path(tmp) / "河西县人民政府2021年政府信息公开工作年度报告.docx")
    browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
    page = browser.new_page(viewport={"width": 1200, "height": 760})
    page.goto(base + "/")
    page.set_input_files("#files", [str(report)])
    page.click("#check")
    page.wait_for_selector("#reports tbody tr")
    page.locator("#reports tbody tr").first.click()
    page.locator("#line-31").scroll_into_view_if_needed()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ROOT / "docs" / "serve.png"))
    browser.close()
