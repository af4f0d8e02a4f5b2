"""Raising an exception with its evidence, its summary and view, and resolving the exceptions a decision settles; the audit line every change to one writes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import (
    ExceptionStatus,
    ExceptionType,
)
from db.models import (
    ExceptionCase,
)
from receiving_station import audit
from receiving_station.exceptions.evidence import Evidence
from receiving_station.i18n.text import Text
from receiving_station.receiving.views import ExceptionView


def record_exception(
    session: Session,
    *,
    type: ExceptionType | str,
    summary: str,
    evidence: Evidence,
    now: dt.datetime,
    sla_hours: int,
    rma_id: int | None = None,
    parcel_id: int | None = None,
    unit_id: int | None = None,
    station_id: int | None = None,
    operator_id: int | None = None,
) -> ExceptionCase:
    """Put an exception in the queue, or add to the open one of the same type and subject.

    One open exception per (type, parcel, unit): raising it again merges the new evidence
    rather than filling the queue with duplicates.
    """
    type_value = ExceptionType(type).value
    existing = session.scalar(
        select(ExceptionCase).where(
            ExceptionCase.type == type_value,
            ExceptionCase.status != ExceptionStatus.RESOLVED.value,
            ExceptionCase.parcel_id.is_(None)
            if parcel_id is None
            else ExceptionCase.parcel_id == parcel_id,
            ExceptionCase.unit_id.is_(None)
            if unit_id is None
            else ExceptionCase.unit_id == unit_id,
            ExceptionCase.rma_id.is_(None) if rma_id is None else ExceptionCase.rma_id == rma_id,
        )
    )
    english, stored = str(summary), summary.to_json() if isinstance(summary, Text) else None
    if existing is not None:
        existing.evidence = {**existing.evidence, **evidence}
        existing.summary = english
        existing.summary_text = stored
        _audit(
            session,
            existing.id,
            "exception_updated",
            now=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"summary": english},
        )
        return existing
    exception = ExceptionCase(
        type=type_value,
        status=ExceptionStatus.OPEN.value,
        summary=english,
        summary_text=stored,
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
    _audit(
        session,
        exception.id,
        "exception_raised",
        now=now,
        operator_id=operator_id,
        station_id=station_id,
        details={"type": type_value, "summary": english},
    )
    return exception


def summary_of(exception: ExceptionCase) -> str:
    """The exception's summary as the sentence it was raised with (each reader's language),
    or its English for a row raised before sentences were kept (migration 0008)."""
    return Text.from_json(exception.summary_text, exception.summary)


def exception_view(exception: ExceptionCase) -> ExceptionView:
    return ExceptionView(
        exception_id=exception.id,
        type=exception.type,
        status=exception.status,
        summary=summary_of(exception),
        sla_due=exception.sla_due,
        claimed_by_id=exception.claimed_by_id,
    )


def _audit(
    session: Session,
    exception_id: int,
    action: str,
    *,
    now: dt.datetime,
    operator_id: int | None,
    station_id: int | None,
    details: dict[str, Any] | None = None,
) -> None:
    """One line of an exception's history in the audit log."""
    audit.record(
        session,
        action=action,
        entity_type="exception",
        entity_id=exception_id,
        at=now,
        operator_id=operator_id,
        station_id=station_id,
        details=details,
    )


def resolve_exceptions(
    session: Session,
    exceptions: list[ExceptionCase],
    *,
    resolution: str,
    note: str | None,
    operator_id: int,
    station_id: int | None,
    now: dt.datetime,
    details: dict[str, Any] | None = None,
) -> None:
    """Mark exceptions resolved, each with its own audit line (the first is the one acted
    on; the others say they went with it)."""
    for item in exceptions:
        item.status = ExceptionStatus.RESOLVED.value
        item.resolution = resolution
        item.resolution_note = note
        item.resolved_by_id = operator_id
        item.resolved_at = now
        extra = {} if item is exceptions[0] else {"with": exceptions[0].id}
        _audit(
            session,
            item.id,
            "exception_resolved",
            now=now,
            operator_id=operator_id,
            station_id=station_id,
            details={"resolution": resolution, "note": note, **(details or {}), **extra},
        )
    session.flush()
