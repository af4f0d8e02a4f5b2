"""Import of expected returns (RMAs, their lines and parcels) from CSV or JSON.

The format is documented in docs/import-format.md, with samples in docs/samples/.

Two promises:

* **All or nothing.** The whole file is checked first; every problem is reported with its line
  (CSV) or record path (JSON) and field, and if there is one, nothing is written.  The writing
  happens in one transaction, so a failure half-way (a database error) also leaves nothing.
* **Importing again updates, never duplicates.** RMAs are matched by number, lines by
  (RMA, line number), parcels by tracking number, products by SKU.  A line that already has
  received units is never removed nor reduced below what was received: that is a problem too.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine

from receiving_station.importing import parallel
from receiving_station.importing.files import detect_format, stage_returns
from receiving_station.importing.records import ImportFailed, ImportResult, Problem, Progress
from receiving_station.importing.writing import write_staged


def import_file(
    engine: Engine,
    path: Path,
    *,
    file_format: str | None = None,
    actor_id: int | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one file, completely or not at all.  Raises ImportFailed."""
    file_format = detect_format(path, file_format)
    try:
        stream = path.open("rb")
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed([Problem(str(path), None, f"cannot read the file: {exc}")]) from exc
    with stream:
        if size >= parallel.PARALLEL_FROM:  # read in a second process while this one writes
            return parallel.import_in_two(
                engine,
                path,
                file_format,
                source=path.name,
                actor_id=actor_id,
                progress=progress,
            )
        return import_stream(
            engine,
            stream,
            file_format,
            source=path.name,
            actor_id=actor_id,
            progress=progress,
        )


def import_text(
    engine: Engine,
    text: str,
    file_format: str,
    *,
    source: str = "import",
    actor_id: int | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    data = io.BytesIO(text.encode("utf-8", "surrogatepass"))
    return import_stream(
        engine, data, file_format, source=source, actor_id=actor_id, progress=progress
    )


def import_stream(
    engine: Engine,
    stream: BinaryIO,
    file_format: str,
    *,
    source: str = "import",
    actor_id: int | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a file's bytes (a stream that can seek): read and checked into a staging file a
    record at a time, then written a chunk at a time in one transaction, so memory does not
    grow with the file."""
    with stage_returns(stream, file_format, progress=progress) as staged:
        return write_staged(engine, staged, source, actor_id, progress)
