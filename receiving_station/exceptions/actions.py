"""The exception queue: raising exceptions with their evidence; a lead claiming, releasing and
noting them; a supervisor reassigning them (issue #6; resolutions follow).

Role checks and exclusivity live here, not only in the UI: a claim is a locked read of the row
(`FOR UPDATE` on PostgreSQL, the write lock on SQLite) plus the row's version check, so two
leads (two benches) can never both hold one exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.engine import write_transaction
from db.enums import (
    Disposition,
    ExceptionStatus,
    Grade,
    LabelJobStatus,
    Role,
    UnitStatus,
)
from db.models import (
    AuditEntry,
    ExceptionCase,
    LabelJob,
    Operator,
    ReceivedUnit,
    Rma,
)
from receiving_station import audit
from receiving_station.auth import PermissionDenied, has_role, require_operator
from receiving_station.exceptions.record import _audit, exception_view, resolve_exceptions
from receiving_station.i18n.text import Money, Text, message_of
from receiving_station.i18n.vocabulary import word
from receiving_station.labels import jobs as labels
from receiving_station.money import MoneyFormError, in_minor_units, smallest_amount, station_digits
from receiving_station.receiving.views import ExceptionView
from receiving_station.upstream import outbox


class ExceptionActionRefused(Exception):
    """The queue refuses the action as things stand; the message says why and what to do."""


class ClaimConflict(ExceptionActionRefused):
    """Another lead holds the exception."""


def _locked(session: Session, exception_id: int) -> ExceptionCase:
    """The exception, locked.  Its unit is locked first: every path locks a unit before its
    exceptions (the bench does too), so two leads resolving one unit through two of its
    exceptions wait for each other instead of deadlocking."""
    unit_id = session.scalar(select(ExceptionCase.unit_id).where(ExceptionCase.id == exception_id))
    if unit_id is not None:
        session.execute(select(ReceivedUnit.id).where(ReceivedUnit.id == unit_id).with_for_update())
    exception = session.scalar(
        select(ExceptionCase).where(ExceptionCase.id == exception_id).with_for_update()
    )
    if exception is None:
        raise ExceptionActionRefused(Text("review", "there is no exception {id}", id=exception_id))
    return exception


def _name(session: Session, operator_id: int | None) -> str:
    if operator_id is None:
        return Text("review", "nobody")
    return session.scalar(select(Operator.name).where(Operator.id == operator_id)) or (
        Text("review", "operator {id}", id=operator_id)
    )


def _open_or_refuse(session: Session, exception: ExceptionCase) -> None:
    if exception.status == ExceptionStatus.RESOLVED.value:
        who = _name(session, exception.resolved_by_id)
        raise ExceptionActionRefused(
            Text(
                "review",
                "exception {id} was already resolved by {name} at {at}",
                id=exception.id,
                name=who,
                at=exception.resolved_at,
            )
            if exception.resolved_at
            else Text(
                "review", "exception {id} was already resolved by {name}", id=exception.id, name=who
            )
        )


def claim_exception(
    session: Session,
    exception_id: int,
    *,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """Take an exception to work on it: nobody else can act on it until it is released,
    resolved or reassigned.  Claiming one's own claim again is harmless."""
    require_operator(session, operator_id, Role.LEAD, Text("review", "claiming an exception"))
    exception = _locked(session, exception_id)
    _open_or_refuse(session, exception)
    if exception.claimed_by_id not in (None, operator_id):
        raise ClaimConflict(_claimed_by_another(session, exception))
    if exception.claimed_by_id != operator_id:
        exception.status = ExceptionStatus.CLAIMED.value
        exception.claimed_by_id = operator_id
        exception.claimed_at = now
        session.flush()  # the version check: a concurrent claim fails here, not later
        _audit(
            session,
            exception_id,
            "exception_claimed",
            now=now,
            operator_id=operator_id,
            station_id=station_id,
        )
    return exception_view(exception)


