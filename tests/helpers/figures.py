"""A day of bench work with known figures (units, refunds, labels per hour), built row by row
so the figures can be checked against it by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ExceptionCase,
    LabelJob,
    Operator,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)

DAY = dt.date(2026, 11, 24)


def local(hour: int, minute: int = 0, day: int = 24) -> dt.datetime:
    """A Stockholm wall-clock time in November (UTC+1), as UTC."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC) - dt.timedelta(hours=1)


# (operator, bench, received local (h, m, day), sku, reason, grade, disposition, market)
UNITS = [
    ("Anna", "BENCH-01", (8, 10, 24), "DRS-1", "too small", "A", "restock", "SE"),
    ("Anna", "BENCH-01", (8, 40, 24), "DRS-1", "too small", "A", "restock", "SE"),
    ("Anna", "BENCH-01", (9, 5, 24), "DRS-1", "too small", "B", "restock", "SE"),
    ("Anna", "BENCH-01", (13, 30, 24), "JKT-2", "defect", "C", "refurbish", "SE"),
    ("Ben", "BENCH-02", (14, 20, 24), "DRS-1", "too small", "A", "restock", "NL"),
    ("Ben", "BENCH-02", (14, 50, 24), "DRS-1", "changed mind", "B", "restock", "NL"),
    ("Ben", "BENCH-02", (15, 10, 24), "DRS-1", "changed mind", "B", "restock", "NL"),
    ("Ben", "BENCH-02", (15, 40, 24), "JKT-2", "defect", "C", "refurbish", "NL"),
    ("Ben", "BENCH-02", (15, 55, 24), "JKT-2", "defect", "D", "discard", "NL"),
    ("Ben", "BENCH-02", (23, 30, 24), "SHO-3", None, "A", "restock", None),  # blind
    ("Ben", "BENCH-02", (0, 30, 25), "JKT-2", "defect", "A", "restock", "NL"),  # night of 24th
]


# Refunds upstream accepted: unit index -> (minutes after the parcel's scan, amount, fee, method)
REFUNDS = {
    0: (60, Decimal("499.00"), Decimal("0.00"), "original_payment"),
    1: (120, Decimal("499.00"), Decimal("0.00"), "original_payment"),
    4: (30, Decimal("59.95"), Decimal("0.00"), "store_credit"),
    7: (600, Decimal("80.00"), Decimal("20.00"), "original_payment"),
}


# Restock labels printed: unit index -> minutes after the parcel's scan
LABELS_PRINTED = {0: 10, 1: 20, 2: 40}


def build_figures_day(session: Session) -> None:
    operators = {
        name: Operator(badge_code=f"B-{n}", name=name, role="staff")
        for n, name in enumerate(("Anna", "Ben"))
    }
    stations = {name: Station(name=name) for name in ("BENCH-01", "BENCH-02")}
    session.add_all([*operators.values(), *stations.values()])
    session.flush()
    for n, (who, bench, (h, m, d), sku, reason, grade, disposition, market) in enumerate(UNITS):
        at = local(h, m, d)
        rma = line = None
        if market:
            rma = Rma(
                number=f"RMA-{market}-{n}",
                order_number=f"ORD-{n}",
                market=market,
                channel="post",
                requested_resolution="refund",
                status="open",
            )
            session.add(rma)
            session.flush()
            line = RmaLine(
                rma_id=rma.id,
                line_no=1,
                sku=sku,
                description=f"{sku} description",
                unit_price=Decimal("499.00"),
                currency="SEK" if market == "SE" else "EUR",
                reason_code=reason,
            )
            session.add(line)
        parcel = Parcel(
            tracking_number=f"TRK{n}",
            status="closed",
            rma_id=rma.id if rma else None,
            opened_at=at - dt.timedelta(minutes=5),
        )
        session.add(parcel)
        session.flush()
        unit = ReceivedUnit(
            lpn=f"LPN{n:010d}",
            parcel_id=parcel.id,
            rma_line_id=line.id if line else None,
            scanned_code=sku,
            sku=sku,
            status="confirmed",
            grade=grade,
            disposition=disposition,
            operator_id=operators[who].id,
            station_id=stations[bench].id,
            received_at=at,
            confirmed_at=at + dt.timedelta(minutes=1),
        )
        session.add(unit)
        session.flush()
        if n in REFUNDS:
            minutes, amount, fee, method = REFUNDS[n]
            unit.refund_amount, unit.restocking_fee = amount, fee
            session.add(
                OutboxEvent(
                    kind="refund",
                    rma_number=rma.number if rma else None,
                    subject=f"refund:{unit.lpn}",
                    idempotency_key=f"rs-test-{unit.lpn}",
                    state="sent",
                    payload={
                        "rma": rma.number if rma else "",
                        "units": [
                            {
                                "lpn": unit.lpn,
                                "sku": sku,
                                "grade": grade,
                                "amount": str(amount),
                                "restocking_fee": str(fee),
                            }
                        ],
                        "total": str(amount),
                        "currency": line.currency if line else "SEK",
                        "method": method,
                    },
                    sent_at=parcel.opened_at + dt.timedelta(minutes=minutes),
                    upstream_reference=f"R-{n}",
                )
            )
        if n in LABELS_PRINTED:
            printed = parcel.opened_at + dt.timedelta(minutes=LABELS_PRINTED[n])
            session.add(
                LabelJob(
                    unit_id=unit.id,
                    lpn=unit.lpn,
                    template="restock",
                    status="printed",
                    printed_at=printed,
                )
            )
            # A reprint much later does not make the unit's dock-to-stock longer.
            session.add(
                LabelJob(
                    unit_id=unit.id,
                    lpn=unit.lpn,
                    template="restock",
                    status="printed",
                    is_reprint=True,
                    reason="torn",
                    printed_at=printed + dt.timedelta(days=2),
                )
            )
    # A refund still waiting upstream, and one accepted the next day: neither is in the day.
    session.add(
        OutboxEvent(
            kind="refund",
            subject="refund:X1",
            idempotency_key="rs-test-X1",
            state="pending",
            payload={"units": [{"lpn": "X1", "amount": "5.00"}]},
        )
    )
    session.add(
        OutboxEvent(
            kind="refund",
            subject="refund:X2",
            idempotency_key="rs-test-X2",
            state="sent",
            sent_at=local(12, 0, 26),
            payload={"currency": "SEK", "units": [{"lpn": "X2", "amount": "7.00"}]},
        )
    )
    rma_se = session.scalars(select(Rma).where(Rma.market == "SE")).first()
    for kind, at, rma_id in (
        ("weight_mismatch", local(8, 15), rma_se.id if rma_se else None),
        ("blind_return", local(23, 31), None),
        ("serial_mismatch", local(10, 0, 23), None),  # the day before
    ):
        session.add(
            ExceptionCase(
                type=kind,
                status="open",
                created_at=at,
                sla_due=at + dt.timedelta(hours=24),
                rma_id=rma_id,
            )
        )
    session.commit()
