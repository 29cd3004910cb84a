"""`--letters DIR`: one Word letter per organ, the 整改通知 attachment an office sends:
addressed to the organ, its reports one after the other, each finding with where it is,
its legal basis and how to fix it, errors first. Reports whose organ is not known get a
letter each, named after the file."""
from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path

import regex

from ..atomic import temporary
from ..diagnostic import SEVERITIES
from ..i18n import t

_UNSAFE = regex.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def letters(records) -> dict[str, list[int]]:
    """Organ (its name as written first) → the indexes of its records, in the order
    given: a letter reads its own records only, however many organs there are."""
    groups: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for i, r in enumerate(records):
        key = r.organ_key or f"\0{r.path}"
        names.setdefault(key, r.organ or Path(r.path).stem)
        groups.setdefault(names[key], []).append(i)
    return groups


def write_letters(folder: Path, records, lang: str, today: datetime.date | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    today = today or datetime.date.today()
    written: list[Path] = []
    used: Counter[str] = Counter()
    for organ, own in letters(records).items():
        stem = _UNSAFE.sub("_", organ).strip(" .") or "report"
        used[stem] += 1
        path = folder / (f"{stem}.docx" if used[stem] == 1 else f"{stem}（{used[stem]}）.docx")
        with temporary(path) as tmp:
            _letter(organ, [records[i] for i in own], lang, today).save(tmp)
        written.append(path)
    return written


def _letter(organ: str, records, lang: str, today: datetime.date):
    from docx import Document

    doc = Document()
    doc.add_heading(t("letter.title", lang), level=1)
    doc.add_paragraph(t("letter.to", lang, organ=organ))
    counts = Counter(d.severity for r in records for d in r.diagnostics)
    total = sum(counts.values())
    doc.add_paragraph(t("letter.intro", lang, reports=len(records), error=counts["error"],
                        warning=counts["warning"], info=counts["info"]) if total or any(r.error for r in records)
                      else t("letter.clean", lang, reports=len(records)))
    for r in records:
        _report(doc, r, lang)
    doc.add_paragraph(t("letter.close", lang))
    doc.add_paragraph(t("letter.date", lang, year=today.year, month=today.month, day=today.day))
    return doc


def _report(doc, record, lang: str) -> None:
    name = record.title or Path(record.path).name
    doc.add_heading(t("letter.report", lang, name=name, path=record.path), level=2)
    if record.error:
        doc.add_paragraph(t("letter.unreadable", lang, reason=record.error))
        return
    if not record.diagnostics:
        doc.add_paragraph(t("letter.none", lang))
        return
    keys = ("no", "severity", "place", "message", "cite", "hint")
    table = doc.add_table(rows=1, cols=len(keys))
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, keys):
        cell.text = t(f"letter.col.{key}", lang)
    order = sorted(record.diagnostics, key=lambda d: (SEVERITIES.index(d.severity), d.line, d.column))
    for i, d in enumerate(order, 1):
        values = (str(i), t(f"severity.{d.severity}", lang), _place(d, lang),
                  f"{d.rule} {d.shown_name(lang)}：{d.message}", d.cite, d.hint)
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value


def _place(d, lang: str) -> str:
    """Where a finding is, as an author finds it: the page of a PDF, the line, the part."""
    parts = [t("label.page", lang, page=d.page)] if d.page else []
    parts.append(t("letter.line", lang, line=d.line, column=d.column))
    if d.section:
        parts.append(d.section)
    return "，".join(parts) if lang == "zh" else ", ".join(parts)
