"""`receiving-station db upgrade` / `db current` as a person runs them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from db.migrate import head_revision

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=120,
    )


def test_db_upgrade_then_current_reports_up_to_date(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    up = run("db", "upgrade", "--database", url)
    assert up.returncode == 0, up.stderr
    assert f"is at revision {head_revision()}" in up.stdout
    cur = run("db", "current", "--database", url)
    assert cur.returncode == 0, cur.stderr
    assert "up to date" in cur.stdout
    assert re.search(r"installation ([0-9a-f]{16}): .* starts rs-\1-", cur.stdout), cur.stdout


def test_database_url_from_environment(tmp_path: Path) -> None:
    import os

    env = dict(os.environ, RECEIVING_STATION_DATABASE_URL=f"sqlite:///{tmp_path / 'env.sqlite3'}")
    up = run("db", "upgrade", env=env)
    assert up.returncode == 0, up.stderr
    assert (tmp_path / "env.sqlite3").exists()


def test_bad_database_url_is_a_clear_error() -> None:
    result = run("db", "upgrade", "--database", "nosuchdriver://x/y")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
