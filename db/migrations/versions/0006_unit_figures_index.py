"""received_units: the figures' covering index (received_at, operator, station, grade, ...)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25

Issue #7: the supervisors' figures count a period's units by hour, operator, bench, grade,
disposition and SKU.  With every one of those columns in the index that starts with
received_at, each count reads the index alone, not a table row per unit (a year of history,
500,000 units).  It replaces the single-column index on received_at.
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

COLUMNS = ['received_at', 'operator_id', 'station_id', 'grade', 'disposition', 'sku']


def upgrade() -> None:
    op.drop_index('ix_received_units_received_at', table_name='received_units')
    op.create_index('ix_received_units_figures', 'received_units', COLUMNS)


def downgrade() -> None:
    op.drop_index('ix_received_units_figures', table_name='received_units')
    op.create_index('ix_received_units_received_at', 'received_units', ['received_at'])
