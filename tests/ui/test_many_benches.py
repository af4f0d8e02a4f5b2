"""Several benches on one database, as a lead's window sees them: another bench's change shows
in the open Exceptions section within two seconds (LISTEN/NOTIFY on PostgreSQL, polling on
SQLite); a database that stops answering is a fault on screen, and the bench carries on when it
is back, with nothing confirmed lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, make_url, select

from db.engine import create_engine_for_url, session_factory
from db.models import LabelJob, ReceivedUnit
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.demo.data import generate_demo_data
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.helpers.bench import walk
from tests.helpers.tcp_proxy import TcpProxy
from tests.helpers.window import (
    TIMEOUT,
    badge_and_pin,
    open_window,
    scan,
    sign_in,
    take_parcel,
    wait_stage,
)


def _confirmed(engine) -> int:  # type: ignore[no-untyped-def]
    with session_factory(engine)() as session:
        return session.scalar(select(func.count()).where(ReceivedUnit.confirmed_at.is_not(None)))  # type: ignore[return-value]


def _labels(engine) -> set[str]:  # type: ignore[no-untyped-def]
    with session_factory(engine)() as session:
        return set(session.scalars(select(LabelJob.status)))


def test_another_bench_s_change_shows_within_two_seconds(
    qtbot, database_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    engine = create_engine_for_url(database_url)
    summary = generate_demo_data(engine, returns=30, seed=11, today=dt.date.today())
    scenarios = {s.name: s for s in summary.scenarios}
    window = open_window(qtbot, engine, scenarios, tmp_path)
    try:
        badge_and_pin(qtbot, window, "B-2001")
        wait_stage(qtbot, window, Stage.READY)
        view = window.exceptions_view
        with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
            qtbot.keyClick(window.bench_view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        assert not any(row.station == "BENCH-07" for row in view.model.rows)
        qtbot.waitUntil(lambda: "● ok" in window.station_status.labels["database"].text())

        # Another bench, another connection: a light parcel goes to the queue.
        sessions = session_factory(engine)
        other = BenchController(Workflow(sessions, load_rules()), sessions, "BENCH-07")
        other.handle(BenchInput("scan", "B-1002"))
        assert walk(other, scenarios["light_parcel"]) == []

        def arrived() -> bool:
            return any(
                row.station == "BENCH-07" and row.type == "weight_mismatch"
                for row in view.model.rows
            )

        qtbot.waitUntil(arrived, timeout=2000)
    finally:
        window.close()
        engine.dispose()


def test_database_loss_is_a_fault_and_the_bench_recovers(
    qtbot, database_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    if not database_url.startswith("postgresql"):
        pytest.skip("a SQLite file on the bench's own disk has no connection to lose")
    direct = create_engine_for_url(database_url)
    summary = generate_demo_data(direct, returns=30, seed=11, today=dt.date.today())
    scenarios = {s.name: s for s in summary.scenarios}
    url = make_url(database_url)
    proxy = TcpProxy((url.host or "127.0.0.1", url.port or 5432))
    engine = create_engine_for_url(
        url.set(port=proxy.port).render_as_string(hide_password=False),
        connect_args={"connect_timeout": 3},
    )
    window = open_window(qtbot, engine, scenarios, tmp_path)
    database = window.station_status.labels["database"]
    try:
        qtbot.waitUntil(lambda: "● ok" in database.text(), timeout=TIMEOUT)
        sign_in(qtbot, window)
        take_parcel(qtbot, window, scenarios["normal"])
        confirmed = _confirmed(direct)
        assert confirmed >= 1
        qtbot.waitUntil(lambda: _labels(direct) == {"printed"}, timeout=TIMEOUT)

        proxy.cut()  # the network to the database server goes
        qtbot.waitUntil(lambda: "disconnected" in database.text(), timeout=TIMEOUT)
        assert "does not answer" in window.bench_view.message.text()
        assert "error" in window.sounds.played
        before = window.bench.controller.state
        scan(qtbot, window, scenarios["serialised"].parcel_code)
        qtbot.waitUntil(lambda: window.bench.controller.state is not before, timeout=TIMEOUT)
        # the worker's answer drawn (the controller's state changes before the window has it)
        qtbot.waitUntil(
            lambda: window.bench_view.state is window.bench.controller.state, timeout=TIMEOUT
        )
        # Nothing opened, nothing half-written: the bench still shows the parcel it had.
        shown = window.bench_view.state.parcel
        assert shown is not None and shown.tracking_number == scenarios["normal"].parcel_code
        assert "did not answer" in window.bench_view.message.text()

        proxy.restore()  # ... and comes back
        qtbot.waitUntil(lambda: "● ok" in database.text(), timeout=TIMEOUT)
        assert "answers again" in window.bench_view.message.text()
        take_parcel(qtbot, window, scenarios["serialised"])
        assert _confirmed(direct) > confirmed  # the first parcel's units are all still there
        with session_factory(direct)() as session:
            opened = session.scalars(
                select(ReceivedUnit.lpn).where(ReceivedUnit.confirmed_at.is_not(None))
            ).all()
        assert len(opened) == len(set(opened))
        qtbot.waitUntil(lambda: _labels(direct) == {"printed"}, timeout=TIMEOUT)
    finally:
        window.close()
        engine.dispose()
        direct.dispose()
        proxy.close()
