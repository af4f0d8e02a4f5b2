"""What the bench's use cases answer: the result of an operation, who acted, and the
refusals (a `WorkflowError` says what to do; nothing was written)."""

from __future__ import annotations

from dataclasses import dataclass
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
    outbox_event_ids: tuple[int, ...] = ()
    label_job_id: int | None = None
    shortfall: ParcelShortfall | None = None  # close_parcel: not closed, this is missing


@dataclass(frozen=True)
class ActingOperator:
    id: int
    role: str


@dataclass(frozen=True)
class ActingStation:
    id: int
    settings: dict[str, Any]
