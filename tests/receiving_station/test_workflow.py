"""The bench use cases, on SQLite and PostgreSQL: the happy path and every exception path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import session_factory
from db.enums import ExceptionType, OutboxKind, Role
from db.models import (
    AuditEntry,
    ExceptionCase,
    LabelJob,
    Operator,
    OutboxEvent,
    Parcel,
    Product,
    ProductGtin,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)
from receiving_station.auth import PermissionDenied
from receiving_station.codes.checkdigits import gs1_mod10
from receiving_station.codes.lpn import is_valid_lpn
from receiving_station.receiving.results import Actor, Conflict, Feedback, NotFound, WorkflowError
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def gtin13(body12: str) -> str:
    return body12 + gs1_mod10(body12)


SWEATER = gtin13("735000000001")
JEANS = gtin13("735000000002")
PHONE = gtin13("735000000003")
STRANGER = gtin13("735000000099")
SOAP = gtin13("735000000004")
TRACK_SE = "RR123456785SE"  # UPU S10 vector with a valid check digit
UNKNOWN_TRACK = "1Z999AA10123456784"  # a valid UPS number nobody announced


def g14(gtin: str) -> str:
    return gtin.zfill(14)


@dataclass
class Bench:
    workflow: Workflow
    sessions: sessionmaker[Session]
    staff: Actor
    lead: Actor
    other_bench: Actor

    def count(self, model: type) -> int:
        with self.sessions() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

    def exceptions(self) -> list[ExceptionCase]:
        with self.sessions() as s:
            return list(s.scalars(select(ExceptionCase).order_by(ExceptionCase.id)))


def _seed(session: Session) -> dict[str, int]:
    staff = Operator(badge_code="B-1001", name="Sara Staff", role=Role.STAFF.value)
    lead = Operator(badge_code="B-2001", name="Leo Lead", role=Role.LEAD.value)
    bench1 = Station(name="BENCH-01", settings={"printer_url": "tcp://127.0.0.1:9100"})
    bench2 = Station(name="BENCH-02")
    session.add_all([staff, lead, bench1, bench2])
    session.add_all(
        [
            Product(
                sku="SW-1",
                description="Wool sweater",
                category="apparel",
                gtins=[ProductGtin(gtin=g14(SWEATER))],
            ),
            Product(
                sku="JE-1",
                description="Jeans",
                category="apparel",
                gtins=[ProductGtin(gtin=g14(JEANS))],
            ),
            Product(
                sku="PH-1",
                description="Phone",
                category="electronics",
                gtins=[ProductGtin(gtin=g14(PHONE))],
            ),
            Product(
                sku="SO-1",
                description="Soap",
                category="hygiene",
                returnable=False,
                gtins=[ProductGtin(gtin=g14(SOAP))],
            ),
            Product(
                sku="XX-9",
                description="Lamp",
                category="home",
                gtins=[ProductGtin(gtin=g14(STRANGER))],
            ),
        ]
    )
    rma = Rma(
        number="RMA-2026-000001",
        order_number="SO-1",
        customer_name="Anna Andersson",
        customer_email="anna@example.se",
        market="SE",
        channel="post",
        purchase_date=dt.date(2026, 11, 1),
        delivery_date=dt.date(2026, 11, 4),
        requested_resolution="refund",
        status="expected",
        lines=[
            RmaLine(
                line_no=1,
                sku="SW-1",
                gtin=g14(SWEATER),
                description="Wool sweater",
                category="apparel",
                quantity=1,
                unit_price=Decimal("499.00"),
                currency="SEK",
                reason_code="wrong_size",
                expected_weight_kg=Decimal("0.600"),
            ),
            RmaLine(
                line_no=2,
                sku="PH-1",
                gtin=g14(PHONE),
                description="Phone",
                category="electronics",
                quantity=1,
                unit_price=Decimal("4999.00"),
                currency="SEK",
                reason_code="changed_mind",
                serials_shipped=["SN-111", "SN-222"],
                expected_weight_kg=Decimal("0.400"),
            ),
        ],
    )
    session.add(rma)
    session.flush()
    session.add(
        Parcel(tracking_number=TRACK_SE, carrier="postnord", rma_id=rma.id, status="expected")
    )
    session.commit()
    return {"staff": staff.id, "lead": lead.id, "bench1": bench1.id, "bench2": bench2.id}


@pytest.fixture
def bench(engine: Engine) -> Iterator[Bench]:
    sessions = session_factory(engine)
    with sessions() as s:
        ids = _seed(s)
    yield Bench(
        workflow=Workflow(sessions, load_rules(), clock=lambda: NOW),
        sessions=sessions,
        staff=Actor(ids["staff"], ids["bench1"]),
        lead=Actor(ids["lead"], ids["bench1"]),
        other_bench=Actor(ids["lead"], ids["bench2"]),
    )


def test_happy_path_from_parcel_to_close(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    opened = wf.open_parcel(staff, TRACK_SE + "\r\n")
    assert opened.feedback == Feedback.ACCEPTED
    parcel = opened.parcel
    assert parcel is not None and parcel.rma is not None
    assert parcel.rma.customer_name == "Anna Andersson"
    assert parcel.rma.window.inside and parcel.rma.window.days_since == 16

    weighed = wf.record_weight(staff, parcel.parcel_id, Decimal("1.050"))
    assert weighed.feedback == Feedback.ACCEPTED and not weighed.parcel.weight_mismatch  # type: ignore[union-attr]

    got = wf.receive_unit(staff, parcel.parcel_id, SWEATER)
    unit = got.unit
    assert unit is not None and is_valid_lpn(unit.lpn) and unit.line_no == 1
    checklist = {q.key: True for q in wf.rules.checklist("apparel")}
    graded = wf.grade_unit(staff, unit.unit_id, "A", checklist)
    assert graded.decision is not None and not graded.decision.hold
    assert graded.decision.disposition == "restock"
    assert graded.decision.refund_amount == Decimal("499.00")
    confirmed = wf.confirm_unit(staff, unit.unit_id)
    assert confirmed.feedback == Feedback.ACCEPTED and confirmed.label_job_id is not None

    phone = wf.receive_unit(staff, parcel.parcel_id, f"]d201{g14(PHONE)}21SN-222")
    assert phone.unit is not None and phone.unit.serial == "SN-222" and phone.unit.line_no == 2
    assert not phone.exceptions
    answers = {q.key: True for q in wf.rules.checklist("electronics")}
    wf.grade_unit(staff, phone.unit.unit_id, "B", answers)
    wf.confirm_unit(staff, phone.unit.unit_id)

    closed = wf.close_parcel(staff, parcel.parcel_id)
    assert closed.feedback == Feedback.ACCEPTED, closed.message
    assert bench.exceptions() == []
    with bench.sessions() as s:
        rma = s.scalar(select(Rma))
        assert rma is not None and rma.status == "received"
        refunds = s.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == OutboxKind.REFUND.value)
        ).all()
        assert {e.subject for e in refunds} == {
            f"refund:{unit.lpn}",
            f"refund:{phone.unit.lpn}",
        }
        assert refunds[0].payload["total"] == "499.00" and refunds[0].payload["currency"] == "SEK"
        assert s.scalar(select(func.count()).select_from(LabelJob)) == 2
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions[0] == "parcel_opened" and actions[-1] == "parcel_closed"
        assert actions.count("unit_confirmed") == 2


def test_confirm_is_one_transaction(bench: Bench, monkeypatch: pytest.MonkeyPatch) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    unit = wf.receive_unit(staff, parcel.parcel_id, SWEATER).unit  # type: ignore[union-attr]
    wf.grade_unit(staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("apparel")})  # type: ignore[union-attr]
    before = (bench.count(OutboxEvent), bench.count(LabelJob), bench.count(AuditEntry))

    from receiving_station import audit

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record_all", fail)  # the audit lines, written last
    with pytest.raises(RuntimeError):
        wf.confirm_unit(staff, unit.unit_id)  # type: ignore[union-attr]
    assert (bench.count(OutboxEvent), bench.count(LabelJob), bench.count(AuditEntry)) == before
    with bench.sessions() as s:
        assert s.get(ReceivedUnit, unit.unit_id).status == "graded"  # type: ignore[union-attr]


def test_blind_return_is_received_and_queued(bench: Bench) -> None:
    wf = bench.workflow
    opened = wf.open_parcel(bench.staff, UNKNOWN_TRACK)
    assert opened.feedback == Feedback.ATTENTION
    assert opened.parcel is not None and opened.parcel.blind and opened.parcel.carrier == "ups"
    assert [e.type for e in opened.exceptions] == [ExceptionType.BLIND_RETURN.value]
    unit = wf.receive_unit(bench.staff, opened.parcel.parcel_id, SWEATER).unit
    assert unit is not None and "blind_return" in unit.flags
    graded = wf.grade_unit(
        bench.staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("apparel")}
    )
    assert graded.decision is not None and graded.decision.hold
    confirmed = wf.confirm_unit(bench.staff, unit.unit_id)
    assert confirmed.unit is not None and confirmed.unit.status == "held"
    assert bench.count(OutboxEvent) == 0  # nothing to release for a parcel without an RMA


def test_wrong_item_extra_item_and_non_returnable(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    assert parcel is not None
    wrong = wf.receive_unit(staff, parcel.parcel_id, STRANGER)
    assert wrong.unit is not None and "wrong_item" in wrong.unit.flags
    assert [e.type for e in wrong.exceptions] == ["wrong_item"]
    first = wf.receive_unit(staff, parcel.parcel_id, SWEATER)
    assert not first.exceptions
    extra = wf.receive_unit(staff, parcel.parcel_id, SWEATER)
    assert extra.unit is not None and "unexpected_item" in extra.unit.flags
    soap = wf.receive_unit(staff, parcel.parcel_id, SOAP)
    assert soap.unit is not None and "non_returnable" in soap.unit.flags
    types = sorted(e.type for e in bench.exceptions())
    assert types == ["non_returnable", "unexpected_item", "wrong_item", "wrong_item"] or types == [
        "non_returnable",
        "unexpected_item",
        "wrong_item",
    ]
    for held in (wrong, extra, soap):
        unit = held.unit
        assert unit is not None
        answers = {q.key: True for q in wf.rules.checklist(unit.category or "default")}
        graded = wf.grade_unit(staff, unit.unit_id, "A", answers)
        assert graded.decision is not None and graded.decision.hold, graded.decision


def test_serial_not_shipped_and_serial_scanned_later(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    assert parcel is not None
    got = wf.receive_unit(staff, parcel.parcel_id, PHONE)  # EAN only: the serial comes next
    unit = got.unit
    assert unit is not None and unit.needs_serial
    with pytest.raises(WorkflowError, match="serial"):
        wf.grade_unit(
            staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("electronics")}
        )
    mismatch = wf.record_serial(staff, unit.unit_id, "SN-999")
    assert mismatch.feedback == Feedback.ATTENTION
    assert [e.type for e in mismatch.exceptions] == ["serial_mismatch"]
    graded = wf.grade_unit(
        staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("electronics")}
    )
    assert graded.decision is not None and graded.decision.hold
    assert graded.decision.exception_type == "serial_mismatch"


def test_light_parcel_holds_refunds(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    assert parcel is not None
    weighed = wf.record_weight(staff, parcel.parcel_id, Decimal("0.150"))
    assert weighed.feedback == Feedback.ATTENTION and weighed.parcel.weight_mismatch  # type: ignore[union-attr]
    assert [e.type for e in weighed.exceptions] == ["weight_mismatch"]
    assert "lighter" in weighed.message
    unit = wf.receive_unit(staff, parcel.parcel_id, SWEATER).unit
    graded = wf.grade_unit(
        staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("apparel")}
    )  # type: ignore[union-attr]
    assert graded.decision is not None and graded.decision.hold
    assert graded.decision.exception_type == "weight_mismatch"
    confirmed = wf.confirm_unit(staff, unit.unit_id)  # type: ignore[union-attr]
    with bench.sessions() as s:
        assert (
            s.scalar(select(func.count()).where(OutboxEvent.kind == OutboxKind.REFUND.value)) == 0
        )
    assert confirmed.unit is not None and confirmed.unit.status == "held"
    # one weight exception for the parcel, evidence merged, no duplicate
    assert [e.type for e in bench.exceptions()].count("weight_mismatch") >= 1


def test_late_return_is_flagged_at_open(bench: Bench) -> None:
    late = Workflow(
        bench.sessions, bench.workflow.rules, clock=lambda: NOW + dt.timedelta(days=120)
    )
    opened = late.open_parcel(bench.staff, TRACK_SE)
    assert opened.parcel is not None and opened.parcel.rma is not None
    assert not opened.parcel.rma.window.inside
    assert [e.type for e in opened.exceptions] == ["outside_window"]
    unit = late.receive_unit(bench.staff, opened.parcel.parcel_id, SWEATER).unit
    graded = late.grade_unit(
        bench.staff, unit.unit_id, "A", {q.key: True for q in late.rules.checklist("apparel")}
    )  # type: ignore[union-attr]
    assert graded.decision is not None and graded.decision.hold


def test_missing_items_at_close(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    unit = wf.receive_unit(staff, parcel.parcel_id, SWEATER).unit  # type: ignore[union-attr]
    with pytest.raises(WorkflowError, match="not every item is confirmed"):
        wf.close_parcel(staff, parcel.parcel_id)  # type: ignore[union-attr]
    wf.grade_unit(staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("apparel")})  # type: ignore[union-attr]
    wf.confirm_unit(staff, unit.unit_id)  # type: ignore[union-attr]
    audited = bench.count(AuditEntry)
    # Not without a confirmation: the result says what is missing, and nothing is written.
    asked = wf.close_parcel(staff, parcel.parcel_id)  # type: ignore[union-attr]
    assert asked.action == "parcel_close_asked" and asked.feedback == Feedback.ATTENTION
    short = asked.shortfall
    assert short is not None and short.parcel_id == parcel.parcel_id  # type: ignore[union-attr]
    assert (short.expected, short.missing, short.rma_number) == (2, 1, "RMA-2026-000001")
    assert [(m.sku, m.missing) for m in short.lines] == [("PH-1", 1)]
    assert "still expects 1 of 2 items: PH-1" in asked.message
    assert asked.parcel is not None and asked.parcel.status == "open"
    assert bench.exceptions() == [] and bench.count(AuditEntry) == audited
    closed = wf.close_parcel(staff, parcel.parcel_id, accept_missing=True)  # type: ignore[union-attr]
    assert closed.action == "parcel_closed" and closed.shortfall is None
    assert closed.feedback == Feedback.ATTENTION
    assert [e.type for e in closed.exceptions] == ["missing_item"]
    assert "PH-1" in closed.exceptions[0].summary


def test_poor_grade_needs_a_photo_and_full_checklist(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    unit = wf.receive_unit(staff, parcel.parcel_id, SWEATER).unit  # type: ignore[union-attr]
    answers = {q.key: True for q in wf.rules.checklist("apparel")}
    with pytest.raises(WorkflowError, match="checklist"):
        wf.grade_unit(staff, unit.unit_id, "A", {})  # type: ignore[union-attr]
    poor = next(g for g in wf.rules.grades if g.requires_photo)
    with pytest.raises(WorkflowError, match="photo"):
        wf.grade_unit(staff, unit.unit_id, poor.code, answers)  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        wf.grade_unit(staff, unit.unit_id, "Z", answers)  # type: ignore[union-attr]
    graded = wf.grade_unit(staff, unit.unit_id, poor.code, answers, photos=["/photos/1.jpg"])  # type: ignore[union-attr]
    assert graded.unit is not None and graded.unit.grade == poor.code
    stepped = wf.ungrade_unit(staff, unit.unit_id)  # type: ignore[union-attr]
    assert (
        stepped.unit is not None
        and stepped.unit.grade is None
        and stepped.unit.status == "received"
    )


def test_two_benches_cannot_work_one_parcel(bench: Bench) -> None:
    wf = bench.workflow
    parcel = wf.open_parcel(bench.staff, TRACK_SE).parcel
    with pytest.raises(Conflict, match="BENCH-01"):
        wf.open_parcel(bench.other_bench, TRACK_SE)
    with pytest.raises(Conflict):
        wf.receive_unit(bench.other_bench, parcel.parcel_id, SWEATER)  # type: ignore[union-attr]


def test_refusals_write_nothing(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    before = bench.count(AuditEntry)
    with pytest.raises(WorkflowError, match="not a parcel"):
        wf.open_parcel(staff, SWEATER)
    with pytest.raises(WorkflowError, match="check digit"):
        wf.open_parcel(staff, "RR123456784SE")
    with pytest.raises(NotFound):
        wf.open_parcel(staff, "RMA-2026-999999")
    parcel = wf.open_parcel(staff, "RMA-2026-000001").parcel  # the RMA barcode opens its parcel
    assert parcel is not None and parcel.tracking_number == TRACK_SE
    after_open = bench.count(AuditEntry)
    assert after_open == before + 1
    with pytest.raises(WorkflowError, match="not an item"):
        wf.receive_unit(staff, parcel.parcel_id, TRACK_SE)
    with pytest.raises(WorkflowError):
        wf.record_weight(staff, parcel.parcel_id, Decimal("0"))
    assert bench.count(AuditEntry) == after_open


def test_reopen_needs_a_lead(bench: Bench) -> None:
    wf = bench.workflow
    parcel = wf.open_parcel(bench.staff, UNKNOWN_TRACK).parcel
    wf.close_parcel(bench.staff, parcel.parcel_id)  # type: ignore[union-attr]
    with pytest.raises(Conflict, match="already received"):
        wf.open_parcel(bench.staff, UNKNOWN_TRACK)
    with pytest.raises(PermissionDenied, match="lead"):
        wf.reopen_parcel(bench.staff, parcel.parcel_id, "found a sock")  # type: ignore[union-attr]
    reopened = wf.reopen_parcel(bench.lead, parcel.parcel_id, "found a sock")  # type: ignore[union-attr]
    assert reopened.parcel is not None and reopened.parcel.status == "open"


def test_cancel_unit_resolves_its_exceptions(bench: Bench) -> None:
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    wrong = wf.receive_unit(staff, parcel.parcel_id, STRANGER).unit  # type: ignore[union-attr]
    cancelled = wf.cancel_unit(staff, wrong.unit_id, "belongs to the next parcel")  # type: ignore[union-attr]
    assert cancelled.unit is not None and cancelled.unit.status == "cancelled"
    assert all(e.status == "resolved" for e in bench.exceptions())


def test_exchange_release_instead_of_refund(bench: Bench) -> None:
    with bench.sessions() as s:
        rma = s.scalar(select(Rma))
        assert rma is not None
        rma.requested_resolution = "exchange"
        rma.exchange_sku = "SW-2"
        s.commit()
    wf, staff = bench.workflow, bench.staff
    parcel = wf.open_parcel(staff, TRACK_SE).parcel
    unit = wf.receive_unit(staff, parcel.parcel_id, SWEATER).unit  # type: ignore[union-attr]
    wf.grade_unit(staff, unit.unit_id, "A", {q.key: True for q in wf.rules.checklist("apparel")})  # type: ignore[union-attr]
    wf.confirm_unit(staff, unit.unit_id)  # type: ignore[union-attr]
    with bench.sessions() as s:
        kinds = sorted(e.kind for e in s.scalars(select(OutboxEvent)))
    assert "exchange_release" in kinds and "refund" not in kinds


FEDEX_OR_UPC = "710000000022"  # FedEx check digit holds, and so does the UPC-A one


def test_fedex_number_that_is_also_a_upc(bench: Bench) -> None:
    with pytest.raises(WorkflowError, match="is not a parcel"):
        bench.workflow.open_parcel(bench.staff, FEDEX_OR_UPC)  # nobody announced it: an item
    with bench.sessions.begin() as session:
        rma = session.scalar(select(Rma))
        assert rma is not None
        session.add(Parcel(tracking_number=FEDEX_OR_UPC, rma=rma, status="expected"))
    opened = bench.workflow.open_parcel(bench.staff, FEDEX_OR_UPC)
    assert opened.parcel is not None and opened.parcel.tracking_number == FEDEX_OR_UPC


@pytest.mark.parametrize(
    ("label", "problem"),
    [
        ("BB-7Q2K9XW4", "is not a parcel"),  # a carrier with no published format (Budbee)
        ("140318792528", "check digit does not hold"),  # a number our DHL Paket rule refuses
    ],
)
def test_an_announced_parcel_opens_by_its_label_whatever_its_format(
    bench: Bench, label: str, problem: str
) -> None:
    with pytest.raises(WorkflowError, match=problem):
        bench.workflow.open_parcel(bench.staff, label)  # nobody announced it
    with bench.sessions.begin() as session:
        rma = session.scalar(select(Rma))
        assert rma is not None
        session.add(Parcel(tracking_number=label, rma=rma, carrier="budbee", status="expected"))
    opened = bench.workflow.open_parcel(bench.staff, f" {label.lower()}\r\n")
    assert opened.parcel is not None and opened.parcel.tracking_number == label
    assert not any(e.type == "blind_return" for e in bench.exceptions())


def test_lookup_parcel_reads_without_opening(bench: Bench) -> None:
    view = bench.workflow.lookup_parcel(f"  {TRACK_SE}\r\n")
    assert view is not None and view.rma is not None
    assert view.status == "expected" and view.rma.number == "RMA-2026-000001"
    assert bench.workflow.lookup_parcel(UNKNOWN_TRACK) is None
    assert bench.workflow.lookup_parcel("RMA-2026-000001") is None  # not a tracking number
    with bench.sessions() as session:
        parcel = session.scalar(select(Parcel).where(Parcel.tracking_number == TRACK_SE))
        assert parcel is not None and parcel.status == "expected" and parcel.station_id is None
