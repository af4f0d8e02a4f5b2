"""License plate numbers: the unit's own barcode from receipt on.

Format: `LPN` + 9 digits + one GS1 mod-10 check digit, e.g. `LPN0000000017`.  Two benches on
one database never hand out the same LPN.  On PostgreSQL the number comes from the sequence
`lpn_numbers` (migration 0015): no lock held until the transaction ends, so benches do not
queue for it; a number taken by a transaction that rolled back is skipped.  On SQLite (one
writer at a time) it comes from the `sequences` table's row, under the write lock, taken
`SQLITE_BLOCK` numbers at a time (an UPDATE spared on nine scans in ten): the numbers after
the one used are this process's to hand out once the `db.engine.write_transaction` that took
them has committed.  A process that ends leaves the rest of its block unused: LPNs have gaps,
as on PostgreSQL, are unique, and are not in order of receipt across benches.
"""

from __future__ import annotations

import re
import threading
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select, text, update
from sqlalchemy.orm import Session

from db.engine import on_commit
from db.models import Sequence
from receiving_station.codes.checkdigits import gs1_mod10

LPN_PREFIX = "LPN"
LPN_PATTERN = re.compile(r"^LPN(\d{9})(\d)$")
LPN_SEQUENCE = "lpn"
PG_SEQUENCE = "lpn_numbers"
SQLITE_BLOCK = 10

# Per engine: the committed numbers this process may hand out next, [next, last].
_blocks: WeakKeyDictionary[Engine, list[int]] = WeakKeyDictionary()
_blocks_lock = threading.Lock()


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
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        return format_lpn(int(session.scalar(text(f"SELECT nextval('{PG_SEQUENCE}')"))))
    engine = bind if isinstance(bind, Engine) else bind.engine
    with _blocks_lock:
        block = _blocks.get(engine)
        if block is not None and block[0] <= block[1]:
            number = block[0]
            block[0] += 1
            return format_lpn(number)
    last = next_sequence_value(session, LPN_SEQUENCE, SQLITE_BLOCK)
    first = last - SQLITE_BLOCK + 1
    if first < last:

        def committed() -> None:  # the rest of the block is this process's now
            with _blocks_lock:
                _blocks[engine] = [first + 1, last]

        on_commit(session, committed)
    return format_lpn(first)


def lpns_start_after(session: Session, number: int) -> None:
    """The next LPN handed out is number + 1 (units written with their LPNs by hand, as the
    demo data does)."""
    session.merge(Sequence(name=LPN_SEQUENCE, value=number))
    with _blocks_lock:  # numbers kept from before may be among those written by hand
        _blocks.clear()
    if session.get_bind().dialect.name == "postgresql" and number > 0:
        session.execute(text(f"SELECT setval('{PG_SEQUENCE}', :n)"), {"n": number})


def next_sequence_value(session: Session, name: str, count: int = 1) -> int:
    """Move the counter `name` on by `count`; its new value (the last of the numbers taken)."""
    row = session.execute(
        update(Sequence)
        .where(Sequence.name == name)
        .values(value=Sequence.value + count)
        .returning(Sequence.value)
    ).scalar_one_or_none()
    if row is not None:
        return int(row)
    # First use: create the counter. A concurrent first use loses on the primary key and retries.
    existing = session.scalar(select(Sequence).where(Sequence.name == name).with_for_update())
    if existing is None:
        with session.begin_nested():
            session.add(Sequence(name=name, value=count))
        return count
    existing.value += count
    session.flush()
    return existing.value
