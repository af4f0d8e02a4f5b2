"""The demo: `receiving-station demo-data`, and the demo database `--demo` opens (`--fresh` starts it over)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError, add_database, open_engine


def cmd_demo_data(args: argparse.Namespace) -> int:
    from receiving_station.demo.data import DemoDataError, generate_demo_data

    if args.returns < 0:
        raise CliError("--returns must be 0 or more", 2)
    engine = open_engine(args)
    try:
        summary = generate_demo_data(
            engine, returns=args.returns, seed=args.seed, progress=_progress
        )
    except DemoDataError as exc:
        raise CliError(str(exc), 2) from exc
    print(summary.describe())
    return 0


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


DEMO_EARLIER_RUN = "demo data from an earlier run: start over with ./station demo --fresh"


DEMO_RETURNS = 200  # expected returns waiting at the benches (the walk-through ones first)


def prepare_demo_database(args: argparse.Namespace):
    """The demo database (created and filled if missing; with `--fresh` deleted first), what a
    newcomer can try on it, and a note when an earlier demo run received parcels in it."""
    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.enums import RmaStatus
    from db.models import Rma
    from receiving_station.demo.data import scenarios_in

    if args.database is None:
        from db.engine import default_database_path

        args.database = f"sqlite:///{default_database_path().with_name('demo.sqlite3')}"
    if args.fresh:
        start_demo_over(args.database)
    engine = open_engine(args)
    with session_factory(engine)() as session:
        count = session.scalar(select(func.count()).select_from(Rma)) or 0
    notice = None
    if count == 0:
        create_demo_database(engine)
    elif _parcels_received_since_demo_data(engine):
        notice = DEMO_EARLIER_RUN
    with session_factory(engine)() as session:
        rmas = session.scalar(select(func.count()).select_from(Rma)) or 0
        expected = (
            session.scalar(
                select(func.count()).select_from(Rma).where(Rma.status == RmaStatus.EXPECTED.value)
            )
            or 0
        )
        scenarios = scenarios_in(session)
    print(
        f"demo database: {engine.url.render_as_string(hide_password=True)} ({rmas} returns, "
        f"{expected} still expected)"
    )
    print(
        "operators: badges B-1001 ... B-1008 (staff: the badge alone), B-2001 (lead) and B-3001 "
        "(supervisor): the badge, then PIN 1234"
    )
    print("try at the bench (scan the parcel, put the weight on the scale, scan the items):")
    for scenario in scenarios:
        print(f"  {scenario.name:15} {scenario.parcel_code:30} {scenario.description}")
    print("in the window: F5 scans the next demo parcel, F6 weighs it, F7 scans its next item")
    if notice:
        sys.stdout.flush()  # the note comes last, where a person looks
        print(notice, file=sys.stderr)
    return engine, scenarios, notice


def create_demo_database(engine) -> None:
    """Fill the new demo database: the returns still expected and five weeks of history
    worked at the benches (receiving_station/demo/history.py), its refunds sent to the demo's
    sandbox shop (the store demo mode opens, started over with it: a shop that kept another
    demo database's refunds would refuse these as refunded already), its photos in the
    bench's photos folder (where --fresh looks for them)."""
    from receiving_station.demo.history import build_demo_database
    from ui.app import DEMO_UPSTREAM_STORE, PHOTOS, default_data_dir

    data_dir = default_data_dir()
    store = data_dir / DEMO_UPSTREAM_STORE
    stale = [
        path
        for path in (
            store,
            *(store.with_name(store.name + s) for s in ("-wal", "-shm", "-journal")),
        )
        if path.is_file()
    ]
    for path in stale:
        path.unlink()
    print("creating the demo database (five weeks of work at its benches) ...", file=sys.stderr)
    if stale:
        print("the demo shop starts over with it", file=sys.stderr)
    data_dir.mkdir(parents=True, exist_ok=True)
    _, history = build_demo_database(
        engine,
        returns=DEMO_RETURNS,
        seed=1,
        shop=f"sqlite:///{store}",
        photo_dir=data_dir / PHOTOS,
        progress=_progress,
    )
    print(history.describe(), file=sys.stderr)


def _parcels_received_since_demo_data(engine) -> int:
    """Parcels a bench opened after the demo data was written (its history is older)."""
    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.models import AuditEntry

    with session_factory(engine)() as session:
        made = session.scalar(
            select(func.max(AuditEntry.id)).where(AuditEntry.action == "demo_data")
        )
        opened = select(func.count(func.distinct(AuditEntry.entity_id))).where(
            AuditEntry.action == "parcel_opened", AuditEntry.id > (made or 0)
        )
        return session.scalar(opened) or 0


def start_demo_over(database: str) -> None:
    """`--demo --fresh`: delete the demo database (an SQLite file demo data was written to,
    never another) and what the earlier demo left in the data directory, so the demo starts
    as new.  The caller then creates the database again."""
    import sqlite3
    from contextlib import closing

    from sqlalchemy.engine import make_url

    from db.engine import DatabaseError, normalise_url

    try:
        url = make_url(normalise_url(database))
    except DatabaseError as exc:
        raise CliError(str(exc), 2) from exc
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise CliError(
            "--fresh starts over a demo SQLite file only: empty this database yourself", 2
        )
    path = Path(url.database).expanduser()
    photos: list[str] = []
    if path.is_file():
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as conn:
                tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
                demo = (
                    "audit_log" in tables
                    and conn.execute(
                        "SELECT 1 FROM audit_log WHERE action = 'demo_data' LIMIT 1"
                    ).fetchone()
                )
                if "received_units" in tables:
                    for (paths,) in conn.execute("SELECT photo_paths FROM received_units"):
                        photos += [str(p) for p in json.loads(paths or "[]")]
        except sqlite3.DatabaseError as exc:
            raise CliError(f"{path}: not an SQLite database ({exc}): not deleted", 2) from exc
        if tables - {"alembic_version"} and not demo:
            raise CliError(
                f"{path} has no demo data in it: --fresh deletes only a demo database", 2
            )
    removed = [
        p
        for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")))
        if p.is_file()
    ]
    for p in removed:
        p.unlink()
    from ui.app import default_data_dir, remove_demo_files

    removed += remove_demo_files(default_data_dir(), photos)
    print(
        f"starting the demo over: removed {len(removed)} file(s) of the earlier demo"
        if removed
        else "starting the demo over (there was no earlier demo)",
        file=sys.stderr,
    )


def add_demo_verbs(sub: Any) -> None:
    demo = sub.add_parser("demo-data", help="fill a database with realistic demo returns")
    add_database(demo)
    demo.add_argument("--returns", type=int, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=cmd_demo_data)
