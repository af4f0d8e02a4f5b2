"""received_units.rule_reason_text: the decision's reason in any language

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25

Issue #8: the rule's explanation of a unit's decision is printed on its label (the quarantine
label says why it is held) and shown to leads; kept as the sentence it is
(receiving_station.i18n.text.Text as JSON) beside its English (`rule_reason`), so the label prints
in the site's language and each lead reads it in their own.  Units decided before keep their
English reason.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('received_units', sa.Column('rule_reason_text', sa.Text(), nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+ and PostgreSQL), as 0008
    op.execute('ALTER TABLE received_units DROP COLUMN rule_reason_text')
