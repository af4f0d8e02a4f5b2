"""Engine and session set-up.

Which database: `--database URL`, else `RECEIVING_STATION_DATABASE_URL`, else an SQLite file in
the user's data directory.  SQLite runs in WAL mode with foreign keys on and a busy timeout, so
a bench and a dispatcher process can share the file.  PostgreSQL URLs without a driver
(`postgresql://…`) get psycopg 3.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, event
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

ENV_DATABASE_URL = "RECEIVING_STATION_DATABASE_URL"

#: Execution option a writing transaction sets on its connection before it begins: on SQLite
#: it starts with BEGIN IMMEDIATE (take the write lock at once, wait for it up to the busy
#: timeout) instead of failing later when a read transaction tries to become a write.
WRITE_OPTION = "receiving_station_write"


class DatabaseError(Exception):
    """A database problem described so a person can act on it."""


def default_database_path() -> Path:
    return (
        Path(platformdirs.user_data_dir("receiving-station", appauthor=False)) / "receiving.sqlite3"
    )


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


def resolve_database_url(explicit: str | None = None) -> str:
    """The URL to use: the explicit one, the environment's, or the default SQLite file."""
    url = explicit or os.environ.get(ENV_DATABASE_URL) or default_database_url()
    return normalise_url(url)


def normalise_url(url: str) -> str:
    if "://" not in url:
        # A bare path: treat it as an SQLite file, which is what a person typing one means.
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r} ({exc})") from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_engine_for_url(url: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine for `url` (resolved as `resolve_database_url` does)."""
    resolved = resolve_database_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            engine = sa_create_engine(resolved, **kwargs)
        except NoSuchModuleError as exc:
            raise DatabaseError(f"unknown SQLite driver in {resolved!r}") from exc
        event.listen(engine, "connect", _sqlite_pragmas)

        # pysqlite's own transaction handling defers BEGIN; take control so that a
        # transaction really starts (and takes the write lock when asked) where SQLAlchemy
        # says it does.
        @event.listens_for(engine, "connect")
        def _disable_pysqlite_begin(dbapi_connection: Any, record: Any) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _emit_begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get(WRITE_OPTION)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if parsed.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise DatabaseError(
                "PostgreSQL needs psycopg 3: pip install 'receiving-station[postgres]'"
            ) from exc
        kwargs.setdefault("pool_pre_ping", True)
    try:
        return sa_create_engine(resolved, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            f"unknown database kind in {parsed.render_as_string(hide_password=True)!r}: "
            "use sqlite:///PATH or postgresql://USER@HOST/DB"
        ) from exc


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def write_transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One writing transaction: commit on success, roll back on any error.

    On SQLite the transaction takes the write lock when it begins (see WRITE_OPTION); on
    PostgreSQL it is an ordinary READ COMMITTED transaction and the operations lock the rows
    they change.
    """
    with sessions() as session:
        session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
