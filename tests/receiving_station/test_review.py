"""The exception queue's claims: exclusive, role-checked in the core, audited; on SQLite and
PostgreSQL, including many leads racing for the same exception."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import Engine, func, select

from db.engine import session_factory, write_transaction
from db.enums import ExceptionType, Role
from db.models import AuditEntry, ExceptionCase, Operator
from receiving_station.auth import PermissionDenied
from receiving_station.exceptions import actions as lead_actions
from receiving_station.exceptions.queue import exception_detail
from receiving_station.exceptions.record import record_exception
from receiving_station.exceptions.stakes import AtStake, money_at_stake

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def _setup(engine: Engine) -> tuple[int, dict[str, int]]:
    with write_transaction(session_factory(engine)) as session:
        people = {
            "sam": Operator(name="Sam Staff", badge_code="B-1", role=Role.STAFF.value),
            "lea": Operator(name="Lea Lead", badge_code="B-2", role=Role.LEAD.value),
            "leo": Operator(name="Leo Lead", badge_code="B-3", role=Role.LEAD.value),
            "sue": Operator(name="Sue Supervisor", badge_code="B-4", role=Role.SUPERVISOR.value),
        }
        session.add_all(people.values())
        session.flush()
        exception = record_exception(
            session,
            type=ExceptionType.BLIND_RETURN,
            summary="a parcel nobody announced",
            evidence={"tracking_number": "1Z999"},
            now=NOW,
            sla_hours=4,
        )
        return exception.id, {name: op.id for name, op in people.items()}


def _do(engine: Engine, action, exception_id: int, operator_id: int, **kw):  # type: ignore[no-untyped-def]
    """An action as `operator_id`, whose role the core reads from the database."""
    with write_transaction(session_factory(engine)) as session:
        return action(session, exception_id, operator_id=operator_id, now=NOW, **kw)


def test_a_claim_is_exclusive_and_says_who_holds_it(engine: Engine) -> None:
    exception_id, ids = _setup(engine)
    with pytest.raises(PermissionDenied, match="needs a shift lead"):
        _do(engine, lead_actions.claim_exception, exception_id, ids["sam"])
    view = _do(engine, lead_actions.claim_exception, exception_id, ids["lea"])
    assert (view.status, view.claimed_by_id) == ("claimed", ids["lea"])
    assert (
        _do(engine, lead_actions.claim_exception, exception_id, ids["lea"]).claimed_by_id
        == ids["lea"]
    )
    with pytest.raises(lead_actions.ClaimConflict, match="claimed by Lea Lead since 10:00"):
        _do(engine, lead_actions.claim_exception, exception_id, ids["leo"])
    with pytest.raises(lead_actions.ClaimConflict, match="only they or a supervisor"):
        _do(engine, lead_actions.release_exception, exception_id, ids["leo"])
    released = _do(engine, lead_actions.release_exception, exception_id, ids["lea"])
    assert (released.status, released.claimed_by_id) == ("open", None)
    assert (
        _do(engine, lead_actions.claim_exception, exception_id, ids["leo"]).claimed_by_id
        == ids["leo"]
    )
    # A supervisor may release anyone's claim, and reassign to a lead (not to staff).
    with pytest.raises(PermissionDenied):
        _do(
            engine,
            lead_actions.reassign_exception,
            exception_id,
            ids["lea"],
            to_operator_id=ids["lea"],
        )
    with pytest.raises(lead_actions.ExceptionActionRefused, match="exceptions go to leads"):
        _do(
            engine,
            lead_actions.reassign_exception,
            exception_id,
            ids["sue"],
            to_operator_id=ids["sam"],
        )
    moved = _do(
        engine,
        lead_actions.reassign_exception,
        exception_id,
        ids["sue"],
        to_operator_id=ids["lea"],
    )
    assert moved.claimed_by_id == ids["lea"]
    assert _do(engine, lead_actions.release_exception, exception_id, ids["sue"]).status == "open"
    with session_factory(engine)() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(
                    AuditEntry.entity_type == "exception", AuditEntry.entity_id == str(exception_id)
                )
                .order_by(AuditEntry.id)
            )
        )
    assert actions == [
        "exception_raised",
        "exception_claimed",
        "exception_released",
        "exception_claimed",
        "exception_reassigned",
        "exception_released",
    ]


def test_a_resolved_exception_cannot_be_claimed(engine: Engine) -> None:
    exception_id, ids = _setup(engine)
    with write_transaction(session_factory(engine)) as session:
        exception = session.get(ExceptionCase, exception_id)
        exception.status, exception.resolved_by_id, exception.resolved_at = (
            "resolved",
            ids["sue"],
            NOW,
        )
    with pytest.raises(
        lead_actions.ExceptionActionRefused,
        match="already resolved by Sue Supervisor at 2026-11-25 10:00",
    ):
        _do(engine, lead_actions.claim_exception, exception_id, ids["lea"])
    with pytest.raises(lead_actions.ExceptionActionRefused, match="there is no exception 999"):
        _do(engine, lead_actions.claim_exception, 999, ids["lea"])


def test_many_leads_racing_for_one_exception_one_wins(engine: Engine) -> None:
    exception_id, _ = _setup(engine)
    with write_transaction(session_factory(engine)) as session:
        leads = [
            Operator(name=f"Lead {i}", badge_code=f"L-{i}", role=Role.LEAD.value) for i in range(8)
        ]
        session.add_all(leads)
        session.flush()
        lead_ids = [lead.id for lead in leads]
    barrier = threading.Barrier(len(lead_ids))
    won: list[int] = []
    refused: list[str] = []

    def race(operator_id: int) -> None:
        barrier.wait()
        try:
            _do(engine, lead_actions.claim_exception, exception_id, operator_id)
            won.append(operator_id)
        except lead_actions.ClaimConflict as exc:
            refused.append(str(exc))

    threads = [threading.Thread(target=race, args=(i,)) for i in lead_ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(won) == 1 and len(refused) == len(lead_ids) - 1
    with session_factory(engine)() as session:
        assert session.get(ExceptionCase, exception_id).claimed_by_id == won[0]


def _many(engine: Engine, count: int) -> dict[str, int]:
    """`count` exceptions of three types on two stations, with RMAs, parcels and units."""
    from db.models import Parcel, ReceivedUnit, Rma, Station

    with write_transaction(session_factory(engine)) as session:
        stations = [Station(name="BENCH-01"), Station(name="BENCH-02")]
        session.add_all(stations)
        session.flush()
        types = [
            ExceptionType.BLIND_RETURN,
            ExceptionType.WEIGHT_MISMATCH,
            ExceptionType.WRONG_ITEM,
        ]
        for i in range(count):
            rma = Rma(
                number=f"RMA-Q-{i:05d}",
                order_number=f"SO-{i:05d}",
                market="SE" if i % 2 else "NL",
                channel="post",
                requested_resolution="refund",
                status="receiving",
                source="test",
            )
            session.add(rma)
            session.flush()
            parcel = Parcel(
                tracking_number=f"TRK{i:07d}",
                carrier="ups" if i % 3 else "dhl",
                rma_id=rma.id,
                status="open",
            )
            session.add(parcel)
            session.flush()
            unit = ReceivedUnit(
                lpn=f"LPNQ{i:06d}", parcel_id=parcel.id, status="held", scanned_code=f"0735{i:09d}"
            )
            session.add(unit)
            session.flush()
            record_exception(
                session,
                type=types[i % 3],
                summary=f"case {i}",
                evidence={"i": i},
                now=NOW + dt.timedelta(minutes=i),
                sla_hours=1 + i % 5,
                rma_id=rma.id,
                parcel_id=parcel.id,
                unit_id=unit.id,
                station_id=stations[i % 2].id,
            )
    return {"count": count}


@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_walk_the_whole_queue_in_order_once(engine: Engine, descending: bool) -> None:
    from receiving_station.exceptions.queue import QueueFilter, queue_page

    _many(engine, 57)
    with session_factory(engine)() as session:
        for sort in ("due", "created", "type", "status"):
            seen, after = [], None
            while True:
                page = queue_page(session, sort=sort, descending=descending, after=after, limit=10)
                seen += list(page.rows)
                if page.next_after is None:
                    break
                after = page.next_after
            assert len(seen) == 57 and len({r.exception_id for r in seen}) == 57, sort
            keys = [
                (
                    getattr(r, {"due": "sla_due", "created": "created_at"}.get(sort, sort)),
                    r.exception_id,
                )
                for r in seen
            ]
            assert keys == sorted(keys, reverse=descending), sort
        one_type = queue_page(session, QueueFilter(types=("wrong_item",)), limit=100)
        assert len(one_type.rows) == 19 and {r.type for r in one_type.rows} == {"wrong_item"}
        by_station = queue_page(session, QueueFilter(station="BENCH-02", market="SE"), limit=100)
        assert by_station.rows and all(
            r.station == "BENCH-02" and r.market == "SE" for r in by_station.rows
        )
        dhl = queue_page(session, QueueFilter(carrier="DHL"), limit=100)
        assert len(dhl.rows) == 19 and all(r.carrier == "dhl" for r in dhl.rows)
        older = queue_page(
            session, QueueFilter(older_than=NOW + dt.timedelta(minutes=10)), limit=100
        )
        assert len(older.rows) == 10


def test_search_counts_sla_and_the_whole_story(engine: Engine) -> None:
    from receiving_station.exceptions.queue import (
        QueueFilter,
        counts_by_type,
        exception_detail,
        queue_page,
    )

    _many(engine, 12)
    with session_factory(engine)() as session:
        for term in ("lpnq000007", "TRK0000007", "RMA-Q-00007", "SO-00007"):
            rows = queue_page(session, QueueFilter(search=term)).rows
            assert [r.summary for r in rows] == ["case 7"], term
        assert counts_by_type(session) == {"blind_return": 4, "weight_mismatch": 4, "wrong_item": 4}
        assert counts_by_type(session, QueueFilter(market="NL")) == {
            "blind_return": 2,
            "weight_mismatch": 2,
            "wrong_item": 2,
        }
        row = queue_page(session, QueueFilter(search="LPNQ000003")).rows[0]
        assert row.sla_state(NOW) == "on time"
        assert row.sla_state(row.sla_due - dt.timedelta(minutes=30)) == "due soon"
        assert row.sla_state(row.sla_due) == "overdue"
        exception_id = row.exception_id
    with write_transaction(session_factory(engine)) as session:
        lead = Operator(name="Lea Lead", badge_code="B-2", role=Role.LEAD.value)
        session.add(lead)
        session.flush()
        lead_id = lead.id
    _do(engine, lead_actions.claim_exception, exception_id, lead_id)
    with write_transaction(session_factory(engine)) as session:
        lead_actions.add_note(
            session,
            exception_id,
            text="called the customer",
            operator_id=lead_id,
            now=NOW,
        )
        # A lead made staff (or disabled) since signing in: the core reads the role each time.
        session.get(Operator, lead_id).role = Role.STAFF.value  # type: ignore[union-attr]
        session.flush()
        with pytest.raises(PermissionDenied, match="needs a shift lead"):
            lead_actions.add_note(session, exception_id, text="x", operator_id=lead_id, now=NOW)
        session.get(Operator, lead_id).role = Role.LEAD.value  # type: ignore[union-attr]
        session.get(Operator, lead_id).active = False  # type: ignore[union-attr]
        session.flush()
        with pytest.raises(PermissionDenied, match="not an active operator"):
            lead_actions.add_note(session, exception_id, text="y", operator_id=lead_id, now=NOW)
        session.get(Operator, lead_id).active = True  # type: ignore[union-attr]
    with session_factory(engine)() as session:
        detail = exception_detail(session, exception_id)
        assert detail.row.claimed_by == "Lea Lead" and detail.row.status == "claimed"
        assert detail.evidence == {"i": 3}
        assert [h.action for h in detail.history] == [
            "exception_raised",
            "exception_claimed",
            "exception_note",
        ]
        assert [n.details["note"] for n in detail.notes] == ["called the customer"]
        assert detail.history[1].operator == "Lea Lead"
        with pytest.raises(LookupError):
            exception_detail(session, 99999)


def _walked(engine: Engine) -> dict[str, int]:
    """The demo scenarios walked at a bench: held units with their exceptions; and a lead."""
    from receiving_station.bench.state import BenchInput
    from receiving_station.demo.data import generate_demo_data
    from tests.helpers.bench import TODAY, make_bench, walk

    summary = generate_demo_data(engine, returns=40, seed=3, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == []
    with write_transaction(session_factory(engine)) as session:
        people = {
            "lea": Operator(name="Lea Lead", badge_code="X-2", role=Role.LEAD.value),
            "leo": Operator(name="Leo Lead", badge_code="X-3", role=Role.LEAD.value),
            "sam": Operator(name="Sam Staff", badge_code="X-1", role=Role.STAFF.value),
        }
        session.add_all(people.values())
        session.flush()
        return {name: op.id for name, op in people.items()}


def _held(engine: Engine) -> list[tuple[int, str]]:
    from db.models import ReceivedUnit, RmaLine

    with session_factory(engine)() as session:
        return list(
            session.execute(
                select(ExceptionCase.id, ReceivedUnit.lpn)
                .join(ReceivedUnit, ReceivedUnit.id == ExceptionCase.unit_id)
                .join(RmaLine, RmaLine.id == ReceivedUnit.rma_line_id)
                .where(ReceivedUnit.status == "held", ExceptionCase.status == "open")
                .order_by(ExceptionCase.id)
            ).all()
        )


def _events(engine: Engine, key_part: str) -> list[dict]:  # type: ignore[type-arg]
    from db.models import OutboxEvent

    with session_factory(engine)() as session:
        return [
            {"key": e.idempotency_key, **e.payload}
            for e in session.scalars(
                select(OutboxEvent).where(OutboxEvent.subject.contains(key_part))
            )
        ]


def test_approving_a_held_refund_in_full_or_in_part_releases_it_upstream(engine: Engine) -> None:
    from decimal import Decimal

    from db.models import ReceivedUnit

    ids = _walked(engine)
    held = _held(engine)
    assert len(held) >= 2, held
    (first, first_lpn), (second, second_lpn) = held[0], held[1]
    assert _events(engine, f"refund:{first_lpn}") == []  # held: nothing sent yet
    with write_transaction(session_factory(engine)) as session:
        paid = session.scalar(
            select(ReceivedUnit).where(ReceivedUnit.lpn == first_lpn)
        ).line.unit_price
    with pytest.raises(PermissionDenied):
        _do(engine, lead_actions.approve_refund, first, ids["sam"])  # staff
    _do(engine, lead_actions.claim_exception, first, ids["leo"])
    with pytest.raises(lead_actions.ClaimConflict, match="claimed by Leo Lead"):
        _do(engine, lead_actions.approve_refund, first, ids["lea"])
    full = _do(engine, lead_actions.approve_refund, first, ids["leo"])
    assert full.status == "resolved"
    [refund] = _events(engine, f"refund:{first_lpn}")
    assert refund["total"] == str(paid) and refund["units"][0]["restocking_fee"] == "0.00"
    with pytest.raises(lead_actions.ExceptionActionRefused, match="already resolved"):
        _do(engine, lead_actions.approve_refund, first, ids["leo"])
    # In part: the amount must be below what was paid, with a reason.
    with pytest.raises(lead_actions.ExceptionActionRefused, match="say why the refund is partial"):
        _do(engine, lead_actions.approve_refund, second, ids["lea"], amount=Decimal("1.00"))
    with pytest.raises(lead_actions.ExceptionActionRefused, match=r"0\.01 SEK to"):
        _do(
            engine,
            lead_actions.approve_refund,
            second,
            ids["lea"],
            amount=Decimal("99999.00"),
            reason="x",
        )
    part = _do(
        engine,
        lead_actions.approve_refund,
        second,
        ids["lea"],
        amount=Decimal("1.50"),
        reason="worn",
    )
    assert part.status == "resolved"
    [partial] = _events(engine, f"refund:{second_lpn}")
    assert partial["total"] == "1.50" and Decimal(partial["units"][0]["restocking_fee"]) > 0
    with session_factory(engine)() as session:
        resolved = session.get(ExceptionCase, second)
        assert (resolved.resolution, resolved.resolution_note) == ("refund_partial", "worn")
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == second_lpn))
        assert unit.status == "confirmed" and unit.refund_amount == Decimal("1.50")
        # Every open exception of the unit was settled by the one decision.
        assert set(
            session.scalars(select(ExceptionCase.status).where(ExceptionCase.unit_id == unit.id))
        ) == {"resolved"}


def test_reject_contact_close_and_bulk(engine: Engine) -> None:
    from db.models import ReceivedUnit

    ids = _walked(engine)
    held = _held(engine)
    (reject_id, reject_lpn) = held[0]
    with pytest.raises(lead_actions.ExceptionActionRefused, match="say why"):
        _do(engine, lead_actions.reject_return, reject_id, ids["lea"], note="")
    _do(
        engine,
        lead_actions.reject_return,
        reject_id,
        ids["lea"],
        note="not the item we sold",
    )
    [rejected] = _events(engine, f"rejected:unit:{reject_lpn}")
    assert rejected["status"] == "rejected" and rejected["reason"] == "not the item we sold"
    with session_factory(engine)() as session:
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == reject_lpn))
        assert (unit.disposition, unit.status) == ("return_to_customer", "confirmed")
    assert _events(engine, f"refund:{reject_lpn}") == []
    # Contact: an "exception" status event each time asked; the exception stays with the lead.
    with session_factory(engine)() as session:
        with_rma = session.scalar(
            select(ExceptionCase.id).where(
                ExceptionCase.rma_id.is_not(None), ExceptionCase.status == "open"
            )
        )
    for _ in range(2):
        view = _do(
            engine,
            lead_actions.ask_customer_contact,
            with_rma,
            ids["leo"],
            message="which size?",
        )
    assert view.status == "claimed" and view.claimed_by_id == ids["leo"]
    asked = _events(engine, f":contact:{with_rma}:")
    assert len(asked) == 2 and {a["reason"] for a in asked} == {"contact_customer"}
    # A held unit's only exception cannot just be closed; a parcel-level one can, with a note.
    (held_id, _) = _held(engine)[0]
    with pytest.raises(lead_actions.ExceptionActionRefused, match="approve it"):
        _do(engine, lead_actions.close_exception, held_id, ids["lea"], note="fine")
    with session_factory(engine)() as session:
        parcel_level = list(
            session.scalars(
                select(ExceptionCase.id).where(
                    ExceptionCase.unit_id.is_(None), ExceptionCase.status == "open"
                )
            )
        )
    assert parcel_level
    outcomes = lead_actions.apply_to_many(
        session_factory(engine),
        [*parcel_level, held_id],
        lead_actions.close_exception,
        note="matched by hand",
        operator_id=ids["lea"],
        now=NOW,
    )
    assert [o.done for o in outcomes] == [True] * len(parcel_level) + [False]
    assert "approve it" in outcomes[-1].message


def test_regrading_a_held_unit_queues_a_new_label_and_keeps_the_decision_open(
    engine: Engine,
) -> None:
    from db.models import LabelJob, ReceivedUnit

    ids = _walked(engine)
    (exception_id, lpn) = _held(engine)[0]
    with pytest.raises(
        lead_actions.ExceptionActionRefused, match="there is no grade Z: one of A, B"
    ):
        _do(
            engine,
            lead_actions.regrade_unit,
            exception_id,
            ids["lea"],
            note="looked again",
            grade="Z",
        )
    with pytest.raises(lead_actions.ExceptionActionRefused, match="say why"):
        _do(engine, lead_actions.regrade_unit, exception_id, ids["lea"], note=" ", grade="A")
    view = _do(
        engine,
        lead_actions.regrade_unit,
        exception_id,
        ids["lea"],
        note="only the box was dented",
        grade="A",
        disposition="restock",
    )
    assert view.status == "claimed"
    with session_factory(engine)() as session:
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn))
        assert (unit.grade, unit.disposition, unit.status) == ("A", "restock", "held")
        job = session.scalar(
            select(LabelJob).where(LabelJob.lpn == lpn, LabelJob.is_reprint.is_(True))
        )
        assert job.template == "restock" and job.status == "queued" and "dented" in job.reason
        actions = set(
            session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == str(unit.id)))
        )
        assert "unit_regraded" in actions
    with pytest.raises(lead_actions.ExceptionActionRefused, match="already is grade A"):
        _do(
            engine,
            lead_actions.regrade_unit,
            exception_id,
            ids["lea"],
            note="again",
            grade="A",
        )
    # The refund decision follows: approving it now releases it.
    assert _do(engine, lead_actions.approve_refund, exception_id, ids["lea"]).status == "resolved"


def test_detail_shows_the_case_expected_vs_found_scan_log_and_photos(engine: Engine) -> None:
    from db.models import ReceivedUnit

    _walked(engine)
    exception_id, lpn = _held(engine)[0]
    with session_factory(engine)() as session:
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn))
        assert unit is not None
        parcel, rma = unit.parcel, unit.parcel.rma
        assert rma is not None
        detail = exception_detail(session, exception_id)
        assert detail.case["rma"]["number"] == rma.number
        assert detail.case["parcel"]["tracking_number"] == parcel.tracking_number
        assert detail.case["unit"]["lpn"] == lpn and detail.case["unit"]["grade"] == unit.grade
        assert detail.case["unit"]["why"] == unit.rule_reason
        assert [(ln.sku, ln.expected) for ln in detail.lines] == [
            (line.sku, line.quantity) for line in rma.lines
        ]
        found = {ln.sku: ln.received for ln in detail.lines}
        assert found[unit.line.sku] >= 1  # type: ignore[union-attr]
        actions = [h.action for h in detail.scan_log]
        assert actions[0] == "parcel_opened" and "unit_received" in actions
        assert detail.photos == tuple(str(p) for p in unit.photo_paths)


def test_the_detail_reads_the_audit_log_by_its_index_however_long_it_is(engine: Engine) -> None:
    """A site's audit log grows by every action of every bench.  The detail's history and scan
    log are index lookups: asked for with an OR and in the log's order, PostgreSQL walked the
    whole log by its id and filtered it (30 ms at 66,000 lines in the site benchmark)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("the plan checked is PostgreSQL's, where the walk was seen")
    from sqlalchemy import event, insert

    _walked(engine)
    exception_id, _lpn = _held(engine)[0]
    with write_transaction(session_factory(engine)) as session:
        session.execute(
            insert(AuditEntry),
            [
                {
                    "at": NOW,
                    "action": "unit_received",
                    "entity_type": "unit",
                    "entity_id": str(100_000 + n),
                    "details": {},
                }
                for n in range(20_000)
            ],
        )
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE audit_log")
        connection.commit()
    asked: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
        if "FROM audit_log" in statement:
            asked.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with session_factory(engine)() as session:
            detail = exception_detail(session, exception_id)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert detail.scan_log and len(asked) >= 2
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for statement, parameters in asked:
            cursor.execute("EXPLAIN " + statement, parameters)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "ix_audit_log_entity" in plan and "pk_audit_log" not in plan, plan
    finally:
        raw.close()


