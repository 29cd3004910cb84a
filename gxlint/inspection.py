"""`gxlint inspect FILE`: the report model, as a tree for people or as JSON."""
from __future__ import annotations

import datetime as dt
import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from .i18n import t as tr
from .model import Cell, PageFacts, Report, Section, StatTable
from .output.console import stdout_for
from .output.safe import printable


def as_dict(report: Report) -> dict:
    pos = report.text.position

    def span(s):
        p = pos(s)
        return {"line": p.line, "column": p.column, "end_line": p.end_line, "end_column": p.end_column}

    def section(node: Section) -> dict:
        h = node.heading
        return {"level": h.level, "number": h.number, "marker": h.marker, "title": h.title, **span(h.span),
                "children": [section(c) for c in node.children]}

    return {
        "path": report.path,
        "title": report.title, "organ": report.organ, "organ_kind": report.organ_kind,
        "year": report.year, "year_source": report.year_source, "regime": report.regime,
        "traditional": report.traditional,
        "period": [{"start": p.start and p.start.isoformat(), "end": p.end and p.end.isoformat(),
                    "text": report.text.original[p.span.start:p.span.end], **span(p.span)} for p in report.periods],
        "dates": [{"date": d.date.isoformat(), "kind": d.kind, **span(d.span)} for d in report.dates],
        "page": _page(report.page),
        "contacts": [{"kind": c.kind, "value": c.value, "valid": c.valid, **span(c.span)} for c in report.contacts],
        "sections": [section(c) for c in report.sections],
        "tables": [{"caption": report.text.original[t.caption.start:t.caption.end], "values": t.values,
                    "labels": t.labels, **span(t.span)} for t in report.tables],
        "stat_tables": [_stat_table(t, span) for t in report.stat_tables],
        "numbers": len(report.numbers),
        "paragraphs": len(report.paragraphs),
    }


def _page(page: PageFacts) -> dict:
    """The web page's own facts, those it states."""
    return {k: v.isoformat() if isinstance(v, dt.date) else v
            for k in ("published", "written", "publisher", "number", "index")
            if (v := getattr(page, k)) is not None}


def _stat_table(table: StatTable, span) -> dict:
    def cell(c: Cell) -> dict:
        return {"raw": c.raw, "value": c.value, "status": c.status, "note": c.note, **span(c.span)}
    return {"kind": table.kind, "title": table.title, "layout": table.layout, "columns": list(table.columns),
            **span(table.span),
            "rows": [{"label": r.label, "key": r.key, "sub": r.sub, "unit": r.unit, **span(r.span),
                      "cells": [cell(c) for c in r.cells]} for r in table.rows]}


_STYLE = {"value": "", "null": "dim", "unreadable": "bold red", "unplaced": "yellow"}
# Cells cut out of glued digits: the only possible cut, or the only one that keeps the row's identity.
_MARK = {"glued": "*", "identity": "="}


def _grid(table: dict, lang: str) -> Table:
    name = table["kind"] + (f" （{table['title']}）" if table["kind"] == "table-2" else "")
    grid = Table(title=f"{name} · {table['layout']} · line {table['line']}–{table['end_line']}",
                 title_justify="left", show_lines=False, header_style="bold")
    grid.add_column("line", justify="right", style="dim")
    grid.add_column(tr("inspect.item", lang))
    grid.add_column(tr("inspect.unit", lang))
    for name in table["columns"]:
        grid.add_column(name, justify="right")
    for row in table["rows"]:
        cells = []
        for c in row["cells"]:
            text = c["raw"] or "·"
            if c["status"] == "unreadable":
                text += " ?"
            elif c["note"] in _MARK:
                text += _MARK[c["note"]]
            cells.append(f"[{_STYLE[c['status']]}]{escape(text)}[/]" if _STYLE[c["status"]] else escape(text))
        where = f"{row['line']}:{row['column']}" if table["line"] == table["end_line"] else str(row["line"])
        grid.add_row(where, escape(("  " if row["sub"] else "") + row["key"]), escape(row["unit"]), *cells)
    return grid