def release_exception(
    session: Session,
    exception_id: int,
    *,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """Give a claimed exception back to the queue (the claimer, or a supervisor)."""
    role = require_operator(
        session, operator_id, Role.LEAD, Text("review", "releasing an exception")
    )
    exception = _locked(session, exception_id)
    _open_or_refuse(session, exception)
    if exception.claimed_by_id is None:
        return exception_view(exception)
    if exception.claimed_by_id != operator_id and not has_role(role, Role.SUPERVISOR):
        raise ClaimConflict(
            Text(
                "review",
                "exception {id} is claimed by {name}: only they or a supervisor can release it",
                id=exception_id,
                name=_name(session, exception.claimed_by_id),
            )
        )
    previous = exception.claimed_by_id
    exception.status = ExceptionStatus.OPEN.value
    exception.claimed_by_id = None
    exception.claimed_at = None
    session.flush()
    _audit(
        session,
        exception_id,
        "exception_released",
        now=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"was_claimed_by": previous},
    )
    return exception_view(exception)


def reassign_exception(
    session: Session,
    exception_id: int,
    *,
    to_operator_id: int,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """A supervisor hands an exception to a lead (or takes it from one who left)."""
    require_operator(
        session, operator_id, Role.SUPERVISOR, Text("review", "reassigning an exception")
    )
    target = session.get(Operator, to_operator_id)
    if target is None or not target.active:
        raise ExceptionActionRefused(
            Text("review", "there is no active operator {id}", id=to_operator_id)
        )
    if not has_role(target.role, Role.LEAD):
        raise ExceptionActionRefused(
            Text(
                "review",
                "{name} is {role}: exceptions go to leads",
                name=target.name,
                role=word(target.role),
            )
        )
    exception = _locked(session, exception_id)
    _open_or_refuse(session, exception)
    previous = exception.claimed_by_id
    exception.status = ExceptionStatus.CLAIMED.value
    exception.claimed_by_id = target.id
    exception.claimed_at = now
    session.flush()
    _audit(
        session,
        exception_id,
        "exception_reassigned",
        now=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"from": previous, "to": target.id},
    )
    return exception_view(exception)


def add_note(
    session: Session,
    exception_id: int,
    *,
    text: str,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> None:
    """A lead's note on an exception (kept in the audit log, shown in its history)."""
    require_operator(
        session, operator_id, Role.LEAD, Text("review", "adding a note to an exception")
    )
    if not text or not text.strip():
        raise ExceptionActionRefused(Text("review", "the note is empty"))
    exception = _locked(session, exception_id)
    _audit(
        session,
        exception.id,
        "exception_note",
        now=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"note": text.strip()[:2000]},
    )


def _take(
    session: Session,
    exception_id: int,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None,
    action: str,
) -> ExceptionCase:
    """The exception, locked and held by this lead (claimed now if it was open)."""
    require_operator(session, operator_id, Role.LEAD, action)
    exception = _locked(session, exception_id)
    _open_or_refuse(session, exception)
    if exception.claimed_by_id is None:
        claim_exception(
            session,
            exception_id,
            operator_id=operator_id,
            now=now,
            station_id=station_id,
        )
    elif exception.claimed_by_id != operator_id:
        raise ClaimConflict(_claimed_by_another(session, exception))
    return exception


def _claimed_by_another(session: Session, exception: ExceptionCase) -> Text:
    who = _name(session, exception.claimed_by_id)
    if exception.claimed_at is None:
        return Text(
            "review",
            "exception {id} is claimed by {name}: ask them, or a supervisor to reassign it",
            id=exception.id,
            name=who,
        )
    return Text(
        "review",
        "exception {id} is claimed by {name} since {time}: ask them, or a supervisor to "
        "reassign it",
        id=exception.id,
        name=who,
        time=exception.claimed_at.time().replace(second=0, microsecond=0),
    )


def _held_unit(session: Session, exception: ExceptionCase) -> ReceivedUnit:
    if exception.unit_id is None:
        raise ExceptionActionRefused(
            Text(
                "review",
                "exception {id} is about a parcel, not a unit: close it with a note",
                id=exception.id,
            )
        )
    unit = session.scalar(
        select(ReceivedUnit).where(ReceivedUnit.id == exception.unit_id).with_for_update()
    )
    assert unit is not None
    if unit.status != UnitStatus.HELD.value:
        raise ExceptionActionRefused(
            Text(
                "review",
                "{lpn} is {status}, not held: its outcome was already released",
                lpn=unit.lpn,
                status=word(unit.status),
            )
            if unit.status == UnitStatus.CONFIRMED.value
            else Text(
                "review",
                "{lpn} is still at the bench ({status}): confirm it there first",
                lpn=unit.lpn,
                status=word(unit.status),
            )
        )
    return unit


