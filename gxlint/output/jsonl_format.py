"""`--format jsonl`: one compact JSON object a line (as `jq -c` writes it), a line a
finding (with its file's path) or an unreadable file, for streaming into log stores.
Lines are UTF-8 bytes from where the file is linted to the output's byte stream,
never decoded to text and encoded again."""
from __future__ import annotations

from . import Lines
from .json_format import diagnostic_dict
from .jsonstream import line


class Writer(Lines):
    joined = b""

    def __init__(self, stream, ctx) -> None:
        super().__init__(stream, ctx)
        binary = getattr(stream, "buffer", None)
        if binary is None:          # a text-only stream (io.StringIO)
            self.write = lambda part: stream.write(part.decode("utf-8", "surrogateescape"))
        else:
            stream.flush()          # whatever the text layer holds goes first
            self.write = binary.write

    @staticmethod
    def error_line(res, lang: str) -> bytes:
        return line({"path": res.path, "error": res.error}) + b"\n"

    @staticmethod
    def finding_line(d, res) -> bytes:
        return line(diagnostic_dict(d, res.path)) + b"\n"
