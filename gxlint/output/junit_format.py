"""`--format junit`: JUnit XML, which CI servers (GitLab, Jenkins, Azure) show as test
results. A report is a test suite; each finding is a failed test case, and a clean
report one passing case, so the count of reports shows even when all pass."""
from __future__ import annotations

import shutil
import tempfile
import xml.etree.ElementTree as ET

import regex

from . import Base

TOTALS = ("tests", "failures", "errors")
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


class Writer(Base):
    """The root element's totals come first in the file but are known last: suites are
    spooled to a temporary file and copied after them."""

    def __init__(self, stream, ctx) -> None:
        self.stream = stream
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.totals = dict.fromkeys(TOTALS, 0)

    @staticmethod
    def part(res, spec) -> tuple[str, tuple[int, ...]]:
        """The suite's XML, and its (tests, failures, errors) for the totals."""
        suite = _suite(res)
        ET.indent(suite, level=1)
        suite.tail = None
        return ET.tostring(suite, encoding="unicode"), tuple(int(suite.get(key, "0")) for key in TOTALS)

    def put(self, digest, part: tuple[str, tuple[int, ...]]) -> None:
        xml, counts = part
        for key, n in zip(TOTALS, counts):
            self.totals[key] += n
        self.spool.write("\n  " + xml)

    def close(self, extra: dict) -> None:
        root = ET.Element("testsuites", {"name": "gxlint", **{k: str(v) for k, v in self.totals.items()}})
        head = ET.tostring(root, encoding="unicode")          # '<testsuites … />'
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        with self.spool:
            if not self.spool.tell():
                self.stream.write(head + "\n")
                return
            self.stream.write(head.removesuffix(" />") + ">")
            self.spool.seek(0)
            shutil.copyfileobj(self.spool, self.stream)
        self.stream.write("\n</testsuites>\n")