def _line_of(engine: Engine, lpn: str):  # type: ignore[no-untyped-def]
    from db.models import ReceivedUnit

    with session_factory(engine)() as session:
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn))
        assert unit is not None and unit.line is not None and unit.parcel.rma is not None
        return unit.line.unit_price, unit.line.currency, unit.parcel.rma.number


def test_a_refund_in_part_goes_upstream_in_the_currencys_form(engine: Engine) -> None:
    """A lead's `1` is sent as "1.00" (the contract's form); more decimals than the currency
    has are refused with a sentence that says why."""
    from decimal import Decimal

    from receiving_station.i18n.text import Text, message_of

    ids = _walked(engine)
    (first, first_lpn), (second, second_lpn) = _held(engine)[:2]
    paid, currency, _ = _line_of(engine, first_lpn)
    assert currency in ("SEK", "NOK", "DKK", "EUR") and paid > Decimal("12.5")
    for wrong, said in (
        (Decimal("1.005"), f"a refund in {currency} has at most 2 decimals; 1.005"),
        (Decimal("0.001"), f"a refund in {currency} has at most 2 decimals; 0.001"),
        (Decimal("0"), f"is 0.01 {currency} to"),
        (Decimal("NaN"), f"is 0.01 {currency} to"),
        (paid + 1, "(what was paid)"),
    ):
        with pytest.raises(lead_actions.ExceptionActionRefused) as refused:
            _do(
                engine,
                lead_actions.approve_refund,
                first,
                ids["lea"],
                amount=wrong,
                reason="x",
            )
        message = message_of(refused.value)
        assert isinstance(message, Text) and message.context == "review", message
        assert said in message and first_lpn in message
    assert _events(engine, f"refund:{first_lpn}") == []  # nothing half-done

    for exception_id, lpn, typed, sent in (
        (first, first_lpn, Decimal("1"), "1.00"),
        (second, second_lpn, Decimal("12.5"), "12.50"),
    ):
        paid, _, _ = _line_of(engine, lpn)
        _do(
            engine,
            lead_actions.approve_refund,
            exception_id,
            ids["lea"],
            amount=typed,
            reason="worn",
        )
        [refund] = _events(engine, f"refund:{lpn}")
        assert refund["total"] == sent and refund["units"][0]["amount"] == sent
        fee = f"{paid - typed:.2f}"
        assert refund["restocking_fee"] == fee and refund["units"][0]["restocking_fee"] == fee
        with session_factory(engine)() as session:
            resolved = session.scalar(
                select(AuditEntry.details).where(
                    AuditEntry.entity_id == str(exception_id),
                    AuditEntry.action == "exception_resolved",
                )
            )
        assert resolved["amount"] == sent