def _finish(
    session: Session,
    exception: ExceptionCase,
    *,
    resolution: str,
    note: str | None,
    operator_id: int,
    station_id: int | None,
    now: dt.datetime,
    details: dict[str, Any],
) -> ExceptionView:
    """Resolve the exception, and the other open ones of the same unit with it (one decision
    about a unit settles all its exceptions)."""
    others: list[ExceptionCase] = []
    if exception.unit_id is not None:
        others = list(
            session.scalars(
                select(ExceptionCase)
                .where(
                    ExceptionCase.unit_id == exception.unit_id,
                    ExceptionCase.id != exception.id,
                    ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                )
                .with_for_update()
            )
        )
    resolve_exceptions(
        session,
        [exception, *others],
        resolution=resolution,
        note=note,
        operator_id=operator_id,
        station_id=station_id,
        now=now,
        details=details,
    )
    return exception_view(exception)


def _refund_amount(lpn: str, amount: Decimal, paid: Decimal, currency: str) -> Decimal:
    """The amount a lead approves, in the currency's minor units (1 -> 1.00 SEK: the contract
    sends "1.00"); or a refusal: outside the smallest amount .. what was paid, or more decimals
    than the currency has (than the two the database keeps, for KWD and such)."""
    least = smallest_amount(currency)
    if not amount.is_finite() or not Decimal(0) < amount <= paid:
        raise ExceptionActionRefused(
            Text(
                "review",
                "a refund for {lpn} is {least} to {paid} (what was paid); {amount} is not",
                lpn=lpn,
                least=Money(least, currency),
                paid=Money(paid, currency),
                amount=amount,
            )
        )
    try:
        exact: Decimal | None = in_minor_units(amount, currency)
    except MoneyFormError:
        exact = None
    if exact is None or exact != exact.quantize(least):
        digits = station_digits(currency)
        raise ExceptionActionRefused(
            Text(
                "review",
                "{currency} has no decimals: a refund for {lpn} is a whole amount, and {amount} "
                "is not",
                currency=currency,
                lpn=lpn,
                amount=amount,
            )
            if digits == 0
            else Text(
                "review",
                "a refund in {currency} has at most {n} decimal(s); {amount} (for {lpn}) has more",
                n=digits,
                currency=currency,
                lpn=lpn,
                amount=amount,
            )
        )
    return exact


def approve_refund(
    session: Session,
    exception_id: int,
    *,
    operator_id: int,
    now: dt.datetime,
    amount: Decimal | None = None,
    reason: str | None = None,
    station_id: int | None = None,
) -> ExceptionView:
    """Release a held unit's refund: in full (the price paid for the unit) or in part (an
    amount below it, with a reason; the difference is kept as the restocking fee).  For an
    exchange, the exchange shipment is released instead.  The upstream events go through the
    outbox in this transaction.  The amount is kept in the currency's minor units (`1` is
    1.00 SEK, sent as "1.00"); more decimals than the currency has are refused."""
    exception = _take(
        session,
        exception_id,
        operator_id,
        now,
        station_id,
        Text("review", "approving a refund"),
    )
    unit = _held_unit(session, exception)
    line = unit.line
    rma = unit.parcel.rma
    if line is None or rma is None:
        raise ExceptionActionRefused(
            Text(
                "review",
                "{lpn} is on no line of an RMA (a blind or unexpected item): there is no price "
                "to refund against; find the customer's return first",
                lpn=unit.lpn,
            )
        )
    paid = line.unit_price
    amount = _refund_amount(unit.lpn, paid if amount is None else amount, paid, line.currency)
    partial = amount < paid
    if partial and not (reason and reason.strip()):
        raise ExceptionActionRefused(
            Text("review", "say why the refund is partial (the customer is told the amount)")
        )
    unit.refund_amount = amount
    unit.restocking_fee = paid - amount
    unit.status = UnitStatus.CONFIRMED.value
    events = outbox.queue_release(session, rma, line, unit, now)
    session.flush()
    return _finish(
        session,
        exception,
        resolution="refund_partial" if partial else "refund_approved",
        note=reason.strip() if reason else None,
        operator_id=operator_id,
        station_id=station_id,
        now=now,
        details={
            "lpn": unit.lpn,
            "amount": str(amount),
            "paid": str(paid),
            "events": [e.idempotency_key for e in events],
        },
    )


