"""docs/site-postgresql.md, done as IT would do it on a real PostgreSQL server: the roles and
database from resources/postgres/site-roles.sql (with psql), `db upgrade` as the owner, benches
working as the bench role (rows yes, schema no; notices reach them), a read-only report role,
a bench refused with a clear message when the schema is behind, and a backup restored with
pg_dump / pg_restore."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db.migrate import alembic_config, head_revision

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

    # Benches: rows, as the bench role (demo returns stand in for the imported ones).
    filled = _verb("demo-data", "--database", site["bench_url"], "--returns", "30")
    assert filled.returncode == 0, filled.stderr
    bench = _engine(site["bench_url"])
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
    # ... and no schema change, and the audit log stays append-only for them too.
    with bench.connect() as conn:
        with pytest.raises(DBAPIError, match=r"must be owner|permission denied"):
            conn.execute(text("DROP TABLE parcels"))
        conn.rollback()
        with pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text("DELETE FROM audit_log"))
        conn.rollback()
    bench.dispose()

    # Reports: read only.
    report = _engine(site["report_url"])
    with report.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM rmas")) == 30
        with pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("DELETE FROM rmas"))
    report.dispose()

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