def test_a_currency_without_decimals_refunds_whole_amounts(engine: Engine) -> None:
    from decimal import Decimal

    from db.models import ReceivedUnit

    ids = _walked(engine)
    (first, first_lpn), (second, second_lpn) = _held(engine)[:2]
    with write_transaction(session_factory(engine)) as session:
        for lpn in (first_lpn, second_lpn):
            line = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn)).line
            line.currency, line.unit_price = "JPY", Decimal("1200")
    with pytest.raises(
        lead_actions.ExceptionActionRefused, match=r"JPY has no decimals: .* 999\.5 is not"
    ):
        _do(
            engine,
            lead_actions.approve_refund,
            first,
            ids["lea"],
            amount=Decimal("999.5"),
            reason="x",
        )
    with pytest.raises(
        lead_actions.ExceptionActionRefused, match=r"JPY has no decimals: .* 0\.5 is not"
    ):
        _do(engine, lead_actions.approve_refund, first, ids["lea"], amount=Decimal("0.5"))
    with pytest.raises(lead_actions.ExceptionActionRefused, match=r"is 1 JPY to 1200\.00 JPY"):
        _do(engine, lead_actions.approve_refund, first, ids["lea"], amount=Decimal("0"))
    _do(
        engine,
        lead_actions.approve_refund,
        first,
        ids["lea"],
        amount=Decimal("1000"),
        reason="x",
    )
    [part] = _events(engine, f"refund:{first_lpn}")
    assert (part["total"], part["restocking_fee"], part["currency"]) == ("1000", "200", "JPY")
    _do(engine, lead_actions.approve_refund, second, ids["lea"])  # in full: what was paid
    [full] = _events(engine, f"refund:{second_lpn}")
    assert (full["total"], full["units"][0]["restocking_fee"]) == ("1200", "0")


