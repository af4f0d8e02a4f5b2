"""db/records.py: rows read as plain records, what changed written as one versioned UPDATE."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select
from sqlalchemy.orm.exc import StaleDataError

from db.engine import session_factory, write_transaction
from db.models import AuditEntry, Parcel, Rma
from db.records import Record, insert_rows, send_waiting, split, write
from db.types import utcnow

PARCELS, RMAS = Parcel.__table__, Rma.__table__


def _parcel(engine: Engine, *, rma: bool) -> int:
    with write_transaction(session_factory(engine)) as session:
        parent = None
        if rma:
            parent = Rma(
                number="RMA-R1",
                order_number="SO-1",
                market="SE",
                channel="web",
                requested_resolution="refund",
                status="expected",
            )
            session.add(parent)
        parcel = Parcel(tracking_number="TRK-R1", status="open", rma=parent)
        session.add(parcel)
        session.flush()
        return parcel.id


def _read(session: Any, parcel_id: int) -> tuple[Record | None, Record | None]:
    row = session.execute(
        select(*PARCELS.c, *RMAS.c)
        .select_from(PARCELS.outerjoin(RMAS, RMAS.c.id == PARCELS.c.rma_id))
        .where(PARCELS.c.id == parcel_id)
    ).one()
    parcel, rma = split(row, (PARCELS, RMAS))
    return parcel, rma


def _read_apart(engine: Engine, parcel_id: int) -> tuple[Record, Record | None]:
    """The parcel's records as a bench read them, in a transaction of their own."""
    with session_factory(engine)() as session:
        parcel, rma = _read(session, parcel_id)
    assert parcel is not None
    return parcel, rma


def _statements(engine: Engine) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_a_row_outer_joined_to_nothing_is_none(engine: Engine) -> None:
    parcel_id = _parcel(engine, rma=False)
    with session_factory(engine)() as session:
        parcel, rma = _read(session, parcel_id)
    assert rma is None
    assert parcel is not None
    assert (parcel.id, parcel.tracking_number, parcel.version) == (parcel_id, "TRK-R1", 1)
    assert parcel.changes() == {}
    with pytest.raises(AttributeError, match="no 'rma'"):
        parcel.rma  # noqa: B018 - not read with it: an error, not None


def test_only_what_changed_goes_out_and_the_version_moves_on(engine: Engine) -> None:
    parcel_id = _parcel(engine, rma=True)
    sessions = session_factory(engine)
    seen = _statements(engine)
    with write_transaction(sessions) as session:
        parcel, rma = _read(session, parcel_id)
        assert parcel is not None and rma is not None
        parcel.rma = rma  # related records are not columns: never written
        parcel.measured_weight_kg = Decimal("1.250")
        parcel.weighed_at = utcnow()
        parcel.status = "open"  # the same value: not a change
        rma.status = "receiving"
        seen.clear()
        write(session, parcel)
        write(session, rma)
        write(session, parcel)  # nothing changed since: no statement
    if engine.dialect.name == "postgresql":  # both in one statement, sent before the COMMIT
        (sent,) = seen
        assert sent.lstrip().startswith("WITH") and sent.count("UPDATE") == 2, seen
        updates = sent.split("UPDATE")[1:]
    else:
        updates = [s for s in seen if s.lstrip().upper().startswith("UPDATE")]
        assert len(updates) == 2, seen
    assert "measured_weight_kg" in updates[0] and "weighed_at" in updates[0]
    assert "status" not in updates[0].split("WHERE")[0]
    assert parcel.version == 2 and parcel.changes() == {}
    with sessions() as session:
        stored = session.get_one(Parcel, parcel_id)
        assert (stored.measured_weight_kg, stored.version) == (Decimal("1.250"), 2)
        assert stored.rma is not None and stored.rma.status == "receiving"
        assert stored.rma.version == 2


def test_a_row_changed_behind_the_readers_back_is_an_error_not_overwritten(
    engine: Engine,
) -> None:
    parcel_id = _parcel(engine, rma=False)
    sessions = session_factory(engine)
    parcel, _ = _read_apart(engine, parcel_id)
    with write_transaction(sessions) as session:  # another bench, in between
        session.get_one(Parcel, parcel_id).measured_weight_kg = Decimal("2.000")
    parcel.measured_weight_kg = Decimal("1.000")
    with (
        pytest.raises(StaleDataError, match="changed or went away"),
        write_transaction(sessions) as session,
    ):
        write(session, parcel)
    with sessions() as session:
        assert session.get_one(Parcel, parcel_id).measured_weight_kg == Decimal("2.000")


# -- a decision's writes sent together (PostgreSQL) ------------------------------------------


