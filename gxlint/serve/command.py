"""`gxlint serve`: the page started by one command, on uvicorn; the browser opened on it
when it is served on this machine."""
from __future__ import annotations

import os
import sys
import threading
import webbrowser

from ..i18n import t
from .limits import MB, Settings

LOCAL = ("127.0.0.1", "localhost", "::1")


def run(host: str, port: int, token: str | None, browser: bool, max_file_mb: int, max_request_mb: int,
        max_files: int, seconds: float, jobs: int | None, lang: str) -> None:
    import uvicorn

    from ..pool import default_jobs
    from .app import build

    settings = Settings(max_file=max_file_mb * MB, max_request=max_request_mb * MB, max_files=max_files,
                        seconds=seconds, jobs=jobs or max(1, min(4, default_jobs())),
                        token=token or os.environ.get("GXLINT_TOKEN") or None, lang=lang)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    url = f"http://{shown}:{port}/" + (f"?token={settings.token}" if settings.token else "")
    print(t("serve.started", lang, url=url), file=sys.stderr, flush=True)
    if browser and host in LOCAL:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(build(settings), host=host, port=port, access_log=False, log_level="warning")
