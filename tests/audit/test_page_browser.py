"""The audit page in a real browser: headless Chromium (Debian's, which .ci/run installs)
driven by Playwright. It opens the file offline, sees the counts, filters and sorts
the table, and opens a report with its findings highlighted."""

import pytest
from click.testing import CliRunner
from conftest import ROOT

from audit.test_audit import BASE, next_year
from gxlint import cli


@pytest.fixture
def page_file(tmp_path):
    d = tmp_path / "submission"
    d.mkdir()
    (d / "河东县2021.txt").write_text(BASE, encoding="utf-8")
    (d / "河东县2022.txt").write_text(next_year(BASE), encoding="utf-8")
    (d / "河西县2021.txt").write_text(BASE.replace("河东县", "河西县"), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    out = tmp_path / "audit.html"
    result = CliRunner().invoke(cli.main, ["audit", str(d), "--html", str(out), "--no-progress"])
    assert out.exists(), result.output
    return out


def test_the_page_in_chromium(page_file, browser):
    context = browser.new_context(offline=True)          # nothing may come from the network
    requests = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())

    assert page.locator('[data-total="reports"] b').inner_text() == "4"
    assert page.locator('[data-total="unreadable"] b').inner_text() == "1"
    assert page.locator("#chart .bar[data-rule=GX702]").count() == 1
    assert page.locator("#reports tbody tr").count() == 4

    page.fill("#filter", "河西县")
    assert page.locator("#reports tbody tr").count() == 1
    assert page.locator("#shown").inner_text() == "1 / 4"
    page.fill("#filter", "")
    page.click('#reports th[data-key="error"]')
    page.click('#reports th[data-key="error"]')           # descending: most errors first
    first = page.locator("#reports tbody tr").first.locator("td").nth(5).inner_text()
    assert int(first) == max(int(x) for x in page.locator("#reports tbody tr td:nth-child(6)").all_inner_texts())

    page.fill("#filter", "河东县2022")
    page.locator("#reports tbody tr").first.click()
    assert page.locator("#view").is_visible() and not page.locator("#overview").is_visible()
    listed = page.locator("#findings li").all_inner_texts()
    assert any("GX701" in x for x in listed) and any("GX702" in x for x in listed)
    assert page.locator("#text .line.hit mark").count() >= 1
    carry = page.locator("#findings li", has_text="GX701").first
    line = carry.get_attribute("data-line")
    assert page.locator(f"#line-{line}").get_attribute("class") == "line hit"

    page.click("#back")
    assert page.locator("#overview").is_visible()
    assert errors == [] and all(u.startswith("file:") for u in requests)


def test_a_report_cannot_blank_or_script_the_page(tmp_path, browser):
    """"<!--<script>" in a report's text or its file's name neither hides the page's data
    nor runs: every < > & of the data is written as its JSON escape."""
    d = tmp_path / "submission"
    d.mkdir()
    evil = "<!--<script>window.pwned=1</script>"
    (d / f"{evil.replace('/', '')}.txt").write_text(BASE.replace("一、总体情况", "一、总体情况" + evil), encoding="utf-8")
    (d / "plain.txt").write_text(BASE, encoding="utf-8")
    out = tmp_path / "audit.html"
    CliRunner().invoke(cli.main, ["audit", str(d), "--html", str(out), "--no-progress"])
    assert "<!--<script>" not in out.read_text(encoding="utf-8")
    page = browser.new_context(offline=True).new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(out.as_uri())
    assert page.locator('[data-total="reports"] b').inner_text() == "2"
    assert page.locator("#reports tbody tr").count() == 2
    assert page.evaluate("window.pwned") is None and errors == []
    page.locator("#reports tbody tr", has_text="script").first.click()
    assert evil in page.locator("#text").inner_text()


def _page_of(records, path):
    from gxlint.audit.page import write_page

    write_page(path, records, "zh")
    return path.as_uri()


def test_overlapping_findings_are_both_shown_in_their_colours(tmp_path, browser):
    from gxlint.audit.record import AuditRecord
    from gxlint.diagnostic import Diagnostic

    def finding(rule, severity, a, b, message):
        return Diagnostic("r.txt", rule, "x", severity, message, 1, a, 1, b, title="标题")
    record = AuditRecord("r.txt", organ="某县人民政府", year=2021, text="一二三四五六\n第二行",
                         diagnostics=(finding("GX301", "error", 2, 5, "合计不符"),
                                      finding("GX305", "warning", 4, 7, "正文与表格不符")))
    unreadable = AuditRecord("broken.docx", error="无法读取：文件已损坏")
    page = browser.new_context(offline=True).new_page()
    page.goto(_page_of([record, unreadable], tmp_path / "a.html"))
    assert page.locator("#reports tbody tr.unreadable").count() == 1
    assert "无法读取" in page.locator("#reports tbody tr.unreadable").inner_text()
    page.locator("#reports tbody tr", has_text="r.txt").click()
    marks = page.locator("#text mark")
    got = [(m.inner_text(), m.get_attribute("class"), m.get_attribute("title")) for m in marks.all()]
    assert got == [("二三", "sev-mark-error", "GX301 合计不符"),
                   ("四", "sev-mark-error many", "GX301 合计不符\nGX305 正文与表格不符"),
                   ("五六", "sev-mark-warning", "GX305 正文与表格不符")]
    assert page.evaluate("location.hash") == "#report=0"


def test_ten_thousand_reports_filter_follow_a_bar_and_go_back(tmp_path, browser):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import audit_page

    path = tmp_path / "big.html"
    audit_page.write_page(path, 10_000)
    page = browser.new_context(offline=True).new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    times = audit_page.drive(page, path.as_uri())
    print("\naudit page, 10,000 reports:", {k: round(v, 2) for k, v in times.items()})
    # drive() ended in the report the filtered list showed first; back is the list again
    page.go_back()
    page.wait_for_function("!document.getElementById('overview').hidden")
    assert page.evaluate("location.hash") == "#rule=GX404&sev=error"
    assert page.locator("#f-rule").input_value() == "GX404" and page.locator("#f-sev").input_value() == "error"
    shown, total = page.locator("#shown").inner_text().split(" / ")
    assert total == "10001" and 0 < int(shown) < 10_000
    assert page.locator("#reports tbody tr").count() == min(200, int(shown))    # drawn as scrolled
    page.locator("#more").scroll_into_view_if_needed()
    page.wait_for_function("document.querySelectorAll('#reports tbody tr').length > 200 || "
                           "document.querySelectorAll('#reports tbody tr').length === " + shown)
    # a shared link opens the same view
    other = browser.new_context(offline=True).new_page()
    other.goto(path.as_uri() + "#rule=GX301")
    assert other.locator("#chart .bar.on").get_attribute("data-rule") == "GX301"
    assert other.locator("#f-rule").input_value() == "GX301"
    having = other.evaluate("JSON.parse(document.getElementById('data').textContent).reports"
                            ".filter((r) => r.findings.some((f) => f.rule === 'GX301')).length")
    assert other.locator("#shown").inner_text() == f"{having} / 10001"
    assert errors == []
