"""outbox: partial index for the dispatcher's order-per-RMA probe

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

Issue #5: claiming due events checks that no earlier event of the same RMA is unfinished; this
index answers that from the unfinished rows only, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

UNFINISHED = sa.text("state IN ('pending', 'sending', 'refused')")


def upgrade() -> None:
    op.create_index(
        'ix_outbox_events_unfinished_rma',
        'outbox_events',
        ['rma_number', 'id'],
        unique=False,
        postgresql_where=UNFINISHED,
        sqlite_where=UNFINISHED,
    )


def downgrade() -> None:
    op.drop_index('ix_outbox_events_unfinished_rma', table_name='outbox_events')
