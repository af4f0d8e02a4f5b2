"""`receiving-station --demo --fresh` (`./station demo --fresh`): the demo starts over.

The real command in its own process, in a data directory of its own (XDG_DATA_HOME), where
the demo keeps its database, labels, print jobs, sandbox shop and photos.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db.engine import create_engine_for_url, session_factory
from db.models import Operator, ReceivedUnit, Station
from receiving_station.cli import main
from receiving_station.cli.demo import DEMO_EARLIER_RUN, _parcels_received_since_demo_data
from receiving_station.demo.data import scenarios_in
from receiving_station.receiving.results import Actor
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]


def run_demo(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python main.py --demo ... --screenshot` with `home` as the user's data home."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(home)}
    env.pop("RECEIVING_STATION_DATABASE_URL", None)
    shot = ["--screenshot", str(home / "demo.png"), "--no-sound"]
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo", *args, *shot],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
        check=False,
    )


def receive_a_demo_parcel(database: Path, photo: Path) -> None:
    """What an earlier demo run leaves: a parcel received at the bench, a unit's photo."""
    engine = create_engine_for_url(f"sqlite:///{database}")
    sessions = session_factory(engine)
    with sessions() as session:
        operator = session.scalar(select(Operator.id).where(Operator.badge_code == "B-1001"))
        station = session.scalar(select(Station.id).order_by(Station.id))
        assert operator is not None and station is not None
        scenario = scenarios_in(session)[0]
    workflow = Workflow(sessions, load_rules())
    opened = workflow.open_parcel(Actor(operator, station), scenario.parcel_code)
    assert opened.parcel is not None
    with sessions() as session, session.begin():
        unit = session.scalar(select(ReceivedUnit.id).order_by(ReceivedUnit.id))
        session.execute(
            update(ReceivedUnit).where(ReceivedUnit.id == unit).values(photo_paths=[str(photo)])
        )
    assert _parcels_received_since_demo_data(engine) == 1
    engine.dispose()


def test_fresh_starts_the_demo_over(tmp_path: Path) -> None:
    data = tmp_path / "receiving-station"
    database = data / "demo.sqlite3"

    first = run_demo(tmp_path, "--fresh")  # nothing to start over yet
    assert first.returncode == 0, first.stderr
    assert "there was no earlier demo" in first.stderr
    assert "creating the demo database" in first.stderr
    assert DEMO_EARLIER_RUN not in first.stderr
    assert database.is_file() and (data / "demo-sandbox-upstream.sqlite3").is_file()

    # An earlier demo: a parcel received, its photo, a label the simulated printer saved,
    # the print jobs' log.  A real bench's photo shares the photos folder.
    photos = data / "photos"  # the history's photos are there already
    photos.mkdir(exist_ok=True)
    demo_photo, bench_photo = photos / "demo-unit.jpg", photos / "bench-unit.jpg"
    demo_photo.write_bytes(b"jpeg")
    bench_photo.write_bytes(b"jpeg")
    receive_a_demo_parcel(database, demo_photo)
    (data / "demo-labels").mkdir(exist_ok=True)
    (data / "demo-labels" / "label-1.zpl").write_bytes(b"^XA^XZ")
    (data / "demo-print-jobs.jsonl").write_text("{}\n")

    again = run_demo(tmp_path)  # without --fresh: the demo says what it opens
    assert again.returncode == 0, again.stderr
    assert DEMO_EARLIER_RUN in again.stderr
    assert "creating" not in again.stderr
    assert demo_photo.exists()

    fresh = run_demo(tmp_path, "--fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert "starting the demo over: removed" in fresh.stderr
    assert "creating the demo database" in fresh.stderr
    assert DEMO_EARLIER_RUN not in fresh.stderr
    assert "200 still expected)" in fresh.stdout
    assert not demo_photo.exists() and bench_photo.exists()
    assert not (data / "demo-labels" / "label-1.zpl").exists()
    assert not (data / "demo-print-jobs.jsonl").exists()
    engine = create_engine_for_url(f"sqlite:///{database}")
    assert _parcels_received_since_demo_data(engine) == 0
    with session_factory(engine)() as session:
        assert str(demo_photo) not in str(session.scalars(select(ReceivedUnit.photo_paths)).all())
    engine.dispose()


def test_fresh_deletes_only_a_demo_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "receiving.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE rmas (id INTEGER PRIMARY KEY)")
    conn.close()
    assert main(["--demo", "--fresh", "--database", str(other)]) == 2
    assert "no demo data in it" in capsys.readouterr().err
    assert other.is_file()
    url = "postgresql://postgres@127.0.0.1:5432/site"
    assert main(["--demo", "--fresh", "--database", url]) == 2
    assert "SQLite file only" in capsys.readouterr().err
    assert main(["--fresh", "--database", str(other)]) == 2
    assert "--fresh goes with --demo" in capsys.readouterr().err
