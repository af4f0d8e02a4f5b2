"""The figures kept per hour (figure_hours) are the units' own counts, whatever changes.

Every check compares the kept rows with the same counts worked out from the units
(figure_hours.counted), for every dimension, for the site, each market and each bench; and the
figures a supervisor reads with the ones counted from the units.  SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, delete, event, func, insert, select, text
from sqlalchemy.orm import Session

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.migrate import upgrade_database
from db.models import (
    FigureChange,
    FigureHour,
    LabelJob,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
)
from receiving_station.cli import main
from receiving_station.figures import hours as figure_hours
from receiving_station.figures.reports import FigureFilter, Figures, shift_figures
from receiving_station.figures.shifts import Period
from tests.helpers.figures import DAY, build_figures_day, local

EVERYTHING = [(dt.datetime(2026, 11, 1, tzinfo=dt.UTC), dt.datetime(2026, 12, 1, tzinfo=dt.UTC))]


@pytest.fixture
def built(engine: Engine, stockholm: None) -> Engine:
    with session_factory(engine)() as session:
        build_figures_day(session)
    return engine


def kept_rows(session: Session) -> set[tuple[str, str, dt.datetime, str, int]]:
    return {
        (d, s, h, v, u)
        for d, s, h, v, u in session.execute(
            select(
                FigureHour.dimension,
                FigureHour.scope,
                FigureHour.hour,
                FigureHour.value,
                FigureHour.units,
            )
        )
    }


def counted_rows(session: Session) -> set[tuple[str, str, dt.datetime, str, int]]:
    dialect = session.get_bind().dialect.name
    return {
        (dimension, scope, hour, value, units)
        for dimension in figure_hours.DIMENSIONS
        for split in figure_hours.SPLITS
        for scope, hour, value, units in session.execute(
            figure_hours.counted(dialect, dimension, EVERYTHING, split=split)
        )
    }


def assert_kept_is_counted(engine: Engine) -> set[tuple[str, str, dt.datetime, str, int]]:
    assert figure_hours.refresh(engine)
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(FigureChange)) == 0
        kept = kept_rows(session)
        assert kept == counted_rows(session)
    return kept


def day(engine: Engine, **kwargs: object) -> Figures:
    with session_factory(engine)() as session:
        return shift_figures(session, FigureFilter(Period(DAY, DAY), **kwargs))  # type: ignore[arg-type]


def test_every_kind_of_change_reaches_the_kept_figures(built: Engine) -> None:
    kept = assert_kept_is_counted(built)
    assert ("units", "", local(8), "", 2) in kept  # Anna's two units at 08:10 and 08:40
    assert ("market", "station=2", local(23), "", 1) in kept  # the blind parcel on BENCH-02
    sessions = session_factory(built)

    def unit(n: int, session: Session) -> ReceivedUnit:
        found = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == f"LPN{n:010d}"))
        assert found is not None
        return found

    # A lead re-grades a unit: A/restock becomes D/refurbish.
    with write_transaction(sessions) as session:
        regraded = unit(0, session)
        regraded.grade, regraded.disposition = "D", "refurbish"
    assert_kept_is_counted(built)
    figures = day(built)
    assert figures.grades == {"A": 3, "B": 3, "C": 2, "D": 2}
    assert figures.dispositions == {"restock": 6, "refurbish": 3, "discard": 1}

    # The blind parcel is matched to a Dutch RMA; then that RMA turns out to be Danish.
    with write_transaction(sessions) as session:
        blind = session.get(Parcel, unit(9, session).parcel_id)
        assert blind is not None and blind.rma_id is None
        dutch = session.scalars(select(Rma).where(Rma.market == "NL")).first()
        assert dutch is not None
        blind.rma_id = dutch.id
    assert_kept_is_counted(built)
    assert day(built).by_market == {"NL": 6, "SE": 4}
    with write_transaction(sessions) as session:
        dutch = session.scalars(select(Rma).where(Rma.market == "NL")).first()
        assert dutch is not None
        dutch.market = "DK"
    assert_kept_is_counted(built)
    assert day(built).by_market == {"DK": 2, "NL": 4, "SE": 4}
    assert day(built, market="DK").units == 2

    # A refund waits upstream, then is accepted 45 minutes after the parcel's first scan.
    with write_transaction(sessions) as session:
        waiting = unit(2, session)
        session.add(
            OutboxEvent(
                kind="refund",
                subject=f"refund:{waiting.lpn}",
                idempotency_key=f"rs-test-{waiting.lpn}",
                state="pending",
                payload={"units": [{"lpn": waiting.lpn, "amount": "1.00"}]},
            )
        )
    assert_kept_is_counted(built)
    assert day(built).receipt_to_refund.count == 4
    with write_transaction(sessions) as session:
        event = session.scalar(
            select(OutboxEvent).where(OutboxEvent.subject == "refund:LPN0000000002")
        )
        assert event is not None
        event.state, event.sent_at = "sent", local(9, 0) + dt.timedelta(minutes=45)
    assert_kept_is_counted(built)
    assert day(built).receipt_to_refund.count == 5

    # A restock label waits for the printer, then prints.
    with write_transaction(sessions) as session:
        waiting = unit(4, session)
        session.add(
            LabelJob(unit_id=waiting.id, lpn=waiting.lpn, template="restock", status="queued")
        )
    assert_kept_is_counted(built)
    assert day(built).dock_to_stock.count == 2  # unit 0 is no longer restock
    with write_transaction(sessions) as session:
        job = session.scalar(select(LabelJob).where(LabelJob.status == "queued"))
        assert job is not None
        job.status, job.printed_at = "printed", local(14, 15) + dt.timedelta(minutes=90)
    assert_kept_is_counted(built)
    assert day(built).dock_to_stock.count == 3

    # A unit's time corrected into another day, and a unit removed.
    with write_transaction(sessions) as session:
        unit(3, session).received_at = local(10, 0, 23)
    assert_kept_is_counted(built)
    with write_transaction(sessions) as session:
        gone = unit(10, session)
        session.execute(delete(LabelJob).where(LabelJob.unit_id == gone.id))
        session.delete(gone)
    kept = assert_kept_is_counted(built)
    assert day(built).units == 9
    assert not any(hour == local(0, 0, 25) for _, _, hour, _, _ in kept)


def _counted_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figure_hours, "refresh", lambda engine: False)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"market": "SE"},
        {"market": "NL"},
        {"station": "BENCH-02"},
        {"market": "NL", "station": "BENCH-02"},
    ],
)
@pytest.mark.parametrize("shift", [None, "early", "late", "night"])
def test_kept_figures_equal_the_units_counted(
    built: Engine, monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, str], shift: str | None
) -> None:
    period = Period(DAY - dt.timedelta(days=3), DAY + dt.timedelta(days=1), shift)

    def read() -> dict[str, object]:
        with session_factory(built)() as session:
            figures = shift_figures(session, FigureFilter(period, **kwargs))  # type: ignore[arg-type]
        return {k: v for k, v in dataclasses.asdict(figures).items() if k != "computed_at"}

    kept = read()
    if not kwargs and shift is None:
        assert kept["units"] == 11
    _counted_instead(monkeypatch)
    assert read() == kept


def test_a_long_list_of_hours_in_small_transactions(
    engine: Engine, stockholm: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    with session_factory(engine)() as session:
        build_figures_day(session)
        # spread the units over many hours of the month
        for n, unit in enumerate(session.scalars(select(ReceivedUnit).order_by(ReceivedUnit.id))):
            unit.received_at = local(1 + n % 20, 5, 1 + n * 2)
        session.commit()
    monkeypatch.setattr(figure_hours, "HOURS_PER_TRANSACTION", 2)
    assert_kept_is_counted(engine)


def test_a_time_zone_with_half_hours_counts_from_the_units(
    built: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    period = Period(DAY, DAY)
    assert not figure_hours.whole_hours(period.windows())
    with session_factory(built)() as session:
        figures = shift_figures(session, FigureFilter(period))
        # Kolkata's 24 November is 18:30 UTC on the 23rd to 18:30 UTC on the 24th: the
        # units from 08:10 to 15:55 Stockholm time, not the two of the night.
        start, end = period.windows()[0]
        expected = session.scalar(
            select(func.count())
            .select_from(ReceivedUnit)
            .where(ReceivedUnit.received_at >= start, ReceivedUnit.received_at < end)
        )
    assert figures.units == expected == 9


def test_benches_writing_while_the_figures_are_kept(built: Engine) -> None:
    """Units arrive from two threads while a third keeps the figures: none is missed."""
    sessions = session_factory(built)
    with sessions() as session:
        template = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == "LPN0000000000"))
        assert template is not None
        parcel_id, operator_id, station_id = (
            template.parcel_id,
            template.operator_id,
            template.station_id,
        )
    errors: list[BaseException] = []
    writing = threading.Event()
    writing.set()

    def bench(name: str) -> None:
        try:
            for n in range(40):
                with write_transaction(sessions) as session:
                    session.add(
                        ReceivedUnit(
                            lpn=f"{name}{n:05d}",
                            parcel_id=parcel_id,
                            scanned_code="X",
                            sku="RACE-1",
                            status="confirmed",
                            grade="AB"[n % 2],
                            disposition="restock",
                            operator_id=operator_id,
                            station_id=station_id,
                            received_at=local(8 + n % 3, n),
                            refund_amount=Decimal("1.00"),
                        )
                    )
        except BaseException as exc:  # reported below
            errors.append(exc)

    def keeper() -> None:
        try:
            while writing.is_set():
                figure_hours.refresh(built)
        except BaseException as exc:  # reported below
            errors.append(exc)

    benches = [threading.Thread(target=bench, args=(name,)) for name in ("RA", "RB")]
    keeping = threading.Thread(target=keeper)
    keeping.start()
    for thread in benches:
        thread.start()
    for thread in benches:
        thread.join()
    writing.clear()
    keeping.join()
    assert not errors
    assert_kept_is_counted(built)
    assert day(built).units == 10 + 80


def test_a_refresh_ends_while_benches_keep_listing_the_same_hour(built: Engine) -> None:
    """On a busy site the current hour is listed again while it is worked out: the refresh
    works it out once and ends; the change listed meanwhile waits for the next one."""
    hour = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
    rounds = [0]

    def bench_lists_it_again(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("DELETE FROM figure_changes"):
            rounds[0] += 1
            if rounds[0] > 20:
                raise RuntimeError("the refresh does not end")
            conn.execute(insert(FigureChange).values(hour=hour))

    with write_transaction(session_factory(built)) as session:
        session.add(FigureChange(hour=hour))
    figure_hours.refresh(built)  # everything built so far, first
    with write_transaction(session_factory(built)) as session:
        session.add(FigureChange(hour=hour))
    rounds[0] = 0
    event.listen(built, "after_cursor_execute", bench_lists_it_again)
    try:
        assert figure_hours.refresh(built)
    finally:
        event.remove(built, "after_cursor_execute", bench_lists_it_again)
    assert rounds[0] == 1
    with session_factory(built)() as session:  # the change listed meanwhile is still listed
        assert session.scalars(select(FigureChange.hour)).all() == [hour]
    assert_kept_is_counted(built)


def test_a_read_only_reporting_user_counts_from_the_units(built: Engine) -> None:
    if built.dialect.name != "postgresql":
        pytest.skip("database users and their rights are PostgreSQL's")
    figure_hours.refresh(built)
    with built.connect() as c:
        c.execute(text("INSERT INTO figure_changes (hour) VALUES (now())"))
        # what a stale kept figure would show if it were read
        c.execute(text("UPDATE figure_hours SET units = units + 100"))
        c.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                "'rs_test_report') THEN CREATE ROLE rs_test_report LOGIN; END IF; END $$"
            )
        )
        c.execute(text("GRANT USAGE ON SCHEMA public TO rs_test_report"))
        c.execute(text("GRANT SELECT ON ALL TABLES IN SCHEMA public TO rs_test_report"))
        c.commit()
    url = built.url.set(username="rs_test_report")
    reader = create_engine_for_url(url.render_as_string(hide_password=False))
    try:
        with session_factory(reader)() as session:
            figures = shift_figures(session, FigureFilter(Period(DAY, DAY)))
        assert figures.units == 10
    finally:
        reader.dispose()
        with built.connect() as c:
            c.execute(text("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM rs_test_report"))
            c.execute(text("REVOKE USAGE ON SCHEMA public FROM rs_test_report"))
            c.commit()


def test_the_migration_keeps_the_figures_of_units_already_there(
    engine: Engine, stockholm: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """Down to 0006 (before the kept figures) and up again, with units already there; `db
    upgrade` then works the figures out at once."""
    from alembic import command

    from db.migrate import alembic_config

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with session_factory(engine)() as session:
        build_figures_day(session)  # with today's models, then back to 0006 with the units kept
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    upgrade_database(engine)
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(FigureChange))
        assert not session.scalar(select(func.count()).select_from(FigureHour))
    kept = assert_kept_is_counted(engine)
    assert ("units", "", local(8), "", 2) in kept

    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    url = engine.url.render_as_string(hide_password=False)
    assert main(["db", "upgrade", "--database", url]) == 0
    assert "working out the figures for 7 hours of history" in capsys.readouterr().out
    with session_factory(engine)() as session:
        assert not session.scalar(select(func.count()).select_from(FigureChange))
        assert kept_rows(session) == kept
