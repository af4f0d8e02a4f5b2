"""The lead's Exceptions section at 100,000 open exceptions: open, filter, sort and scroll,
measured through the real section (ui/sections/exceptions/, Qt offscreen) on SQLite and
PostgreSQL.

The queue is generated once and kept (benchmarks/.cache/exceptions-<N>.sqlite3, PostgreSQL
database rs_bench_exceptions_<N>): N open or claimed exceptions plus N/5 resolved ones, on
N/2 returns and parcels and 0.6 N units, across 8 stations, 20 operators, 6 markets, 5
carriers and every exception type, created over the last 30 days.

Each figure is the time from asking (showing the section, choosing a filter, clicking a
header, scrolling to the bottom) until the rows are in the table model and painted.  "Stall"
is the longest time the GUI thread did not run its 5 ms heartbeat while the lead scrolled
through 50 pages.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.engine import make_url

from benchmarks.collector import CollectorPauses
from db.engine import create_engine_for_url, session_factory
from db.enums import ExceptionType
from db.migrate import upgrade_database
from db.models import ExceptionCase, Operator, Parcel, ReceivedUnit, Rma, Station

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
MARKETS = ("SE", "NO", "DK", "NL", "DE", "FI")
CARRIERS = ("postnord", "bring", "dhl", "ups", "dpd")
TYPES = tuple(t.value for t in ExceptionType)


def kept_engine(label: str, postgres_url: str, name: str) -> Engine:
    """A benchmark's own database, kept between runs: benchmarks/.cache/<name>.sqlite3, or
    PostgreSQL database rs_bench_<name> (created if missing), at the schema's head."""
    if label == "sqlite":
        CACHE.mkdir(exist_ok=True)
        engine = create_engine_for_url(str(CACHE / f"{name}.sqlite3"))
    else:
        database = f"rs_bench_{name.replace('-', '_')}"
        admin = create_engine_for_url(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            if not connection.scalar(
                text("SELECT count(*) FROM pg_database WHERE datname = :n"), {"n": database}
            ):
                connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
        admin.dispose()
        url = make_url(create_engine_for_url(postgres_url).url).set(database=database)
        engine = create_engine_for_url(url.render_as_string(hide_password=False))
    upgrade_database(engine)
    return engine


def queue_engine(label: str, postgres_url: str, count: int, log: Callable[[str], None]) -> Engine:
    engine = kept_engine(label, postgres_url, f"exceptions-{count}")
    with session_factory(engine)() as session:
        have = session.scalar(select(func.count()).select_from(ExceptionCase)) or 0
    if have == count + count // 5:
        return engine
    if have:
        raise SystemExit(f"{engine.url} holds {have} exceptions: delete it (a cache) and rerun")
    log(f"generating {count:,} open exceptions in {label} ...")
    started = time.perf_counter()
    _generate(engine, count)
    log(f"  done in {time.perf_counter() - started:.0f} s")
    return engine


def _generate(engine: Engine, count: int) -> None:
    rng = random.Random(6)
    now = dt.datetime.now(dt.UTC)
    returns, units = count // 2, count * 6 // 10
    chunk = 5000

    def put(table: Any, rows: list[dict[str, Any]]) -> None:
        with engine.begin() as connection:
            for start in range(0, len(rows), chunk):
                connection.execute(insert(table), rows[start : start + chunk])

    put(Station.__table__, [{"name": f"BENCH-{n:02d}", "settings": {}} for n in range(1, 9)])
    put(
        Operator.__table__,
        [
            {"badge_code": f"BX-{n}", "name": f"Operator {n}", "role": "lead" if n < 4 else "staff"}
            for n in range(20)
        ],
    )
    put(
        Rma.__table__,
        [
            {
                "number": f"RMA-{MARKETS[r % 6]}-{r:07d}",
                "order_number": f"SO-{r:08d}",
                "customer_name": f"Customer {r}",
                "market": MARKETS[r % 6],
                "channel": "post",
                "requested_resolution": "refund",
                "status": "received",
            }
            for r in range(returns)
        ],
    )
    put(
        Parcel.__table__,
        [
            {
                "tracking_number": f"TRK{r:012d}",
                "carrier": CARRIERS[r % 5],
                "rma_id": r + 1,
                "status": "closed",
            }
            for r in range(returns)
        ],
    )
    put(
        ReceivedUnit.__table__,
        [
            {
                "lpn": f"LPNB{u:08d}",
                "parcel_id": u % returns + 1,
                "scanned_code": "4006381333931",
                "sku": f"SKU-{u % 997}",
                "status": "held",
            }
            for u in range(units)
        ],
    )
    rows = []
    for n in range(count + count // 5):
        created = now - dt.timedelta(minutes=rng.randint(0, 30 * 24 * 60))
        parcel = rng.randint(1, returns)
        has_unit = rng.random() < 0.6
        resolved = n >= count
        claimed = not resolved and rng.random() < 0.2
        rows.append(
            {
                "type": rng.choice(TYPES),
                "status": "resolved" if resolved else ("claimed" if claimed else "open"),
                "summary": f"case {n}: something the rules could not decide",
                "evidence": {"n": n},
                "rma_id": parcel,
                "parcel_id": parcel,
                "unit_id": rng.randint(1, units) if has_unit else None,
                "station_id": rng.randint(1, 8),
                "raised_by_id": rng.randint(4, 20),
                "created_at": created,
                "sla_due": created + dt.timedelta(hours=rng.choice((4, 24, 48))),
                "claimed_by_id": rng.randint(1, 3) if claimed else None,
                "resolution": "closed" if resolved else None,
                "version": 1,
            }
        )
    put(ExceptionCase.__table__, rows)
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("ANALYZE"))
            connection.commit()


def measure_view(engine: Engine, label: str) -> dict[str, Any]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from receiving_station.exceptions.queue import QueueFilter
    from ui.app import settle_memory
    from ui.sections.exceptions.model import PAGE
    from ui.sections.exceptions.section import ExceptionsSection
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    sessions = session_factory(engine)
    with sessions() as session:
        lead = session.scalar(select(Operator.id).where(Operator.role == "lead"))
        lpns = list(
            session.scalars(
                select(ReceivedUnit.lpn)
                .join(ExceptionCase, ExceptionCase.unit_id == ReceivedUnit.id)
                .limit(20)
            )
        )
    view = ExceptionsSection(sessions, lambda: (lead, "lead", None), ["1", "2", "3", "4", "5"])
    view.resize(1600, 900)
    view.start()
    settle_memory()  # as the application does once its window is ready

    def timed(ask: Callable[[], None]) -> float:
        loop = QEventLoop()
        view.model.loaded.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        started = time.perf_counter()
        ask()
        loop.exec()
        view.model.loaded.disconnect(loop.quit)
        view.table.viewport().repaint()  # painted, not only in the model
        return (time.perf_counter() - started) * 1000

    opened = [timed(view.show)]  # the first time the section is shown (cold)
    for _ in range(6):
        opened.append(timed(lambda: view.model.reload(keep=False)))
    rows_shown = view.model.rowCount()
    counted = []  # the summary's counts per type, which follow the rows
    for _ in range(3):
        loop = QEventLoop()
        view.model.counted.connect(loop.quit)
        started = time.perf_counter()
        view.model.reload(keep=False)
        loop.exec()
        view.model.counted.disconnect(loop.quit)
        counted.append((time.perf_counter() - started) * 1000)
    total = sum(view.model.counts.values())

    filters: dict[str, float] = {}
    base = QueueFilter()
    for name, queue_filter in {
        "type": QueueFilter(types=("weight_mismatch",)),
        "status open": QueueFilter(statuses=("open",)),
        "older than 1 day": QueueFilter(older_than=dt.datetime.now(dt.UTC) - dt.timedelta(days=1)),
        "station": QueueFilter(station="BENCH-03"),
        "operator": QueueFilter(operator_id=7),
        "market": QueueFilter(market="NL"),
        "carrier": QueueFilter(carrier="dhl"),
        "market+type": QueueFilter(market="SE", types=("wrong_item",)),
        "search LPN": QueueFilter(search=lpns[3]),
        "search RMA": QueueFilter(search="RMA-NL-0000003"),
        "search tracking": QueueFilter(search="TRK000000012345"),
        "all statuses": QueueFilter(statuses=()),
    }.items():
        filters[name] = max(
            timed(lambda f=queue_filter: view.model.set_filter(f)) for _ in range(3)
        )
    view.model.set_filter(base)
    sorts: dict[str, float] = {}
    for key in ("due", "created", "type", "status"):
        for descending in (False, True):
            sorts[f"{key}{' desc' if descending else ''}"] = max(
                timed(lambda k=key, d=descending: view.model.sort_by(k, d)) for _ in range(3)
            )
    timed(lambda: view.model.sort_by("due", False))

    # Scroll: 50 pages, the GUI thread's heartbeat watched throughout.
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    full_collections = CollectorPauses(generation=2).start()  # a suspect of any stall
    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    heart.start()
    pages = []
    for _ in range(50):
        app.processEvents()  # the table lays out the rows it got (its scroll range grows)
        pages.append(timed(view.table.scrollToBottom))
    heart.stop()
    full_collections.stop()
    loaded = view.model.rowCount()
    view.stop()
    view.close()
    return {
        "open_ms": round(max(opened), 1),
        "open_cold_ms": round(opened[0], 1),
        "open_p50_ms": round(statistics.median(opened), 1),
        "filter_worst_ms": round(max(filters.values()), 1),
        "filter_worst": max(filters, key=lambda k: filters[k]),
        "sort_worst_ms": round(max(sorts.values()), 1),
        "sort_worst": max(sorts, key=lambda k: sorts[k]),
        "page_p99_ms": round(sorted(pages)[int(len(pages) * 0.99) - 1], 1),
        "scroll_stall_ms": max(gaps) if gaps else 0,
        "scroll_full_gc_ms": round(max(full_collections.pauses, default=0), 1),
        "scroll_gap_p99_ms": sorted(gaps)[int(len(gaps) * 0.99) - 1] if gaps else 0,
        "counts_ms": round(max(counted), 1),
        "rows_loaded": loaded,
        "first_page_rows": rows_shown,
        "open_exceptions": total,
        "page": PAGE,
        "filters_ms": {k: round(v, 1) for k, v in filters.items()},
        "sorts_ms": {k: round(v, 1) for k, v in sorts.items()},
        "database": label,
    }
