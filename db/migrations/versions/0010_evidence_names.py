"""exceptions.evidence: one name per fact (measured_kg, expected_kg)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

Issue #19: the bench wrote a parcel's weights into an exception's evidence as `measured_kg` and
`expected_kg` when it weighed the parcel, and as `measured_weight_kg` and `expected_weight_kg`
when a held unit was confirmed; the case detail had to know both.  Every writer now builds one
schema per exception type (receiving_station/exceptions/evidence.py); this renames the old keys
in the evidence already kept, so the detail reads one name.  Where both were there (a weight
mismatch completed at confirmation) the weighing's value stays.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

RENAMED = {'measured_weight_kg': 'measured_kg', 'expected_weight_kg': 'expected_kg'}

exceptions = sa.table('exceptions', sa.column('id', sa.Integer), sa.column('evidence', sa.JSON))


def _rename(names: dict[str, str]) -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(exceptions.c.id, exceptions.c.evidence).where(
            sa.or_(*(sa.cast(exceptions.c.evidence, sa.Text).like(f'%"{old}"%') for old in names))
        )
    ).all()
    for exception_id, evidence in rows:
        if not isinstance(evidence, dict):
            continue
        renamed = dict(evidence)
        for old, new in names.items():
            if old in renamed:
                value = renamed.pop(old)
                renamed.setdefault(new, value)
        bind.execute(
            exceptions.update().where(exceptions.c.id == exception_id).values(evidence=renamed)
        )


def upgrade() -> None:
    _rename(RENAMED)


def downgrade() -> None:
    # the evidence written since says measured_kg/expected_kg in both places; nothing to undo
    pass
