"""Writers take one file at a time and keep nothing once it is written, yet each
document reads exactly as if it had been built whole: the JSON as `json.dump` of the
document, the JUnit totals before the suites they count."""
import io
import json
import xml.etree.ElementTree as ET

import pytest

from gxlint.lint import FileResult, lint_text
from gxlint.output import Context, Digest, writer
from gxlint.output.json_format import file_entry
from gxlint.output.jsonstream import ArrayWriter
from gxlint.output.junit_format import _suite
from gxlint.run import Status, exit_code

REPORT = ("某县人民政府2016年政府信息公开工作年度报告\n"
          "全年共受理申请60件，其中网络申请72件，信函申请3件。\n")


def results(n: int) -> list[FileResult]:
    out = [lint_text(REPORT, path=f"r{i}.txt").slim() for i in range(n)]
    return out + [FileResult("zz.txt", error="文件为空")] if n else out


def written(fmt: str, res, extra=None) -> str:
    """The document a run writes: each result's part put in place, then the close."""
    stream = io.StringIO()
    w = writer(fmt, stream, Context())
    for r in res:
        w.put(Digest.of(r), w.part(r, w.spec))
    w.close(extra or {})
    return stream.getvalue()


@pytest.mark.parametrize("n", [0, 1, 3])
def test_json_is_byte_for_byte_the_whole_document(n):
    res = results(n)
    extra = {"baseline": {"hidden": 2, "stale": 0}}
    counts = {s: sum(d.severity == s for r in res for d in r.diagnostics) for s in ("error", "warning", "info")}
    whole = {"version": 1, "files": [file_entry(r) for r in res],
             "summary": {"files": len(res), **counts, **extra}}
    assert written("json", res, extra) == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"


def test_an_array_nested_deep_is_indented_as_json_would():
    def doc(items, tail="end"):
        return {"a": {"b": [{"c": items}], "x": 1}, "tail": tail}

    stream = io.StringIO()
    w = ArrayWriter(stream, doc)
    items = [{"k": "换行\n在字符串里", "l": [1, 2]}, "s", 3, []]
    for item in items:
        w.add(item)
    w.close("终")
    assert stream.getvalue() == json.dumps(doc(items, "终"), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("n", [0, 2])
def test_junit_totals_come_first_and_match_the_whole_tree(n):
    res = results(n)
    root = ET.Element("testsuites", name="gxlint")
    suites = [_suite(r) for r in res]
    root.extend(suites)
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    ET.indent(root)
    whole = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
    assert written("junit", res) == whole


def test_sarif_results_stream_and_the_invocation_follows():
    res = results(2)
    doc = json.loads(written("sarif", res))
    run = doc["runs"][0]
    assert len(run["results"]) == sum(len(r.diagnostics) for r in res)
    assert list(run)[-1] == "invocations"
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "文件为空"


def test_the_status_gathered_file_by_file_is_the_runs():
    res = results(2)
    assert exit_code(res, strict=False) == 2
    clean = [r for r in res if not r.error]
    status = Status(strict=True)
    for r in clean:
        status.add(Digest.of(r))
    assert status.code == (1 if any(r.diagnostics for r in clean) else 0)
