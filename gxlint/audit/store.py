"""The audit's records in an embedded SQLite database (`--db FILE`, by default a
temporary one), so that a province's hundred thousand reports are not all held in the
main process: each record is written as its worker hands it back, the main process keeps
only what the cross-report rules compare (`light`), and the outputs read the records
back one at a time (`StoredRecords`).

A record is kept with a stamp of what it was checked with (the file's content, the
job's options, gxlint's own code and packs): a rerun with the same database re-checks
only the files whose stamp changed, so an office adds late submissions without redoing
the year."""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .record import AuditRecord, Job

_SCHEMA = """
CREATE TABLE IF NOT EXISTS checked (path BLOB PRIMARY KEY, stamp TEXT NOT NULL, record BLOB NOT NULL);
CREATE TEMP TABLE run (seq INTEGER PRIMARY KEY, path BLOB NOT NULL);
CREATE TEMP TABLE cross (seq INTEGER PRIMARY KEY, added BLOB NOT NULL);
"""


@lru_cache(maxsize=1)
def _code() -> str:
    """A digest of gxlint's own code and rule packs: a record checked by other code is stale."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml", ".json")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def stamp(job: Job) -> str | None:
    """What a record was checked with; None when the file cannot be read (it is checked,
    and its error recorded, every time)."""
    try:
        content = Path(job.path).read_bytes()
    except OSError:
        return None
    options = repr(replace(job, path=""))
    return hashlib.sha256(content + b"\0" + options.encode() + b"\0" + _code().encode()).hexdigest()


def _key(path: str) -> bytes:
    """A path as the database keeps it: a file name that is no valid UTF-8 ("\udcb1…"
    from a GBK disk) is kept byte for byte."""
    return path.encode("utf-8", "surrogateescape")


def _pack(record: object) -> bytes:
    return zlib.compress(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(blob: bytes):
    # The database is the auditor's own file (--db, or a temporary one), written by this
    # module; nothing from a submission is ever unpickled.
    return pickle.loads(zlib.decompress(blob))


def light(record: AuditRecord) -> AuditRecord:
    """What the main process holds of a record: its features, not its text and findings."""
    return replace(record, diagnostics=(), text="", notes=())


class Store:
    def __init__(self, path: str | None) -> None:
        self._temporary = None
        if path is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="gxlint-audit-")
            path = str(Path(self._temporary.name) / "audit.sqlite")
        self.db = sqlite3.connect(path)
        self.db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + _SCHEMA)

    def reuse(self, seq: int, path: str, current: str | None) -> AuditRecord | None:
        """The record of `path` if it was checked with the same stamp, now entry `seq`."""
        if current is None:
            return None
        row = self.db.execute("SELECT record FROM checked WHERE path = ? AND stamp = ?",
                              (_key(path), current)).fetchone()
        if row is None:
            return None
        self.db.execute("INSERT INTO run VALUES (?, ?)", (seq, _key(path)))
        return _unpack(row[0])

    def keep(self, seq: int, record: AuditRecord, current: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO checked VALUES (?, ?, ?)",
                        (_key(record.path), current or "", _pack(record)))
        self.db.execute("INSERT INTO run VALUES (?, ?)", (seq, _key(record.path)))

    def add(self, seq: int, diagnostics: tuple, metrics: dict) -> None:
        """The cross-report findings and figures of entry `seq`, this run's only."""
        self.db.execute("INSERT OR REPLACE INTO cross VALUES (?, ?)", (seq, _pack((diagnostics, metrics))))

    def records(self) -> StoredRecords:
        self.db.commit()
        return StoredRecords(self)

    def close(self) -> None:
        self.db.commit()
        self.db.close()
        if self._temporary is not None:
            self._temporary.cleanup()


class StoredRecords(Sequence):
    """This run's records, whole, read back from the store as they are asked for."""

    _QUERY = ("SELECT run.seq, checked.record, cross.added FROM run JOIN checked ON checked.path = run.path "
              "LEFT JOIN cross ON cross.seq = run.seq")

    def __init__(self, store: Store) -> None:
        self.store = store
        self.size = store.db.execute("SELECT COUNT(*) FROM run").fetchone()[0]

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.size))]
        if not 0 <= index < self.size:
            raise IndexError(index)
        row = self.store.db.execute(self._QUERY + " WHERE run.seq = ?", (index,)).fetchone()
        return _whole(row)

    def __iter__(self) -> Iterator[AuditRecord]:
        for row in self.store.db.execute(self._QUERY + " ORDER BY run.seq"):
            yield _whole(row)


def _whole(row) -> AuditRecord:
    from ..diagnostic import Diagnostic

    record = _unpack(row[1])
    if row[2] is None:
        return record
    added, metrics = _unpack(row[2])
    merged = tuple(sorted((*record.diagnostics, *added), key=Diagnostic.sort_key))
    return replace(record, diagnostics=merged, metrics={**record.metrics, **metrics})
