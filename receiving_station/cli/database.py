"""`receiving-station db upgrade|current`: the schema, and the figures kept after an upgrade."""

from __future__ import annotations

import argparse
from typing import Any

from receiving_station.cli.errors import add_database, open_engine, schema_too_new


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from db.migrate import SchemaTooNew, upgrade_database

    engine = open_engine(args, upgrade=False)
    try:
        revision = upgrade_database(engine, args.revision)
    except SchemaTooNew as exc:
        raise schema_too_new(exc) from exc
    print(f"database {engine.url.render_as_string(hide_password=True)} is at revision {revision}")
    if args.revision == "head":
        _keep_figures(engine)
    return 0


def _keep_figures(engine):
    """Work out the supervisors' figures for the hours not kept yet (after the upgrade that
    starts keeping them, all of history: about a minute for a year), so the first look at the
    Figures section does not wait for it."""
    import time

    from sqlalchemy import func, select

    from db.engine import session_factory
    from db.models import FigureChange
    from receiving_station.figures import hours as figure_hours

    with session_factory(engine)() as session:
        waiting = session.scalar(select(func.count(func.distinct(FigureChange.hour))))
    if not waiting:
        return
    print(f"working out the figures for {waiting:,} hours of history ...", flush=True)
    start = time.monotonic()
    if figure_hours.refresh(engine):
        print(f"figures kept per hour, up to date ({time.monotonic() - start:.0f} s)")


def cmd_db_current(args: argparse.Namespace) -> int:
    from db.migrate import current_revision, head_revision, known_revisions

    engine = open_engine(args, upgrade=False)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        state = "up to date"
    elif current is not None and current not in known_revisions():
        state = f"newer than this program knows (it knows up to {head}): install the newer version"
    else:
        state = f"behind (head is {head}): run 'receiving-station db upgrade'"
    print(
        f"{engine.url.render_as_string(hide_password=True)}: revision {current or 'none'}, {state}"
    )
    installation = _installation(engine)
    if installation:
        print(
            f"installation {installation}: every idempotency key this database sends upstream "
            f"starts rs-{installation}-"
        )
    return 0


def _installation(engine) -> str | None:
    """This database's identity (migration 0013), or None before it."""
    from sqlalchemy import inspect, select

    from db.models import Installation

    with engine.connect() as connection:
        if not inspect(connection).has_table(Installation.__tablename__):
            return None
        return connection.scalar(select(Installation.id))


def add_database_verbs(sub: Any) -> None:
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_verb", metavar="ACTION", required=True)
    up = db_sub.add_parser("upgrade", help="apply the schema migrations")
    add_database(up)
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(func=cmd_db_upgrade)
    cur = db_sub.add_parser("current", help="show the schema revision")
    add_database(cur)
    cur.set_defaults(func=cmd_db_current)
