"""Run the Alembic migrations that ship inside this package (`receiving-station db upgrade`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


class SchemaTooNew(Exception):
    """The database's schema is at a revision this program's migrations do not know: a newer
    version of the program upgraded it.  Nothing may be written with the older models."""

    def __init__(self, current: str, head: str | None) -> None:
        self.current, self.head = current, head
        super().__init__(
            f"the database's schema is at revision {current}, which this program does not know "
            f"(it knows up to {head}): a newer version of the program upgraded the database; "
            "nothing was changed"
        )


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {revision.revision for revision in script.walk_revisions()}


def refuse_newer_schema(engine: Engine) -> str | None:
    """The database's revision; raises SchemaTooNew when this program does not know it."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise SchemaTooNew(current, head_revision())
    return current


def upgrade_database(engine: Engine, revision: str = "head") -> str | None:
    """Bring the database to `revision`; return the revision it is at afterwards.  Refuses
    (SchemaTooNew, nothing changed) a database a newer version of the program upgraded."""
    refuse_newer_schema(engine)
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return current_revision(engine)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
