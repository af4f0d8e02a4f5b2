"""Queueing events for upstream in the decision's own transaction (the transactional outbox).

An event is about a subject (`refund:<LPN>`, `exchange:<RMA>:<LPN>`,
`status:<RMA>:<status>:<what>`), and there is one event per subject.  Its idempotency key is
made once, with the event, from this database's installation id and a random part, and kept
with it: a retry after a crash sends the same key, so upstream applies the event once, and no
other database (another site, a rebuilt or restored one) ever makes the same key (issue #20).
Sending is the dispatcher's job (issue #5).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import String, bindparam, func, literal, or_, select
from sqlalchemy.orm import Session

from db.enums import OutboxKind, OutboxState, Resolution
from db.models import Installation, OutboxEvent, ReceivedUnit, Rma, RmaLine
from db.records import Record, insert_rows
from receiving_station.money import contract_amount

STATUS_EVENTS = ("received", "inspected", "refunded", "exception", "rejected")
_BY_SUBJECT = select(OutboxEvent).where(OutboxEvent.subject == bindparam("subject"))
_INSTALLATION = "receiving_station.installation"


class NoInstallationError(RuntimeError):
    """The database has no installation row (it was not made by `db upgrade`)."""


def installation_id(session: Session) -> str:
    """This database's identity (table `installation`, made by `db upgrade`).

    Read once per pooled connection: it never changes while the station runs."""
    info = session.connection().info
    found = info.get(_INSTALLATION)
    if found is None:
        with session.no_autoflush:
            found = session.scalar(select(Installation.id).limit(1))
        if found is None:
            raise NoInstallationError(
                "this database has no installation id: run `receiving-station db upgrade`"
            )
        info[_INSTALLATION] = found
    return str(found)


def new_idempotency_key(session: Session) -> str:
    """A key no other event, here or in any other database, has: `rs-<installation>-<random>`."""
    return f"rs-{installation_id(session)}-{uuid.uuid4().hex}"


def enqueue(
    session: Session,
    *,
    kind: OutboxKind,
    rma_number: str | None,
    subject: str,
    payload: dict[str, Any],
    now: dt.datetime,
    first: bool = False,
    pending: list[OutboxEvent] | None = None,
) -> OutboxEvent:
    """Queue an event unless one about the same subject exists (then return that one unchanged).

    `first`: the caller knows no event about this subject can exist yet, under the lock it
    holds (a unit's events at its one confirmation, a parcel's `received` when it is opened
    for the first time), and the lookup is spared; the unique index on the subject still
    refuses a second event at the INSERT.

    The new event is written at once, a plain INSERT in the caller's transaction: the event
    returned is not in the session and has no id (its subject and its idempotency key name
    it).  With `pending`, it is added to that list instead, unwritten, for the caller to write
    with the decision's other events in one statement (`write_events`)."""
    if not first:
        # Without flushing the transaction's other changes first (they cannot carry this
        # subject: the unique index would refuse a second one at commit), which spares a flush.
        with session.no_autoflush:
            existing = session.scalar(_BY_SUBJECT, {"subject": subject})
        if existing is not None:
            return existing
    event = OutboxEvent(
        kind=kind.value,
        rma_number=rma_number,
        payload=payload,
        subject=subject,
        idempotency_key=new_idempotency_key(session),
        state=OutboxState.PENDING.value,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    if pending is not None:
        pending.append(event)
    else:
        write_events(session, [event])
    return event


_NEW_EVENT_COLUMNS = (
    "kind",
    "rma_number",
    "payload",
    "subject",
    "idempotency_key",
    "state",
    "attempts",
    "next_attempt_at",
    "created_at",
)


def write_events(session: Session, events: list[OutboxEvent]) -> None:
    """Write new events (`enqueue`'s, made with `pending`) in one statement."""
    insert_rows(
        session,
        OutboxEvent.__table__,
        [{key: getattr(event, key) for key in _NEW_EVENT_COLUMNS} for event in events],
    )


def refund_subject(lpn: str) -> str:
    """The subject of a unit's refund (what figures and the database's guards look for)."""
    return f"refund:{lpn}"


def exchange_subject(rma_number: str, lpn: str) -> str:
    """The subject of the exchange released for a unit."""
    return f"exchange:{rma_number}:{lpn}"


def status_subject(rma_number: str, status: str, about: str) -> str:
    return f"status:{rma_number}:{status}:{about}"


def enqueue_status(
    session: Session,
    *,
    rma_number: str,
    status: str,
    now: dt.datetime,
    about: str,
    details: dict[str, Any],
    platform_ref: dict[str, Any] | None = None,
    first: bool = False,
    pending: list[OutboxEvent] | None = None,
) -> OutboxEvent:
    """A customer-notification status event (`POST /returns/{rma}/events`); `first` and
    `pending` as for `enqueue`.

    `about` makes the subject unique per thing the event is about (a parcel, a unit), so that
    e.g. two parcels of one RMA each send their own `received` event exactly once.  A return
    a shop platform named passes its ids (`rma.platform_ref`): they go with the event as
    `platform`, so the platform's connector knows where to tell the customer.
    """
    if status not in STATUS_EVENTS:
        raise ValueError(f"unknown status event {status!r}")
    payload = {"rma": rma_number, "status": status, "at": now.isoformat(), **details}
    if platform_ref:
        payload["platform"] = dict(platform_ref)
    return enqueue(
        session,
        kind=OutboxKind.STATUS_EVENT,
        rma_number=rma_number,
        subject=status_subject(rma_number, status, about),
        payload=payload,
        now=now,
        first=first,
        pending=pending,
    )


def platform_refs(
    session: Session, rma: Rma | Record, line: RmaLine | Record, unit: ReceivedUnit | Record
) -> dict[str, Any] | None:
    """What a release event tells a shop platform's connector (None for a return the platform
    did not name, docs/import-format.md): the return's ids, its line's ids under `line`, and
    under `line_units_before` how many units of the same line were released before this one
    (a refund or exchange event about another of its units exists), so that the connector acts
    on the platform's next unit of that line.

    One query, which sees what this transaction queued before (two units of a line released
    together count each other in order)."""
    if not rma.platform_ref:
        return None
    released_before = session.scalar(
        select(func.count(OutboxEvent.id))
        .select_from(OutboxEvent)
        .join(
            ReceivedUnit,
            or_(
                OutboxEvent.subject == literal(refund_subject(""), String) + ReceivedUnit.lpn,
                OutboxEvent.subject
                == literal(exchange_subject(rma.number, ""), String) + ReceivedUnit.lpn,
            ),
        )
        .where(
            ReceivedUnit.rma_line_id == line.id,
            ReceivedUnit.lpn != unit.lpn,
            OutboxEvent.kind.in_((OutboxKind.REFUND.value, OutboxKind.EXCHANGE_RELEASE.value)),
        )
    )
    return {
        **rma.platform_ref,
        "line": dict(line.platform_ref or {}),
        "line_units_before": int(released_before or 0),
    }


def queue_release(
    session: Session,
    rma: Rma | Record,
    line: RmaLine | Record,
    unit: ReceivedUnit | Record,
    now: dt.datetime,
    *,
    first: bool = False,
    pending: list[OutboxEvent] | None = None,
) -> list[OutboxEvent]:
    """What releasing a unit upstream means (docs/upstream-api.md): the exchange shipment when
    the customer asked for an exchange, else a refund of the unit's `refund_amount` (nothing
    when that is zero).  Used when the bench confirms a unit and when a lead approves a held
    one, so both send the same thing under the same key.

    A return a shop platform named (`rma.platform_ref`) carries the platform's ids in each
    event (`platform`, see `platform_refs`), and a unit of it with nothing to refund still gets
    its refund event, of 0.00: the platform is told the unit came back and was dealt with.

    Amounts are written in the contract's form for the line's currency ("1.00", not "1"; see
    receiving_station.money), whatever the Decimal's exponent (one typed by a lead, or read
    back from the database).  `first` as for `enqueue`: the bench's confirmation, the unit
    locked and moving out of `graded` for good."""
    currency = line.currency
    # No amount decided means no money moves with the unit: zero, in the contract's form.
    amount = contract_amount(unit.refund_amount or Decimal(0), currency)
    fee = contract_amount(unit.restocking_fee or Decimal(0), currency)
    unit_payload = {
        "sku": unit.sku,
        "lpn": unit.lpn,
        "grade": unit.grade,
        "disposition": unit.disposition,
        "amount": amount,
        "restocking_fee": fee,
    }
    if rma.requested_resolution == Resolution.EXCHANGE.value:
        platform = platform_refs(session, rma, line, unit)
        return [
            enqueue(
                session,
                kind=OutboxKind.EXCHANGE_RELEASE,
                rma_number=rma.number,
                subject=exchange_subject(rma.number, str(unit.lpn)),
                payload={
                    "rma": rma.number,
                    "order": rma.order_number,
                    "exchange_sku": rma.exchange_sku,
                    "returned": unit_payload,
                    "currency": currency,
                    **({} if platform is None else {"platform": platform}),
                },
                now=now,
                first=first,
                pending=pending,
            )
        ]
    nothing_to_refund = not unit.refund_amount or unit.refund_amount <= 0
    # no event then, but for a platform's return whose unit refunds zero (or no amount)
    if nothing_to_refund and (not rma.platform_ref or unit.refund_amount):
        return []
    platform = platform_refs(session, rma, line, unit)
    method = (
        "store_credit"
        if rma.requested_resolution == Resolution.STORE_CREDIT.value
        else "original_payment"
    )
    return [
        enqueue(
            session,
            kind=OutboxKind.REFUND,
            rma_number=rma.number,
            subject=refund_subject(str(unit.lpn)),
            payload={
                "rma": rma.number,
                "order": rma.order_number,
                "units": [unit_payload],
                "restocking_fee": fee,
                "total": amount,
                "currency": currency,
                "method": method,
                **({} if platform is None else {"platform": platform}),
            },
            now=now,
            first=first,
            pending=pending,
        )
    ]
