"""figure_hours and figure_changes: the supervisors' figures counted once per hour

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25

Issue #7: the Figures section over a year of history (500,000 units) must show in a second.
Counting the units again at every look cost 2.5 s, so the counts are kept per UTC clock hour
in `figure_hours` (receiving_station/figures/hours.py works them out from the units).

Which hours to work out again is written by the database itself: triggers on the tables the
figures read from (units, parcels, RMAs, refund events, label jobs) append the hour of each
unit they touch to `figure_changes`, in the writing transaction, whoever writes (a bench, a
lead, the dispatcher, a command-line verb, a bulk load).  Appending only: two benches never
wait on each other for it.  The hours there already are are queued for working out here.

The SKUs returned most are read from the units in SKU order: the index on sku alone becomes
(sku, received_at, grade, rma_line_id).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

SKU_INDEX = ['sku', 'received_at', 'grade', 'rma_line_id']
UNIT_COLUMNS = 'received_at, operator_id, station_id, grade, disposition, parcel_id, lpn'

# The UTC clock hour a unit was received in, as each database stores a time.
SQLITE_HOUR = "substr({0}, 1, 13) || ':00:00.000000'"
POSTGRES_HOUR = "date_trunc('hour', {0} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"

# (trigger, table, events, condition, the units whose hours changed)
SOURCES = [
    ('figure_parcel_changed', 'parcels', 'UPDATE OF rma_id, opened_at', None,
     'FROM received_units WHERE parcel_id = NEW.id'),
    ('figure_rma_changed', 'rmas', 'UPDATE OF market', None,
     'FROM received_units JOIN parcels ON parcels.id = received_units.parcel_id '
     'WHERE parcels.rma_id = NEW.id'),
    ('figure_refund_sent', 'outbox_events', 'INSERT', "NEW.kind = 'refund'",
     "FROM received_units WHERE lpn = substr(NEW.idempotency_key, 8)"),
    ('figure_refund_changed', 'outbox_events', 'UPDATE OF state, sent_at',
     "NEW.kind = 'refund'",
     "FROM received_units WHERE lpn = substr(NEW.idempotency_key, 8)"),
    ('figure_label_added', 'label_jobs', 'INSERT', 'NEW.unit_id IS NOT NULL',
     'FROM received_units WHERE id = NEW.unit_id'),
    ('figure_label_changed', 'label_jobs', 'UPDATE OF status, printed_at, is_reprint, unit_id',
     'NEW.unit_id IS NOT NULL',
     'FROM received_units WHERE id = NEW.unit_id'),
]


def upgrade() -> None:
    op.create_table(
        'figure_hours',
        sa.Column('dimension', sa.String(length=16), nullable=False),
        sa.Column('scope', sa.String(length=40), nullable=False),
        sa.Column('hour', sa.DateTime(timezone=True), nullable=False),
        sa.Column('value', sa.String(length=64), nullable=False),
        sa.Column('units', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('dimension', 'scope', 'hour', 'value', name=op.f('pk_figure_hours')),
        sqlite_with_rowid=False,
    )
    op.create_table(
        'figure_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('hour', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_figure_changes')),
    )
    op.create_index(op.f('ix_figure_changes_hour'), 'figure_changes', ['hour'])
    op.drop_index('ix_received_units_sku', table_name='received_units')
    op.create_index('ix_received_units_sku_figures', 'received_units', SKU_INDEX)
    if op.get_bind().dialect.name == 'postgresql':
        _postgres_triggers()
        hour = POSTGRES_HOUR.format('received_at')
    else:
        _sqlite_triggers()
        hour = SQLITE_HOUR.format('received_at')
    op.execute(f'INSERT INTO figure_changes (hour) SELECT DISTINCT {hour} FROM received_units')


def _sqlite_triggers() -> None:
    new, old = SQLITE_HOUR.format('NEW.received_at'), SQLITE_HOUR.format('OLD.received_at')
    op.execute(
        'CREATE TRIGGER figure_unit_added AFTER INSERT ON received_units BEGIN '
        f'INSERT INTO figure_changes (hour) VALUES ({new}); END'
    )
    op.execute(
        f'CREATE TRIGGER figure_unit_changed AFTER UPDATE OF {UNIT_COLUMNS} ON received_units '
        f'BEGIN INSERT INTO figure_changes (hour) VALUES ({old}); '
        f'INSERT INTO figure_changes (hour) SELECT {new} WHERE {new} <> {old}; END'
    )
    op.execute(
        'CREATE TRIGGER figure_unit_removed AFTER DELETE ON received_units BEGIN '
        f'INSERT INTO figure_changes (hour) VALUES ({old}); END'
    )
    hour = SQLITE_HOUR.format('received_units.received_at')
    for name, table, events, condition, units in SOURCES:
        when = f' WHEN {condition}' if condition else ''
        op.execute(
            f'CREATE TRIGGER {name} AFTER {events} ON {table}{when} BEGIN '
            f'INSERT INTO figure_changes (hour) SELECT DISTINCT {hour} {units}; END'
        )


def _postgres_triggers() -> None:
    new, old = POSTGRES_HOUR.format('NEW.received_at'), POSTGRES_HOUR.format('OLD.received_at')
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION figure_unit_changed() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                INSERT INTO figure_changes (hour) VALUES ({old});
            END IF;
            IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND {new} <> {old}) THEN
                INSERT INTO figure_changes (hour) VALUES ({new});
            END IF;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        'CREATE TRIGGER figure_unit_changed AFTER INSERT OR DELETE OR '
        f'UPDATE OF {UNIT_COLUMNS} ON received_units '
        'FOR EACH ROW EXECUTE FUNCTION figure_unit_changed()'
    )
    hour = POSTGRES_HOUR.format('received_units.received_at')
    for name, table, events, condition, units in SOURCES:
        test = condition or 'TRUE'
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION {name}() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF {test} THEN
                    INSERT INTO figure_changes (hour) SELECT DISTINCT {hour} {units};
                END IF;
                RETURN NULL;
            END $$
            """
        )
        op.execute(
            f'CREATE TRIGGER {name} AFTER {events} ON {table} '
            f'FOR EACH ROW EXECUTE FUNCTION {name}()'
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == 'postgresql'
    triggers = [('figure_unit_changed', 'received_units')]
    if not postgres:
        triggers += [('figure_unit_added', 'received_units'), ('figure_unit_removed', 'received_units')]
    triggers += [(name, table) for name, table, *_ in SOURCES]
    for name, table in triggers:
        if postgres:
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON {table}')
            op.execute(f'DROP FUNCTION IF EXISTS {name}()')
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name}')
    op.drop_table('figure_changes')
    op.drop_table('figure_hours')
    op.drop_index('ix_received_units_sku_figures', table_name='received_units')
    op.create_index('ix_received_units_sku', 'received_units', ['sku'])
