"""upstream delivery

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Issue #5: every delivery attempt of an outbox event, upstream's answer on the event, who
resolved it by hand, and the cursor of the pull from upstream.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_cursors',
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('updated_at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sync_cursors'))
    )
    op.create_table('outbox_attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('at', db.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('dispatcher', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['outbox_events.id'], name=op.f('fk_outbox_attempts_event_id_outbox_events')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_attempts'))
    )
    with op.batch_alter_table('outbox_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_attempts_event_id'), ['event_id'], unique=False)

    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('upstream_reference', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('resolved_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('resolution_note', sa.Text(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_outbox_events_resolved_by_id_operators'), 'operators', ['resolved_by_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_events_resolved_by_id_operators'), type_='foreignkey')
        batch_op.drop_column('resolution_note')
        batch_op.drop_column('resolved_by_id')
        batch_op.drop_column('upstream_reference')

    with op.batch_alter_table('outbox_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_attempts_event_id'))

    op.drop_table('outbox_attempts')
    op.drop_table('sync_cursors')
