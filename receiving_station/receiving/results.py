"""What the bench's use cases answer: the result of an operation, who acted, and the
refusals (a `WorkflowError` says what to do; nothing was written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from receiving_station.receiving.views import (
    ExceptionView,
    ParcelShortfall,
    ParcelView,
    UnitView,
)
from receiving_station.rules import Decision


class WorkflowError(Exception):
    """An action the bench refuses; the message tells the person what to do.  Nothing was written."""


class NotFound(WorkflowError):
    pass


class Conflict(WorkflowError):
    """Someone else (another bench, another operator) holds what this action needs."""


class Feedback(StrEnum):
    """What the bench shows and sounds: green, amber or red."""

    ACCEPTED = "accepted"
    ATTENTION = "attention"
    ERROR = "error"


class Action(StrEnum):
    """What a bench operation did: its result's `action`, and the action of its audit line."""

    PARCEL_OPENED = "parcel_opened"
    WEIGHT_RECORDED = "weight_recorded"
    PARCEL_CLOSE_ASKED = "parcel_close_asked"
    PARCEL_CLOSED = "parcel_closed"
    PARCEL_REOPENED = "parcel_reopened"
    UNIT_RECEIVED = "unit_received"
    SERIAL_RECORDED = "serial_recorded"
    UNIT_GRADED = "unit_graded"
    UNIT_UNGRADED = "unit_ungraded"
    UNIT_CANCELLED = "unit_cancelled"
    DECISION_CHANGED = "decision_changed"
    UNIT_CONFIRMED = "unit_confirmed"


@dataclass(frozen=True)
class Actor:
    """Who acts, and at which bench."""

    operator_id: int
    station_id: int


@dataclass(frozen=True)
class OperationResult:
    """What an operation changed."""

    action: Action
    feedback: Feedback
    message: str
    parcel: ParcelView | None = None
    unit: UnitView | None = None
    decision: Decision | None = None
    exceptions: tuple[ExceptionView, ...] = ()
    label_job_id: int | None = None
    shortfall: ParcelShortfall | None = None  # close_parcel: not closed, this is missing


@dataclass(frozen=True)
class Grading:
    """A grade given at the bench and the decision shown for it, confirmed together (Enter).

    The bench decides on what it shows (`Workflow.preview_grade`, no transaction) and writes
    the grade with the confirmation, in one transaction that decides again on what the
    database holds: when that differs from `rule_id` / `refund_amount` (what the person saw),
    nothing is confirmed and the new decision is shown first.  `earlier`: grades given and
    stepped back from (Esc) before this one, for the audit line; `at`: when the grade was
    given, the unit's `graded_at` and the time of its audit line (else the confirmation's)."""

    grade: str
    checklist: tuple[tuple[str, bool], ...]
    photos: tuple[str, ...]
    rule_id: str
    refund_amount: Decimal
    earlier: tuple[str, ...] = ()
    at: dt.datetime | None = None  # when the grade was given (the unit's graded_at)


@dataclass(frozen=True)
class ActingOperator:
    id: int
    role: str


@dataclass(frozen=True)
class ActingStation:
    id: int
    settings: dict[str, Any]
