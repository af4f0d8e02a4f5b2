"""An active operator of a role, from the database a test set up (the core reads the role of
whoever acts from the database: a test acts as a real lead, supervisor or staff member)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from db.engine import session_factory
from db.models import Operator


def operator_of(engine: Engine, role: str) -> int:
    with session_factory(engine)() as session:
        found = session.scalar(
            select(Operator.id)
            .where(Operator.role == role, Operator.active.is_(True))
            .order_by(Operator.id)
            .limit(1)
        )
    assert found is not None, f"no active {role} in the test database"
    return int(found)
