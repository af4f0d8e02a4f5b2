"""Plain, immutable views of bench state that result objects carry to the UI and the CLI.

They are built inside the operation's transaction and hold no ORM objects, so they can cross
threads (worker -> GUI thread) and outlive the session safely.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from db.enums import UnitStatus
from receiving_station.i18n.text import Text
from receiving_station.rules import Decision


@dataclass(frozen=True)
class WindowStatus:
    """Where the return stands in its return window."""

    days_allowed: int
    days_since: int | None  # days since delivery (or purchase when delivery is unknown)
    basis: str  # "delivery", "purchase" or "unknown"
    inside: bool

    def describe(self) -> str:
        if self.days_since is None:
            return Text(
                "views",
                "return window {days} days (no purchase or delivery date)",
                days=self.days_allowed,
            )
        if self.basis == "delivery":
            return Text(
                "views",
                "{n} days since delivery: inside the {days}-day window"
                if self.inside
                else "{n} days since delivery: OUTSIDE the {days}-day window",
                n=self.days_since,
                days=self.days_allowed,
            )
        return Text(
            "views",
            "{n} days since purchase: inside the {days}-day window"
            if self.inside
            else "{n} days since purchase: OUTSIDE the {days}-day window",
            n=self.days_since,
            days=self.days_allowed,
        )


@dataclass(frozen=True)
class LineView:
    line_id: int
    line_no: int
    sku: str
    gtin: str | None
    description: str
    category: str
    quantity: int
    received: int
    unit_price: Decimal
    currency: str
    serials_shipped: tuple[str, ...]
    reason_code: str | None
    expected_weight_kg: Decimal | None

    @property
    def remaining(self) -> int:
        return max(self.quantity - self.received, 0)


@dataclass(frozen=True)
class RmaView:
    rma_id: int
    number: str
    order_number: str
    customer_name: str
    customer_email: str | None
    market: str
    channel: str
    purchase_date: dt.date | None
    delivery_date: dt.date | None
    requested_resolution: str
    exchange_sku: str | None
    status: str
    window: WindowStatus
    lines: tuple[LineView, ...]


@dataclass(frozen=True)
class UnitView:
    unit_id: int
    lpn: str
    parcel_id: int
    line_no: int | None
    sku: str | None
    gtin: str | None
    description: str
    category: str | None
    serial: str | None
    status: str
    grade: str | None
    flags: tuple[str, ...]
    disposition: str | None
    refund_amount: Decimal | None
    restocking_fee: Decimal | None
    currency: str | None
    rule_id: str | None
    rule_reason: str | None
    needs_serial: bool = False

    def graded(self, grade: str, decision: Decision) -> UnitView:
        """The unit as the bench shows it graded so, before it is written (preview_grade)."""
        return replace(
            self,
            status=UnitStatus.GRADED.value,
            grade=grade,
            disposition=decision.disposition,
            refund_amount=decision.refund_amount,
            restocking_fee=decision.restocking_fee,
            rule_id=decision.rule_id,
            rule_reason=decision.explanation,
        )

    def ungraded(self) -> UnitView:
        """The unit as it was before a grade shown and not written (Esc)."""
        return replace(
            self,
            status=UnitStatus.RECEIVED.value,
            grade=None,
            disposition=None,
            refund_amount=None,
            restocking_fee=None,
            rule_id=None,
            rule_reason=None,
        )


@dataclass(frozen=True)
class ParcelView:
    parcel_id: int
    tracking_number: str
    carrier: str | None
    status: str
    blind: bool
    expected_weight_kg: Decimal | None
    measured_weight_kg: Decimal | None
    weight_tolerance_kg: Decimal | None
    weight_mismatch: bool
    rma: RmaView | None
    units: tuple[UnitView, ...] = field(default=())


@dataclass(frozen=True)
class MissingLine:
    """An RMA line not (all) in when its last parcel closes."""

    line_no: int
    sku: str
    description: str
    quantity: int
    missing: int


@dataclass(frozen=True)
class ParcelShortfall:
    """What closing a parcel now would leave missing: lines of its RMA not all received, with
    no other parcel of the RMA still to come.  Closing makes them a missing-item exception
    (their refund held), so the bench asks first (receiving_station.bench.controller)."""

    parcel_id: int
    tracking_number: str
    rma_number: str
    expected: int  # items the RMA expects in all
    lines: tuple[MissingLine, ...]

    @property
    def missing(self) -> int:
        return sum(line.missing for line in self.lines)

    def items(self, shown: int = 3) -> str:
        """The missing items in short: "2 × JKT-011-M, SHO-220-42, …"."""
        said = [
            f"{line.missing} × {line.sku}" if line.missing > 1 else line.sku
            for line in self.lines[:shown]
        ]
        return ", ".join(said) + (", …" if len(self.lines) > shown else "")


@dataclass(frozen=True)
class ExceptionView:
    exception_id: int
    type: str
    status: str
    summary: str
    sla_due: dt.datetime
    claimed_by_id: int | None = None


def set_unit_reason(unit: Any, explanation: str | None) -> None:
    """A unit's decision reason: its English (`rule_reason`) and, when it is a sentence, the
    sentence itself (`rule_reason_text`, so a label prints it in the site's language)."""
    unit.rule_reason = explanation
    unit.rule_reason_text = explanation.to_json() if isinstance(explanation, Text) else None


def unit_reason(unit: Any) -> str | None:
    """The reason set with `set_unit_reason` (its English for a unit decided before 0009)."""
    if unit.rule_reason is None:
        return None
    return Text.from_json(unit.rule_reason_text, unit.rule_reason)
