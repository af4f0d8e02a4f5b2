"""The station behind PgBouncer in transaction pooling (`?pooler=transaction`), a real
PgBouncer with fewer server connections than benches: the benches' work goes through whole
(no statement is prepared on a server connection another bench gets next), and the views still
hear of other benches' changes (by polling: a LISTEN would stay on a shared server connection)."""

from __future__ import annotations

import queue
import threading

import pytest
from sqlalchemy import Engine, text

from benchmarks.pgcluster import pgbouncer_program, transaction_pooler
from db.changes import EVERYTHING, ChangeWatcher
from db.engine import (
    DatabaseError,
    behind_transaction_pooler,
    create_engine_for_url,
    session_factory,
)
from db.migrate import upgrade_database
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import generate_demo_data, scenarios_in
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.conftest import IN_CI, _fresh_postgres_engine
from tests.helpers.bench import NOW, TODAY, walk

BENCHES = 3


@pytest.fixture
def site(postgres_server) -> Engine:  # type: ignore[no-untyped-def]
    if pgbouncer_program() is None:
        if IN_CI:
            pytest.fail("CI requires PgBouncer: ./station test installs Debian's pgbouncer")
        pytest.skip("no pgbouncer on this machine (apt-get install pgbouncer)")
    engine = _fresh_postgres_engine(postgres_server)
    upgrade_database(engine)  # IT upgrades the schema straight on the server
    generate_demo_data(engine, returns=40, seed=3, today=TODAY)
    return engine


def test_benches_work_through_a_transaction_pooler(site: Engine) -> None:
    direct = site.url.render_as_string(hide_password=False)
    with transaction_pooler(direct) as url:
        engines = [create_engine_for_url(url) for _ in range(BENCHES)]
        assert all(behind_transaction_pooler(e) for e in engines)
        with session_factory(engines[0])() as session:
            scenarios = scenarios_in(session)
        assert len(scenarios) >= BENCHES
        problems: list[str] = []

        def bench(n: int) -> None:
            sessions = session_factory(engines[n])
            workflow = Workflow(sessions, load_rules(), clock=lambda: NOW)
            controller = BenchController(workflow, sessions, f"BENCH-0{n + 1}", clock=lambda: NOW)
            try:
                controller.handle(BenchInput("scan", "B-1001"))
                for scenario in scenarios[n::BENCHES]:
                    problems.extend(walk(controller, scenario))
            except Exception as exc:  # reported below, with the statement that failed
                problems.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=bench, args=(n,)) for n in range(BENCHES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        for engine in engines:
            engine.dispose()
    assert problems == []
    with site.connect() as connection:
        stations = connection.scalars(
            text(
                "SELECT DISTINCT s.name FROM received_units u JOIN stations s "
                "ON s.id = u.station_id WHERE u.confirmed_at IS NOT NULL"
            )
        ).all()
    assert {f"BENCH-0{n + 1}" for n in range(BENCHES)} <= set(stations)


def test_views_hear_of_changes_through_the_pooler(site: Engine) -> None:
    direct = site.url.render_as_string(hide_password=False)
    with transaction_pooler(direct) as url:
        engine = create_engine_for_url(url)
        changes: queue.Queue[set[str]] = queue.Queue()
        health: queue.Queue[bool] = queue.Queue()
        watcher = ChangeWatcher(engine, changes.put, lambda ok, m: health.put(ok), pooled=0.3)
        watcher.start()
        try:
            assert health.get(timeout=10) is True
            changes.get(timeout=10)
            assert changes.get(timeout=2) == {EVERYTHING}  # again, within its interval
        finally:
            watcher.stop()
            engine.dispose()


def test_a_pooler_the_station_does_not_know_is_refused() -> None:
    with pytest.raises(DatabaseError, match="pooler=transaction"):
        create_engine_for_url("postgresql://rs_bench@db/receiving?pooler=statement")
