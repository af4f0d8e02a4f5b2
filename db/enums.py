"""The vocabulary stored in the database (see ../shared/PRODUCT.md, "Vocabulary").

Stored as plain strings (VARCHAR), so a site can add a value without a schema change; the core
validates against these enumerations.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"
    LEAD = "lead"
    SUPERVISOR = "supervisor"


class Channel(StrEnum):
    POST = "post"
    STORE = "store"
    PORTAL = "portal"


class Resolution(StrEnum):
    REFUND = "refund"
    STORE_CREDIT = "store_credit"
    EXCHANGE = "exchange"


class RmaStatus(StrEnum):
    EXPECTED = "expected"
    RECEIVING = "receiving"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class ParcelStatus(StrEnum):
    EXPECTED = "expected"  # announced by upstream, not yet at a bench
    OPEN = "open"  # scanned at a bench, being worked
    CLOSED = "closed"


class UnitStatus(StrEnum):
    RECEIVED = "received"  # scanned out of the parcel
    GRADED = "graded"
    CONFIRMED = "confirmed"  # decision confirmed: label and upstream events queued
    HELD = "held"  # confirmed into the exception queue, refund held


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    F = "F"


class Disposition(StrEnum):
    RESTOCK = "restock"
    REFURBISH = "refurbish"
    REPAIR = "repair"
    RETURN_TO_VENDOR = "return_to_vendor"
    LIQUIDATE = "liquidate"
    DONATE = "donate"
    RECYCLE = "recycle"
    DISCARD = "discard"
    RETURN_TO_CUSTOMER = "return_to_customer"
    QUARANTINE = "quarantine"


class ExceptionType(StrEnum):
    BLIND_RETURN = "blind_return"
    UNEXPECTED_ITEM = "unexpected_item"
    MISSING_ITEM = "missing_item"
    WRONG_ITEM = "wrong_item"
    SERIAL_MISMATCH = "serial_mismatch"
    WEIGHT_MISMATCH = "weight_mismatch"
    OUTSIDE_WINDOW = "outside_window"
    NON_RETURNABLE = "non_returnable"
    DAMAGED_IN_TRANSIT = "damaged_in_transit"
    UPSTREAM_REJECTED = "upstream_rejected"
    DEVICE_FAULT = "device_fault"
    REVIEW = "review"  # a rule said "hold for review"


class ExceptionStatus(StrEnum):
    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    REFUSED = "refused"  # upstream said 409/422: an exception carries it on
    RESOLVED = "resolved"  # resolved by hand by a lead (audited)


class DeliveryOutcome(StrEnum):
    """What one attempt at sending an outbox event came to."""

    SENT = "sent"  # upstream said 2xx
    REFUSED = "refused"  # 409 / 422 / other 4xx: a person must look
    RETRY = "retry"  # 429 / 5xx / time-out / garbage / 401: tried again later


class OutboxKind(StrEnum):
    REFUND = "refund"
    EXCHANGE_RELEASE = "exchange_release"
    STATUS_EVENT = "status_event"


class LabelJobStatus(StrEnum):
    QUEUED = "queued"
    PRINTED = "printed"
    FAILED = "failed"
