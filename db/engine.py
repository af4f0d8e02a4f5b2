"""Engine and session set-up.

Which database: `--database URL`, else `RECEIVING_STATION_DATABASE_URL`, else an SQLite file in
the user's data directory.  SQLite runs in WAL mode with foreign keys on and a busy timeout, so
a bench and a dispatcher process can share the file.  PostgreSQL URLs without a driver
(`postgresql://…`) get psycopg 3.  A PostgreSQL URL reached through PgBouncer in transaction
pooling says so with `?pooler=transaction` (docs/site-postgresql.md): the statements are then
not prepared on the server (a server connection is another bench's at the next transaction),
and the change watcher polls instead of LISTENing (db/changes.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, event
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from db.records import send_waiting

ENV_DATABASE_URL = "RECEIVING_STATION_DATABASE_URL"

#: Execution option a writing transaction sets on its connection before it begins: on SQLite
#: it starts with BEGIN IMMEDIATE (take the write lock at once, wait for it up to the busy
#: timeout) instead of failing later when a read transaction tries to become a write.
WRITE_OPTION = "receiving_station_write"

#: `?pooler=transaction` in a PostgreSQL URL: our own parameter, taken off before connecting;
#: the engine carries it as this execution option (see `behind_transaction_pooler`).
POOLER_PARAMETER = "pooler"
POOLER_OPTION = "receiving_station_pooler"


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
        pooler = parsed.query.get(POOLER_PARAMETER)
        if pooler is not None:
            if pooler != "transaction":
                raise DatabaseError(
                    f"{POOLER_PARAMETER}={pooler!r} in the database URL: the one pooler the "
                    f"station knows is PgBouncer's transaction pooling, "
                    f"{POOLER_PARAMETER}=transaction (a session pooler needs no parameter)"
                )
            resolved = parsed.difference_update_query([POOLER_PARAMETER]).render_as_string(
                hide_password=False
            )
            kwargs["connect_args"] = {**kwargs.get("connect_args", {}), "prepare_threshold": None}
            kwargs["execution_options"] = {
                **kwargs.get("execution_options", {}),
                POOLER_OPTION: pooler,
            }
    try:
        return sa_create_engine(resolved, **kwargs)
    except NoSuchModuleError as exc:
        raise DatabaseError(
            f"unknown database kind in {parsed.render_as_string(hide_password=True)!r}: "
            "use sqlite:///PATH or postgresql://USER@HOST/DB"
        ) from exc


def behind_transaction_pooler(engine: Engine) -> bool:
    """The engine reaches PostgreSQL through a transaction pooler (`?pooler=transaction`)."""
    return engine.get_execution_options().get(POOLER_OPTION) == "transaction"


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
        connection = session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
            send_waiting(connection)  # the writes held for one round trip (db.records)
            session.commit()
        except BaseException:
            session.info.pop(_ON_COMMIT, None)
            session.rollback()
            raise
        for callback in session.info.pop(_ON_COMMIT, ()):
            callback()


_ON_COMMIT = "receiving_station.on_commit"


def on_commit(session: Session, callback: Callable[[], None]) -> None:
    """Run `callback` once the `write_transaction` of `session` has committed; never when it
    rolls back (nor for a session committed some other way)."""
    session.info.setdefault(_ON_COMMIT, []).append(callback)


class BackgroundCheckpointer:
    """Moves SQLite's WAL checkpoints off the bench's path.

    By default SQLite checkpoints inside the COMMIT that pushes the write-ahead log past 1000
    pages: on a large database that COMMIT writes pages all over the file and syncs it, which
    stalls one scan in about thirty by up to a second.  With this running, the engine's
    connections do not checkpoint themselves (`wal_autocheckpoint=0`); a named thread runs a
    PASSIVE checkpoint every `interval` seconds instead (readers and writers carry on while it
    runs).  Does nothing for PostgreSQL.  Threading: `start()`/`stop()` from the owner.
    """

    def __init__(self, engine: Engine, interval: float = 2.0) -> None:
        import threading

        self.engine = engine
        self.interval = interval
        self.active = engine.dialect.name == "sqlite"
        self.checkpoints = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpointer", daemon=True)
        if self.active:
            event.listen(engine, "connect", _no_autocheckpoint)
            engine.dispose()  # connections opened before now would still checkpoint on commit

    def start(self) -> BackgroundCheckpointer:
        if self.active:
            self._thread.start()
        return self

    def stop(self) -> None:
        if not self.active or self._stop.is_set():
            return
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(10)
        self.checkpoint()  # leave a short log behind
        event.remove(self.engine, "connect", _no_autocheckpoint)

    def checkpoint(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
            self.checkpoints += 1
        except Exception:  # the database is busy or away: the next round tries again
            pass

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.checkpoint()


def _no_autocheckpoint(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA wal_autocheckpoint=0")
    finally:
        cursor.close()
