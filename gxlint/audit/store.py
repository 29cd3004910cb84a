"""The audit's records in an embedded SQLite database (`--db FILE`, by default a
temporary one), so that a province's hundred thousand reports are not all held in the
main process: each record is written as its worker hands it back, the main process
holds none of them: each worker writes the record it made (`check_and_keep`), the
cross-report rules read what they compare (`Store.light`), and the outputs read the
records back one at a time (`StoredRecords`).

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
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .record import AuditRecord, Job

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (path BLOB PRIMARY KEY, stamp TEXT NOT NULL, record BLOB NOT NULL,
                                    light BLOB NOT NULL);
CREATE TEMP TABLE run (seq INTEGER PRIMARY KEY, path BLOB NOT NULL);
CREATE TEMP TABLE cross (seq INTEGER PRIMARY KEY, added BLOB NOT NULL);
"""
_PRAGMAS = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000;"
_INSERT = "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)"


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


def _row(record: AuditRecord, current: str | None) -> tuple:
    return _key(record.path), current or "", _pack(record), _pack(light(record))


@dataclass(frozen=True, slots=True)
class Task:
    """A job for a worker that writes its record to the database itself."""
    job: Job
    db: str
    stamp: str | None


_CONNECTIONS: dict[str, sqlite3.Connection] = {}     # a worker's own, kept for its life


def check_and_keep(task: Task) -> None:
    """In a worker: lint the file and write its record; nothing travels back."""
    from .record import audit_one

    record = audit_one(task.job)
    db = _CONNECTIONS.get(task.db)
    if db is None:
        db = _CONNECTIONS[task.db] = sqlite3.connect(task.db, timeout=60)
        db.executescript(_PRAGMAS)
    with db:
        db.execute(_INSERT, _row(record, task.stamp if not record.error else None))


class Store:
    def __init__(self, path: str | None) -> None:
        self._temporary = None
        if path is None:
            self._temporary = tempfile.TemporaryDirectory(prefix="gxlint-audit-")
            path = str(Path(self._temporary.name) / "audit.sqlite")
        self.path = str(Path(path).resolve())
        self.db = sqlite3.connect(self.path, timeout=60)
        self.db.executescript(_PRAGMAS + _SCHEMA)

    def reuse(self, seq: int, path: str, current: str | None) -> bool:
        """Whether `path` was checked with the same stamp; if so it is entry `seq`."""
        if current is None:
            return False
        row = self.db.execute("SELECT 1 FROM records WHERE path = ? AND stamp = ?", (_key(path), current)).fetchone()
        if row is not None:
            self.enlist(seq, path)
        return row is not None

    def enlist(self, seq: int, path: str) -> None:
        """Entry `seq` of this run is the record of `path` (a worker wrote it)."""
        self.db.execute("INSERT INTO run VALUES (?, ?)", (seq, _key(path)))

    def keep(self, seq: int, record: AuditRecord, current: str | None) -> None:
        """Write a record the main process made (a file that could not be read or checked)."""
        self.db.execute(_INSERT, _row(record, current))
        self.enlist(seq, record.path)

    def light(self) -> list[AuditRecord]:
        """What the cross-report rules compare of this run's records, in order."""
        self.db.commit()
        query = "SELECT records.light FROM run JOIN records ON records.path = run.path ORDER BY run.seq"
        return [_unpack(row[0]) for row in self.db.execute(query)]

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

    _QUERY = ("SELECT run.seq, records.record, cross.added FROM run JOIN records ON records.path = run.path "
              "LEFT JOIN cross ON cross.seq = run.seq")

    def __init__(self, store: Store) -> None:
        self.store = store
        self.size = store.db.execute("SELECT COUNT(*) FROM run").fetchone()[0]

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index):
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
