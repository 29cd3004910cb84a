"""`--format concise`: one line a finding, `path:line:col: CODE [severity] message`, as
Ruff and compilers print them, for grep and editors' quickfix lists."""
from __future__ import annotations

from ..i18n import t


class Writer:
    def __init__(self, stream, ctx) -> None:
        self.stream, self.lang = stream, ctx.lang

    def add(self, res) -> None:
        if res.error:
            self.stream.write(f"{res.path}: {t('error.partial' if res.facts else 'error.file', self.lang)} {res.error}\n")
        for d in res.diagnostics:
            self.stream.write(f"{d.path}:{d.line}:{d.column}: {d.rule} [{d.severity}] {d.message}\n")

    def close(self, extra: dict) -> None:
        pass
