"""`--format github`: GitHub Actions workflow commands, which the runner turns into
annotations on the pull request's files. Chosen by default when GITHUB_ACTIONS=true."""
from __future__ import annotations

from . import Lines

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


class Writer(Lines):
    @staticmethod
    def part(res, spec) -> str:
        lines = []
        if res.error:
            lines.append(f"::error file={_prop(res.path)},title=gxlint::{_data(res.error)}\n")
        for d in res.diagnostics:
            where = (f"file={_prop(d.path)},line={d.line},col={d.column},"
                     f"endLine={d.end_line},endColumn={d.end_column}")
            title = _prop(f"{d.rule} {d.name}")
            lines.append(f"::{LEVELS[d.severity]} {where},title={title}::{_data(d.message)}\n")
        return "".join(lines)
