"""Writing to the append-only audit log (every state change at the bench leaves a line)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.models import AuditEntry

_INSERT = insert(AuditEntry)


def record(
    session: Session,
    *,
    action: str,
    entity_type: str,
    entity_id: object,
    at: dt.datetime,
    operator_id: int | None,
    station_id: int | None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add one audit line to the caller's transaction (committed or rolled back with it).

    A plain INSERT on the transaction's connection, not an ORM object: it is on every bench
    action and nothing reads it back in the same transaction."""
    session.connection().execute(
        _INSERT,
        entry(
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            at=at,
            operator_id=operator_id,
            station_id=station_id,
            details=details,
        ),
    )


def record_all(session: Session, entries: list[dict[str, Any]]) -> None:
    """Add several audit lines (`entry`'s dicts) in one statement."""
    session.connection().execute(_INSERT, entries)


def entry(
    *,
    action: str,
    entity_type: str,
    entity_id: object,
    at: dt.datetime,
    operator_id: int | None,
    station_id: int | None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One audit line's values, for `record_all`."""
    return {
        "at": at,
        "operator_id": operator_id,
        "station_id": station_id,
        "action": action,
        "entity_type": entity_type,
        "entity_id": None if entity_id is None else str(entity_id),
        "details": details or {},
    }
