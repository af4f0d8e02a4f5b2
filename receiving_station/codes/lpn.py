"""License plate numbers: the unit's own barcode from receipt on.

Format: `LPN` + 9 digits + one GS1 mod-10 check digit, e.g. `LPN0000000017`.  The number comes
from the `sequences` table, incremented under a row lock (`SELECT … FOR UPDATE` on PostgreSQL,
the write lock on SQLite), so two benches on one database never hand out the same LPN.
"""

from __future__ import annotations

import re

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import Sequence
from receiving_station.codes.checkdigits import gs1_mod10

LPN_PREFIX = "LPN"
LPN_PATTERN = re.compile(r"^LPN(\d{9})(\d)$")
LPN_SEQUENCE = "lpn"


def format_lpn(number: int) -> str:
    if not 0 < number < 10**9:
        raise ValueError(f"LPN number out of range: {number}")
    digits = f"{number:09d}"
    return f"{LPN_PREFIX}{digits}{gs1_mod10(digits)}"


def is_valid_lpn(code: str) -> bool:
    match = LPN_PATTERN.match(code)
    return bool(match) and gs1_mod10(match.group(1)) == match.group(2)  # type: ignore[union-attr]


def next_lpn(session: Session) -> str:
    """Take the next LPN inside the caller's transaction."""
    return format_lpn(next_sequence_value(session, LPN_SEQUENCE))


def next_sequence_value(session: Session, name: str) -> int:
    row = session.execute(
        update(Sequence)
        .where(Sequence.name == name)
        .values(value=Sequence.value + 1)
        .returning(Sequence.value)
    ).scalar_one_or_none()
    if row is not None:
        return int(row)
    # First use: create the counter. A concurrent first use loses on the primary key and retries.
    existing = session.scalar(select(Sequence).where(Sequence.name == name).with_for_update())
    if existing is None:
        with session.begin_nested():
            session.add(Sequence(name=name, value=1))
        return 1
    existing.value += 1
    session.flush()
    return existing.value
