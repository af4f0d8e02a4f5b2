"""Database layer: SQLAlchemy 2 models, engine and session set-up, Alembic migrations.

No Qt here (see docs/architecture.md).  The core (`receiving_station`) talks to the database
only through the sessions this package hands out.
"""

from db.engine import (
    DatabaseError,
    create_engine_for_url,
    default_database_url,
    resolve_database_url,
    session_factory,
)
from db.migrate import upgrade_database

__all__ = [
    "DatabaseError",
    "create_engine_for_url",
    "default_database_url",
    "resolve_database_url",
    "session_factory",
    "upgrade_database",
]
