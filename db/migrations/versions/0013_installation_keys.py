"""installation, outbox_events.subject: idempotency keys no other database can make

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Issue #20: keys were derived from what an event is about (`refund:<LPN>`), so a second site's
database, a rebuilt one or a restored one that issued the same LPN again made the same key,
and the shop refused its refund as `idempotency_key_reused`.  Now:

- `installation` holds one row, this database's identity, made here at random;
- `outbox_events.subject` is what the key was (one event per subject, found by it);
- new events get the key `rs-<installation>-<random>`, made once with the event and kept, so
  a retry still sends the same key.  Events made before keep their key: some were sent, and
  a retry of one must reach the shop under the key it already knows.

The figures' triggers of 0007 find a refund's unit by its subject (they took the LPN out of the
key).  On PostgreSQL the guards of 0012 follow: an event's subject never changes, a unit's amount is
frozen by its refund's subject, and only IT (the schema's owner) changes the installation.
"""

from __future__ import annotations

import datetime as dt
import secrets

import sqlalchemy as sa
from alembic import op

import db.types

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_OWNER = "pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')"

def _guards(refund_by: str, frozen: str) -> str:
    """0012's outbox and amount guards, with what finds a unit's refund and what never changes."""
    return f"""
CREATE OR REPLACE FUNCTION rs_guard_outbox_events() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'outbox_events: an event is kept (a lead resolves it instead)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- a sent event does not change, but for the shop's reference written once with it
    IF OLD.state = 'sent' AND (
        (NEW.state, NEW.attempts, NEW.next_attempt_at, NEW.last_error, NEW.lease_owner,
         NEW.lease_expires_at, NEW.sent_at, NEW.resolved_by_id, NEW.resolution_note)
        IS DISTINCT FROM
        (OLD.state, OLD.attempts, OLD.next_attempt_at, OLD.last_error, OLD.lease_owner,
         OLD.lease_expires_at, OLD.sent_at, OLD.resolved_by_id, OLD.resolution_note)
        OR (OLD.upstream_reference IS NOT NULL
            AND NEW.upstream_reference IS DISTINCT FROM OLD.upstream_reference)
    ) THEN
        RAISE EXCEPTION 'outbox_events: event % was sent: it does not change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF ({frozen.replace("@", "NEW.")}) IS DISTINCT FROM ({frozen.replace("@", "OLD.")}) THEN
        RAISE EXCEPTION 'outbox_events: what event % says does not change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION rs_guard_refund_amount() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN NEW;
    END IF;
    IF (NEW.refund_amount, NEW.restocking_fee) IS DISTINCT FROM (OLD.refund_amount, OLD.restocking_fee)
       AND EXISTS (SELECT 1 FROM outbox_events
                   WHERE {refund_by} = 'refund:' || OLD.lpn AND state <> 'pending')
    THEN
        RAISE EXCEPTION 'received_units: the refund of % is being sent or was sent: its amount does not change', OLD.lpn
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""


GUARDS = _guards(
    'subject', '@kind, @subject, @idempotency_key, @rma_number, @payload::text, @created_at'
) + f"""
CREATE OR REPLACE FUNCTION rs_guard_installation() RETURNS trigger AS $$
BEGIN
    IF {_OWNER} THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    RAISE EXCEPTION 'installation: only IT (the schema owner) changes the database''s identity'
        USING ERRCODE = 'insufficient_privilege';
END $$ LANGUAGE plpgsql;

CREATE TRIGGER rs_guard_installation BEFORE INSERT OR UPDATE OR DELETE ON installation
    FOR EACH ROW EXECUTE FUNCTION rs_guard_installation();
"""

GUARDS_0012 = _guards(
    'idempotency_key', '@kind, @idempotency_key, @rma_number, @payload::text, @created_at'
)


# 0007's triggers that name the hours a refund event touches: the unit is the one whose LPN
# follows `refund:` in (since 0013) the subject
REFUND_FIGURES = [
    ('figure_refund_sent', 'INSERT'),
    ('figure_refund_changed', 'UPDATE OF state, sent_at'),
]
SQLITE_HOUR = "substr(received_units.received_at, 1, 13) || ':00:00.000000'"
POSTGRES_HOUR = "date_trunc('hour', received_units.received_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"


def _refund_figures(column: str, postgresql: bool) -> None:
    units = f"FROM received_units WHERE lpn = substr(NEW.{column}, 8)"
    for name, events in REFUND_FIGURES:
        if postgresql:
            op.execute(
                f"""
                CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.kind = 'refund' THEN
                        INSERT INTO figure_changes (hour) SELECT DISTINCT {POSTGRES_HOUR} {units};
                    END IF;
                    RETURN NULL;
                END $$
                """
            )
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
            op.execute(
                f"CREATE TRIGGER {name} AFTER {events} ON outbox_events "
                f"WHEN NEW.kind = 'refund' BEGIN "
                f'INSERT INTO figure_changes (hour) SELECT DISTINCT {SQLITE_HOUR} {units}; END'
            )


def upgrade() -> None:
    installation = op.create_table(
        'installation',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('created_at', db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_installation')),
    )
    op.bulk_insert(
        installation,
        [{'id': secrets.token_hex(8), 'created_at': dt.datetime.now(dt.timezone.utc)}],
    )
    postgresql = op.get_bind().dialect.name == 'postgresql'
    # SQLite adds a NOT NULL column only with a default; PostgreSQL sets NOT NULL after filling.
    op.add_column(
        'outbox_events',
        sa.Column(
            'subject',
            sa.String(length=200),
            nullable=postgresql,
            server_default=None if postgresql else '',
        ),
    )
    op.execute('UPDATE outbox_events SET subject = idempotency_key')
    if postgresql:
        op.alter_column('outbox_events', 'subject', nullable=False)
    op.create_index('ix_outbox_events_subject', 'outbox_events', ['subject'], unique=True)
    _refund_figures('subject', postgresql)
    if postgresql:
        op.execute(GUARDS)


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    if postgresql:
        op.execute('DROP TRIGGER IF EXISTS rs_guard_installation ON installation')
        op.execute('DROP FUNCTION IF EXISTS rs_guard_installation()')
        op.execute(GUARDS_0012)
    _refund_figures('idempotency_key', postgresql)
    op.drop_index('ix_outbox_events_subject', table_name='outbox_events')
    # in place (SQLite 3.35+ and PostgreSQL), as 0008; the keys made since stay what they are
    op.execute('ALTER TABLE outbox_events DROP COLUMN subject')
    op.drop_table('installation')
