"""A scratch database for one import: the records as they are read, and the keys that must be
unique across the file (RMA numbers, parcels, GTINs), kept on disk instead of in memory.

An import of a day's feed (a million lines) holds one record at a time in memory: each is
checked as it is read and put here, the checks across records are lookups here, and the
writer reads the records back in the file's order, a chunk at a time.  The database is
SQLite's private temporary file (`sqlite3.connect("")`), deleted when it is closed; nothing of
it outlives the import."""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator

from receiving_station.importing.records import LineRecord, ParcelRecord, RmaRecord

COMMIT_EVERY = 1_000  # parts of a shared staging file made visible at a time

_SCHEMA = """
CREATE TABLE parts (seq INTEGER PRIMARY KEY, number TEXT NOT NULL, body BLOB NOT NULL);
CREATE TABLE numbers (number TEXT PRIMARY KEY, seq INTEGER NOT NULL, place TEXT NOT NULL,
                      rows INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE claims (kind TEXT, key TEXT, owner TEXT NOT NULL, place TEXT NOT NULL,
                     PRIMARY KEY (kind, key)) WITHOUT ROWID;
"""


class Staging:
    """The records of one file and its unique keys, in a temporary SQLite file."""

    def __init__(
        self,
        path: str = "",
        *,
        on_commit: Callable[[Staging], None] | None = None,
        written: bool = False,
    ) -> None:
        """A new staging database: SQLite's private temporary file by default (deleted on
        close), or the file `path`, which another process reads while this one writes
        (parallel.py): then its parts are committed `COMMIT_EVERY` at a time, and `on_commit`
        told after each commit.  `written`: the file a finished reader wrote, to read back."""
        self._db = sqlite3.connect(path, isolation_level=None)
        # this import's alone, so nothing needs to survive a crash: no syncing; a shared file
        # has a write-ahead log, so its reader sees each commit whole while writing goes on
        journal = "WAL" if path else "OFF"
        self._db.executescript(
            f"PRAGMA journal_mode={journal}; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;"
        )
        self._on_commit = on_commit
        self.seq = 0  # parts put
        self.count = 0  # distinct RMA numbers staged
        self.scattered = False  # an RMA's rows came apart in the file (CSV)
        if written:
            self.seq = self._db.execute("SELECT coalesce(max(seq), 0) FROM parts").fetchone()[0]
            self.count = self._db.execute("SELECT count(*) FROM numbers").fetchone()[0]
            self.scattered = True  # read back grouped by number, whatever the order
        else:
            self._db.executescript(_SCHEMA)
        self._db.execute("BEGIN")

    def close(self) -> None:
        self._db.close()

    def commit(self) -> None:
        """Make the parts put so far visible to a reader of the file."""
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")
        if self._on_commit is not None:
            self._on_commit(self)

    def first(self, number: str, place: str) -> tuple[str, int] | None:
        """Claim an RMA number for the record at `place`: None if it is new, else where it was
        first seen and how many rows (CSV) it had so far."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO numbers (number, seq, place) VALUES (?, ?, ?)",
            (number, self.seq, place),
        )
        if cursor.rowcount:
            self.count += 1
            return None
        seen = self._db.execute(
            "SELECT place, rows FROM numbers WHERE number = ?", (number,)
        ).fetchone()
        return seen[0], seen[1]

    def rows(self, number: str, rows: int) -> None:
        """How many rows of the file an RMA has had so far (its next line's default number)."""
        self._db.execute("UPDATE numbers SET rows = ? WHERE number = ?", (rows, number))

    def claim(self, kind: str, key: str, owner: str, place: str) -> tuple[str, str] | None:
        """Claim a key that belongs to one owner in the whole file (a tracking number to its
        RMA, a GTIN to its SKU): None if it is new or already this owner's, else the owner that
        claimed it first and where."""
        cursor = self._db.execute(
            "INSERT OR IGNORE INTO claims (kind, key, owner, place) VALUES (?, ?, ?, ?)",
            (kind, key, owner, place),
        )
        if cursor.rowcount:
            return None
        first_owner, first_place = self._db.execute(
            "SELECT owner, place FROM claims WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        return None if first_owner == owner else (first_owner, first_place)

    def put(self, record: RmaRecord) -> None:
        """Keep a record (or a part of one: some rows of a CSV RMA) in the file's order."""
        self.seq += 1
        self._db.execute(
            "INSERT INTO parts (seq, number, body) VALUES (?, ?, ?)",
            (self.seq, record.number, _pack(record)),
        )
        if self._on_commit is not None and self.seq % COMMIT_EVERY == 0:
            self.commit()

    def groups(self) -> Iterator[list[RmaRecord]]:
        """Each RMA's parts, the RMAs in the order the file first names them."""
        if not self.scattered:  # each RMA is one part: the file's order is the parts' order
            rows = self._db.execute("SELECT number, body FROM parts ORDER BY seq")
        else:
            self._db.execute("CREATE INDEX IF NOT EXISTS parts_number ON parts (number, seq)")
            rows = self._db.execute(
                "SELECT p.number, p.body FROM numbers n JOIN parts p ON p.number = n.number "
                "ORDER BY n.seq, p.seq"
            )
        group: list[RmaRecord] = []
        for number, body in rows:
            if group and group[0].number != number:
                yield group
                group = []
            group.append(_unpack(body))
        if group:
            yield group


def read_parts(path: str, after: int, upto: int) -> Iterator[RmaRecord]:
    """The parts `after` < seq <= `upto` of a staging file another process is writing, in
    order (each a whole return as long as the file's RMAs do not come apart)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        for (body,) in db.execute(
            "SELECT body FROM parts WHERE seq > ? AND seq <= ? ORDER BY seq", (after, upto)
        ):
            yield _unpack(body)
    finally:
        db.close()


def _pack(record: RmaRecord) -> bytes:
    """A record as plain tuples: pickled in half the time of its dataclasses."""
    return pickle.dumps(
        (
            record.where,
            record.number,
            record.fields,
            [tuple(vars(line).values()) for line in record.lines],
            [tuple(vars(parcel).values()) for parcel in record.parcels],
            record.platform_ref,
            record.carries_platform_refs,
        ),
        pickle.HIGHEST_PROTOCOL,
    )


def _unpack(body: bytes) -> RmaRecord:
    where, number, fields, lines, parcels, platform_ref, carries = pickle.loads(body)
    return RmaRecord(
        where,
        number,
        fields,
        [LineRecord(*line) for line in lines],
        [ParcelRecord(*parcel) for parcel in parcels],
        platform_ref,
        carries,
    )
