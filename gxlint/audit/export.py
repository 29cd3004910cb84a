"""CSV and Excel exports. Both carry Chinese headers; CSV is written with a BOM so
Excel and WPS open it as UTF-8 rather than the local code page."""
from __future__ import annotations

import csv
from pathlib import Path

from ..atomic import replacing, temporary
from .tables import FINDING_KEYS, REPORT_KEYS, RULE_KEYS, finding_rows, headers, report_rows


def _sheets(records, ov, lang: str):
    """Each sheet's name, columns and a way to make its rows (a pass over the records)."""
    return (("reports", REPORT_KEYS, lambda: report_rows(records, lang)),
            ("findings", FINDING_KEYS, lambda: finding_rows(records, lang)),
            ("rules", RULE_KEYS, lambda: iter(ov.rules)))


def _neutral(value):
    """A cell a spreadsheet will not run: text that opens with =, +, - or @ (a formula
    to Excel and WPS) is written after an apostrophe, as OWASP advises."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def write_csv(folder: Path, records, ov, lang: str) -> list[Path]:
    """`ov`: the submission's overview.Overview."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, keys, rows in _sheets(records, ov, lang):
        path = folder / f"{name}.csv"
        with replacing(path, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(headers(keys, lang))
            writer.writerows([_neutral(row[k]) for k in keys] for row in rows())
        written.append(path)
    return written


def write_xlsx(path: Path, records, ov, lang: str) -> None:
    from .workbook import write_book

    sheets = {name: (keys, headers(keys, lang), rows) for name, keys, rows in _sheets(records, ov, lang)}
    with temporary(path) as tmp:
        write_book(tmp, ov, lang, sheets)
