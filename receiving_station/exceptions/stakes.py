"""What a lead's decision moves: each held unit's customer, what was paid and what would be released or withheld, shown before money moves (the money dialog)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.enums import (
    Resolution,
    UnitStatus,
)
from db.models import (
    ExceptionCase,
    Parcel,
    ReceivedUnit,
    Rma,
    RmaLine,
)
from receiving_station.exceptions.actions import ExceptionActionRefused
from receiving_station.i18n.text import Money, Text
from receiving_station.money import MoneyFormError, in_minor_units


class AtStake(StrEnum):
    """What approving an exception's unit releases upstream."""

    REFUND = "refund"  # the customer's money (to the original payment, or as store credit)
    EXCHANGE = "exchange"  # the exchange shipment
    NOTHING = "nothing"  # no unit on a line of an RMA: nothing to approve (a note closes it)


@dataclass(frozen=True)
class MoneyAtStake:
    """What deciding one exception moves, so a confirmation can name it before a lead says
    yes: "Approve refund in full: SEK 669.00 to Anna Berg for LPN00012345", or for a
    rejection the amount withheld.  Read as things stand; the decision itself checks again."""

    exception_id: int
    lpn: str | None  # the unit decided on; None for an exception about a parcel
    rma_number: str | None
    customer_name: str | None  # None when not known (a blind return, a blank name)
    resolution: AtStake
    paid: Money | None  # what the customer paid for the unit: a full refund gives it back,
    # a rejection withholds it; None when the unit is on no RMA line
    store_credit: bool = False  # the refund goes as store credit
    released: bool = False  # the unit's outcome already went upstream (refund, exchange or
    # rejection): nothing is left to approve or reject
    refunded: Money | None = None  # what was released, when it was


_UNIT_RMA = aliased(Rma)


_EXCEPTION_RMA = aliased(Rma)


_STAKE_CHUNK = 500  # ids per statement (a lead may select a long page)


def money_at_stake(session: Session, exception_ids: Sequence[int]) -> list[MoneyAtStake]:
    """For each exception (in the order given): the unit, RMA, customer, what approving it
    releases and what was paid.  Read-only; ExceptionActionRefused names an id that does not exist.

    The RMA is the unit's parcel's, as `approve_refund` refunds against it; an exception about
    a parcel names its own RMA (and has nothing at stake)."""
    found: dict[int, MoneyAtStake] = {}
    wanted = list(dict.fromkeys(exception_ids))
    for start in range(0, len(wanted), _STAKE_CHUNK):
        chunk = wanted[start : start + _STAKE_CHUNK]
        rows = session.execute(
            select(
                ExceptionCase.id,
                ReceivedUnit.lpn,
                ReceivedUnit.status,
                ReceivedUnit.refund_amount,
                RmaLine.id,
                RmaLine.unit_price,
                RmaLine.currency,
                _UNIT_RMA.number,
                _UNIT_RMA.customer_name,
                _UNIT_RMA.requested_resolution,
                _EXCEPTION_RMA.number,
                _EXCEPTION_RMA.customer_name,
            )
            .outerjoin(ReceivedUnit, ReceivedUnit.id == ExceptionCase.unit_id)
            .outerjoin(RmaLine, RmaLine.id == ReceivedUnit.rma_line_id)
            .outerjoin(Parcel, Parcel.id == ReceivedUnit.parcel_id)
            .outerjoin(_UNIT_RMA, _UNIT_RMA.id == Parcel.rma_id)
            .outerjoin(_EXCEPTION_RMA, _EXCEPTION_RMA.id == ExceptionCase.rma_id)
            .where(ExceptionCase.id.in_(chunk))
        ).all()
        for row in rows:
            found[row[0]] = _stake(row)
    missing = next((i for i in exception_ids if i not in found), None)
    if missing is not None:
        raise ExceptionActionRefused(Text("review", "there is no exception {id}", id=missing))
    return [found[i] for i in exception_ids]


def _stake(row: Any) -> MoneyAtStake:
    """One row of `money_at_stake`'s statement, as what it means."""
    (
        exception_id,
        lpn,
        unit_status,
        refund_amount,
        line_id,
        unit_price,
        currency,
        unit_rma,
        unit_customer,
        requested,
        exception_rma,
        exception_customer,
    ) = row
    on_line = lpn is not None and line_id is not None and unit_rma is not None
    released = unit_status == UnitStatus.CONFIRMED.value

    def money(amount: Decimal | None) -> Money | None:
        if not on_line or amount is None:
            return None
        with suppress(MoneyFormError):  # in the currency's own decimals: 1200 JPY, 1.00 SEK
            amount = in_minor_units(amount, currency or "")
        return Money(amount, currency or "")

    if not on_line:
        resolution = AtStake.NOTHING
    elif requested == Resolution.EXCHANGE.value:
        resolution = AtStake.EXCHANGE
    else:
        resolution = AtStake.REFUND
    customer = (unit_customer if unit_rma is not None else exception_customer) or ""
    return MoneyAtStake(
        exception_id=exception_id,
        lpn=lpn,
        rma_number=unit_rma or exception_rma,
        customer_name=customer.strip() or None,
        resolution=resolution,
        paid=money(unit_price),
        store_credit=on_line and requested == Resolution.STORE_CREDIT.value,
        released=released,
        refunded=money(refund_amount) if released else None,
    )
