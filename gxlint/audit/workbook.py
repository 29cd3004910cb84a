"""The audit as an Excel workbook an office can print and hand on: a 汇总 sheet (totals,
findings by rule and severity, by regime and organ kind), then the reports, findings
and rules. Columns as wide as their Chinese text (wrapped past a limit), severities in
colour, frozen headers with filters, each finding linked to its report's row, and A4
landscape pages fitted to the width with the header row repeated."""
from __future__ import annotations

from collections import Counter

from ..i18n import t
from .tables import by

_WIDEST = 60                    # characters; longer text wraps
_COLOURS = {"error": "#FFD7D5", "warning": "#FFF1C2", "info": "#DDF4FF"}
_A4 = 9                          # xlsxwriter's paper code


def display_width(value) -> int:
    """Columns a value takes in a spreadsheet font: a Chinese character takes two."""
    text = str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


class Sheets:
    """The workbook's formats, made once, and the way every sheet is laid out."""

    def __init__(self, book, lang: str) -> None:
        self.book, self.lang = book, lang
        self.head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                                     "valign": "vcenter"})
        self.cell = book.add_format({"text_wrap": True, "valign": "top"})
        self.link = book.add_format({"text_wrap": True, "valign": "top", "font_color": "#0563C1", "underline": 1})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.severity = {s: book.add_format({"bg_color": c, "valign": "top", "text_wrap": True})
                         for s, c in _COLOURS.items()}

    def table(self, sheet, top: int, header: list[str], rows: list[list], colours=None, links=None) -> None:
        """`colours(r, c)`: a severity for a cell, or None; `links(r, c)`: a place in the
        workbook the cell links to, or None."""
        sheet.write_row(top, 0, header, self.head)
        for i, row in enumerate(rows, top + 1):
            for j, value in enumerate(row):
                severity = colours(i - top - 1, j) if colours else None
                target = links(i - top - 1, j) if links else None
                if target:
                    sheet.write_url(i, j, target, self.link, string=str(value))
                else:
                    sheet.write(i, j, value, self.severity[severity] if severity else self.cell)

    def fit(self, sheet, header: list[str], rows: list[list], first: int = 0) -> None:
        """Each column as wide as its widest value (a header may wrap), at most _WIDEST."""
        for j, name in enumerate(header):
            widest = max([display_width(r[j]) for r in rows] + [min(display_width(name), 12)])
            sheet.set_column(first + j, first + j, min(_WIDEST, max(6, widest + 2)))

    def page(self, sheet, header_row: int | None) -> None:
        """A4 landscape, as wide as one page, the header row on every page."""
        sheet.set_landscape()
        sheet.set_paper(_A4)
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        if header_row is not None:
            sheet.repeat_rows(header_row)
            sheet.freeze_panes(header_row + 1, 0)


def write_book(path: str, records, lang: str, sheets_data) -> None:
    """`sheets_data`: (name, keys, header, rows) of the reports, findings and rules."""
    import xlsxwriter

    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                      "strings_to_urls": False})
    look = Sheets(book, lang)
    _summary(book.add_worksheet(t("audit.sheet.summary", lang)), look, records, sheets_data)
    report_row = {row["path"]: i for i, row in enumerate(sheets_data["reports"][2], 1)}
    reports_name = t("audit.sheet.reports", lang)
    for name in ("reports", "findings", "rules"):
        keys, header, rows = sheets_data[name]
        sheet = book.add_worksheet(t(f"audit.sheet.{name}", lang))
        values = [[row[k] for k in keys] for row in rows]
        colours = _colours(name, keys, rows)
        links = None
        if name == "findings" and "path" in keys:
            at = keys.index("path")

            def links(r, c, rows=rows, at=at):
                found = report_row.get(rows[r]["path"])
                return f"internal:'{reports_name}'!A{found + 1}" if c == at and found else None
        look.table(sheet, 0, header, values, colours, links)
        look.fit(sheet, header, values)
        sheet.autofilter(0, 0, max(1, len(values)), len(keys) - 1)
        look.page(sheet, 0)
    book.close()


def _colours(name: str, keys: tuple[str, ...], rows: list[dict]):
    """Which cells carry a severity's colour: a count of it above 0, a finding's severity."""
    if name == "findings":
        return lambda r, c: rows[r]["_severity"] if keys[c] == "severity" else None
    return lambda r, c: keys[c] if keys[c] in _COLOURS and rows[r][keys[c]] else None


def _summary(sheet, look: Sheets, records, sheets_data) -> None:
    lang = look.lang
    counts = Counter(d.severity for r in records for d in r.diagnostics)
    sheet.write(0, 0, t("audit.title", lang), look.title)
    sheet.write(1, 0, t("audit.totals", lang, reports=len(records), unreadable=sum(1 for r in records if r.error),
                        error=counts["error"], warning=counts["warning"], info=counts["info"]))
    keys, header, rows = sheets_data["rules"]
    values = [[row[k] for k in keys] for row in rows]
    top = 3
    sheet.write(top, 0, t("audit.by_rule", lang), look.title)
    look.table(sheet, top + 1, header, values, _colours("rules", keys, rows))
    widths = [values]
    top += len(values) + 3
    for key, label in (("regime", "audit.by_regime"), ("organ_kind", "audit.by_organ_kind")):
        part = [list(x) for x in by(records, key, lang)]
        sheet.write(top, 0, t(label, lang), look.title)
        look.table(sheet, top + 1, [t(f"audit.col.{k}", lang) for k in ("value", "reports", "findings")], part)
        widths.append(part)
        top += len(part) + 3
    flat = [row + [""] * (len(header) - len(row)) for part in widths for row in part]
    look.fit(sheet, header, flat)
    look.page(sheet, None)
