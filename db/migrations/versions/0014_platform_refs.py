"""rmas.platform_ref, rma_lines.platform_ref: the shop platform's own ids of a return

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08

A return pulled from a shop platform (Shopify, WooCommerce) keeps the platform's ids (its
return, order, line item ...) as the JSON import's optional `platform` object gave them
(docs/import-format.md), so that the outbox event released for a confirmed unit tells the
platform's connector which return, order and line to act on (upstream/outbox.queue_release).
NULL: the return came from a CSV file, the station's own contract or before this revision.

No guard on PostgreSQL: the import writes these as the bench role (docs/site-postgresql.md),
which writes an RMA's number and order number as freely; what an event sends is frozen in its
payload once it is queued (0012's guard of outbox_events), so a later change of the ids never
reaches an event already made.  The site roles' default privileges are table-wide, so the
bench and report roles see the new columns as they see the others.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

TABLES = ('rmas', 'rma_lines')


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column(
                'platform_ref',
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'),
                nullable=True,
            ),
        )


def downgrade() -> None:
    # in place (SQLite 3.35+ and PostgreSQL), as 0008: a batch copy of rmas would trip the
    # foreign keys that point at it
    for table in reversed(TABLES):
        op.execute(f'ALTER TABLE {table} DROP COLUMN platform_ref')
