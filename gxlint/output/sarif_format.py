"""`--format sarif`: SARIF 2.1.0, which GitHub code scanning and other result viewers
read. Columns count Unicode code points (as gxlint's do, and unlike SARIF's UTF-16
default), so run.columnKind says so. partialFingerprints carry the content
fingerprint, so a viewer keeps tracking a finding when lines move."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..catalogue import DOCS_URL
from ..i18n import t

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


def _result(d, index: dict[str, int]) -> dict:
    out = {"ruleId": d.rule, "level": LEVELS[d.severity], "message": {"text": d.message},
           "locations": [_location(d.path, d.line, d.column, d.end_line, d.end_column)]}
    if d.rule in index:
        out["ruleIndex"] = index[d.rule]
    if d.fingerprint:
        out["partialFingerprints"] = {"gxlintContent/v1": d.fingerprint}
    if d.related:
        out["relatedLocations"] = [
            {"id": i, **_location(d.path, r.line, r.column, r.end_line, r.end_column),
             **({"message": {"text": r.message}} if r.message else {})}
            for i, r in enumerate(d.related)]
    props = {k: v for k, v in (("section", d.section), ("page", d.page)) if v}
    if d.table_cell:
        props["tableCell"] = dict(zip(("table", "row", "column"), d.table_cell))
    if props:
        out["properties"] = props
    return out


def document(results, ctx) -> dict:
    rules = sorted(ctx.rules, key=lambda r: r.code)
    index = {r.code: i for i, r in enumerate(rules)}
    sarif_results = [_result(d, index) for res in results for d in res.diagnostics]
    notifications = [{"level": "error", "message": {"text": res.error},
                      "locations": [{"physicalLocation": {"artifactLocation": dict(zip(
                          ("uri", "uriBaseId"), (u for u in _uri(res.path) if u)))}}]}
                     for res in results if res.error]
    invocation = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": {"name": "gxlint", "version": __version__, "semanticVersion": __version__,
                            "informationUri": DOCS_URL, "rules": [_rule(r, ctx.lang) for r in rules]}},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {BASE: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "invocations": [invocation],
        "results": sarif_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(results, stream, ctx) -> None:
    json.dump(document(results, ctx), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