def reject_return(
    session: Session,
    exception_id: int,
    *,
    note: str,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """No refund: the unit goes back to the customer, who is told why (`rejected` event)."""
    exception = _take(
        session,
        exception_id,
        operator_id,
        now,
        station_id,
        Text("review", "rejecting a return"),
    )
    if not note or not note.strip():
        raise ExceptionActionRefused(
            Text("review", "say why the return is rejected (the customer is told)")
        )
    unit = _held_unit(session, exception)
    unit.status = UnitStatus.CONFIRMED.value
    unit.disposition = Disposition.RETURN_TO_CUSTOMER.value
    unit.refund_amount = Decimal("0.00")
    keys = []
    rma = unit.parcel.rma
    if rma is not None:
        keys.append(
            outbox.enqueue_status(
                session,
                rma_number=rma.number,
                platform_ref=rma.platform_ref,
                status="rejected",
                now=now,
                about=f"unit:{unit.lpn}",
                details={"lpn": unit.lpn, "sku": unit.sku, "reason": note.strip()},
            ).idempotency_key
        )
    return _finish(
        session,
        exception,
        resolution="returned_to_customer",
        note=note.strip(),
        operator_id=operator_id,
        station_id=station_id,
        now=now,
        details={"lpn": unit.lpn, "events": keys},
    )


def ask_customer_contact(
    session: Session,
    exception_id: int,
    *,
    message: str,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """Ask the shop's customer service to contact the customer (an `exception` status event
    with reason `contact_customer` and the lead's message).  The exception stays with the
    lead until the answer comes."""
    exception = _take(
        session,
        exception_id,
        operator_id,
        now,
        station_id,
        Text("review", "asking for contact"),
    )
    if not message or not message.strip():
        raise ExceptionActionRefused(
            Text("review", "say what customer service should ask the customer")
        )
    rma = session.get(Rma, exception.rma_id) if exception.rma_id is not None else None
    if rma is None:
        raise ExceptionActionRefused(
            Text(
                "review",
                "exception {id} has no RMA, so no customer to contact: find the return first",
                id=exception_id,
            )
        )
    asked = session.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.entity_type == "exception",
            AuditEntry.entity_id == str(exception_id),
            AuditEntry.action == "exception_contact_requested",
        )
    )
    event = outbox.enqueue_status(
        session,
        rma_number=rma.number,
        platform_ref=rma.platform_ref,
        status="exception",
        now=now,
        about=f"contact:{exception_id}:{(asked or 0) + 1}",
        details={"reason": "contact_customer", "message": message.strip(), "type": exception.type},
    )
    _audit(
        session,
        exception_id,
        "exception_contact_requested",
        now=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"message": message.strip(), "event": event.idempotency_key},
    )
    session.flush()
    return exception_view(exception)


def close_exception(
    session: Session,
    exception_id: int,
    *,
    note: str,
    operator_id: int,
    now: dt.datetime,
    station_id: int | None = None,
) -> ExceptionView:
    """Resolve without an upstream effect (a blind return matched by hand, a missing item the
    carrier lost...), saying why.  A held unit cannot be closed this way: approve or reject it."""
    exception = _take(
        session,
        exception_id,
        operator_id,
        now,
        station_id,
        Text("review", "closing an exception"),
    )
    if not note or not note.strip():
        raise ExceptionActionRefused(Text("review", "say why the exception is closed"))
    if exception.unit_id is not None:
        unit = session.get(ReceivedUnit, exception.unit_id)
        if unit is not None and unit.status == UnitStatus.HELD.value:
            others_open = session.scalar(
                select(func.count())
                .select_from(ExceptionCase)
                .where(
                    ExceptionCase.unit_id == unit.id,
                    ExceptionCase.id != exception.id,
                    ExceptionCase.status != ExceptionStatus.RESOLVED.value,
                )
            )
            if not others_open:
                raise ExceptionActionRefused(
                    Text(
                        "review",
                        "{lpn}'s refund is held by this exception: approve it (in full or in "
                        "part) or reject the return, so the customer hears",
                        lpn=unit.lpn,
                    )
                )
    resolve_exceptions(
        session,
        [exception],
        resolution="closed",
        note=note.strip(),
        operator_id=operator_id,
        station_id=station_id,
        now=now,
    )
    return exception_view(exception)


