"""Labels and figures (issue #7): label rendering time, and the Figures section on a year of
history (about 500,000 units) on SQLite and PostgreSQL.

The history is generated once and kept (benchmarks/.cache/figures-<N>.sqlite3, PostgreSQL
database rs_bench_figures_<N>): N units over the last 365 days in two shifts a day, from 8
benches and 20 operators, in 6 markets, with their returns, parcels, refunds accepted upstream,
restock labels printed (a few reprinted) and exceptions (about 8 per 100 units).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from benchmarks.exceptions import kept_engine
from db.engine import session_factory
from db.enums import ExceptionType
from db.models import (
    ExceptionCase,
    FigureChange,
    LabelJob,
    Operator,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
MARKETS = ("SE", "NO", "DK", "NL", "DE", "FI")
REASONS = ("too small", "too large", "changed mind", "not as described", "defect", "late")
GRADES = ("A", "A", "A", "B", "B", "C", "D", "F")
DISPOSITION = {"A": "restock", "B": "restock", "C": "refurbish", "D": "refurbish", "F": "discard"}
TYPES = tuple(t.value for t in ExceptionType)
#: 3,000 SKUs returned with a Zipf-like skew (weight 1 / rank^0.8): the ten most returned are
#: about 15 % of the units, as in an apparel catalogue.
SKU_RANKS = range(1, 3001)
SKU_CUMULATIVE = list(itertools.accumulate(1 / rank**0.8 for rank in SKU_RANKS))


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 3),
    }


def label_render(count: int = 2000) -> dict[str, Any]:
    """Time to render one unit label as ZPL and as PDF (varied content, every size and dpi)."""
    from receiving_station.labels.layout import LabelData, load_label_set, render_pdf, render_zpl

    labels = load_label_set()
    rng = random.Random(7)
    words = [
        "Merino",
        "wool",
        "jumper",
        "heather",
        "grey",
        "crew-neck",
        "size",
        "chart",
        "blue",
        "storm",
        "jacket",
        "^~_",
        "åäö",
    ]

    def data(n: int) -> LabelData:
        return LabelData(
            lpn=f"LPN{n:010d}",
            sku=f"SKU-{n % 997:04d}-M",
            description=" ".join(rng.choices(words, k=rng.randint(2, 14))),
            grade=rng.choice("ABCDF"),
            disposition="restock",
            bin=f"AP-{n % 40:02d}-{n % 6}",
            date="2026-11-25",
            station="BENCH-01",
            rma=f"RMA-SE-{n:07d}",
            reason="weight mismatch",
            operator="Anna Berg",
            template=rng.choice(("restock", "refurbish", "quarantine", "return_to_vendor")),
        )

    items = [data(n) for n in range(count)]
    for item in items[:50]:  # warm-up: fonts, metrics, the layout cache
        render_zpl(labels, item, "4x6", 300)
        render_pdf(labels, [item], "4x6")
    zpl: list[float] = []
    for n, item in enumerate(items):
        size, dpi = ("4x2", "4x6")[n % 2], (203, 300)[(n // 2) % 2]
        start = time.perf_counter()
        render_zpl(labels, item, size, dpi)
        zpl.append(time.perf_counter() - start)
    pdf: list[float] = []
    for n, item in enumerate(items[: count // 4]):
        start = time.perf_counter()
        render_pdf(labels, [item], ("4x2", "4x6")[n % 2])
        pdf.append(time.perf_counter() - start)
    z, p = _ms(zpl), _ms(pdf)
    return {
        "zpl_p50_ms": z["p50_ms"],
        "zpl_p99_ms": z["p99_ms"],
        "pdf_p50_ms": p["p50_ms"],
        "pdf_p99_ms": p["p99_ms"],
        "labels": count,
    }


# -- a year of history ---------------------------------------------------------------------------


def history_engine(label: str, postgres_url: str, units: int, log: Callable[[str], None]) -> Engine:
    engine = kept_engine(label, postgres_url, f"figures-{units}")
    with session_factory(engine)() as session:
        have = session.scalar(select(func.count()).select_from(ReceivedUnit)) or 0
    if have != units:
        if have:
            raise SystemExit(f"{engine.url}: {have} units, not {units}: remove it first")
        log(f"generating a year of history, {units:,} units, on {label} (once) ...")
        _generate(engine, units)
        if label == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.exec_driver_sql("ANALYZE")
        else:
            with engine.connect() as c:
                c.exec_driver_sql("ANALYZE")
    return engine


def _generate(engine: Engine, units: int) -> None:
    rng = random.Random(2026)
    now = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
    with engine.begin() as c:
        c.execute(
            insert(Operator),
            [
                {"badge_code": f"H-{n}", "name": f"Operator {n:02d}", "role": "staff"}
                for n in range(20)
            ],
        )
        c.execute(insert(Station), [{"name": f"HBENCH-{n:02d}"} for n in range(8)])
        operator_ids = list(c.scalars(select(Operator.id).where(Operator.badge_code.like("H-%"))))
        station_ids = list(c.scalars(select(Station.id).where(Station.name.like("HBENCH-%"))))
    # Units arrive in time order, as at a real site (rows written in the order they happen).
    moments = sorted(
        now
        - dt.timedelta(
            days=rng.randrange(365),
            hours=now.hour - rng.randrange(6, 22),
            minutes=-rng.randrange(60),
        )
        for _ in range(units)
    )
    chunk = 10_000
    next_id = 1
    for base in range(0, units, chunk):
        rmas, lines, parcels, unit_rows, events, jobs, exceptions = [], [], [], [], [], [], []
        for received in moments[base : base + chunk]:
            market = rng.choice(MARKETS)
            sku = f"SKU-{rng.choices(SKU_RANKS, cum_weights=SKU_CUMULATIVE)[0]:04d}"
            grade = rng.choice(GRADES)
            disposition = DISPOSITION[grade]
            ident = next_id
            next_id += 1
            rmas.append(
                {
                    "id": ident,
                    "number": f"H-RMA-{ident}",
                    "order_number": f"H-{ident}",
                    "market": market,
                    "channel": "post",
                    "requested_resolution": "refund",
                    "status": "closed",
                }
            )
            lines.append(
                {
                    "id": ident,
                    "rma_id": ident,
                    "line_no": 1,
                    "sku": sku,
                    "description": f"Product {sku}",
                    "unit_price": 499,
                    "currency": "SEK",
                    "reason_code": rng.choice(REASONS),
                }
            )
            opened = received - dt.timedelta(minutes=rng.randrange(1, 10))
            parcels.append(
                {
                    "id": ident,
                    "tracking_number": f"H-TRK-{ident}",
                    "rma_id": ident,
                    "status": "closed",
                    "opened_at": opened,
                }
            )
            unit_rows.append(
                {
                    "id": ident,
                    "lpn": f"HLPN{ident:010d}",
                    "parcel_id": ident,
                    "rma_line_id": ident,
                    "scanned_code": sku,
                    "sku": sku,
                    "status": "confirmed",
                    "grade": grade,
                    "disposition": disposition,
                    "operator_id": rng.choice(operator_ids),
                    "station_id": rng.choice(station_ids),
                    "received_at": received,
                    "confirmed_at": received + dt.timedelta(minutes=1),
                    "refund_amount": 499 if grade in "AB" else 400,
                }
            )
            if grade in "ABC" and rng.random() < 0.9:
                events.append(
                    {
                        "kind": "refund",
                        "rma_number": f"H-RMA-{ident}",
                        "subject": f"refund:HLPN{ident:010d}",
                        "idempotency_key": f"rs-bench-HLPN{ident:010d}",
                        "state": "sent",
                        "payload": {
                            "units": [{"lpn": f"HLPN{ident:010d}", "amount": "499.00"}],
                            "currency": "SEK",
                            "method": "original_payment",
                        },
                        "sent_at": received + dt.timedelta(minutes=rng.randrange(2, 3000)),
                    }
                )
            if disposition == "restock":
                printed = received + dt.timedelta(minutes=rng.randrange(1, 600))
                jobs.append(
                    {
                        "unit_id": ident,
                        "lpn": f"HLPN{ident:010d}",
                        "template": "restock",
                        "status": "printed",
                        "is_reprint": False,
                        "printed_at": printed,
                        "created_at": received,
                    }
                )
                if rng.random() < 0.01:
                    jobs.append(
                        {
                            "unit_id": ident,
                            "lpn": f"HLPN{ident:010d}",
                            "template": "restock",
                            "status": "printed",
                            "is_reprint": True,
                            "reason": "torn",
                            "printed_at": printed,
                            "created_at": printed,
                        }
                    )
            if rng.random() < 0.08:
                exceptions.append(
                    {
                        "type": rng.choice(TYPES),
                        "status": "resolved",
                        "rma_id": ident,
                        "unit_id": ident,
                        "created_at": received,
                        "sla_due": received + dt.timedelta(hours=24),
                        "station_id": unit_rows[-1]["station_id"],
                    }
                )
        with engine.begin() as c:
            c.execute(insert(Rma), rmas)
            c.execute(insert(RmaLine), lines)
            c.execute(insert(Parcel), parcels)
            c.execute(insert(ReceivedUnit), unit_rows)
            if events:
                c.execute(insert(OutboxEvent), events)
            c.execute(insert(LabelJob), jobs)
            if exceptions:
                c.execute(insert(ExceptionCase), exceptions)
    if engine.dialect.name == "postgresql":
        with engine.begin() as c:
            for table in ("rmas", "rma_lines", "parcels", "received_units"):
                c.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )


def figures_timing(engine: Engine) -> dict[str, Any]:
    """shift_figures over today, 7, 30 and 365 days, and the Figures section shown (Qt
    offscreen, charts drawn) for today and for the year."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from receiving_station.figures import hours as figure_hours
    from receiving_station.figures.reports import FigureFilter, shift_figures
    from receiving_station.figures.shifts import Period
    from ui.sections.figures import PERIODS, FiguresSection

    sessions = session_factory(engine)
    today = dt.date.today()
    out: dict[str, Any] = {}
    # Once: whatever hours are not kept yet (after generating, or after the migration that
    # keeps them, that is all of them) are worked out.
    start = time.perf_counter()
    figure_hours.refresh(engine)
    out["catch_up_s"] = round(time.perf_counter() - start, 1)

    def since_last_look() -> None:
        """A shift's work since the last look: the last eight hours changed."""
        now = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
        with sessions.begin() as session:
            session.add_all(FigureChange(hour=now - dt.timedelta(hours=n)) for n in range(8))

    for name, back, shift, market in (
        ("today", 0, None, None),
        ("week", 6, None, None),
        ("month", 29, None, None),
        ("year", 364, None, None),
        ("year_early_shift", 364, "early", None),
        ("year_one_market", 364, None, MARKETS[0]),
    ):
        times = []
        for _ in range(3):
            since_last_look()
            start = time.perf_counter()
            with sessions() as session:
                figures = shift_figures(
                    session,
                    FigureFilter(Period(today - dt.timedelta(days=back), today, shift), market),
                )
            times.append(time.perf_counter() - start)
        out[f"{name}_ms"] = round(min(times) * 1000, 1)
        out[f"{name}_units"] = figures.units
    app = QApplication.instance() or QApplication([])
    view = FiguresSection(sessions)
    view.resize(1600, 900)
    view.start()
    try:
        for name, period in (("screen_today", "today"), ("screen_year", "last 365 days")):
            times = []
            for _ in range(3):
                since_last_look()
                shown: list[float] = []
                view.shown.connect(lambda done=shown: done.append(time.perf_counter()))
                start = time.perf_counter()
                if view.isVisible():
                    view.period.setCurrentIndex([str(t) for t, _ in PERIODS].index(period))
                    view.refresh()
                else:
                    view.period.setCurrentIndex([str(t) for t, _ in PERIODS].index(period))
                    view.show()
                while not shown:
                    app.processEvents()
                    time.sleep(0.001)
                view.shown.disconnect()
                app.processEvents()
                times.append(shown[0] - start)
            out[f"{name}_ms"] = round(min(times) * 1000, 1)
    finally:
        view.stop()
        view.close()
    return out
