"""A progress bar on standard error for long runs: shown on a terminal once a run has
taken a few seconds (a quick run stays quiet), or at once when --progress asks for it,
and gone when the run ends."""
from __future__ import annotations

import time
from typing import Any

from .i18n import t

AFTER = 2.0            # seconds before an unasked-for bar appears


class Progress:
    """`asked`: --progress (True), --no-progress (False) or neither (None: the bar shows
    where `fits`, standard error being a terminal the bar mixes with nothing on)."""

    def __init__(self, total: int, lang: str, asked: bool | None, fits: bool) -> None:
        self.total, self.lang = total, lang
        self.enabled = fits if asked is None else asked
        self.after = 0.0 if asked else AFTER
        self.began, self.done = time.monotonic(), 0
        self.bar: Any = None           # rich's Progress, once shown
        self.task: Any = None

    def tick(self, *_ignored) -> None:
        self.done += 1
        if not self.enabled:
            return
        if self.bar is None and time.monotonic() - self.began >= self.after:
            self._start()
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as Bar

        self.bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       transient=True, console=Console(stderr=True))
        self.task = self.bar.add_task(t("audit.progress", self.lang), total=self.total, completed=self.done)
        self.bar.start()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
