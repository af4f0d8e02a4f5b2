"""What an exception's evidence holds, one schema per exception type.

Every writer builds its evidence as one of these `TypedDict`s (mypy holds it to the keys and
their types), and a lead's case detail reads the same keys whoever wrote them: the bench, the
dispatcher or the demo.  Weights are kilograms as decimal strings (`"1.750"`), amounts decimal
strings in the unit's currency, as the JSON column keeps them.

When a unit held by an exception is confirmed, the bench adds what the inspection found
(`InspectionEvidence`) to the evidence of the exceptions already open on it, so a lead sees
the grade, checklist, photos and the rule beside the weight or the serial number.
`tests/receiving_station/test_evidence.py` checks every exception the bench and the demo write.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

from db.enums import ExceptionType


class LineFacts(TypedDict):
    """An RMA line as evidence: what was expected back."""

    line_no: int
    sku: str
    gtin: str | None
    quantity: int
    description: str | None


class MissingLineFacts(LineFacts):
    missing: int  # how many of the line never arrived


class WindowFacts(TypedDict):
    days_allowed: int
    days_since: int | None  # None: no date to count from
    basis: str  # what the days are counted from: delivered, purchased ...


class WeightEvidence(TypedDict):
    """weight_mismatch: the parcel weighs outside its category's tolerance."""

    measured_kg: str
    expected_kg: str
    tolerance_kg: NotRequired[str]
    difference_kg: NotRequired[str]  # measured - expected: negative is lighter


class WindowEvidence(TypedDict):
    """outside_window: the return came after its window closed."""

    window: WindowFacts
    tracking_number: str


class BlindReturnEvidence(TypedDict):
    """blind_return: a parcel no RMA names; the scan as identify() read it."""

    scan: dict[str, Any]


class MissingItemEvidence(TypedDict):
    """missing_item: lines that never arrived when the last parcel was closed."""

    missing_lines: list[MissingLineFacts]
    parcels: list[str]  # the RMA's tracking numbers


class SerialEvidence(TypedDict):
    """serial_mismatch: a serial number that was not shipped, or was received already."""

    lpn: str
    serial_scanned: str
    serials_shipped: list[str]


class ItemEvidence(TypedDict):
    """wrong_item, unexpected_item, non_returnable: the item scanned against what was expected."""

    lpn: str
    scan: dict[str, Any]
    expected_lines: list[LineFacts]


class UpstreamEvidence(TypedDict):
    """upstream_rejected: the shop refused an event; its answer as it came."""

    event_id: int
    kind: str
    subject: str
    idempotency_key: str
    http_status: int | None
    upstream_message: str | None
    payload: dict[str, Any]


class InspectionEvidence(TypedDict, total=False):
    """What the bench found when the unit was confirmed (a hold decided by the rules, and added
    to the exceptions already open on the unit)."""

    lpn: str
    scanned_code: str | None
    serial: str | None
    grade: str | None
    checklist: dict[str, Any]
    photos: list[str]
    flags: list[str]
    rule: str | None
    explanation: str
    proposed_disposition: str | None
    proposed_refund: str
    measured_kg: str | None
    expected_kg: str | None


Evidence = (
    WeightEvidence
    | WindowEvidence
    | BlindReturnEvidence
    | MissingItemEvidence
    | SerialEvidence
    | ItemEvidence
    | UpstreamEvidence
    | InspectionEvidence
)

EVIDENCE_OF: dict[ExceptionType, type] = {
    ExceptionType.WEIGHT_MISMATCH: WeightEvidence,
    ExceptionType.OUTSIDE_WINDOW: WindowEvidence,
    ExceptionType.BLIND_RETURN: BlindReturnEvidence,
    ExceptionType.MISSING_ITEM: MissingItemEvidence,
    ExceptionType.SERIAL_MISMATCH: SerialEvidence,
    ExceptionType.WRONG_ITEM: ItemEvidence,
    ExceptionType.UNEXPECTED_ITEM: ItemEvidence,
    ExceptionType.NON_RETURNABLE: ItemEvidence,
    ExceptionType.UPSTREAM_REJECTED: UpstreamEvidence,
    # raised by a rule's hold at confirmation: the inspection is the evidence
    ExceptionType.DAMAGED_IN_TRANSIT: InspectionEvidence,
    ExceptionType.DEVICE_FAULT: InspectionEvidence,
    ExceptionType.REVIEW: InspectionEvidence,
}


def evidence_keys(exception_type: ExceptionType) -> tuple[frozenset[str], frozenset[str]]:
    """(the keys its evidence must have, the keys it may have): its own schema's, and what a
    confirmation adds (InspectionEvidence)."""
    schema = EVIDENCE_OF[exception_type]
    required = frozenset(schema.__required_keys__)  # type: ignore[attr-defined]
    allowed = (
        required
        | frozenset(schema.__optional_keys__)  # type: ignore[attr-defined]
        | frozenset(InspectionEvidence.__optional_keys__)
    )
    return required, allowed