def _audit(action: str, entity_id: int) -> dict[str, Any]:
    return {
        "at": utcnow(),
        "operator_id": None,
        "station_id": None,
        "action": action,
        "entity_type": "parcel",
        "entity_id": str(entity_id),
        "details": {"why": "=cmd|' /C calc'!A0"},
    }


def test_a_decisions_writes_reach_the_server_as_one_statement_before_the_commit(
    engine: Engine,
) -> None:
    parcel_id = _parcel(engine, rma=True)
    sessions = session_factory(engine)
    seen = _statements(engine)
    with write_transaction(sessions) as session:
        parcel, rma = _read(session, parcel_id)
        assert parcel is not None and rma is not None
        seen.clear()
        parcel.status = "received"
        rma.status = "receiving"
        write(session, parcel)
        insert_rows(session, AuditEntry.__table__, [_audit("a", parcel_id), _audit("b", 2)])
        write(session, rma)
        held = list(seen)
    if engine.dialect.name == "postgresql":
        assert held == []  # nothing went out while the decision was being made
        (sent,) = seen
        assert sent.lstrip().startswith("WITH") and "INSERT INTO audit_log" in sent
    else:
        assert len(held) == 3  # SQLite has no round trips to save: each went at once
    with sessions() as session:
        assert session.get_one(Parcel, parcel_id).status == "received"
        assert session.get_one(Rma, rma.id).version == 2
        lines = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        assert [line.action for line in lines] == ["a", "b"]
        assert lines[0].details == {"why": "=cmd|' /C calc'!A0"}


def test_a_read_after_a_write_sees_it_and_a_row_may_change_twice(engine: Engine) -> None:
    parcel_id = _parcel(engine, rma=False)
    sessions = session_factory(engine)
    with write_transaction(sessions) as session:
        parcel, _ = _read(session, parcel_id)
        assert parcel is not None
        parcel.status = "received"
        write(session, parcel)
        again, _ = _read(session, parcel_id)  # the waiting write goes out first
        assert again is not None and (again.status, again.version) == ("received", 2)
        parcel.status = "closed"
        write(session, parcel)
        parcel.measured_weight_kg = Decimal("0.500")
        write(session, parcel)  # the same row again: the one before goes out first
    assert parcel.version == 4
    with sessions() as session:
        stored = session.get_one(Parcel, parcel_id)
        assert (stored.status, stored.measured_weight_kg, stored.version) == (
            "closed",
            Decimal("0.500"),
            4,
        )


def test_a_stale_row_among_waiting_writes_stops_the_commit_and_writes_nothing(
    engine: Engine,
) -> None:
    parcel_id = _parcel(engine, rma=True)
    sessions = session_factory(engine)
    parcel, rma = _read_apart(engine, parcel_id)
    assert rma is not None
    with write_transaction(sessions) as session:  # another bench changes the RMA in between
        session.get_one(Rma, rma.id).status = "receiving"
    parcel.status, rma.status = "received", "received"
    with (
        pytest.raises(StaleDataError, match="rmas row"),
        write_transaction(sessions) as session,
    ):
        write(session, parcel)
        insert_rows(session, AuditEntry.__table__, [_audit("lost", parcel_id)])
        write(session, rma)
    with sessions() as session:
        assert session.get_one(Parcel, parcel_id).status == "open"
        assert session.scalar(select(AuditEntry.id)) is None


def test_waiting_writes_of_a_transaction_rolled_back_are_never_sent(engine: Engine) -> None:
    parcel_id = _parcel(engine, rma=False)
    sessions = session_factory(engine)
    seen = _statements(engine)
    with sessions() as session:
        parcel, _ = _read(session, parcel_id)
        assert parcel is not None
        parcel.status = "received"
        write(session, parcel)
        insert_rows(session, AuditEntry.__table__, [_audit("rolled back", parcel_id)])
        connection = session.connection()
        seen.clear()
        session.rollback()
        send_waiting(connection)  # nothing waits any more: nothing to send
        session.commit()
    assert not [s for s in seen if "UPDATE" in s or "INSERT" in s]
    with sessions() as session:
        assert session.get_one(Parcel, parcel_id).status == "open"
        assert session.scalar(select(AuditEntry.id)) is None


def test_many_waiting_writes_go_out_in_statements_of_bounded_size(engine: Engine) -> None:
    sessions = session_factory(engine)
    seen = _statements(engine)
    with write_transaction(sessions) as session:
        insert_rows(session, AuditEntry.__table__, [_audit(f"line {n}", n) for n in range(100)])
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 100
    if engine.dialect.name == "postgresql":
        assert 4 <= len([s for s in seen if "audit_log" in s]) <= 5
