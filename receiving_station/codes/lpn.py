"""License plate numbers: the unit's own barcode from receipt on.

Format: `LPN` + 9 digits + one GS1 mod-10 check digit, e.g. `LPN0000000017`.  Two benches on
one database never hand out the same LPN.  On PostgreSQL the number comes from the sequence
`lpn_numbers` (migration 0015): no lock held until the transaction ends, so benches do not
queue for it; a number taken by a transaction that rolled back is skipped.  On SQLite (one
writer at a time) it comes from the `sequences` table's row, under the write lock.
"""

from __future__ import annotations

import re

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from db.models import Sequence
from receiving_station.codes.checkdigits import gs1_mod10

LPN_PREFIX = "LPN"
LPN_PATTERN = re.compile(r"^LPN(\d{9})(\d)$")
LPN_SEQUENCE = "lpn"
PG_SEQUENCE = "lpn_numbers"


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
    if session.get_bind().dialect.name == "postgresql":
        return format_lpn(int(session.scalar(text(f"SELECT nextval('{PG_SEQUENCE}')"))))
    return format_lpn(next_sequence_value(session, LPN_SEQUENCE))


def lpns_start_after(session: Session, number: int) -> None:
    """The next LPN handed out is number + 1 (units written with their LPNs by hand, as the
    demo data does)."""
    session.merge(Sequence(name=LPN_SEQUENCE, value=number))
    if session.get_bind().dialect.name == "postgresql" and number > 0:
        session.execute(text(f"SELECT setval('{PG_SEQUENCE}', :n)"), {"n": number})


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
