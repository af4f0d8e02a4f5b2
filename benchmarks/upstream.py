"""Upstream delivery: events per second to a local sandbox, and confirm-to-accepted latency.

The sandbox runs as its own process (`receiving-station sandbox-upstream`), as a shop's server
would; the dispatcher runs in this process against an SQLite or PostgreSQL station database.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, select

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.enums import OutboxKind
from db.migrate import upgrade_database
from db.models import OutboxEvent
from db.types import utcnow
from receiving_station.upstream import outbox
from receiving_station.upstream.adapters import HttpAdapter, StationConnector
from receiving_station.upstream.dispatcher import Dispatcher, DispatcherThread

ROOT = Path(__file__).resolve().parent.parent
SECRET = b"benchmark-secret"


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


@contextmanager
def sandbox_process(directory: Path) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "RECEIVING_STATION_UPSTREAM_SECRET": SECRET.decode()}
    env.pop("RECEIVING_STATION_CONFIG", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "receiving_station.cli",
            "sandbox-upstream",
            "--control-pages",
            "--listen",
            f"127.0.0.1:{port}",
            "--database",
            f"sqlite:///{directory / 'sandbox.sqlite3'}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{url}/_sandbox/summary", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        yield url
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)


def _refund(session: Any, rma: str, lpn: str, now: dt.datetime) -> OutboxEvent:
    return outbox.enqueue(
        session,
        kind=OutboxKind.REFUND,
        rma_number=rma,
        subject=f"refund:{lpn}",
        payload={
            "rma": rma,
            "order": f"SO-{rma}",
            "units": [
                {
                    "sku": "SKU-1",
                    "lpn": lpn,
                    "grade": "A",
                    "disposition": "restock",
                    "amount": "499.00",
                    "restocking_fee": "0.00",
                }
            ],
            "restocking_fee": "0.00",
            "total": "499.00",
            "currency": "SEK",
            "method": "original_payment",
        },
        now=now,
    )


def _station_engine(database: str, directory: Path) -> Engine:
    if database == "sqlite":
        engine = create_engine_for_url(f"sqlite:///{directory / 'station.sqlite3'}")
    else:
        engine = create_engine_for_url(database)
    upgrade_database(engine)
    return engine


def delivery_rate(database: str = "sqlite", rmas: int = 1000) -> dict[str, Any]:
    """Events per second: `rmas` returns × (received, two refunds) queued, then drained; the
    refunds' own `refunded` events are sent in the same run and counted."""
    with tempfile.TemporaryDirectory() as tmp, sandbox_process(Path(tmp)) as url:
        engine = _station_engine(database, Path(tmp))
        sessions = session_factory(engine)
        now = utcnow()
        with write_transaction(sessions) as session:
            for r in range(rmas):
                rma = f"RMA-B-{r:06d}"
                outbox.enqueue_status(
                    session,
                    rma_number=rma,
                    status="received",
                    now=now,
                    about=f"parcel:{r}",
                    details={},
                )
                _refund(session, rma, f"LPNB{r:06d}A", now)
                _refund(session, rma, f"LPNB{r:06d}B", now)
        dispatcher = Dispatcher(sessions, StationConnector(HttpAdapter(url, SECRET)))
        started = time.perf_counter()
        result = dispatcher.drain()
        elapsed = time.perf_counter() - started
        dispatcher.close()
        summary = httpx.get(f"{url}/_sandbox/summary", timeout=10).json()
        engine.dispose()
    return {
        "events": result.sent,
        "seconds": round(elapsed, 2),
        "events_per_s": round(result.sent / elapsed, 1),
        "retried": result.retried,
        "applied_upstream": summary["refunds"] + summary["status_events"],
    }


def confirm_to_accepted(
    database: str = "sqlite", confirms: int = 200, gap: float = 0.05
) -> dict[str, Any]:
    """A bench confirming a unit every `gap` s (its refund committed, the dispatcher thread
    woken as the window does): from the commit to upstream's acceptance of the refund."""
    with tempfile.TemporaryDirectory() as tmp, sandbox_process(Path(tmp)) as url:
        engine = _station_engine(database, Path(tmp))
        sessions = session_factory(engine)
        thread = DispatcherThread(
            Dispatcher(sessions, StationConnector(HttpAdapter(url, SECRET))), poll_seconds=1.0
        )
        thread.start()
        committed: dict[str, float] = {}
        for n in range(confirms):
            with write_transaction(sessions) as session:
                key = _refund(session, f"RMA-L-{n:06d}", f"LPNL{n:06d}", utcnow()).idempotency_key
            committed[key] = time.time()
            thread.wake()
            time.sleep(gap)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with sessions() as session:
                left = session.scalar(
                    select(OutboxEvent.id).where(OutboxEvent.state != "sent").limit(1)
                )
            if left is None:
                break
            time.sleep(0.1)
        thread.stop()
        deliveries = httpx.get(f"{url}/_sandbox/deliveries", timeout=10).json()
        engine.dispose()
    accepted = {
        d["idempotency_key"]: dt.datetime.fromisoformat(d["at"]).timestamp()
        for d in deliveries
        if d["outcome"] == "applied" and d["idempotency_key"] in committed
    }
    delays = [(accepted[key] - at) * 1000 for key, at in committed.items() if key in accepted]
    return {
        "confirms": confirms,
        "accepted": len(delays),
        "p50_ms": round(_percentile(delays, 50), 1) if delays else None,
        "p99_ms": round(_percentile(delays, 99), 1) if delays else None,
        "max_ms": round(max(delays), 1) if delays else None,
    }
