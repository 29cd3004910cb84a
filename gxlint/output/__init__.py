"""Report: formatters turn lint results into text for people or into the formats
programs read. One module a format; each has `render(results, stream, ctx)`."""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field

FORMATS = ("text", "json", "sarif", "github", "junit", "jsonl", "concise")


@dataclass(frozen=True)
class Context:
    lang: str = "zh"
    color: bool | None = None
    rules: tuple = ()                     # the rules in force (SARIF lists them)
    summary_extra: dict = field(default_factory=dict)   # e.g. what a baseline hid


def default_format() -> str:
    """GitHub Actions shows workflow commands as annotations; elsewhere, people read text."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def render(fmt: str, results, stream, ctx: Context) -> None:
    if fmt not in FORMATS:
        raise ValueError(fmt)
    importlib.import_module(f".{fmt}_format", __name__).render(results, stream, ctx)
