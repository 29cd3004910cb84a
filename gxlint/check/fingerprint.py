"""A finding's identity that survives edits elsewhere in the report: the rule, which
of its messages, the text the finding points at and the values its message names,
never a line or column. Baselines and SARIF's partialFingerprints use it."""
from __future__ import annotations

import hashlib

import regex

_SPACE = regex.compile(r"\s+")
_POSITIONAL = {"line", "column"}     # args that say where, not what


def fingerprint(rule: str, variant: str, span_text: str, args: dict) -> str:
    parts = [rule, variant, _SPACE.sub(" ", span_text).strip()]
    for key in sorted(args):
        value = args[key]
        if key not in _POSITIONAL and isinstance(value, (str, int, float)):
            parts.append(f"{key}={value}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
