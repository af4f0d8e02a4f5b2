"""Writing to the append-only audit log (every state change at the bench leaves a line).

Each line also reaches the station's log (receiving_station/logs.py: the journal and a file)
once its transaction has committed: a decision rolled back is not logged as made."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, NotRequired, TypedDict, Unpack

from sqlalchemy import event
from sqlalchemy.orm import Session

from db.models import AuditEntry
from db.records import insert_rows
from receiving_station.logs import operator_name


class Line(TypedDict):
    """One audit line: what happened to which entity, when, by whom, where, and its details."""

    action: str
    entity_type: str
    entity_id: object
    at: dt.datetime
    operator_id: int | None
    station_id: int | None
    details: NotRequired[dict[str, Any] | None]


def record(session: Session, **line: Unpack[Line]) -> None:
    """Add one audit line to the caller's transaction (committed or rolled back with it).

    A plain INSERT on the transaction's connection, not an ORM object: it is on every bench
    action and nothing reads it back in the same transaction."""
    record_all(session, [entry(**line)])


def record_all(session: Session, entries: list[dict[str, Any]]) -> None:
    """Add several audit lines (`entry`'s dicts) in one statement."""
    insert_rows(session, AuditEntry.__table__, entries)
    if log.isEnabledFor(logging.INFO):
        session.info.setdefault(_PENDING, []).extend(entries)


log = logging.getLogger("receiving_station.actions")
_PENDING = "audit_lines_to_log"


@event.listens_for(Session, "after_commit")
def _log_committed(session: Session) -> None:
    for line in session.info.pop(_PENDING, ()):
        log.info(
            "%s %s %s",
            line["action"],
            line["entity_type"],
            line["entity_id"],
            extra={
                "action": line["action"],
                "entity": f"{line['entity_type']}:{line['entity_id']}",
                "operator": operator_name(line["operator_id"]),
            },
        )


@event.listens_for(Session, "after_rollback")
def _forget_rolled_back(session: Session) -> None:
    session.info.pop(_PENDING, None)


def entry(**line: Unpack[Line]) -> dict[str, Any]:
    """One audit line's values, for `record_all`."""
    entity_id = line["entity_id"]
    return {
        "at": line["at"],
        "operator_id": line["operator_id"],
        "station_id": line["station_id"],
        "action": line["action"],
        "entity_type": line["entity_type"],
        "entity_id": None if entity_id is None else str(entity_id),
        "details": line.get("details") or {},
    }
