"""The demo's history: a site in its fifth week, worked at its benches by the real operations.

One demo database is built for the module (about ten seconds) at a fixed moment; the tests
read it, and the last one works the walk-through parcels on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import (
    AuditEntry,
    ExceptionCase,
    LabelJob,
    Operator,
    OutboxAttempt,
    OutboxEvent,
    Parcel,
    Product,
    ReceivedUnit,
    Rma,
    Station,
)
from receiving_station.bench.state import BenchInput, InputKind
from receiving_station.demo.data import generate_demo_data, scenarios_in
from receiving_station.demo.history import HistorySummary, build_demo_database
from receiving_station.demo.sandbox import SandboxStore
from receiving_station.figures.reports import FigureFilter, Figures, shift_figures
from receiving_station.figures.shifts import Period, shift_of
from tests.helpers.bench import NOW, make_bench, walk
from tests.helpers.clock import local_time

# The history ends at the walk-through's moment (tests/helpers/bench.py), a Tuesday morning,
# in a site on UTC (its shifts are local time: pinned, so the history is the same anywhere).
UNTIL = NOW - dt.timedelta(minutes=30)
TODAY = UNTIL.date()


@pytest.fixture(scope="module", autouse=True)
def utc() -> Iterator[None]:
    with local_time("UTC"):
        yield


class Built:
    def __init__(self, engine: Engine, summary: HistorySummary, shop: str, photos: Path):
        self.engine, self.summary, self.shop, self.photos = engine, summary, shop, photos

    def session(self) -> Session:
        return session_factory(self.engine)()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("demo-history")
    engine = create_engine_for_url(f"sqlite:///{root / 'demo.sqlite3'}")
    upgrade_database(engine)
    shop = f"sqlite:///{root / 'shop.sqlite3'}"
    _, summary = build_demo_database(
        engine, returns=200, seed=1, now=UNTIL, shop=shop, photo_dir=root / "photos"
    )
    yield Built(engine, summary, shop, root / "photos")
    engine.dispose()


def _count(session: Session, model: object, *where: object) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def test_the_history_has_what_a_site_in_its_fifth_week_has(built: Built) -> None:
    summary = built.summary
    with built.session() as session:
        units = session.scalars(select(ReceivedUnit)).all()
        assert summary.units == len(units) >= 150
        # weeks of it, up to the moment it was made: the site opened on a Monday 4 weeks
        # before this week's
        received = [u.received_at for u in units]
        assert min(received).astimezone().date() == TODAY - dt.timedelta(days=TODAY.weekday() + 28)
        assert max(received) < UNTIL
        assert len({r.astimezone().date() for r in received}) >= 28
        # several benches and operators, in early and late shifts
        assert {s for (s,) in session.execute(select(Station.name).join(ReceivedUnit))} == {
            "BENCH-01",
            "BENCH-02",
            "BENCH-03",
            "BENCH-04",
        }
        staff = session.scalars(
            select(Operator.badge_code).where(Operator.id.in_({u.operator_id for u in units}))
        ).all()
        assert len(staff) == 8 and all(badge.startswith("B-1") for badge in staff)
        assert {shift_of(r).name for r in received} >= {"early", "late"}
        # every grade, the dispositions the rules give and the leads' decisions add
        assert {u.grade for u in units} == {"A", "B", "C", "D", "F"}
        dispositions = Counter(u.disposition for u in units)
        assert dispositions["restock"] > dispositions["refurbish"] > 10
        assert {"restock", "refurbish", "quarantine", "return_to_customer"} <= set(dispositions)
        assert len(dispositions) >= 5  # and now and then repair, liquidate, discard, recycle
        assert {u.status for u in units} <= {"confirmed", "held"}
        # refunds and exchanges accepted upstream, with the shop's references
        sent = session.scalars(select(OutboxEvent).where(OutboxEvent.state == "sent")).all()
        refunds = [e for e in sent if e.kind == "refund"]
        exchanges = [e for e in sent if e.kind == "exchange_release"]
        assert len(refunds) == summary.refunds_sent > 150 and len(exchanges) >= 5
        assert all(e.upstream_reference and e.sent_at for e in refunds + exchanges)
        assert all(e.upstream_reference.startswith("RF-") for e in refunds)  # type: ignore[union-attr]
        assert _count(session, OutboxEvent, OutboxEvent.state.in_(("pending", "sending"))) == 0
        # the shop was down once: attempts it answered 503 to, sent later
        assert _count(session, OutboxAttempt, OutboxAttempt.http_status == 503) >= 1
        # labels printed, some reprinted, the latest few waiting (paper out)
        jobs = session.scalars(select(LabelJob)).all()
        printed = [j for j in jobs if j.status == "printed"]
        assert len(printed) == summary.labels_printed >= len(units) - 5
        assert all(j.printed_at and j.printed_at >= j.created_at for j in printed)
        reprints = [j for j in jobs if j.is_reprint]
        assert len(reprints) >= 10 and all(j.reason for j in reprints)
        waiting = [j for j in jobs if j.status == "failed"]
        assert waiting and all("paper out" in (j.error or "") for j in waiting)
        # the last parcel's labels, waiting for a supervisor to change the roll
        parcels = {session.get(ReceivedUnit, j.unit_id).parcel_id for j in waiting}  # type: ignore[union-attr]
        assert len(parcels) == 1


def test_exceptions_resolved_open_and_overdue(built: Built) -> None:
    with built.session() as session:
        cases = session.scalars(select(ExceptionCase)).all()
        statuses = Counter(c.status for c in cases)
        assert statuses["resolved"] >= 15
        open_cases = [c for c in cases if c.status != "resolved"]
        assert 2 <= len(open_cases) <= 25
        overdue = [c for c in open_cases if c.sla_due <= UNTIL]
        assert 1 <= len(overdue) == built.summary.overdue
        assert {c.type for c in cases} >= {
            "review",
            "weight_mismatch",
            "non_returnable",
            "blind_return",
            "missing_item",
            "outside_window",
            "upstream_rejected",
        }
        resolutions = Counter(c.resolution for c in cases if c.resolution)
        assert {
            "refund_approved",
            "refund_partial",
            "returned_to_customer",
            "closed",
            "resolved_by_hand",
        } <= set(resolutions)
        leads = {c.resolved_by_id for c in cases if c.resolved_by_id}
        assert session.scalars(select(Operator.badge_code).where(Operator.id.in_(leads))).all()
        assert {
            b for (b,) in session.execute(select(Operator.badge_code).where(Operator.id.in_(leads)))
        } == {"B-2001", "B-2002"}
        for case in cases:
            if case.resolved_at is not None:
                assert case.created_at <= case.resolved_at < UNTIL
        # the shop's refusals were looked at: nothing refused is left in the outbox
        assert _count(session, OutboxEvent, OutboxEvent.state == "refused") == 0


def test_the_history_was_made_by_the_operations(built: Built) -> None:
    """Every change has the audit lines its operation writes (rows inserted would have none)."""
    with built.session() as session:
        done = select(AuditEntry.action, func.count()).group_by(AuditEntry.action)
        actions = Counter({action: count for action, count in session.execute(done)})
        units = _count(session, ReceivedUnit)
        parcels = _count(session, Parcel, Parcel.opened_at.is_not(None))
        assert actions["unit_received"] == actions["unit_graded"] == units
        assert actions["unit_confirmed"] == units
        assert actions["parcel_opened"] == actions["parcel_closed"] == parcels
        assert actions["weight_recorded"] == parcels
        assert actions["signed_in"] == actions["signed_out"] > 20
        assert actions["exception_raised"] == _count(session, ExceptionCase)
        assert actions["exception_resolved"] == _count(
            session, ExceptionCase, ExceptionCase.status == "resolved"
        )
        assert actions["exception_claimed"] > 10
        assert actions["exception_contact_requested"] >= 1
        assert actions["label_reprinted"] >= 5
        assert actions["upstream_refused"] == actions["upstream_event_resolved"] >= 1
        # each unit's outcome went through the outbox the bench fills, and out through the
        # dispatcher, which logs every attempt
        sent = _count(session, OutboxEvent, OutboxEvent.state == "sent")
        attempts = _count(session, OutboxAttempt, OutboxAttempt.outcome == "sent")
        assert sent == attempts
        # a unit's moments follow each other as at a bench
        for unit in session.scalars(select(ReceivedUnit)):
            assert unit.received_at < unit.graded_at < unit.confirmed_at  # type: ignore[operator]
        # the poor grades have their photos, saved where the bench saves them
        photographed = session.scalars(
            select(ReceivedUnit.photo_paths).where(ReceivedUnit.grade.in_(("D", "F")))
        ).all()
        assert photographed and all(
            paths and Path(paths[0]).parent == built.photos and Path(paths[0]).is_file()
            for paths in photographed
        )
    # the shop has what the station says it accepted
    store = SandboxStore(create_engine_for_url(built.shop))
    try:
        shop = store.summary()
    finally:
        store.engine.dispose()
    assert shop["refunds"] == built.summary.refunds_sent
    assert shop["exchanges"] == built.summary.exchanges_sent


def test_the_figures_over_the_history_are_plausible(built: Built) -> None:
    def figures(first: dt.date, last: dt.date) -> Figures:
        with built.session() as session:
            return shift_figures(session, FigureFilter(Period(first, last)))

    week = figures(TODAY - dt.timedelta(days=6), TODAY)
    month = figures(TODAY - dt.timedelta(days=29), TODAY)
    for f in (week, month):
        assert f.units > 40
        assert 3 < f.exception_rate() < 30  # per 100 units: well under 100
        assert all(2 <= rate.per_hour <= 30 for rate in f.by_operator), f.by_operator
        assert set(f.grades) == {"A", "B", "C", "D", "F"}
        assert f.grades["A"] > f.grades["D"]
        refund = f.receipt_to_refund
        assert refund.count > 30 and refund.median_minutes is not None
        assert 1 <= refund.median_minutes <= 120
        stock = f.dock_to_stock
        assert stock.median_minutes is not None and stock.median_minutes <= 30
        assert len(f.by_station) == 4
        assert f.returned_most
    assert month.units > 2 * week.units > 0
    assert len(month.by_operator) == 8


def test_product_names_read_naturally(built: Built) -> None:
    with built.session() as session:
        names = session.scalars(select(Product.description)).all()
    assert "Kust mug set of 4, white" in names
    assert "Fjell wool sweater, size S" in names
    assert any(name.endswith("razor") for name in names)
    for name in names:
        assert not re.search(r"\d \d", name), name  # "Mug set of 4 5 WH" no more
        assert not re.search(r"(?<!size) [A-Z]{2,3}$", name), name  # a size says so


def test_the_same_seed_and_moment_give_the_same_history(tmp_path: Path) -> None:
    def dump(name: str) -> list[tuple[object, ...]]:
        engine = create_engine_for_url(f"sqlite:///{tmp_path / name}")
        upgrade_database(engine)
        build_demo_database(
            engine,
            returns=20,
            seed=4,
            now=UNTIL,
            weeks=2,
            units=40,
            photo_dir=tmp_path / f"{name}-photos",
        )
        with session_factory(engine)() as session:
            rows: list[tuple[object, ...]] = []
            rows += session.execute(
                select(
                    ReceivedUnit.lpn,
                    ReceivedUnit.grade,
                    ReceivedUnit.disposition,
                    ReceivedUnit.refund_amount,
                    ReceivedUnit.received_at,
                ).order_by(ReceivedUnit.id)
            ).all()
            rows += session.execute(
                select(ExceptionCase.type, ExceptionCase.status, ExceptionCase.resolution).order_by(
                    ExceptionCase.id
                )
            ).all()
            rows += session.execute(
                select(OutboxEvent.subject, OutboxEvent.state, OutboxEvent.sent_at).order_by(
                    OutboxEvent.id
                )
            ).all()
        engine.dispose()
        return rows

    one, two = dump("one.sqlite3"), dump("two.sqlite3")
    assert one == two and len(one) > 60


def test_the_walk_through_parcels_are_the_same_and_untouched(built: Built, tmp_path: Path) -> None:
    """The nine parcels F5 gives are those of the demo data without history, none of them
    received by the history, and each behaves at the bench as the demo panel says."""
    plain = create_engine_for_url(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    upgrade_database(plain)
    expected = generate_demo_data(plain, returns=200, seed=1, today=TODAY).scenarios
    plain.dispose()
    with built.session() as session:
        scenarios = scenarios_in(session)
        assert scenarios == expected
        rmas = session.scalars(select(Rma).where(Rma.source.like("demo-data:%"))).all()
        assert len(rmas) == 9
        assert {r.status for r in rmas} == {"expected"}
        parcels = [p.id for r in rmas for p in r.parcels]
        assert {p.status for r in rmas for p in r.parcels} == {"expected"}
        assert _count(session, ReceivedUnit, ReceivedUnit.parcel_id.in_(parcels)) == 0
        assert _count(session, ExceptionCase, ExceptionCase.parcel_id.in_(parcels)) == 0
        blind = scenarios[-1].parcel_code
        assert _count(session, Parcel, Parcel.tracking_number == blind) == 0
    bench = make_bench(built.engine)
    assert bench.handle(BenchInput(InputKind.SCAN, "B-1001")).state.operator is not None
    for scenario in scenarios:
        assert walk(bench, scenario) == [], scenario.name