def test_money_at_stake_names_what_a_decision_moves_and_changes_nothing(engine: Engine) -> None:
    from decimal import Decimal

    from db.models import ReceivedUnit
    from receiving_station.i18n.text import Money

    ids = _walked(engine)
    held = _held(engine)
    (refund_id, refund_lpn), (exchange_id, exchange_lpn), (credit_id, credit_lpn) = held[:3]
    with write_transaction(session_factory(engine)) as session:
        exchange = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == exchange_lpn))
        exchange.parcel.rma.requested_resolution = "exchange"
        credit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == credit_lpn))
        credit.parcel.rma.requested_resolution = "store_credit"
        refund_rma = session.scalar(
            select(ReceivedUnit).where(ReceivedUnit.lpn == refund_lpn)
        ).parcel.rma
        refund_customer = refund_rma.customer_name
        parcel_level = session.scalar(
            select(ExceptionCase.id).where(
                ExceptionCase.unit_id.is_(None), ExceptionCase.rma_id.is_not(None)
            )
        )
        parcel_rma = session.get(ExceptionCase, parcel_level).rma_id
    with session_factory(engine)() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry))
        stakes = money_at_stake(session, [credit_id, refund_id, parcel_level, exchange_id])
        assert not session.new and not session.dirty
    assert [s.exception_id for s in stakes] == [credit_id, refund_id, parcel_level, exchange_id]
    credit_stake, refund_stake, parcel_stake, exchange_stake = stakes

    paid, currency, rma = _line_of(engine, refund_lpn)
    assert refund_stake.resolution == AtStake.REFUND and not refund_stake.store_credit
    assert (refund_stake.lpn, refund_stake.rma_number) == (refund_lpn, rma)
    assert refund_stake.customer_name == refund_customer and refund_customer
    assert refund_stake.paid == Money(paid, currency) and refund_stake.paid.amount > 0
    assert not refund_stake.released and refund_stake.refunded is None
    assert credit_stake.resolution == AtStake.REFUND and credit_stake.store_credit
    assert exchange_stake.resolution == AtStake.EXCHANGE and exchange_stake.paid
    assert parcel_stake.resolution == AtStake.NOTHING and parcel_stake.lpn is None
    assert parcel_stake.paid is None and parcel_stake.rma_number is not None
    with session_factory(engine)() as session:
        from db.models import Rma

        assert session.get(Rma, parcel_rma).number == parcel_stake.rma_number
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == audited

    # Once decided: released, with what was released (nothing for a rejection).
    _do(
        engine,
        lead_actions.approve_refund,
        refund_id,
        ids["lea"],
        amount=Decimal("1"),
        reason="x",
    )
    _do(engine, lead_actions.reject_return, credit_id, ids["lea"], note="not ours")
    with session_factory(engine)() as session:
        after = money_at_stake(session, [refund_id, credit_id])
        assert after[0].released and after[0].refunded == Money(Decimal("1.00"), currency)
        assert after[1].released and after[1].refunded is not None
        assert after[1].refunded.amount == 0 and after[1].paid == credit_stake.paid
        with pytest.raises(
            lead_actions.ExceptionActionRefused, match="there is no exception 999999"
        ):
            money_at_stake(session, [refund_id, 999999])
        assert money_at_stake(session, []) == []
