"""Human output: location, severity, code, message, the source line with the span
underlined (measured in terminal cells, so full-width characters line up), the
section, the legal basis and a hint."""
from __future__ import annotations

import io
import os

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

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


def _place(d, lang: str) -> Line:
    """The page and table cell of a finding in a .pdf/.docx/.html, whose line numbers
    count the extracted text (`gxlint inspect --text`)."""
    parts = []
    if d.page is not None:
        parts.append(t("label.page", lang, page=d.page))
    if d.ocr:
        parts.append(t("label.ocr", lang))
    if d.table_cell is not None:
        parts.append(t("label.cell", lang, **dict(zip(("table", "row", "column"), d.table_cell))))
    return [(" ", ""), ("（" + "，".join(parts) + "）", "dim")] if parts else []


# A printed line as pieces and their styles: written plain where there is no colour
# (fast: most output goes to files and pipes), styled by rich on a terminal.
Line = list[tuple[str, str]]


def diagnostic_lines(d, lines: dict[int, str], lang: str) -> list[Line]:
    colour = COLOURS[d.severity]
    out: list[Line] = [[(f"{d.path}:{d.line}:{d.column}", "bold"), *_place(d, lang), (": ", ""),
                        (t(f"severity.{d.severity}", lang), colour), (" ", ""), (d.rule, "bold"), (" ", ""),
                        (d.shown_name(lang), "dim"), ("  " + d.message, "")]]
    if lines.get(d.line, "").strip():
        line = lines[d.line].rstrip()
        end_col = d.end_column if d.end_line == d.line else len(line) + 1
        shown, a, b = _excerpt(line, d.column - 1, end_col - 1)
        out.append([(f"{d.line:>5} │ ", "dim"), (shown, "")])
        out.append([(" " * 6 + "│ ", "dim"), (" " * cell_len(shown[:a]), ""),
                    ("^" * max(1, cell_len(shown[a:b])), colour)])
    for r in d.related[:8]:
        label = t("label.related", lang) + t("punct.colon", lang)
        out.append([(f"{' ' * 6}= {label}{r.line}:{r.column}", "dim"), (" " + r.message, "")])
    for key, value in (("section", d.section), ("cite", d.cite), ("hint", d.hint)):
        if value:
            out.append([(f"{' ' * 6}= " + t("label." + key, lang) + t("punct.colon", lang), "dim"), (value, "")])
    return out


def result_lines(res, lang: str) -> list[Line]:
    out: list[Line] = []
    if res.error:
        label = t("error.partial" if res.facts else "error.file", lang)
        out.append([(res.path, "bold"), (": ", ""), (label, "bold red"), (" " + res.error, "")])
    if res.facts is None:      # unreadable; otherwise a rule failed and the others' findings follow
        return out
    if res.skipped:
        out.append([(res.path, "bold"), (": ", ""), (t("severity.info", lang), "cyan"),
                    (" " + t("skipped." + res.skipped, lang), "")])
    for note in res.notes:
        out.append([(res.path, "bold"), (": ", ""), (t("label.note", lang), "yellow"), (note, "")])
    for d in res.diagnostics:
        out += diagnostic_lines(d, res.facts.lines, lang)
        out.append([])
    return out


def plain(line: Line) -> str:
    text = "".join(piece for piece, _ in line)
    return _expand_tabs(text) if "\t" in text else text


def _expand_tabs(text: str) -> str:
    """Tabs to spaces at stops of 8 terminal cells, as rich sets them."""
    out, col = [], 0
    for ch in text:
        if ch == "\t":
            n = 8 - col % 8
            out.append(" " * n)
            col += n
        else:
            out.append(ch)
            col += cell_len(ch)
    return "".join(out)


def _print(console: Console, lines: list[Line]) -> None:
    for line in lines:
        console.print(Text.assemble(*line), highlight=False, soft_wrap=True)


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
        lines = result_lines(res, lang)
        if color_system is None:
            return "".join(plain(line) + "\n" for line in lines)
        buffer = io.StringIO()
        console = Console(file=buffer, color_system=color_system, force_terminal=terminal, no_color=no_color,
                          width=width, legacy_windows=False, highlight=False, soft_wrap=True)
        _print(console, lines)
        return buffer.getvalue()

    def put(self, digest, part) -> None:
        self.tally.add(digest)
        if isinstance(part, str):
            self.console.file.write(part)
        else:
            _print(self.console, result_lines(part, self.lang))

    def close(self, extra: dict) -> None:
        if self.quiet:
            return
        tally, counts = self.tally, self.tally.counts
        failed = tally.failed
        checked = tally.files - tally.unreadable - tally.skipped
        summary = t("summary", self.lang, files=checked, error=counts["error"], warning=counts["warning"],
                    info=counts["info"])
        for key, n in (("unreadable", tally.unreadable), ("partial", tally.partial), ("skipped", tally.skipped)):
            if n:
                summary += t("summary." + key, self.lang, n=n)
        style = "bold red" if counts["error"] or failed else ("yellow" if counts["warning"] else "green")
        self.console.print(f"[{style}]{summary}[/]", highlight=False)
