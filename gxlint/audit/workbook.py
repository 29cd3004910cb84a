"""The audit as an Excel workbook an office can print and hand on: a 汇总 sheet (totals,
findings by rule and severity, by regime and organ kind), then the reports, findings
and rules. Columns as wide as their Chinese text (wrapped past a limit), severities in
colour, frozen headers with filters, each finding linked to its report's row, and A4
landscape pages fitted to the width with the header row repeated."""
from __future__ import annotations

from ..i18n import t

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

    def table(self, sheet, top: int, keys, header: list[str], rows, colour=None, link=None) -> None:
        """`rows`: dicts by `keys`; `colour(row, key)`: a severity for a cell, or None;
        `link(row, key)`: a place in the workbook the cell links to, or None."""
        sheet.write_row(top, 0, header, self.head)
        for i, row in enumerate(rows, top + 1):
            for j, key in enumerate(keys):
                value, severity = row[key], colour(row, key) if colour else None
                target = link(row, key) if link else None
                if target:
                    sheet.write_url(i, j, target, self.link, string=str(value))
                else:
                    sheet.write(i, j, value, self.severity[severity] if severity else self.cell)

    def fit(self, sheet, keys, header: list[str], rows) -> int:
        """Each column as wide as its widest value (a header may wrap), at most _WIDEST;
        the number of rows."""
        widest = [min(display_width(name), 12) for name in header]
        count = 0
        for row in rows:
            count += 1
            for j, key in enumerate(keys):
                widest[j] = max(widest[j], display_width(row.get(key, "")))
        for j, width in enumerate(widest):
            sheet.set_column(j, j, min(_WIDEST, max(6, width + 2)))
        return count

    def page(self, sheet, header_row: int | None) -> None:
        """A4 landscape, as wide as one page, the header row on every page."""
        sheet.set_landscape()
        sheet.set_paper(_A4)
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        if header_row is not None:
            sheet.repeat_rows(header_row)
            sheet.freeze_panes(header_row + 1, 0)


def write_book(path: str, ov, lang: str, sheets_data) -> None:
    """`sheets_data`: name → (keys, header, a way to make the rows) of the reports,
    findings and rules. Each sheet's rows are made twice, to fit the columns and to
    write them, and never held: the workbook streams to disk as it is written."""
    import xlsxwriter

    book = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                      "strings_to_urls": False, "constant_memory": True})
    look = Sheets(book, lang)
    _summary(book.add_worksheet(t("audit.sheet.summary", lang)), look, ov, sheets_data)
    report_row = {row["path"]: i for i, row in enumerate(sheets_data["reports"][2](), 2)}
    reports_name = t("audit.sheet.reports", lang)
    for name in ("reports", "findings", "rules"):
        keys, header, rows = sheets_data[name]
        sheet = book.add_worksheet(t(f"audit.sheet.{name}", lang))
        count = look.fit(sheet, keys, header, rows())
        link = None
        if name == "findings":
            def link(row, key):
                found = report_row.get(row["path"])
                return f"internal:'{reports_name}'!A{found}" if key == "path" and found else None
        look.table(sheet, 0, keys, header, rows(), _colour(name), link)
        sheet.autofilter(0, 0, max(1, count), len(keys) - 1)
        look.page(sheet, 0)
    book.close()


def _colour(name: str):
    """Which cells carry a severity's colour: a count of it above 0, a finding's severity."""
    if name == "findings":
        return lambda row, key: row["_severity"] if key == "severity" else None
    return lambda row, key: key if key in _COLOURS and row[key] else None


def _summary(sheet, look: Sheets, ov, sheets_data) -> None:
    lang = look.lang
    sheet.write(0, 0, t("audit.title", lang), look.title)
    sheet.write(1, 0, t("audit.totals", lang, reports=ov.reports, unreadable=len(ov.unreadable),
                        error=ov.counts["error"], warning=ov.counts["warning"], info=ov.counts["info"]))
    keys, header, rows = sheets_data["rules"]
    rules = list(rows())
    top = 3
    sheet.write(top, 0, t("audit.by_rule", lang), look.title)
    look.table(sheet, top + 1, keys, header, rules, _colour("rules"))
    widths = list(rules)            # each column as wide as the widest of the tables above one another
    top += len(rules) + 3
    columns = ("value", "reports", "findings")
    for counted, label in ((ov.by_regime, "audit.by_regime"), (ov.by_kind, "audit.by_organ_kind")):
        part = [dict(zip(columns, x)) for x in counted]
        sheet.write(top, 0, t(label, lang), look.title)
        look.table(sheet, top + 1, columns, [t(f"audit.col.{k}", lang) for k in columns], part)
        widths += [dict(zip(keys, (row[c] for c in columns))) for row in part]
        top += len(part) + 3
    look.fit(sheet, keys, header, widths)
    look.page(sheet, None)
