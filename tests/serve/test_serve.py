"""`gxlint serve` over HTTP: the API gives the findings a lint run gives, refuses what
it must with a Chinese message, keeps nothing on disk, escapes what it shows, and asks
for its token when it has one."""
import glob
import json
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT

from .server import as_json, post, serving

EXAMPLE = ROOT / "examples" / "2022-bureau-table-defects.txt"


@pytest.fixture(scope="module")
def server():
    with serving("--max-file-mb", "1", "--max-files", "3", "--max-request-mb", "2") as (base, _):
        yield base


def _lint_json(path):
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", "--no-skip", str(path)],
                       capture_output=True, text=True)
    return json.loads(r.stdout)["files"][0]


def test_the_api_gives_what_a_lint_run_gives(server, tmp_path):
    status, body = post(server + "/api/lint", [("报告.txt", EXAMPLE.read_bytes())])
    assert status == 200
    got = as_json(body)["files"][0]
    want = _lint_json(EXAMPLE)
    assert got["path"] == "报告.txt"
    assert [(d["rule"], d["line"], d["message"]) for d in got["diagnostics"]] == \
        [(d["rule"], d["line"], d["message"]) for d in want["diagnostics"]]


def test_a_bad_file_is_a_chinese_error_and_the_others_are_shown(server):
    status, body = post(server + "/api/lint", [("a.exe", b"MZ"), ("b.docx", b"not a zip"),
                                               ("c.txt", EXAMPLE.read_bytes())])
    files = as_json(body)["files"]
    assert status == 200 and [f["path"] for f in files] == ["a.exe", "b.docx", "c.txt"]
    assert "不支持" in files[0]["error"] and files[1]["error"] and files[2]["error"] is None
    assert files[2]["diagnostics"]


def test_limits(server):
    big = b"x" * (1024 * 1024 + 10)
    assert "超过 1 MB" in as_json(post(server + "/api/lint", [("big.txt", big)])[1])["files"][0]["error"]
    status, body = post(server + "/api/lint", [(f"{n}.txt", b"a") for n in range(4)])
    assert status == 400 and "最多检查 3 份" in as_json(body)["error"]
    for chunked in (False, True):
        status, body = _oversized(server, 3 * 1024 * 1024, chunked)
        assert status == 413 and "超过 2 MB" in body.decode("utf-8")
    status, body = post(server + "/api/lint", [])
    assert status == 400 and "没有收到文件" in as_json(body)["error"]


def _oversized(server, size, chunked):
    """Send `size` bytes of body, declared (Content-Length) or not (chunked); the server
    may answer and close before it has all of it, which is the point."""
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(server)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    conn.putrequest("POST", "/api/lint")
    conn.putheader("Content-Type", "multipart/form-data; boundary=b")
    conn.putheader("Transfer-Encoding" if chunked else "Content-Length", "chunked" if chunked else str(size))
    conn.endheaders()
    head = b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
    piece = b"x" * 65536
    try:
        conn.send(b"%x\r\n%s\r\n" % (len(head), head) if chunked else head)
        for _ in range(size // len(piece)):
            conn.send(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
        if chunked:
            conn.send(b"0\r\n\r\n")
    except (BrokenPipeError, ConnectionResetError):
        pass
    response = conn.getresponse()
    return response.status, response.read()


def test_nothing_stays_on_disk_and_the_page_escapes_the_text(server):
    before = set(glob.glob(str(Path(tempfile.gettempdir()) / "gxlint-serve-*")))
    hostile = "某县人民政府2021年政府信息公开工作年度报告\n<script>alert(1)</script><!--\n".encode()
    status, page = post(server + "/check", [("<b>x</b>.txt", hostile)])
    assert status == 200
    html = page.decode("utf-8")
    assert "<script>alert" not in html and "<b>x</b>" not in html and "<!--\\n" not in html
    assert set(glob.glob(str(Path(tempfile.gettempdir()) / "gxlint-serve-*"))) == before


def test_the_rules(server):
    rules = json.loads(urllib.request.urlopen(server + "/api/rules").read())
    assert {"GX601", "GX101"} <= {r["code"] for r in rules}
    assert next(r for r in rules if r["code"] == "GX601")["title"] == "公布了身份证号码"


def test_a_token_guards_the_page_and_the_api(tmp_path):
    with serving("--token", "s3cret") as (base, _):
        assert post(base + "/api/lint", [("c.txt", b"a")])[0] == 401
        assert post(base + "/api/lint", [("c.txt", EXAMPLE.read_bytes())],
                    {"Authorization": "Bearer s3cret"})[0] == 200
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        assert opener.open(base + "/?token=s3cret").status == 200      # the cookie is set, then the page
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(base + "/?token=wrong")
