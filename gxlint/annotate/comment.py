"""What a comment or a note says of a finding, and which words of the extracted text it
concerns."""
from __future__ import annotations

from ..diagnostic import Diagnostic
from ..i18n import t


def comment_text(d: Diagnostic, lang: str) -> str:
    """"【错误】GX305 正文与表格数字不一致：…" then its basis and its fix, a line each."""
    lines = [f"【{t('severity.' + d.severity, lang)}】{d.rule} {d.shown_name(lang)}：{d.message}"]
    if d.cite:
        lines.append(f"{t('label.cite', lang)}：{d.cite}")
    if d.hint:
        lines.append(f"{t('label.hint', lang)}：{d.hint}")
    return "\n".join(lines)


def covered(d: Diagnostic, lines: list[str]) -> tuple[int, int, int] | None:
    """The finding's words: (0-based line, start, end) on its first line, or None for a
    finding about the whole report (an empty span at the start)."""
    i = d.line - 1
    if not 0 <= i < len(lines):
        return None
    start = max(0, d.column - 1)
    end = d.end_column - 1 if d.end_line == d.line else len(lines[i])
    if end <= start:
        return None
    return i, start, min(end, len(lines[i]))
