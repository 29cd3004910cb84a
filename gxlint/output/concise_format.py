"""`--format concise`: one line a finding, `path:line:col: CODE [severity] message`, as
Ruff and compilers print them, for grep and editors' quickfix lists."""
from __future__ import annotations

from ..i18n import t


def render(results, stream, ctx) -> None:
    for res in results:
        if res.error:
            stream.write(f"{res.path}: {t('error.partial' if res.facts else 'error.file', ctx.lang)} {res.error}\n")
        for d in res.diagnostics:
            stream.write(f"{d.path}:{d.line}:{d.column}: {d.rule} [{d.severity}] {d.message}\n")
