"""Human output: location, severity, code, message, the source line with the span
underlined (measured in terminal cells, so full-width characters line up), the
section, the legal basis and a hint."""
from __future__ import annotations

import io
import os

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from ..i18n import t
from . import Base, Tally

COLOURS = {"error": "bold red", "warning": "yellow", "info": "cyan"}
WINDOW = 36   # characters of context either side of a span in a long line


def _excerpt(line: str, start: int, end: int) -> tuple[str, int, int]:
    """A window of `line` around [start, end) and the span's place inside it."""
    end = max(end, start + 1)
    lo = max(0, start - WINDOW)
    hi = min(len(line), max(end, start + 1) + WINDOW)
    if end - start > 2 * WINDOW:
        hi = min(len(line), start + 2 * WINDOW)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    shown = prefix + line[lo:hi] + suffix
    return shown, len(prefix) + start - lo, len(prefix) + min(end, hi) - lo


def _place(d, lang: str) -> str:
    """The page and table cell of a finding in a .pdf/.docx/.html, whose line numbers
    count the extracted text (`gxlint inspect --text`)."""
    parts = []
    if d.page is not None:
        parts.append(t("label.page", lang, page=d.page))
    if d.table_cell is not None:
        parts.append(t("label.cell", lang, **dict(zip(("table", "row", "column"), d.table_cell))))
    return f" [dim]（{escape('，'.join(parts))}）[/]" if parts else ""


def render_diagnostic(console: Console, d, lines: dict[int, str], lang: str) -> None:
    sev_label = t(f"severity.{d.severity}", lang)
    console.print(
        f"[bold]{escape(d.path)}:{d.line}:{d.column}[/]{_place(d, lang)}: [{COLOURS[d.severity]}]{sev_label}[/] "
        f"[bold]{d.rule}[/] [dim]{d.name}[/]  {escape(d.message)}", highlight=False, soft_wrap=True)
    if lines.get(d.line, "").strip():
        line = lines[d.line].rstrip()
        end_col = d.end_column if d.end_line == d.line else len(line) + 1
        shown, a, b = _excerpt(line, d.column - 1, end_col - 1)
        gutter = f"{d.line:>5} │ "
        pad = " " * cell_len(shown[:a])
        marks = "^" * max(1, cell_len(shown[a:b]))
        console.print(f"[dim]{gutter}[/]{escape(shown)}", highlight=False, soft_wrap=True)
        console.print(f"[dim]{' ' * 6}│ [/]{pad}[{COLOURS[d.severity]}]{marks}[/]", highlight=False, soft_wrap=True)
    for r in d.related[:8]:
        label = t("label.related", lang) + t("punct.colon", lang)
        console.print(f"[dim]{' ' * 6}= {label}{r.line}:{r.column}[/] {escape(r.message)}",
                      highlight=False, soft_wrap=True)
    for key, value in (("section", d.section), ("cite", d.cite), ("hint", d.hint)):
        if value:
            label = t("label." + key, lang) + t("punct.colon", lang)
            console.print(f"[dim]{' ' * 6}= {label}[/]{escape(value)}", highlight=False, soft_wrap=True)


def make_console(color: bool | None, stream=None, stderr: bool = False) -> Console:
    """Colour on a terminal, none in a file or a pipe, unless --color/--no-color says;
    NO_COLOR (no-color.org) when neither does. No colour means no escape code at all,
    bold and dim included."""
    off = color is False or (color is None and bool(os.environ.get("NO_COLOR")))
    return Console(file=stream, stderr=stderr, force_terminal=color or None, highlight=False, soft_wrap=True,
                   color_system=None if off else "auto")


def _settings(console: Console) -> tuple | None:
    """What a console elsewhere needs to write what this one would, or None: a legacy
    Windows console is driven by calls, not escape codes, so only it can write."""
    if console.legacy_windows:
        return None
    return console.color_system, console.is_terminal, console.no_color, console.width


def _render(console: Console, res, lang: str) -> None:
    if res.error:
        label = t("error.partial" if res.facts else "error.file", lang)
        console.print(f"[bold]{escape(res.path)}[/]: [bold red]{label}[/] {escape(res.error)}",
                      highlight=False, soft_wrap=True)
    if res.facts is None:      # unreadable; otherwise a rule failed and the others' findings follow
        return
    if res.skipped:
        why = t("skipped." + res.skipped, lang)
        console.print(f"[bold]{escape(res.path)}[/]: [cyan]{t('severity.info', lang)}[/] {why}",
                      highlight=False, soft_wrap=True)
    for note in res.notes:
        console.print(f"[bold]{escape(res.path)}[/]: [yellow]{t('label.note', lang)}[/]{escape(note)}",
                      highlight=False, soft_wrap=True)
    for d in res.diagnostics:
        render_diagnostic(console, d, res.facts.lines, lang)
        console.print()


class Writer(Base):
    def __init__(self, stream, ctx) -> None:
        self.console, self.lang, self.tally = make_console(ctx.color, stream), ctx.lang, Tally()
        self.quiet = ctx.quiet
        self.spec = (_settings(self.console), ctx.lang)

    @staticmethod
    def part(res, spec):
        """The file's text with the writing console's colours and width, or the result
        itself for a console only the main process can write to."""
        settings, lang = spec
        if settings is None:
            return res
        color_system, terminal, no_color, width = settings
        buffer = io.StringIO()
        console = Console(file=buffer, color_system=color_system, force_terminal=terminal, no_color=no_color,
                          width=width, legacy_windows=False, highlight=False, soft_wrap=True)
        _render(console, res, lang)
        return buffer.getvalue()

    def put(self, digest, part) -> None:
        self.tally.add(digest)
        if isinstance(part, str):
            self.console.file.write(part)
        else:
            _render(self.console, part, self.lang)

    def close(self, extra: dict) -> None:
        if self.quiet:
            return
        counts, failed = self.tally.counts, self.tally.failed
        summary = t("summary", self.lang, files=self.tally.files, error=counts["error"], warning=counts["warning"],
                    info=counts["info"])
        if failed:
            summary += t("summary.unreadable", self.lang, n=failed)
        style = "bold red" if counts["error"] or failed else ("yellow" if counts["warning"] else "green")
        self.console.print(f"[{style}]{summary}[/]", highlight=False)
