"""Refunds for bookkeeping: every refund upstream accepted in a period, as CSV, with totals.

A refund counts when upstream accepted it (the outbox event's `sent_at`), in the currency the
customer paid in.  One CSV row per unit refunded.  Store credit is a refund with method
`store_credit`: bookkeeping books it apart.

Two ways of writing it: for a program (the default, `report refunds`): column keys, amounts as
the upstream contract writes money (a point and the currency's decimals: `123.45` SEK, `1200`
JPY; receiving_station.money), times UTC ISO 8601; for a person (`writing=`, the
Figures section, `report refunds --locale`): the columns named in their language, amounts and
local times written their locale's way, and a semicolon between fields where the locale's
decimal mark is a comma (as a spreadsheet of that locale expects).
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
from receiving_station.escaping import csv_row
from receiving_station.i18n.language import Writing
from receiving_station.i18n.text import Text
from receiving_station.money import MoneyFormError, contract_amount

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


def amount_text(value: Decimal, currency: str) -> str:
    """An amount for a program: as the contract writes it ("1.00", "1200" in JPY); one that
    has more decimals than its currency (sent before amounts were checked) as it was."""
    try:
        return contract_amount(value, currency)
    except MoneyFormError:
        return f"{value:.2f}"


def _places(value: Decimal, currency: str) -> int:
    """The decimals `amount_text` writes: the same number on a person's copy."""
    return len(amount_text(value, currency).partition(".")[2])


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


COLUMN_TITLES = {
    "accepted_at_utc": Text("exports", "accepted (local time)"),
    "rma": Text("exports", "RMA"),
    "order": Text("exports", "order"),
    "market": Text("exports", "market"),
    "currency": Text("exports", "currency"),
    "method": Text("exports", "method"),
    "lpn": Text("exports", "LPN"),
    "sku": Text("exports", "SKU"),
    "grade": Text("exports", "grade"),
    "refund": Text("exports", "refund"),
    "restocking_fee": Text("exports", "restocking fee"),
    "upstream_reference": Text("exports", "upstream reference"),
    "idempotency_key": Text("exports", "idempotency key"),
}
METHODS = {
    "original_payment": Text("exports", "original payment"),
    "store_credit": Text("exports", "store credit"),
}


def write_csv(rows: list[RefundRow], handle: TextIO, writing: Writing | None = None) -> None:
    """The rows as CSV: for a program, or with `writing` for a person (module docstring)."""
    if writing is not None:
        _write_for_people(rows, handle, writing)
        return
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            csv_row(
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
                    amount_text(row.refund, row.currency),
                    amount_text(row.restocking_fee, row.currency),
                    row.upstream_reference,
                    row.idempotency_key,
                ]
            )
        )


def _write_for_people(rows: list[RefundRow], handle: TextIO, w: Writing) -> None:
    delimiter = ";" if w.decimal_mark == "," else ","
    handle.write("\ufeff")  # the byte-order mark: Excel then reads the file as UTF-8
    writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
    writer.writerow(csv_row(w.say(COLUMN_TITLES[column]) for column in COLUMNS))
    for row in rows:
        writer.writerow(
            csv_row(
                [
                    w.datetime_full(row.accepted_at),
                    row.rma,
                    row.order,
                    row.market,
                    row.currency,
                    w.say(METHODS.get(row.method, row.method)),
                    row.lpn,
                    row.sku,
                    row.grade,
                    w.number(row.refund, _places(row.refund, row.currency), grouping=False),
                    w.number(
                        row.restocking_fee,
                        _places(row.restocking_fee, row.currency),
                        grouping=False,
                    ),
                    row.upstream_reference,
                    row.idempotency_key,
                ]
            )
        )
