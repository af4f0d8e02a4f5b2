"""operators.failed_sign_ins, operators.locked_until: wrong PINs lock an operator for a while

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

Issue #20: a lead's or supervisor's badge alone no longer signs in (badge and PIN, per the
site's policy), and five wrong PINs in a row (the site's number) lock that operator for a time;
the count and the lock are kept with the operator, so every bench of the site sees them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'operators',
        sa.Column('failed_sign_ins', sa.Integer(), nullable=False, server_default='0'),
    )
    op.add_column('operators', sa.Column('locked_until', db.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+ and PostgreSQL), as 0008
    op.execute('ALTER TABLE operators DROP COLUMN locked_until')
    op.execute('ALTER TABLE operators DROP COLUMN failed_sign_ins')
