"""The exception queue: raising exceptions with their evidence (claim and resolve: issue #6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import ExceptionStatus, ExceptionType
from db.models import ReviewException
from receiving_station import audit
from receiving_station.views import ExceptionView


def raise_exception(
    session: Session,
    *,
    type: ExceptionType | str,
    summary: str,
    evidence: dict[str, Any],
    now: dt.datetime,
    sla_hours: int,
    rma_id: int | None = None,
    parcel_id: int | None = None,
    unit_id: int | None = None,
    station_id: int | None = None,
    operator_id: int | None = None,
) -> ReviewException:
    """Put an exception in the queue, or add to the open one of the same type and subject.

    One open exception per (type, parcel, unit): raising it again merges the new evidence
    rather than filling the queue with duplicates.
    """
    type_value = ExceptionType(type).value
    existing = session.scalar(
        select(ReviewException).where(
            ReviewException.type == type_value,
            ReviewException.status != ExceptionStatus.RESOLVED.value,
            ReviewException.parcel_id.is_(None)
            if parcel_id is None
            else ReviewException.parcel_id == parcel_id,
            ReviewException.unit_id.is_(None)
            if unit_id is None
            else ReviewException.unit_id == unit_id,
            ReviewException.rma_id.is_(None)
            if rma_id is None
            else ReviewException.rma_id == rma_id,
        )
    )
    if existing is not None:
        existing.evidence = {**existing.evidence, **evidence}
        existing.summary = summary
        audit.record(
            session,
            action="exception_updated",
            entity_type="exception",
            entity_id=existing.id,
            at=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"summary": summary},
        )
        return existing
    exception = ReviewException(
        type=type_value,
        status=ExceptionStatus.OPEN.value,
        summary=summary,
        evidence=evidence,
        rma_id=rma_id,
        parcel_id=parcel_id,
        unit_id=unit_id,
        station_id=station_id,
        raised_by_id=operator_id,
        created_at=now,
        sla_due=now + dt.timedelta(hours=sla_hours),
    )
    session.add(exception)
    session.flush()
    audit.record(
        session,
        action="exception_raised",
        entity_type="exception",
        entity_id=exception.id,
        at=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"type": type_value, "summary": summary},
    )
    return exception


def exception_view(exception: ReviewException) -> ExceptionView:
    return ExceptionView(
        exception_id=exception.id,
        type=exception.type,
        status=exception.status,
        summary=exception.summary,
        sla_due=exception.sla_due,
    )
