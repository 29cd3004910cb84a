"""`--format jsonl`: one compact JSON object a line (as `jq -c` writes it), a line a
finding (with its file's path) or an unreadable file, for streaming into log stores."""
from __future__ import annotations

from . import Lines
from .json_format import diagnostic_dict
from .jsonstream import line


class Writer(Lines):
    @staticmethod
    def error_line(res, lang: str) -> str:
        return line({"path": res.path, "error": res.error}) + "\n"

    @staticmethod
    def finding_line(d, res) -> str:
        return line(diagnostic_dict(d, res.path)) + "\n"