def show_text(report: Report, layout, console: Console, lang: str = "zh") -> None:
    """The text the checks read, numbered as findings number it; for a PDF, where each
    page begins."""
    from .i18n import t

    lines = report.text.lines
    if lines and not lines[-1]:
        lines = lines[:-1]         # the break that ends the last line does not start another
    page = None
    for n, line in enumerate(lines, 1):
        at = layout.page_of(n) if layout else None
        if at is not None and at != page:
            label = t("label.page", lang, page=at) + (f"（{t('label.ocr', lang)}）" if at in layout.ocr else "")
            console.print(f"[dim]{'─' * 6} {label} {'─' * 6}[/]", highlight=False)
            page = at
        console.print(f"[dim]{n:>5} │[/] {escape(printable(line))}", highlight=False, soft_wrap=True)


def _layout(layout) -> dict | None:
    if layout is None:
        return None
    return {"kind": layout.kind, "pages": max(layout.pages, default=None),
            "tables": max((c.table for c in layout.cells), default=0),
            "styled_headings": [{"line": n, "level": lvl} for n, lvl in layout.headings],
            "notes": list(layout.notes)}


def inspect(report: Report, fmt: str, console: Console, layout=None, lang: str = "zh") -> None:
    data = as_dict(report)
    data["document"] = _layout(layout)
    if fmt == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2), file=stdout_for("json"))
        return
    facts = Tree(f"[bold]{escape(report.path)}[/]")
    for key in ("title", "organ", "organ_kind", "year", "year_source", "regime", "traditional"):
        facts.add(f"[dim]{key}:[/] {escape(str(data[key]))}")
    doc = data["document"]
    if doc:
        pages = f", {doc['pages']} pages" if doc["pages"] else ""
        facts.add(f"[dim]document:[/] {doc['kind']}{pages}, {doc['tables']} tables "
                  f"[dim](line numbers count the extracted text: gxlint inspect --text)[/]")
        for note in doc["notes"]:
            facts.add(f"[yellow]{escape(note)}[/]")
    for p in data["period"]:
        facts.add(f"[dim]period:[/] {p['start']} → {p['end']}  (line {p['line']}: {escape(p['text'])})")
    for key, value in data["page"].items():
        facts.add(f"[dim]page {key}:[/] {escape(value)}")
    for d in data["dates"]:
        if d["kind"] != "text":
            facts.add(f"[dim]date ({d['kind']}):[/] {d['date']}  (line {d['line']})")
    for c in data["contacts"]:
        mark = "" if c["valid"] else " [red](malformed)[/]"
        facts.add(f"[dim]{c['kind']}:[/] {escape(c['value'])}{mark}  (line {c['line']})")
    tree = facts.add("[bold]sections[/]")

    def add(node: Tree, items: list[dict]) -> None:
        for s in items:
            child = node.add(f"{escape(s['marker'])}{escape(s['title'])}  [dim]line {s['line']}[/]")
            add(child, s["children"])

    add(tree, data["sections"])
    tables = facts.add("[bold]tables[/]")
    for tb in data["tables"]:
        tables.add(f"{escape(tb['caption'])}  [dim]line {tb['line']}–{tb['end_line']}: "
                   f"{tb['values']} values, {tb['labels']} labels[/]")
    for table in data["stat_tables"]:
        tables.add(_grid(table, lang))
    if any(c["note"] in _MARK for t in data["stat_tables"] for r in t["rows"] for c in r["cells"]):
        tables.add(f"[dim]{escape(tr('inspect.legend', lang))}[/]")
    facts.add(f"[dim]paragraphs:[/] {data['paragraphs']}  [dim]numbers:[/] {data['numbers']}")
    console.print(facts)
