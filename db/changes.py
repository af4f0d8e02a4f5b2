"""Telling an application that another bench changed the database, and whether the database
answers at all.

PostgreSQL: migration 0004's triggers send `NOTIFY receiving_station_changes, '<table>'` when
a transaction that changed `exceptions` or `outbox_events` commits; the watcher LISTENs on its
own connection and reports the tables named.  SQLite (one file, one machine): the watcher polls
`PRAGMA data_version`, which moves when any other connection commits, and reports "*".
PostgreSQL through PgBouncer's transaction pooling (`?pooler=transaction`), where a LISTEN
would be left on a server connection that is soon another client's: the watcher asks whether
the database answers every `pooled` seconds and reports "*" each time, so the open views read
again that often.

The watcher's connection doubles as the application's health probe: when it breaks (server
down, network cut) the watcher reports the fault, retries every `retry` seconds, and reports
the recovery, and "*" (notices sent while it was away are lost, so everything may have
changed).  Plain threading, no Qt: the UI wraps the callbacks in signals.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from db.engine import behind_transaction_pooler

CHANNEL = "receiving_station_changes"
EVERYTHING = "*"
APPLICATION_NAME = "receiving-station change watcher"  # in pg_stat_activity

log = logging.getLogger(__name__)


class ChangeWatcher:
    """Calls `on_change(tables)` (a set of table names, or {"*"}) from its own thread when
    other connections commit changes, and `on_health(ok, message)` when the database stops or
    starts answering.  `start()` / `stop()` from the owner."""

    def __init__(
        self,
        engine: Engine,
        on_change: Callable[[set[str]], None],
        on_health: Callable[[bool, str], None],
        *,
        poll: float = 1.0,
        retry: float = 2.0,
        pooled: float = 3.0,
    ) -> None:
        self.engine = engine
        self.on_change, self.on_health = on_change, on_health
        self.poll, self.retry, self.pooled = poll, retry, pooled
        self.healthy: bool | None = None
        self._stop = threading.Event()
        self._connection: Any = None
        self._thread = threading.Thread(target=self._run, name="db-change-watcher", daemon=True)

    def start(self) -> ChangeWatcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(self.poll + self.retry + 5)

    # -- the thread --
    def _run(self) -> None:
        watch = self._poll_sqlite
        if behind_transaction_pooler(self.engine):
            watch = self._poll_pooled
        elif self.engine.dialect.name == "postgresql":
            watch = self._listen
        while not self._stop.is_set():
            try:
                watch()
            except Exception as exc:  # the database went away: say so, try again
                self._health(False, _reason(exc))
            finally:
                self._close()
            self._stop.wait(self.retry)

    def _health(self, ok: bool, message: str) -> None:
        if ok == self.healthy:
            return
        came_back = ok and self.healthy is False
        self.healthy = ok
        (log.info if ok else log.warning)("database %s: %s", "answers" if ok else "lost", message)
        self.on_health(ok, message)
        if came_back:
            self.on_change({EVERYTHING})

    def _listen(self) -> None:
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        self._connection = connection = psycopg.connect(
            conninfo,
            autocommit=True,
            connect_timeout=max(int(self.retry), 2),
            application_name=APPLICATION_NAME,
        )
        connection.execute(f"LISTEN {CHANNEL}")
        self._health(True, "connected")
        while not self._stop.is_set():
            tables = {n.payload or EVERYTHING for n in connection.notifies(timeout=self.poll)}
            if tables:
                self.on_change(tables)
            else:
                connection.execute("SELECT 1")  # a silent connection may be a dead one

    def _poll_pooled(self) -> None:
        while True:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
            self._health(True, "connected")
            self.on_change({EVERYTHING})
            if self._stop.wait(self.pooled):
                return

    def _poll_sqlite(self) -> None:
        self._connection = connection = self.engine.raw_connection()
        cursor: Any = connection.cursor()

        def version() -> int:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])

        last = version()
        self._health(True, "connected")
        while not self._stop.wait(self.poll):
            now = version()
            if now != last:
                last = now
                self.on_change({EVERYTHING})

    def _close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # already broken
                connection.close()


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
