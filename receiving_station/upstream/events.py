"""What a shift lead sees and does with upstream events: the backlog, an event's attempts and
errors, retry it, or resolve it by hand.  Role checks here, in the core; every action audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import ExceptionStatus, OutboxState, Role
from db.models import ExceptionCase, OutboxAttempt, OutboxEvent
from receiving_station import audit
from receiving_station.auth import require_operator
from receiving_station.exceptions.record import resolve_exceptions
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word


class EventActionRefused(Exception):
    """The action does not apply to the event as it stands (the message says why)."""


@dataclass(frozen=True, slots=True)
class Backlog:
    """Counts for the status bar: `waiting` not yet delivered, of which `failing` have failed
    at least once; `refused` wait for a lead."""

    waiting: int
    failing: int
    refused: int
    last_error: str | None


@dataclass(frozen=True, slots=True)
class AttemptView:
    at: dt.datetime
    dispatcher: str
    outcome: str
    http_status: int | None
    error: str | None
    duration_ms: int


@dataclass(frozen=True, slots=True)
class EventView:
    event_id: int
    kind: str
    rma_number: str | None
    subject: str
    idempotency_key: str
    state: str
    attempts: int
    created_at: dt.datetime
    next_attempt_at: dt.datetime
    sent_at: dt.datetime | None
    last_error: str | None
    upstream_reference: str | None
    resolution_note: str | None
    payload: dict[str, Any]
    attempt_log: tuple[AttemptView, ...] = ()


def backlog(session: Session) -> Backlog:
    rows = session.execute(
        select(
            OutboxEvent.state,
            func.count(),
            func.sum(case((OutboxEvent.attempts > 0, 1), else_=0)),
        )
        .where(OutboxEvent.state.in_([s.value for s in _OPEN_STATES]))
        .group_by(OutboxEvent.state)
    ).all()
    waiting = failing = refused = 0
    for state, count, tried in rows:
        if state == OutboxState.REFUSED.value:
            refused += count
        else:
            waiting += count
            failing += int(tried or 0)
    last_error = None
    if failing or refused:
        last_error = session.scalar(
            select(OutboxEvent.last_error)
            .where(
                OutboxEvent.state.in_([s.value for s in _OPEN_STATES]),
                OutboxEvent.last_error.is_not(None),
            )
            .order_by(OutboxEvent.id.desc())
            .limit(1)
        )
    return Backlog(waiting, failing, refused, last_error)


_OPEN_STATES = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.REFUSED)


def list_events(
    session: Session,
    *,
    states: tuple[str, ...] | None = None,
    rma: str | None = None,
    limit: int = 200,
) -> list[EventView]:
    """Open events by default (waiting, being sent, refused), oldest first."""
    query = select(OutboxEvent)
    wanted = states or tuple(s.value for s in _OPEN_STATES)
    query = query.where(OutboxEvent.state.in_(wanted))
    if rma:
        query = query.where(OutboxEvent.rma_number == rma.strip().upper())
    events = session.scalars(query.order_by(OutboxEvent.id).limit(limit)).all()
    return [_view(event) for event in events]


def event_detail(session: Session, event_id: int) -> EventView:
    event = session.get(OutboxEvent, event_id)
    if event is None:
        raise EventActionRefused(Text("events", "there is no upstream event {id}", id=event_id))
    attempts = session.scalars(
        select(OutboxAttempt).where(OutboxAttempt.event_id == event_id).order_by(OutboxAttempt.id)
    ).all()
    return _view(
        event,
        tuple(
            AttemptView(a.at, a.dispatcher, a.outcome, a.http_status, a.error, a.duration_ms)
            for a in attempts
        ),
    )


def retry_event(
    session: Session,
    event_id: int,
    *,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> EventView:
    """Send a refused (or backing-off) event again now, e.g. after upstream fixed the cause.
    Closes the "upstream rejected" exception it raised (the retry is the resolution; if
    upstream refuses again, a new one is raised)."""
    require_operator(session, operator_id, Role.LEAD, "retry an upstream event")
    event = _locked(session, event_id)
    if event.state not in (OutboxState.REFUSED.value, OutboxState.PENDING.value):
        raise EventActionRefused(
            Text(
                "events",
                "event {id} is {state}: only refused or waiting events can be retried",
                id=event_id,
                state=word(event.state),
            )
        )
    before = event.state
    event.state = OutboxState.PENDING.value
    event.next_attempt_at = now
    _close_exceptions(
        session,
        event_id,
        "retried",
        f"retried by hand (was {before})",
        operator_id,
        now,
        station_id,
    )
    audit.record(
        session,
        action="upstream_event_retried",
        entity_type="outbox_event",
        entity_id=event_id,
        at=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"was": before, "last_error": event.last_error},
    )
    session.flush()
    return _view(event)


def resolve_event(
    session: Session,
    event_id: int,
    *,
    operator_id: int,
    note: str,
    now: dt.datetime,
    station_id: int | None = None,
) -> EventView:
    """Take an event out of the queue by hand (done another way upstream, or not needed),
    with a note saying why.  It is never sent after this."""
    require_operator(session, operator_id, Role.LEAD, "resolve an upstream event by hand")
    if not note or not note.strip():
        raise EventActionRefused(
            Text("events", "say why the event is resolved by hand (a note is required)")
        )
    event = _locked(session, event_id)
    if event.state not in (OutboxState.REFUSED.value, OutboxState.PENDING.value):
        raise EventActionRefused(
            Text(
                "events",
                "event {id} is {state}: only refused or waiting events can be resolved by hand",
                id=event_id,
                state=word(event.state),
            )
        )
    before = event.state
    event.state = OutboxState.RESOLVED.value
    event.resolved_by_id = operator_id
    event.resolution_note = note.strip()
    _close_exceptions(
        session, event_id, "resolved_by_hand", note.strip(), operator_id, now, station_id
    )
    audit.record(
        session,
        action="upstream_event_resolved",
        entity_type="outbox_event",
        entity_id=event_id,
        at=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"was": before, "note": note.strip()},
    )
    session.flush()
    return _view(event)


def _locked(session: Session, event_id: int) -> OutboxEvent:
    event = session.scalar(select(OutboxEvent).where(OutboxEvent.id == event_id).with_for_update())
    if event is None:
        raise EventActionRefused(Text("events", "there is no upstream event {id}", id=event_id))
    return event


def _close_exceptions(
    session: Session,
    event_id: int,
    resolution: str,
    note: str,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None,
) -> None:
    """The "upstream rejected" exceptions this event raised are settled by the lead's action."""
    raised = list(
        session.scalars(
            select(ExceptionCase)
            .where(
                ExceptionCase.outbox_event_id == event_id,
                ExceptionCase.status != ExceptionStatus.RESOLVED.value,
            )
            .with_for_update()
        )
    )
    if raised:
        resolve_exceptions(
            session,
            raised,
            resolution=resolution,
            note=note,
            operator_id=operator_id,
            station_id=station_id,
            now=now,
            details={"event_id": event_id},
        )


def _view(event: OutboxEvent, attempts: tuple[AttemptView, ...] = ()) -> EventView:
    return EventView(
        event.id,
        event.kind,
        event.rma_number,
        event.subject,
        event.idempotency_key,
        event.state,
        event.attempts,
        event.created_at,
        event.next_attempt_at,
        event.sent_at,
        event.last_error,
        event.upstream_reference,
        event.resolution_note,
        dict(event.payload or {}),
        attempts,
    )


def act_on_event(
    sessions: sessionmaker[Session],
    action: str,
    event_id: int,
    *,
    operator_id: int,
    now: dt.datetime,
    note: str = "",
    station_id: int | None = None,
) -> EventView:
    """A lead's action on one event ("retry" or "resolve"), in its own transaction: what the
    Upstream section asks for."""
    with write_transaction(sessions) as session:
        if action == "retry":
            return retry_event(
                session,
                event_id,
                operator_id=operator_id,
                now=now,
                station_id=station_id,
            )
        return resolve_event(
            session,
            event_id,
            operator_id=operator_id,
            note=note,
            now=now,
            station_id=station_id,
        )
