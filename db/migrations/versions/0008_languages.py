"""operators.language and exceptions.summary_text: the station speaks the operator's language

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25

Issue #8: each operator works in their own language (NULL: the station's), and an exception's
summary is kept as the sentence it is (receiving_station.i18n.text.Text as JSON) beside its English,
so a lead in Malmö and one in Utrecht read it in their own language.  Rows written before keep
their English summary.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('operators', sa.Column('language', sa.String(8), nullable=True))
    op.add_column('exceptions', sa.Column('summary_text', sa.Text(), nullable=True))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+ and PostgreSQL): a batch copy of
    # operators would trip the foreign keys that point at it
    op.execute('ALTER TABLE exceptions DROP COLUMN summary_text')
    op.execute('ALTER TABLE operators DROP COLUMN language')
