"""What `gxlint serve` lets a request do, and the two guards in front of the
application: the body's size (counted as it arrives, whatever Content-Length says) and
the access token. And the access log: one JSON line a request, with no report text
and no file name in it."""
from __future__ import annotations

import hmac
import json
import sys
import time
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    max_file: int = 20 * MB
    max_request: int = 100 * MB
    max_files: int = 50
    seconds: float = 60.0          # one file's time limit
    memory: int = 2048 * MB        # one worker's address space
    jobs: int = 2                  # worker processes checking at once, over all requests
    token: str | None = None
    lang: str = "zh"


class TooLarge(Exception):
    pass


async def _reply(send, status: int, body: bytes, kind: str = "text/plain; charset=utf-8") -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Guard:
    """ASGI middleware: refuses a body over the limit (413) and, when a token is set, a
    request without it (401): an `Authorization: Bearer` header, or the cookie the page
    sets after `/?token=…`. Logs every request as one JSON line on standard error."""

    def __init__(self, app, settings: Settings, messages: dict[str, str]) -> None:
        self.app, self.settings, self.messages = app, settings, messages

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status, received, over = time.monotonic(), [0], [0], [False]

        async def sending(message) -> None:
            if over[0]:
                return                 # the application's answer to a body cut short: ours goes instead
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        async def receiving():
            message = await receive()
            if message["type"] == "http.request":
                received[0] += len(message.get("body", b""))
                if received[0] > self.settings.max_request:
                    over[0] = True
                    raise TooLarge
            return message

        headers = dict(scope.get("headers") or [])
        try:
            if not self._allowed(scope, headers):
                await _reply(sending, 401, self.messages["unauthorized"].encode())
            elif int(headers.get(b"content-length", b"0") or 0) > self.settings.max_request:
                await _reply(sending, 413, self.messages["too_large"].encode())
            else:
                await self.app(scope, receiving, sending)
        except Exception:
            if not over[0]:
                raise
        finally:
            if over[0] and not status[0]:
                status[0] = 413
                await _reply(send, 413, self.messages["too_large"].encode())
            _log(scope, status[0], received[0], time.monotonic() - started)

    def _allowed(self, scope, headers: dict) -> bool:
        token = self.settings.token
        if not token or (scope["path"] == "/" and scope.get("query_string", b"").startswith(b"token=")):
            return True
        given = headers.get(b"authorization", b"").decode("latin-1").removeprefix("Bearer ").strip()
        cookie = _cookie(headers.get(b"cookie", b"").decode("latin-1"), "gxlint_token")
        return any(hmac.compare_digest(x.encode(), token.encode()) for x in (given, cookie) if x)


def _cookie(header: str, name: str) -> str:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _log(scope, status: int, size: int, seconds: float) -> None:
    line = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "method": scope.get("method"), "path": scope.get("path"),
            "status": status, "bytes": size, "ms": round(seconds * 1000, 1),
            "client": (scope.get("client") or ("", 0))[0]}
    print(json.dumps(line), file=sys.stderr, flush=True)
