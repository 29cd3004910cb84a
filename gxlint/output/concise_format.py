"""`--format concise`: one line a finding, `path:line:col: CODE [severity] message`, as
Ruff and compilers print them, for grep and editors' quickfix lists."""
from __future__ import annotations

from ..i18n import t
from . import Lines


class Writer(Lines):
    @staticmethod
    def error_line(res, lang: str) -> str:
        return f"{res.path}: {t('error.partial' if res.facts else 'error.file', lang)} {res.error}\n"

    @staticmethod
    def finding_line(d, res) -> str:
        return f"{d.path}:{d.line}:{d.column}: {d.rule} [{d.severity}] {d.message}\n"
