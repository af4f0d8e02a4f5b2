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

from pathlib import Path

from sqlalchemy import Engine

from db.engine import session_factory, write_transaction
from receiving_station.importing.reading import detect_format, read_returns
from receiving_station.importing.records import ImportFailed, ImportResult, Problem, Progress
from receiving_station.importing.writing import write_returns


def import_file(
    engine: Engine,
    path: Path,
    *,
    file_format: str | None = None,
    actor_id: int | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import one file, completely or not at all.  Raises ImportFailed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFailed([Problem(str(path), None, f"cannot read the file: {exc}")]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFailed(
            [Problem(f"line {line}", None, "not UTF-8 text: save the file as UTF-8")]
        ) from exc
    return import_text(
        engine,
        text,
        detect_format(path, file_format),
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
    records = read_returns(text, file_format, progress=progress)
    with write_transaction(session_factory(engine)) as session:
        result = write_returns(session, records, source, actor_id, progress)
    return result
