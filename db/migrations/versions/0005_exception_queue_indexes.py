"""exceptions: one index per queue sort, with the id that breaks ties

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

Issue #6: the leads' queue stays fast at 100,000 open exceptions by walking the sort column's
index in order and stopping at the page's end (keyset paging on (column, id)).  The single-column
indexes on created_at and sla_due are replaced by (created_at, id) and (sla_due, id).
"""

from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

NEW = {
    'ix_exceptions_due_id': ['sla_due', 'id'],
    'ix_exceptions_created_id': ['created_at', 'id'],
    'ix_exceptions_type_id': ['type', 'id'],
    'ix_exceptions_status_id': ['status', 'id'],
}


def upgrade() -> None:
    op.drop_index('ix_exceptions_created_at', table_name='exceptions')
    op.drop_index('ix_exceptions_sla_due', table_name='exceptions')
    for name, columns in NEW.items():
        op.create_index(name, 'exceptions', columns)


def downgrade() -> None:
    for name in NEW:
        op.drop_index(name, table_name='exceptions')
    op.create_index('ix_exceptions_sla_due', 'exceptions', ['sla_due'])
    op.create_index('ix_exceptions_created_at', 'exceptions', ['created_at'])