def regrade_unit(
    session: Session,
    exception_id: int,
    *,
    note: str,
    operator_id: int,
    now: dt.datetime,
    grade: str | None = None,
    disposition: str | None = None,
    station_id: int | None = None,
) -> ExceptionView:
    """Change a held unit's grade and/or disposition (the lead looked at it again).  A new
    label is queued (a reprint, with the reason), since the old one names the old grade and
    destination.  The exception stays with the lead for the refund decision."""
    exception = _take(
        session, exception_id, operator_id, now, station_id, Text("review", "re-grading")
    )
    if not note or not note.strip():
        raise ExceptionActionRefused(Text("review", "say why the unit is re-graded"))
    unit = _held_unit(session, exception)
    grades = [g.value for g in Grade]
    dispositions = [d.value for d in Disposition]
    if grade is not None and grade not in grades:
        raise ExceptionActionRefused(
            Text(
                "review",
                "there is no grade {grade}: one of {grades}",
                grade=grade,
                grades=", ".join(grades),
            )
        )
    if disposition is not None and disposition not in dispositions:
        raise ExceptionActionRefused(
            Text(
                "review",
                "there is no disposition {disposition}: one of {dispositions}",
                disposition=disposition,
                dispositions=Text.joined(", ", [word(d) for d in dispositions]),
            )
        )
    new_grade = grade or unit.grade
    new_disposition = disposition or unit.disposition
    if (new_grade, new_disposition) == (unit.grade, unit.disposition):
        raise ExceptionActionRefused(
            Text(
                "review",
                "{lpn} already is grade {grade}, {disposition}",
                lpn=unit.lpn,
                grade=unit.grade,
                disposition=word(unit.disposition),
            )
        )
    before = {"grade": unit.grade, "disposition": unit.disposition}
    unit.grade, unit.disposition = new_grade, new_disposition
    job = LabelJob(
        unit_id=unit.id,
        lpn=unit.lpn,
        template=labels.template_for(new_disposition or ""),
        format="zpl",
        status=LabelJobStatus.QUEUED.value,
        is_reprint=True,
        reason=f"re-graded by a lead: {note.strip()}",
        operator_id=operator_id,
        station_id=station_id,
        created_at=now,
    )
    session.add(job)
    session.flush()
    after = {"grade": new_grade, "disposition": new_disposition}
    for entity_type, entity_id, action in (
        ("unit", unit.id, "unit_regraded"),
        ("exception", exception_id, "exception_unit_regraded"),
    ):
        audit.record(
            session,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            at=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"before": before, "after": after, "note": note.strip(), "label_job": job.id},
        )
    return exception_view(exception)


@dataclass(frozen=True)
class BulkOutcome:
    exception_id: int
    done: bool
    message: str


def apply_to_many(
    sessions: sessionmaker[Session],
    exception_ids: list[int],
    action: Callable[..., ExceptionView | None],
    **arguments: Any,
) -> list[BulkOutcome]:
    """One action on a selection, one transaction each (a refusal leaves the others done)."""
    outcomes = []
    for exception_id in exception_ids:
        try:
            with write_transaction(sessions) as session:
                view = action(session, exception_id, **arguments)
            outcomes.append(BulkOutcome(exception_id, True, view.status if view else "noted"))
        except (ExceptionActionRefused, PermissionDenied) as exc:
            outcomes.append(BulkOutcome(exception_id, False, message_of(exc)))
    return outcomes
