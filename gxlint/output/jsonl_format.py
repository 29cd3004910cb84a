"""`--format jsonl`: one JSON object a line, a line a finding (with its file's path)
or an unreadable file, for streaming into log stores and `jq -c`."""
from __future__ import annotations

import json

from . import Lines
from .json_format import diagnostic_dict


# One encoder for the run: json.dumps builds a new one for every line.
_encode = json.JSONEncoder(ensure_ascii=False).encode


class Writer(Lines):
    @staticmethod
    def error_line(res, lang: str) -> str:
        return _encode({"path": res.path, "error": res.error}) + "\n"

    @staticmethod
    def finding_line(d, res) -> str:
        return _encode(diagnostic_dict(d, {"path": res.path})) + "\n"
