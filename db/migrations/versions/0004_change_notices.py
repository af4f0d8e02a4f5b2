"""change notices: PostgreSQL NOTIFY when exceptions or upstream events change

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

Issue #6: with many benches on one PostgreSQL database, the leads' views refresh within a
second when another bench changes something.  A statement-level trigger on `exceptions` and
`outbox_events` calls `pg_notify('receiving_station_changes', <table>)`; the notice is sent
when the writing transaction commits (and not at all if it rolls back), whoever wrote it: a
bench, a dispatcher, a command-line verb.  SQLite has no notices: the application polls it
(`PRAGMA data_version`), see db/changes.py.
"""

from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = ('exceptions', 'outbox_events')


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(
        """
        CREATE OR REPLACE FUNCTION receiving_station_notify_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('receiving_station_changes', TG_TABLE_NAME);
            RETURN NULL;
        END $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION receiving_station_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION IF EXISTS receiving_station_notify_change()")
