"""docs/site-postgresql.md, done as IT would do it on a real PostgreSQL server: the roles and
database from resources/postgres/site-roles.sql (with psql), `db upgrade` as the owner, benches
working as the bench role (rows yes, schema no; notices reach them), a read-only report role,
a bench refused with a clear message when the schema is behind, and a backup restored with
pg_dump / pg_restore."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db.migrate import alembic_config, head_revision
from db.types import utcnow

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def _verb(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    env.pop("RECEIVING_STATION_CONFIG", None)
    return _run(sys.executable, "-m", "receiving_station.cli", *args, env=env)


@pytest.fixture
def site(postgres_server) -> Iterator[dict[str, str]]:  # type: ignore[no-untyped-def]
    if postgres_server.error:
        if os.environ.get("CI"):
            pytest.fail(f"CI requires the PostgreSQL run: {postgres_server.error}")
        pytest.skip(postgres_server.error)
    for tool in ("psql", "pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} (PostgreSQL's client tools) is not installed here")
    server = make_url(postgres_server.url())
    tag = uuid.uuid4().hex[:8]
    names = {
        "owner": f"rs_owner_{tag}",
        "bench": f"rs_bench_{tag}",
        "report": f"rs_report_{tag}",
        "database": f"rs_site_{tag}",
    }
    host, port, admin = server.host or "127.0.0.1", str(server.port or 5432), server.username
    base = ["-h", host, "-p", port]
    created = _run(
        "psql",
        *base,
        "-U",
        admin or "postgres",
        "-d",
        server.database or "postgres",
        *(arg for key, value in names.items() for arg in ("-v", f"{key}={value}")),
        "-f",
        str(ROOT / "resources/postgres/site-roles.sql"),
    )
    assert created.returncode == 0, created.stderr
    urls = {
        f"{role}_url": f"postgresql://{names[role]}@{host}:{port}/{names['database']}"
        for role in ("owner", "bench", "report")
    }
    yield {**names, **urls, "host": host, "port": port, "admin": admin or "postgres"}
    admin_engine = create_engine(
        server.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin_engine.connect() as conn:
        for database in (names["database"], f"{names['database']}_restored"):
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        for role in ("owner", "bench", "report"):
            conn.execute(text(f'DROP ROLE IF EXISTS "{names[role]}"'))
    admin_engine.dispose()


def _engine(url: str):  # type: ignore[no-untyped-def]
    return create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def test_a_site_database_set_up_as_the_guide_says(site: dict[str, str], tmp_path: Path) -> None:
    # IT: the schema, as the owner.
    up = _verb("db", "upgrade", "--database", site["owner_url"])
    assert up.returncode == 0, up.stderr
    assert f"at revision {head_revision()}" in up.stdout

    # The operators and the demo returns, written by IT as the owner (a bench may not add
    # operators; demo returns stand in for the imported ones).
    filled = _verb("demo-data", "--database", site["owner_url"], "--returns", "30")
    assert filled.returncode == 0, filled.stderr
    owner = _engine(site["owner_url"])
    with owner.begin() as conn:  # a unit whose refund the shop accepted, and its attempt
        lpn = conn.scalar(text("SELECT lpn FROM received_units ORDER BY id LIMIT 1"))
        sent_id = conn.scalar(
            text(
                "INSERT INTO outbox_events (kind, payload, subject, idempotency_key, state, "
                "attempts, next_attempt_at, created_at, sent_at) VALUES ('refund', '{}'::jsonb, "
                "'refund:' || :lpn, 'rs-test-' || :lpn, 'sent', 1, now(), now(), now()) "
                "RETURNING id"
            ),
            {"lpn": lpn},
        )
        conn.execute(
            text(
                "INSERT INTO outbox_attempts (event_id, at, dispatcher, outcome, http_status, "
                "duration_ms) VALUES (:id, now(), 'test', 'sent', 201, 5)"
            ),
            {"id": sent_id},
        )
    owner.dispose()
    bench = _engine(site["bench_url"])
    with bench.connect() as conn:  # the script's timeouts for the benches' role
        assert conn.scalar(text("SHOW idle_in_transaction_session_timeout")) == "1min"
        assert conn.scalar(text("SHOW statement_timeout")) == "1min"
    from db.engine import session_factory
    from receiving_station.bench.controller import BenchController
    from receiving_station.bench.state import BenchInput
    from receiving_station.receiving.results import Feedback
    from receiving_station.receiving.workflow import Workflow
    from receiving_station.rules import load_rules

    sessions = session_factory(bench)
    controller = BenchController(Workflow(sessions, load_rules()), sessions, "BENCH-SITE")
    assert controller.handle(BenchInput("login", "B-1001")).feedback != Feedback.ERROR
    with bench.connect() as conn:
        code = conn.scalar(text("SELECT tracking_number FROM parcels LIMIT 1"))
    opened = controller.handle(BenchInput("scan", code))
    assert opened.feedback != Feedback.ERROR, opened.message
    assert opened.state.parcel is not None
    # Every demo scenario worked through as the bench role, and a lead's approval of a held
    # refund: the guards of migration 0012 let the operations that own the rows do their work.
    from db.models import ExceptionCase, Operator
    from receiving_station.demo.data import scenarios_in
    from receiving_station.exceptions import actions
    from tests.helpers.bench import walk

    controller.handle(BenchInput("key", "ESC"))
    with sessions() as session:
        scenarios = scenarios_in(session)
    for scenario in scenarios:
        assert walk(controller, scenario) == [], scenario.name
    with sessions() as session:
        lead_id = session.scalar(select(Operator.id).where(Operator.role == "lead"))
        held = session.scalars(
            select(ExceptionCase.id).where(
                ExceptionCase.unit_id.is_not(None), ExceptionCase.status != "resolved"
            )
        ).all()
    approved = actions.apply_to_many(
        sessions, list(held), actions.approve_refund, operator_id=lead_id, now=utcnow()
    )
    assert any(outcome.done for outcome in approved), approved
    # The dispatcher, as the bench role, sends them to a shop: pending -> sending -> sent.
    from receiving_station.demo.sandbox import start_sandbox

    shop, shop_thread = start_sandbox(f"sqlite:///{tmp_path / 'shop.sqlite3'}", b"site-secret")
    env = {**os.environ, "RECEIVING_STATION_UPSTREAM_SECRET": "site-secret"}
    env.pop("RECEIVING_STATION_CONFIG", None)
    dispatched = _run(
        sys.executable,
        "-m",
        "receiving_station.cli",
        "dispatch",
        "--database",
        site["bench_url"],
        "--upstream",
        shop.url,
        "--once",
        env=env,
    )
    shop.shutdown()
    shop.server_close()
    shop_thread.join(5)
    assert dispatched.returncode == 0, dispatched.stderr
    with bench.connect() as conn:
        states = dict(
            conn.execute(text("SELECT state, count(*) FROM outbox_events GROUP BY state")).all()
        )
    assert states.get("sent", 0) > 0 and not states.get("pending"), states
    # ... and no schema change, and the audit log stays append-only for them too.
    with bench.connect() as conn:
        with pytest.raises(DBAPIError, match=r"must be owner|permission denied"):
            conn.execute(text("DROP TABLE parcels"))
        conn.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM audit_log"))
        conn.rollback()
        # What only the operations that own them change (migrations 0012, 0013), tried with a
        # database client as the bench role: each refused, nothing changed.
        sent = conn.scalar(text("SELECT id FROM outbox_events WHERE state = 'sent' LIMIT 1"))
        refunded = conn.scalar(
            text(
                "SELECT u.lpn FROM received_units u JOIN outbox_events e "
                "ON e.subject = 'refund:' || u.lpn LIMIT 1"
            )
        )
        assert sent is not None and refunded is not None
        for statement, refusal in (
            ("UPDATE operators SET role = 'supervisor' WHERE badge_code = 'B-1001'", "role"),
            (
                "UPDATE operators SET pin_hash = 'pbkdf2_sha256$1$00$00' "
                "WHERE badge_code = 'B-3001'",
                "PIN",
            ),
            ("UPDATE operators SET active = false WHERE badge_code = 'B-3001'", "active"),
            (
                "INSERT INTO operators (badge_code, name, role, active, failed_sign_ins, created_at) "
                "VALUES ('X-1', 'Mallory', 'supervisor', true, 0, now())",
                "adds or removes",
            ),
            ("DELETE FROM operators WHERE badge_code = 'B-1001'", "adds or removes"),
            (f"UPDATE outbox_events SET state = 'pending' WHERE id = {sent}", "was sent"),
            ("UPDATE outbox_events SET payload = '{}'::jsonb", "says|was sent"),
            (f"DELETE FROM outbox_events WHERE id = {sent}", "is kept"),
            (  # an event's subject and key are what it was made with (0013)
                f"UPDATE outbox_events SET subject = subject || 'x' WHERE id = {sent}",
                "says",
            ),
            (f"UPDATE outbox_events SET idempotency_key = 'refund:x' WHERE id = {sent}", "says"),
            ("UPDATE installation SET id = 'another-site'", "identity"),
            ("DELETE FROM installation", "identity"),
            ("INSERT INTO installation VALUES ('x', now())", "identity"),
            ("DELETE FROM outbox_attempts", "append-only"),
            ("UPDATE outbox_attempts SET http_status = 201", "append-only"),
            (
                f"UPDATE received_units SET refund_amount = 9999 WHERE lpn = '{refunded}'",
                "does not change",
            ),
        ):
            with pytest.raises(DBAPIError, match=refusal):
                conn.execute(text(statement))
            conn.rollback()
        # What signing in writes stays allowed: the language, the wrong PINs, the lock.
        conn.execute(
            text(
                "UPDATE operators SET language = 'sv', failed_sign_ins = 1 "
                "WHERE badge_code = 'B-1001'"
            )
        )
        conn.rollback()
    bench.dispose()

    # Reports: read only.
    report = _engine(site["report_url"])
    with report.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM rmas")) == 30
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("DELETE FROM rmas"))
        conn.rollback()
        assert conn.scalar(text("SELECT count(name) FROM operators")) > 0
        with pytest.raises(DBAPIError, match="permission denied"):  # a PIN falls offline
            conn.execute(text("SELECT pin_hash FROM operators"))
    report.dispose()

    # Returns pulled from a shop platform keep its ids (migration 0014): imported, and
    # imported again with others, as the bench role (docs/site-postgresql.md).
    pulling = _engine(site["bench_url"])
    for return_id in ("gid://shopify/Return/1", "gid://shopify/Return/2"):
        pulled = tmp_path / "pulled.json"
        pulled.write_text(
            json.dumps(
                [
                    {
                        "rma_number": "RMA-SITE-1",
                        "order_number": "#1001",
                        "market": "SE",
                        "channel": "portal",
                        "platform": {"name": "shopify", "return_id": return_id},
                        "lines": [
                            {
                                "sku": "SITE-1",
                                "quantity": 1,
                                "unit_price": "10.00",
                                "currency": "SEK",
                                "platform": {"line_item_id": "gid://shopify/LineItem/1"},
                            }
                        ],
                    }
                ]
            ),
            encoding="utf-8",
        )
        imported = _verb("import", str(pulled), "--database", site["bench_url"])
        assert imported.returncode == 0, imported.stderr
        with pulling.connect() as conn:
            assert conn.execute(
                text(
                    "SELECT r.platform_ref, l.platform_ref FROM rmas r JOIN rma_lines l "
                    "ON l.rma_id = r.id WHERE r.number = 'RMA-SITE-1'"
                )
            ).one() == (
                {"name": "shopify", "return_id": return_id},
                {"line_item_id": "gid://shopify/LineItem/1"},
            )
    pulling.dispose()

    # A new program version on an old schema: the bench says what to do, changes nothing.
    from alembic import command

    owner = _engine(site["owner_url"])
    with owner.begin() as conn:
        config = alembic_config(site["owner_url"])
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    refused = _verb("demo-data", "--database", site["bench_url"], "--returns", "5")
    assert refused.returncode == 2
    assert "ask IT to run 'receiving-station db upgrade' as the database's owner" in (
        refused.stderr
    ), refused.stderr
    behind = _verb("db", "current", "--database", site["bench_url"])
    assert "behind" in behind.stdout, behind.stdout + behind.stderr
    assert _verb("db", "upgrade", "--database", site["owner_url"]).returncode == 0

    # Backup and restore, as the guide says.
    dump = tmp_path / "receiving.dump"
    base = ["-h", site["host"], "-p", site["port"]]
    backup = _run("pg_dump", *base, "-U", site["owner"], "-Fc", "-f", str(dump), site["database"])
    assert backup.returncode == 0, backup.stderr
    restored_db = f"{site['database']}_restored"
    made = _run("createdb", *base, "-U", site["admin"], "-O", site["owner"], restored_db)
    assert made.returncode == 0, made.stderr
    restore = _run("pg_restore", *base, "-U", site["admin"], "-d", restored_db, str(dump))
    assert restore.returncode == 0, restore.stderr
    restored = _engine(site["bench_url"].rsplit("/", 1)[0] + f"/{restored_db}")
    with owner.connect() as a, restored.connect() as b:
        for table in ("rmas", "parcels", "audit_log", "exceptions"):
            query = text(f"SELECT count(*) FROM {table}")
            assert a.scalar(query) == b.scalar(query), table
    restored.dispose()
    owner.dispose()
    current = _verb(
        "db", "current", "--database", site["bench_url"].rsplit("/", 1)[0] + f"/{restored_db}"
    )
    assert "up to date" in current.stdout, current.stdout + current.stderr
