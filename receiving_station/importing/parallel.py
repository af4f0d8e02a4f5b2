"""A big file imported on two cores: read and checked in a process of its own while this one
writes what has been read, in the same single transaction.

Reading (parsing, checking every field, staging) and writing (the database's work and the
driver's) each take about half an import's time, and a bench PC or server has two cores or
more.  The reader process writes the staging database to a file (WAL, so this process reads
each commit of a thousand parts whole while it goes on) and says on its stdout how far it is.
This process writes each part as it comes: in a file whose RMAs keep their rows together
(as every shop export seen does) a part is a whole return.

What makes this safe is what the import promises anyway, all or nothing:

* a problem the reader finds, or one in a whole return, stops the writing; once the reader is
  done, the problems are named as a one-process import names them, and the transaction,
  which held everything written so far, is rolled back;
* a file whose RMA comes back after other RMAs (rows apart) cannot be written part by part:
  the writing is rolled back and, once the file is read, done again from the staging file
  read back whole, as in one process.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from db.types import utcnow
from receiving_station.importing.files import Staged, check_record, read_into
from receiving_station.importing.reading import Checker
from receiving_station.importing.records import (
    MAX_PROBLEMS,
    ImportFailed,
    ImportResult,
    Problem,
    Progress,
    RmaRecord,
)
from receiving_station.importing.staging import Staging, read_parts
from receiving_station.importing.writing import write_all, write_staged

# A file this big (bytes) is read in a process of its own: starting one takes half a second,
# what a one-process import does with 4,000 rows (800 kB)
PARALLEL_FROM = 4 << 20


class ReaderFailed(RuntimeError):
    """The reader process stopped without finishing (killed, out of memory, a bug)."""


class _Scattered(Exception):
    """The file's rows of an RMA came apart: write it once it is read, as a whole."""


def import_in_two(
    engine: Engine,
    path: Path,
    file_format: str,
    *,
    source: str,
    actor_id: int | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import `path` reading it in a second process while writing here."""
    with tempfile.TemporaryDirectory(prefix="receiving-station-import-") as scratch:
        staging_path = str(Path(scratch) / "staging.sqlite3")
        # its own interpreter, started as a command (not forked from a process with database
        # connections and perhaps a window; not multiprocessing's spawn, which runs the
        # caller's main module again)
        reader = subprocess.Popen(
            [sys.executable, "-m", __name__, str(path), file_format, staging_path,
             utcnow().date().isoformat()],
            stdout=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert reader.stdout is not None
        feed = _Feed(reader, staging_path, progress)
        try:
            return _write(engine, feed, source, actor_id, progress)
        finally:
            if reader.poll() is None:
                reader.kill()
            reader.wait()
            reader.stdout.close()


def _write(
    engine: Engine,
    feed: _Feed,
    source: str,
    actor_id: int | None,
    progress: Progress | None,
) -> ImportResult:
    try:
        return write_all(
            engine, feed.records(), source, actor_id, progress, total=feed.total, found=feed.stop
        )
    except _Scattered:
        written: list[Problem] = []
    except ImportFailed as failed:  # rolled back
        written = [p for p in failed.problems if not any(p is s for s in feed.stop)]
        if not feed.problems and not feed.scattered:  # each part was a whole return
            raise ImportFailed([*feed.in_returns, *written][:MAX_PROBLEMS]) from None
    feed.finish()
    staging = Staging(feed.staging_path, written=True)
    try:
        checker = Checker(utcnow().date())
        staged = Staged(staging, checker)
        if feed.problems:  # named as one process names them: the rows', then whole returns'
            checker.problems[:] = feed.problems
            for _record in staged.records():
                pass
            raise ImportFailed([*checker.problems, *written][:MAX_PROBLEMS])
        # the rows of an RMA came apart: written now the file is read, merged as it is
        return write_staged(engine, staged, source, actor_id, progress)
    finally:
        staging.close()


class _Feed:
    """The records the reader process has staged, as it stages them; what it found."""

    def __init__(
        self, reader: subprocess.Popen[bytes], staging_path: str, progress: Progress | None
    ) -> None:
        self._reader = reader
        self.staging_path = staging_path
        self._progress = progress
        self._read = 0  # parts read back
        self._count = 0  # returns the reader has staged
        self.done = False
        self.scattered = False
        self.problems: list[Problem] = []  # the reader's, once it is done
        # not empty once the writing must stop (write_returns reads on without writing)
        self.stop: list[Problem] = []
        self._checker = Checker(utcnow().date())

    @property
    def in_returns(self) -> list[Problem]:
        """The whole returns' problems met on the way."""
        return self._checker.problems

    def total(self) -> int:
        """How many returns the file holds: 0 (not known) until the reader is done."""
        return self._count if self.done else 0

    def records(self) -> Iterator[RmaRecord]:
        while not self.done:
            staged = self._next()
            if self.scattered:
                raise _Scattered
            if staged > self._read:
                for record in read_parts(self.staging_path, self._read, staged):
                    found = self._checker.found
                    check_record(record, self._checker)
                    if self._checker.found != found:
                        self._halt()
                    yield record
                self._read = staged

    def finish(self) -> None:
        """Wait for the reader to be done (its progress still shown)."""
        while not self.done:
            self._next()

    def _halt(self) -> None:
        if not self.stop:
            self.stop.append(Problem("file", None, "the writing stopped at a problem"))

    def _next(self) -> int:
        """The next word from the reader: how many parts it has staged."""
        while True:
            assert self._reader.stdout is not None
            line = self._reader.stdout.readline()
            if not line:
                code = self._reader.wait()
                raise ReaderFailed(
                    f"the import's reader process stopped (exit code {code}); nothing was imported"
                )
            message = json.loads(line)
            kind = message[0]
            if kind == "progress":
                if self._progress is not None:
                    self._progress(*message[1:])
                continue
            if kind == "crashed":
                raise ReaderFailed(
                    f"the import's reader failed; nothing was imported:\n{message[1]}"
                )
            _, staged, count, scattered, problems = message
            self._count = count
            self.scattered = self.scattered or scattered
            if kind == "done":
                self.done = True
                self.problems = [Problem(*problem) for problem in problems]
            if problems:
                self._halt()
            return int(staged)


def read_in_child(path: str, file_format: str, staging_path: str, today: dt.date) -> None:
    """The reader process: the file read into the staging file, a line of JSON on stdout at
    each commit (["parts", parts staged, returns, scattered, problems so far]), progress as it
    goes, and at the end ["done", ..., the problems]."""
    out = sys.stdout

    def send(*message: Any) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    try:
        checker = Checker(today)

        def committed(staging: Staging) -> None:
            send("parts", staging.seq, staging.count, staging.scattered, checker.found)

        def progress(phase: str, done: int, total: int) -> None:
            send("progress", phase, done, total)

        staging = Staging(staging_path, on_commit=committed)
        try:
            with open(path, "rb") as stream:
                read_into(staging, stream, file_format, checker, progress)
        except ImportFailed as failed:  # not UTF-8
            checker.problems[:] = failed.problems
        finally:
            staging.close()
        problems = [[p.where, p.field, p.message] for p in checker.problems]
        send("done", staging.seq, staging.count, staging.scattered, problems)
    except BaseException:
        send("crashed", traceback.format_exc())
        raise


if __name__ == "__main__":  # python -m receiving_station.importing.parallel FILE FORMAT STAGING DAY
    read_in_child(sys.argv[1], sys.argv[2], sys.argv[3], dt.date.fromisoformat(sys.argv[4]))
