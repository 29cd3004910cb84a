"""`--format jsonl`: one JSON object a line, a line a finding (with its file's path)
or an unreadable file, for streaming into log stores and `jq -c`."""
from __future__ import annotations

import json

from .json_format import diagnostic_dict


# One encoder for the run: json.dumps builds a new one for every line.
_encode = json.JSONEncoder(ensure_ascii=False).encode


class Writer:
    def __init__(self, stream, ctx) -> None:
        self.stream = stream

    def add(self, res) -> None:
        if res.error:
            self.stream.write(_encode({"path": res.path, "error": res.error}) + "\n")
        for d in res.diagnostics:
            self.stream.write(_encode(diagnostic_dict(d, {"path": res.path})) + "\n")

    def close(self, extra: dict) -> None:
        pass
