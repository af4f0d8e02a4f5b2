"""PostgreSQL: LPN numbers from a sequence (lpn_numbers), not a locked row of `sequences`

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

The site benchmark (benchmarks/site.py, issue #23) found the one `sequences` row every bench
took an LPN from to be the site's bottleneck: a bench's transaction held its lock from the
item's scan to its commit, so ten benches at full speed waited 80 ms a scan for it, in a queue.
A PostgreSQL sequence hands out numbers without a lock that lasts the transaction.  A number
taken by a transaction that rolled back is not handed out again: LPNs may skip a number, as
they may on SQLite when a unit is deleted; none is ever handed out twice.

The sequence starts after the `sequences` row's value (the last LPN handed out).  SQLite (one
writer at a time) keeps the row.  The site roles' default privileges give the bench role
USAGE on sequences the owner makes (resources/postgres/site-roles.sql).
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('CREATE SEQUENCE lpn_numbers MINVALUE 1 MAXVALUE 999999999 NO CYCLE')
    op.execute(
        "SELECT setval('lpn_numbers', value) FROM sequences WHERE name = 'lpn' AND value > 0"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    # The row carries on from the last number the sequence handed out.
    op.execute(
        "INSERT INTO sequences (name, value) SELECT 'lpn', last_value FROM lpn_numbers "
        "WHERE is_called ON CONFLICT (name) DO UPDATE SET value = excluded.value"
    )
    op.execute('DROP SEQUENCE lpn_numbers')
