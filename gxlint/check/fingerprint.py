"""A finding's identity that survives edits elsewhere in the report: the rule, which
of its messages, the text the finding points at and the values its message names,
never a line or column. Baselines and SARIF's partialFingerprints use it."""
from __future__ import annotations

import hashlib

import regex

_SPACE = regex.compile(r"\s+")
_POSITIONAL = {"line", "column"}     # args that say where, not what


def fingerprint(rule: str, variant: str, span_text: str, args: dict) -> str:
    # Every finding passes here. The keys are unique, so sorting them sorts the pairs;
    # an f-string writes a value as str() does, and a text value (most are) is simply
    # added on; the first 16 bytes in hex are the first 32 digits of the hex digest.
    parts = [rule, variant, _squeeze(span_text)]
    for k in sorted(args):
        if k in _POSITIONAL:
            continue
        v = args[k]
        if type(v) is str:
            parts.append(k + "=" + v)
        elif isinstance(v, (str, int, float)):
            parts.append(f"{k}={v}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()[:16].hex()


def _squeeze(text: str) -> str:
    """Runs of white space as one space, none at the ends: split/join does it in C, a
    quarter of the regex's cost, and gives the same text unless one of the four
    separators \\x1c-\\x1f is there (str.split() splits at them; \\s does not)."""
    if "\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text:
        return _SPACE.sub(" ", text).strip()
    return " ".join(text.split())
