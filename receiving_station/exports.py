"""Refunds for bookkeeping: every refund upstream accepted in a period, as CSV, with totals.

A refund counts when upstream accepted it (the outbox event's `sent_at`), in the currency the
customer paid in.  One CSV row per unit refunded; amounts are plain decimals with a point
(`123.45`), times UTC ISO 8601, so a spreadsheet in any locale reads them the same.  Store
credit is a refund with method `store_credit`: bookkeeping books it apart.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.enums import OutboxKind, OutboxState
from db.models import OutboxEvent, Rma

COLUMNS = (
    "accepted_at_utc",
    "rma",
    "order",
    "market",
    "currency",
    "method",
    "lpn",
    "sku",
    "grade",
    "refund",
    "restocking_fee",
    "upstream_reference",
    "idempotency_key",
)


@dataclass(frozen=True)
class RefundRow:
    accepted_at: dt.datetime
    rma: str
    order: str
    market: str
    currency: str
    method: str
    lpn: str
    sku: str
    grade: str
    refund: Decimal
    restocking_fee: Decimal
    upstream_reference: str
    idempotency_key: str


@dataclass
class RefundTotal:
    currency: str
    market: str
    refunds: int = 0
    units: int = 0
    refunded: Decimal = Decimal("0.00")
    restocking_fees: Decimal = Decimal("0.00")
    store_credit: Decimal = Decimal("0.00")


def released_refunds(session: Session, start: dt.datetime, end: dt.datetime) -> list[RefundRow]:
    """Refunds upstream accepted in [start, end) (UTC), oldest first, one row per unit."""
    rows = session.execute(
        select(OutboxEvent, Rma.market, Rma.order_number)
        .outerjoin(Rma, Rma.number == OutboxEvent.rma_number)
        .where(
            OutboxEvent.kind == OutboxKind.REFUND.value,
            OutboxEvent.state == OutboxState.SENT.value,
            OutboxEvent.sent_at >= start,
            OutboxEvent.sent_at < end,
        )
        .order_by(OutboxEvent.sent_at, OutboxEvent.id)
    ).all()
    out = []
    for event, market, order in rows:
        payload = event.payload
        assert event.sent_at is not None
        for unit in payload.get("units", []):
            out.append(
                RefundRow(
                    accepted_at=event.sent_at,
                    rma=event.rma_number or payload.get("rma", ""),
                    order=order or payload.get("order", ""),
                    market=market or "",
                    currency=payload.get("currency", ""),
                    method=payload.get("method", "original_payment"),
                    lpn=unit.get("lpn", ""),
                    sku=unit.get("sku") or "",
                    grade=unit.get("grade") or "",
                    refund=_money(unit.get("amount")),
                    restocking_fee=_money(unit.get("restocking_fee")),
                    upstream_reference=event.upstream_reference or "",
                    idempotency_key=event.idempotency_key,
                )
            )
    return out


def _money(value: object) -> Decimal:
    if value in (None, "", "None"):
        return Decimal("0.00")
    return Decimal(str(value)).quantize(Decimal("0.01"))


def totals(rows: list[RefundRow]) -> list[RefundTotal]:
    """Per currency and market: refunds, units, amount refunded, fees kept, store credit."""
    by_key: dict[tuple[str, str], RefundTotal] = {}
    keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        key = (row.currency, row.market)
        total = by_key.setdefault(key, RefundTotal(*key))
        keys[key].add(row.idempotency_key)
        total.units += 1
        total.refunded += row.refund
        total.restocking_fees += row.restocking_fee
        if row.method == "store_credit":
            total.store_credit += row.refund
    for key, total in by_key.items():
        total.refunds = len(keys[key])
    return [by_key[key] for key in sorted(by_key)]


def write_csv(rows: list[RefundRow], handle: TextIO) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.accepted_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
                row.rma,
                row.order,
                row.market,
                row.currency,
                row.method,
                row.lpn,
                row.sku,
                row.grade,
                f"{row.refund:.2f}",
                f"{row.restocking_fee:.2f}",
                row.upstream_reference,
                row.idempotency_key,
            ]
        )
