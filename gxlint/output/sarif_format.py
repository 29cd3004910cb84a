"""`--format sarif`: SARIF 2.1.0, which GitHub code scanning and other result viewers
read. Columns count Unicode code points (as gxlint's do, and unlike SARIF's UTF-16
default), so run.columnKind says so. partialFingerprints carry the content
fingerprint, so a viewer keeps tracking a finding when lines move. Paths under the
working folder are relative to SRCROOT (run.originalUriBaseIds), and each region
carries its source line as a snippet."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..catalogue import DOCS_URL
from ..i18n import t
from . import Base
from .jsonstream import ArrayWriter, dump

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
BASE = "SRCROOT"


def _uri(path: str) -> tuple[str, str | None]:
    """A path under the working folder stays relative to it (so the log reads the same
    on every checkout); another becomes an absolute file: URI."""
    if path == "-":
        return "stdin", None
    absolute = Path(path).resolve()
    try:
        return quote(absolute.relative_to(Path.cwd().resolve()).as_posix()), BASE
    except ValueError:
        return absolute.as_uri(), None


def _location(path: str, line: int, column: int, end_line: int, end_column: int) -> dict:
    uri, base = _uri(path)
    artifact = {"uri": uri, **({"uriBaseId": base} if base else {})}
    region = {"startLine": line, "startColumn": column, "endLine": end_line,
              "endColumn": max(end_column, column) if end_line == line else end_column}
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _rule(rule, lang: str) -> dict:
    description = rule.text("description", lang)
    cite, hint = rule.text("cite", lang), rule.text("hint", lang)
    help_lines = [description, f"{t('explain.cite', lang)}{t('punct.colon', lang)}{cite}" if cite else "",
                  f"{t('label.hint', lang)}{t('punct.colon', lang)}{hint}" if hint else ""]
    entry = {
        "id": rule.code, "name": rule.name,
        "shortDescription": {"text": description.split("。")[0].split(". ")[0].rstrip("。.") or rule.name},
        "fullDescription": {"text": description},
        "help": {"text": "\n".join(x for x in help_lines if x),
                 "markdown": "\n\n".join(x for x in help_lines if x)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["gxlint", *rule.regimes], "regimes": list(rule.regimes)},
    }
    if rule.url:
        entry["helpUri"] = rule.url
    return entry


def _result(d, index: dict[str, int], lines: dict[int, str]) -> dict:
    location = _location(d.path, d.line, d.column, d.end_line, d.end_column)
    if lines.get(d.line):         # the source line, for viewers that do not have the file
        location["physicalLocation"]["region"]["snippet"] = {"text": lines[d.line]}
    out = {"ruleId": d.rule, "level": LEVELS[d.severity], "message": {"text": d.message}, "locations": [location]}
    if d.rule in index:
        out["ruleIndex"] = index[d.rule]
    if d.fingerprint:
        out["partialFingerprints"] = {"gxlintContent/v1": d.fingerprint}
    if d.related:
        out["relatedLocations"] = [
            {"id": i, **_location(d.path, r.line, r.column, r.end_line, r.end_column),
             **({"message": {"text": r.message}} if r.message else {})}
            for i, r in enumerate(d.related)]
    props = {k: v for k, v in (("section", d.section), ("page", d.page), ("ocr", d.ocr)) if v}
    if d.table_cell:
        props["tableCell"] = dict(zip(("table", "row", "column"), d.table_cell))
    if props:
        out["properties"] = props
    return out


def _notification(res) -> dict:
    return {"level": "error", "message": {"text": res.error},
            "locations": [{"physicalLocation": {"artifactLocation": dict(zip(
                ("uri", "uriBaseId"), (u for u in _uri(res.path) if u)))}}]}


class Writer(Base):
    """Results are written as they come; the invocation, which says whether every file
    could be read, follows them. `spec`: each rule's index in the rules listed."""

    def __init__(self, stream, ctx) -> None:
        rules = sorted(ctx.rules, key=lambda r: r.code)
        self.spec = {r.code: i for i, r in enumerate(rules)}
        self.driver = {"name": "gxlint", "version": __version__, "semanticVersion": __version__,
                       "informationUri": DOCS_URL, "rules": [_rule(r, ctx.lang) for r in rules]}
        self.notifications: list[dict] = []
        self.array = ArrayWriter(stream, self._doc)

    def _doc(self, results) -> dict:
        invocation: dict[str, Any] = {"executionSuccessful": not self.notifications}
        if self.notifications:
            invocation["toolExecutionNotifications"] = self.notifications
        run = {
            "tool": {"driver": self.driver},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {BASE: {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "results": results,
            "invocations": [invocation],
        }
        return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}

    @staticmethod
    def part(res, index: dict[str, int]) -> tuple[str, ...]:
        lines = res.facts.lines if res.facts else {}
        return tuple(dump(_result(d, index, lines)) for d in res.diagnostics)

    def put(self, digest, part: tuple[str, ...]) -> None:
        if digest.error:
            self.notifications.append(_notification(digest))
        for text in part:
            self.array.add_dumped(text)

    def close(self, extra: dict) -> None:
        self.array.close()
