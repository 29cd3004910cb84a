"""`--format jsonl`: one JSON object a line, a line a finding (with its file's path)
or an unreadable file, for streaming into log stores and `jq -c`."""
from __future__ import annotations

import json

from .json_format import diagnostic_dict


class Writer:
    def __init__(self, stream, ctx) -> None:
        self.stream = stream

    def add(self, res) -> None:
        if res.error:
            self.stream.write(json.dumps({"path": res.path, "error": res.error}, ensure_ascii=False) + "\n")
        for d in res.diagnostics:
            self.stream.write(json.dumps({"path": res.path, **diagnostic_dict(d)}, ensure_ascii=False) + "\n")

    def close(self, extra: dict) -> None:
        pass
