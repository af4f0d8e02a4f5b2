"""A bench of an older version, on a database a newer version upgraded: it refuses with a
message a person can act on, and changes nothing (issue #25, updates bench by bench)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from db.engine import create_engine_for_url
from db.migrate import current_revision, head_revision

ROOT = Path(__file__).resolve().parents[2]
FUTURE = "0099_from_a_newer_station"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_an_older_bench_refuses_a_newer_schema(database_url: str, tmp_path: Path) -> None:
    engine = create_engine_for_url(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
        tables_before = _tables(engine)
        for args in (
            ("db", "upgrade"),
            (
                "export",
                "refunds",
                "--from",
                "2026-12-01",
                "--to",
                "2026-12-07",
                "--output",
                str(tmp_path / "refunds.csv"),
            ),
        ):
            run = _run(*args, "--database", database_url)
            assert run.returncode == 2, (args, run.stdout, run.stderr)
            (line,) = run.stderr.strip().splitlines()  # one line, no traceback
            assert f"schema is at revision {FUTURE}" in line
            assert f"knows up to {head_revision()}" in line
            assert "install the version the other benches run" in line
        assert not (tmp_path / "refunds.csv").exists()
        current = _run("db", "current", "--database", database_url)
        assert current.returncode == 0 and "newer than this program knows" in current.stdout
        assert current_revision(engine) == FUTURE and _tables(engine) == tables_before
    finally:
        engine.dispose()


def _tables(engine) -> set[str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    return set(inspect(engine).get_table_names())
