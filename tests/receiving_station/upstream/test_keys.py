"""Idempotency keys no other database makes (issue #20): each carries the installation's
identity and a random part, made once with its event and kept.  Two sites' databases that
issue the same LPN, and a database restored from a backup, never send a key the shop has seen
for another event; an event that was waiting when the backup was taken is sent again under
its own key, and the shop applies it once.  On SQLite and PostgreSQL, against the sandbox shop."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.enums import OutboxKind
from db.migrate import upgrade_database
from db.models import Installation, OutboxEvent
from db.types import utcnow
from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream import outbox
from receiving_station.upstream.adapters import HttpAdapter, StationConnector
from receiving_station.upstream.dispatcher import Dispatcher
from tests.helpers.upstream import (
    SECRET,
    delivered_subjects,
    queue_events,
    refund_payload,
    sandbox_get,
)

KEY = re.compile(r"rs-(?P<installation>[0-9a-f]{16})-[0-9a-f]{32}")


def _installation(engine: Engine) -> str:
    with session_factory(engine)() as session:
        return str(session.scalar(select(Installation.id)))


def _keys(engine: Engine) -> dict[str, str]:
    """Each event's idempotency key by its subject."""
    with session_factory(engine)() as session:
        return dict(session.execute(select(OutboxEvent.subject, OutboxEvent.idempotency_key)).all())


def _drain(engine: Engine, sandbox: SandboxServer) -> None:
    Dispatcher(session_factory(engine), StationConnector(HttpAdapter(sandbox.url, SECRET))).drain()


def _refund(engine: Engine, rma: str, lpn: str) -> None:
    with write_transaction(session_factory(engine)) as session:
        outbox.enqueue(
            session,
            kind=OutboxKind.REFUND,
            rma_number=rma,
            subject=outbox.refund_subject(lpn),
            payload=refund_payload(rma, lpn),
            now=utcnow(),
        )


def test_every_key_names_the_installation_and_none_is_made_twice(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 5, per_rma=2, exchanges=1)
    _drain(engine, sandbox)  # also queues and sends a `refunded` event per refund
    keys = _keys(engine)
    installation = _installation(engine)
    assert len(keys) == 5 + 10 + 8
    for subject, key in keys.items():
        match = KEY.fullmatch(key)
        assert match and match["installation"] == installation, (subject, key)
    assert len(set(keys.values())) == len(keys)
    # Queuing what is already queued returns the event as it was: same subject, same key.
    _refund(engine, "RMA-T-00001", "LPN0000100")
    assert _keys(engine) == keys


def test_two_sites_issuing_the_same_lpns_never_make_the_same_key(
    engine: Engine, sandbox: SandboxServer, tmp_path: Path
) -> None:
    other = create_engine_for_url(f"sqlite:///{tmp_path / 'other-site.sqlite3'}")
    upgrade_database(other)
    try:
        assert _installation(other) != _installation(engine)
        # Both sites number their units alike: same LPNs, each site's own RMAs.
        queue_events(engine, 3, per_rma=2, prefix="RMA-SITE1")
        queue_events(other, 3, per_rma=2, prefix="RMA-SITE2")
        refunds = {s for s in _keys(engine) if s.startswith("refund:")}
        assert len(refunds) == 6 and refunds == {s for s in _keys(other) if s.startswith("refund:")}
        assert set(_keys(engine).values()).isdisjoint(_keys(other).values())
        _drain(engine, sandbox)
        _drain(other, sandbox)
        summary = sandbox_get(sandbox, "summary")
        assert summary["refunds"] == 12
        # received, refund and refunded events of both sites: none refused as a reused key
        assert summary["deliveries"] == {"applied": 30}
    finally:
        other.dispose()


