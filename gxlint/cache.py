"""A small on-disk cache of parsed rule packs, so a run (a pre-commit hook on every
commit) skips importing PyYAML and parsing the packs, a large part of its start-up.

One entry per file, valid for its size and modification time and gxlint's version,
written atomically, and read with `marshal` (plain data only). Any problem — no home
directory, a read-only disk, a stale or corrupt entry — means a miss, never an error.
`GXLINT_CACHE_DIR` moves the cache; `GXLINT_NO_CACHE=1` turns it off."""
from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

from . import __version__


def directory() -> Path | None:
    if os.environ.get("GXLINT_NO_CACHE"):
        return None
    if os.environ.get("GXLINT_CACHE_DIR"):
        return Path(os.environ["GXLINT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache" if Path.home() != Path("/") else None)
    return Path(base) / "gxlint" if base else None


def _entry(kind: str, name: str) -> Path | None:
    """One entry per file (and kind): a newer version of the file replaces it."""
    where = directory()
    if where is None:
        return None
    return where / f"{kind}-{hashlib.blake2b(name.encode(), digest_size=16).hexdigest()}.marshal"


def get(kind: str, name: str, stamp):
    """The value stored for `name` if it was stored for this `stamp` and this gxlint."""
    path = _entry(kind, name)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            version, stored, value = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if (version, stored) == (__version__, stamp) else None


def put(kind: str, name: str, stamp, value) -> None:
    path = _entry(kind, name)
    if path is None:
        return
    try:
        blob = marshal.dumps((__version__, stamp, value))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass            # a date in a pack marshal cannot hold, a read-only disk: no cache
