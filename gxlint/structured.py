"""YAML and TOML that users write (configuration, rule packs), parsed with bounds: a
few lines can nest a structure thousands deep or, through YAML aliases, describe
millions of nodes that every later walk would visit. Past either bound the file is
refused with one line."""
from __future__ import annotations

from typing import Any

MAX_NODES = 200_000          # nodes as a walk visits them, aliases counted each time
MAX_DEPTH = 100


class TooLarge(Exception):
    """The structure passes a bound; the message says which."""


def bounded(data: Any) -> Any:
    """`data` itself, once a walk that counts every node it would visit stays within the
    bounds (the walk stops at the first one passed)."""
    visits = 0
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        visits += 1
        if visits > MAX_NODES:
            raise TooLarge(f"more than {MAX_NODES} values (aliases counted where they are used)")
        if depth > MAX_DEPTH:
            raise TooLarge(f"nested more than {MAX_DEPTH} deep")
        if isinstance(node, dict):
            stack.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
    return data


def load_toml(text: str) -> dict:
    """tomllib's reading, with nesting it cannot follow reported, not crashed on."""
    import tomllib

    try:
        return bounded(tomllib.loads(text))
    except RecursionError:
        raise TooLarge(f"nested more than {MAX_DEPTH} deep") from None
