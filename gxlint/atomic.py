"""Output files written whole or not at all: each is written to a temporary file beside
its place and renamed into place once complete, so an interrupted, failed or full-disk
run leaves the previous file (or none), never a truncated one that looks complete."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def replacing(path: str | Path, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """An open temporary file that becomes `path` when the block ends without error."""
    with temporary(path) as tmp, open(tmp, mode, **kwargs) as stream:
        yield stream


@contextmanager
def temporary(path: str | Path) -> Iterator[str]:
    """A temporary path beside `path` for a writer that takes a file name (xlsxwriter);
    it replaces `path` when the block ends without error, and is removed otherwise."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, 0o644 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
