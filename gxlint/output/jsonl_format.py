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
    def part(res, spec) -> str:
        lines = []
        if res.error:
            lines.append(_encode({"path": res.path, "error": res.error}) + "\n")
        for d in res.diagnostics:
            lines.append(_encode(diagnostic_dict(d, {"path": res.path})) + "\n")
        return "".join(lines)
