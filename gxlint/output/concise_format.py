"""`--format concise`: one line a finding, `path:line:col: CODE [severity] message`, as
Ruff and compilers print them, for grep and editors' quickfix lists."""
from __future__ import annotations

from ..i18n import t
from . import Lines


class Writer(Lines):
    @staticmethod
    def part(res, lang) -> str:
        lines = []
        if res.error:
            lines.append(f"{res.path}: {t('error.partial' if res.facts else 'error.file', lang)} {res.error}\n")
        for d in res.diagnostics:
            lines.append(f"{d.path}:{d.line}:{d.column}: {d.rule} [{d.severity}] {d.message}\n")
        return "".join(lines)
