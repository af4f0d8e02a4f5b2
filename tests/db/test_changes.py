"""The change watcher: another connection's commit reaches it within a second or two (NOTIFY on
PostgreSQL, data_version on SQLite); a rolled-back change does not (PostgreSQL); a broken
connection is reported as a fault, and the recovery as health plus "everything changed"."""

from __future__ import annotations

import queue
import time

from sqlalchemy import Engine, text

from db.changes import APPLICATION_NAME, EVERYTHING, ChangeWatcher
from db.engine import session_factory, write_transaction
from db.models import ExceptionCase
from db.types import utcnow


def _exception(engine: Engine) -> None:
    now = utcnow()
    with write_transaction(session_factory(engine)) as session:
        session.add(
            ExceptionCase(type="review", status="open", summary="x", created_at=now, sla_due=now)
        )


def _next(q: queue.Queue, timeout: float = 5.0):  # type: ignore[type-arg,no-untyped-def]
    return q.get(timeout=timeout)


def test_another_connection_s_commit_is_noticed(engine: Engine) -> None:
    changes: queue.Queue = queue.Queue()  # type: ignore[type-arg]
    health: queue.Queue = queue.Queue()  # type: ignore[type-arg]
    watcher = ChangeWatcher(engine, changes.put, lambda ok, m: health.put(ok), poll=0.2)
    watcher.start()
    try:
        assert _next(health) is True
        started = time.monotonic()
        _exception(engine)
        tables = _next(changes)
        assert time.monotonic() - started < 2.0
        if engine.dialect.name == "postgresql":
            assert tables == {"exceptions"}
            # A change rolled back tells nobody.
            with engine.connect() as conn:
                conn.execute(text("UPDATE exceptions SET summary = 'y'"))
                conn.rollback()
            time.sleep(0.6)
            assert changes.empty()
        else:
            assert tables == {EVERYTHING}
    finally:
        watcher.stop()


def test_a_lost_connection_is_a_fault_and_its_return_a_recovery(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        import pytest

        pytest.skip("a SQLite file has no connection to lose")
    changes: queue.Queue = queue.Queue()  # type: ignore[type-arg]
    health: queue.Queue = queue.Queue()  # type: ignore[type-arg]
    watcher = ChangeWatcher(
        engine, changes.put, lambda ok, m: health.put((ok, m)), poll=0.2, retry=0.3
    )
    watcher.start()
    try:
        assert _next(health)[0] is True
        with engine.connect() as conn:  # the server drops the watcher's connection
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND application_name = :name"
                ),
                {"name": APPLICATION_NAME},
            )
        ok, message = _next(health)
        assert ok is False and message
        assert _next(health)[0] is True  # it came back by itself
        assert _next(changes) == {EVERYTHING}  # what was missed meanwhile: look again
        _exception(engine)
        assert _next(changes) == {"exceptions"}
    finally:
        watcher.stop()
