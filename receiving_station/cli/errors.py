"""The leaf of the command line: its one error type and the helpers every verb uses.

Every verb module (receiving_station/cli/*.py) imports from here and nothing of the CLI imports
back up, so the verbs and the parser form no import cycle.  A `CliError` is printed by `main()`
as one line on stderr with its exit status: 2 bad input, 1 the operation failed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from receiving_station.config import StationConfig


class CliError(Exception):
    """A failure to report as one clear line, with an exit status."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def station_config() -> StationConfig:
    """This bench's configuration (its site file under its own), or one line saying what is
    wrong where; a site file used from the bench's last good copy is said on stderr and in
    the log (the journal, at a kiosk)."""
    from receiving_station.config import StationConfigError, load_station_config

    try:
        config = load_station_config()
    except StationConfigError as exc:
        raise CliError(f"{exc} (check it with: receiving-station devices config)", 2) from exc
    if config.site is not None and config.site.warning:
        print(f"receiving-station: warning: {config.site.warning}", file=sys.stderr, flush=True)
        logging.getLogger("receiving_station.config").warning("%s", config.site.warning)
    return config


def add_database(parser: argparse.ArgumentParser) -> None:
    """The --database option every verb that opens the database takes."""
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL or SQLite file path (default: RECEIVING_STATION_DATABASE_URL, "
        "else an SQLite file in the user's data directory)",
    )


def open_engine(args: argparse.Namespace, *, upgrade: bool = True):
    from db.engine import DatabaseError, create_engine_for_url, resolve_database_url

    try:
        url = resolve_database_url(getattr(args, "database", None))
        engine = create_engine_for_url(url)
        if upgrade:
            upgrade_or_explain(engine)
    except DatabaseError as exc:
        raise CliError(str(exc), 2) from exc
    except Exception as exc:
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError):
            raise CliError(f"cannot open the database: {exc.orig}", 1) from exc
        raise
    return engine


def schema_too_new(exc: Exception) -> CliError:
    """What a bench says when a newer version of the program upgraded its database."""
    from receiving_station import __version__

    return CliError(
        f"{exc}. This is Receiving Station {__version__}: install the version the other benches "
        "run (docs/site-postgresql.md, schema upgrades), then start it again",
        2,
    )


def upgrade_or_explain(engine):
    """Bring the schema up to date; when this login may not change the schema (a site's bench
    role, docs/site-postgresql.md), say what to do instead of a PostgreSQL error."""
    from sqlalchemy.exc import ProgrammingError

    from db.migrate import SchemaTooNew, current_revision, head_revision, upgrade_database

    try:
        upgrade_database(engine)
    except SchemaTooNew as exc:
        raise schema_too_new(exc) from exc
    except ProgrammingError as exc:
        if "permission denied" not in str(exc.orig) and "must be owner" not in str(exc.orig):
            raise
        raise CliError(
            f"the database is at schema revision {current_revision(engine)}, this program "
            f"needs {head_revision()}, and {engine.url.username or 'this login'} may not change "
            "the schema: ask IT to run 'receiving-station db upgrade' as the database's owner "
            "(docs/site-postgresql.md)",
            2,
        ) from exc


# -- db ---------------------------------------------------------------------------------------
