"""`--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test
results. A report is a test suite; each finding is a failed test case, and a clean
report one passing case, so the count of reports shows even when all pass."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import regex

_ILLEGAL = regex.compile(r"[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def _clean(text: str) -> str:
    """XML 1.0 cannot hold most control characters; reports pasted from the web have them."""
    return _ILLEGAL.sub("\uFFFD", text)


def _suite(res) -> ET.Element:
    suite = ET.Element("testsuite", name=_clean(res.path), tests="0", failures="0", errors="0")
    if res.error:
        case = ET.SubElement(suite, "testcase", name="read", classname=_clean(res.path))
        ET.SubElement(case, "error", message=_clean(res.error)).text = _clean(res.error)
        suite.set("tests", "1")
        suite.set("errors", "1")
        return suite
    for d in res.diagnostics:
        case = ET.SubElement(suite, "testcase", name=f"{d.rule} {d.name} ({d.line}:{d.column})",
                             classname=_clean(res.path))
        failure = ET.SubElement(case, "failure", message=_clean(d.message), type=d.severity)
        lines = [f"{d.path}:{d.line}:{d.column}: {d.rule} [{d.severity}] {d.message}"]
        lines += [x for x in (d.section, d.cite, d.hint) if x]
        failure.text = _clean("\n".join(lines))
    if not res.diagnostics:
        ET.SubElement(suite, "testcase", name="gxlint", classname=_clean(res.path))
    suite.set("tests", str(max(1, len(res.diagnostics))))
    suite.set("failures", str(len(res.diagnostics)))
    return suite


def render(results, stream, ctx) -> None:
    root = ET.Element("testsuites", name="gxlint")
    suites = [_suite(res) for res in results]
    root.extend(suites)
    for key in ("tests", "failures", "errors"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    ET.indent(root)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ET.tostring(root, encoding="unicode"))
    stream.write("\n")
