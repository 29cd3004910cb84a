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
    def error_line(res, lang: str) -> str:
        return f"::error file={_prop(res.path)},title=gxlint::{_data(res.error)}\n"

    @staticmethod
    def finding_line(d, res) -> str:
        where = (f"file={_prop(d.path)},line={d.line},col={d.column},"
                 f"endLine={d.end_line},endColumn={d.end_column}")
        return f"::{LEVELS[d.severity]} {where},title={_prop(f'{d.rule} {d.name}')}::{_data(d.message)}\n"
