"""`--format json`: the contract of ../shared/contracts.md, plus optional fields."""
from __future__ import annotations

from . import Base, Tally
from .jsonstream import ArrayWriter, dump


def report_dict(r) -> dict | None:
    """The report's identity, from a result's Facts."""
    if r is None:
        return None
    return {"title": r.title, "organ": r.organ, "organ_kind": r.organ_kind, "year": r.year, "regime": r.regime}


def related_dict(r) -> dict:
    # Spelled out: dataclasses.asdict deep-copies field by field, and it was a sixth
    # of a run's profile on reports with many findings.
    return {"line": r.line, "column": r.column, "end_line": r.end_line, "end_column": r.end_column,
            "message": r.message}


def diagnostic_dict(d, item: dict | None = None) -> dict:
    """The finding's fields, after those already in `item`."""
    item = {} if item is None else item
    item.update(rule=d.rule, name=d.name, severity=d.severity, message=d.message,
                line=d.line, column=d.column, end_line=d.end_line, end_column=d.end_column)
    for key in ("section", "cite", "hint", "url"):
        if getattr(d, key):
            item[key] = getattr(d, key)
    if d.related:
        item["related"] = [related_dict(x) for x in d.related]
    if d.page is not None:
        item["page"] = d.page
    if d.table_cell is not None:
        item["table_cell"] = dict(zip(("table", "row", "column"), d.table_cell))
    if d.fingerprint:
        item["fingerprint"] = d.fingerprint
    return item


def file_entry(res) -> dict:
    entry = {"path": res.path, "report": report_dict(res.facts),
             "diagnostics": [diagnostic_dict(d) for d in res.diagnostics], "error": res.error}
    if res.notes:
        entry["notes"] = list(res.notes)
    return entry


class Writer(Base):
    def __init__(self, stream, ctx) -> None:
        self.tally = Tally()
        self.array = ArrayWriter(stream, self._doc)

    def _doc(self, files, extra: dict | None = None) -> dict:
        summary = {"files": self.tally.files, **self.tally.counts, **(extra or {})}
        return {"version": 1, "files": files, "summary": summary}

    @staticmethod
    def part(res, spec) -> str:
        return dump(file_entry(res))

    def put(self, digest, part: str) -> None:
        self.tally.add(digest)
        self.array.add_dumped(part)

    def close(self, extra: dict) -> None:
        self.array.close(extra)
