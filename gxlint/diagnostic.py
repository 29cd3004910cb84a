"""The flat record every check produces and every formatter consumes."""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Related:
    line: int
    column: int
    end_line: int
    end_column: int
    message: str = ""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    rule: str
    name: str
    severity: str
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    section: str = ""
    cite: str = ""
    hint: str = ""
    url: str = ""
    related: tuple[Related, ...] = field(default_factory=tuple)
    page: int | None = None                          # PDF page of `line`
    table_cell: tuple[int, int, int] | None = None   # (table, row, column) of a document's table
    fingerprint: str = ""                            # content identity (check/fingerprint.py)
    title: str = ""                                  # the rule's short name in the message's language
    ocr: bool = False                                # rests on text OCR read from a scan

    def shown_name(self, lang: str) -> str:
        """The rule's name for a reader: in words for a Chinese one; the code name, which
        the command line takes, otherwise."""
        return self.title if lang == "zh" and self.title else self.name

    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule)
