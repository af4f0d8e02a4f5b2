"""Shared fixtures.

Database tests take the `engine` / `session` fixtures, which run every test twice: on a fresh
SQLite file and on a fresh PostgreSQL database (created for this test session and dropped at
its end).  The PostgreSQL server is `RECEIVING_STATION_TEST_POSTGRES_URL`, by default
`postgresql+psycopg://postgres@127.0.0.1:5432/test`.  When it is unreachable the PostgreSQL
runs are skipped with the reason printed, except under CI (`CI=true`), where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests never read or write the keyring of the person running them (tests/receiving_station/
# test_secrets.py sets its own).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database

POSTGRES_URL = os.environ.get(
    "RECEIVING_STATION_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


class _PostgresServer:
    """Creates one scratch database per test session and a fresh schema per test."""

    def __init__(self) -> None:
        self.error: str | None = None
        self.database = f"rs_test_{uuid.uuid4().hex[:10]}"
        self.admin: Engine | None = None
        try:
            self.admin = create_engine_for_url(POSTGRES_URL, isolation_level="AUTOCOMMIT")
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.database}"'))
        except Exception as exc:  # unreachable server, missing driver, ...
            self.error = (
                f"PostgreSQL at {POSTGRES_URL} not reachable: {exc.__class__.__name__}: {exc}"
            )
            self.admin = None

    def url(self) -> str:
        base = self.admin.url.set(database=self.database)  # type: ignore[union-attr]
        return base.render_as_string(hide_password=False)

    def drop(self) -> None:
        if self.admin is None:
            return
        with self.admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": self.database},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.database}"'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[_PostgresServer]:
    server = _PostgresServer()
    yield server
    server.drop()


def _fresh_postgres_engine(server: _PostgresServer) -> Engine:
    if server.error:
        if IN_CI:
            pytest.fail(f"CI requires the PostgreSQL run: {server.error}")
        pytest.skip(server.error)
    engine = create_engine_for_url(server.url())
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """URL of an empty, migrated database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.sqlite3'}"
        engine = create_engine_for_url(url)
    else:
        engine = _fresh_postgres_engine(request.getfixturevalue("postgres_server"))
        url = engine.url.render_as_string(hide_password=False)
    upgrade_database(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = create_engine_for_url(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with session_factory(engine)() as session:
        yield session


def pytest_report_header(config: pytest.Config) -> list[str]:
    return [f"postgresql: {POSTGRES_URL} (required: {IN_CI})"]