@pytest.fixture
def backup_and_restore(database_url: str, tmp_path: Path) -> Iterator[tuple[Engine, object]]:
    """The station's database, and a function that backs it up (as a site does: SQLite's
    online backup, `pg_dump`) and returns one that restores that backup into a new database
    and gives its engine."""
    engine = create_engine_for_url(database_url)
    made: list[str] = []
    url = make_url(database_url)

    def backup() -> object:
        if url.get_backend_name() == "sqlite":
            copy = tmp_path / f"backup-{len(made)}.sqlite3"
            with sqlite3.connect(str(url.database)) as live, sqlite3.connect(copy) as target:
                live.backup(target)
            made.append(str(copy))

            def restore_sqlite() -> Engine:
                restored = tmp_path / f"restored-{uuid.uuid4().hex[:6]}.sqlite3"
                shutil.copyfile(copy, restored)
                return create_engine_for_url(f"sqlite:///{restored}")

            return restore_sqlite
        libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
        dump = tmp_path / f"backup-{len(made)}.dump"
        subprocess.run(["pg_dump", "--format=custom", "-f", str(dump), libpq], check=True)
        made.append(str(dump))

        def restore_postgresql() -> Engine:
            name = f"rs_restored_{uuid.uuid4().hex[:10]}"
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            target = url.set(drivername="postgresql", database=name)
            subprocess.run(
                [
                    "pg_restore",
                    "--no-owner",
                    "-d",
                    target.render_as_string(hide_password=False),
                    str(dump),
                ],
                check=True,
            )
            made.append(f"db:{name}")
            return create_engine_for_url(
                url.set(database=name).render_as_string(hide_password=False)
            )

        return restore_postgresql

    yield engine, backup
    engine.dispose()
    for name in made:
        if name.startswith("db:"):
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name[3:]}" WITH (FORCE)'))


def test_a_restored_database_sends_waiting_events_once_and_makes_new_keys(
    backup_and_restore: tuple[Engine, object], sandbox: SandboxServer
) -> None:
    engine, backup = backup_and_restore
    _refund(engine, "RMA-B1", "LPN-1")  # waiting when the backup is taken
    restore = backup()  # type: ignore[operator]
    _drain(engine, sandbox)
    _refund(engine, "RMA-B2", "LPN-2")  # made after the backup: lost with the disk
    _drain(engine, sandbox)
    sent_before = _keys(engine)
    # The disk is lost; IT restores last night's backup.
    restored: Engine = restore()
    try:
        assert _installation(restored) == _installation(engine)
        # The unit of LPN-2 is received again, and LPN-2 is issued again (the restored
        # counter) to another RMA's unit: a new event, under a key never sent.
        _refund(restored, "RMA-B3", "LPN-2")
        keys = _keys(restored)
        assert keys["refund:LPN-1"] == sent_before["refund:LPN-1"]
        assert keys["refund:LPN-2"] not in sent_before.values()
        before = len(sandbox_get(sandbox, "deliveries"))
        _drain(restored, sandbox)
        after = sorted(sandbox_get(sandbox, "deliveries"), key=lambda d: d["id"])[before:]
        outcomes = [
            (subject, d["outcome"])
            for subject, d in zip(delivered_subjects(restored, after), after, strict=True)
            if subject.startswith("refund:")
        ]
        # LPN-1 again, under its own key: answered as before, paid once; LPN-2 of RMA-B3 paid.
        assert sorted(outcomes) == [("refund:LPN-1", "repeat"), ("refund:LPN-2", "applied")]
        refunds = sandbox_get(sandbox, "refunds")
        assert sorted((r["rma"], r["idempotency_key"]) for r in refunds) == sorted(
            [
                ("RMA-B1", sent_before["refund:LPN-1"]),
                ("RMA-B2", sent_before["refund:LPN-2"]),
                ("RMA-B3", keys["refund:LPN-2"]),
            ]
        )
    finally:
        restored.dispose()


def test_a_database_without_an_installation_is_refused_in_words(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM installation"))
    fresh = create_engine_for_url(engine.url.render_as_string(hide_password=False))
    try:
        with (
            pytest.raises(outbox.NoInstallationError, match="db upgrade"),
            write_transaction(session_factory(fresh)) as session,
        ):
            outbox.enqueue(
                session,
                kind=OutboxKind.REFUND,
                rma_number="RMA-X",
                subject="refund:LPN-X",
                payload=refund_payload("RMA-X", "LPN-X"),
                now=utcnow(),
            )
    finally:
        fresh.dispose()
