"""Refunds per second through the Shopify and WooCommerce connectors to their stand-ins (each
its own process, as a shop is), one dispatcher, on SQLite or PostgreSQL.

Each Shopify refund is two requests (`returnProcess`, then `refundCreate`); the stand-in's
cost bucket is made too large to throttle here, so the figure is the connector's and the
dispatcher's own speed.  A real shop's throttle is far below it: a Standard plan restores 100
points a second, 20 a refund, so about 5 refunds a second (Plus: about 50).  WooCommerce has
no limit of its own; its PHP is the limit there.
"""

from __future__ import annotations

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

from benchmarks.upstream import ROOT, _station_engine
from db.engine import session_factory, write_transaction
from db.enums import OutboxKind
from db.types import utcnow
from receiving_station.upstream import outbox
from receiving_station.upstream.dispatcher import Dispatcher
from receiving_station.upstream.shopify.connector import ShopifyConnector
from receiving_station.upstream.woocommerce.connector import WooCommerceConnector

TOKEN, KEY, SECRET = "shpat_bench", "ck_bench", "cs_bench"


def _gtin(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def _orders(platform: str, count: int) -> list[dict[str, Any]]:
    if platform == "shopify":
        return [
            {
                "name": f"#{n}",
                "lines": [
                    {
                        "sku": f"S{n}",
                        "quantity": 1,
                        "price": "100.00",
                        "barcode": _gtin(f"7{n:011d}"),
                    }
                ],
                "returns": [{"lines": [{"sku": f"S{n}", "quantity": 1}]}],
            }
            for n in range(count)
        ]
    return [
        {"lines": [{"sku": f"S{n}", "quantity": 1, "price": "80.00", "tax": "20.00"}]}
        for n in range(count)
    ]


@contextmanager
def standin_process(platform: str) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "RECEIVING_STATION_SHOPIFY_TOKEN": TOKEN,
        "RECEIVING_STATION_WOOCOMMERCE_KEY": KEY,
        "RECEIVING_STATION_WOOCOMMERCE_SECRET": SECRET,
    }
    args = [
        sys.executable,
        "-m",
        "receiving_station.cli",
        f"{platform}-standin",
        "--listen",
        f"127.0.0.1:{port}",
    ]
    if platform == "shopify":
        args += ["--maximum", "1e12", "--restore-rate", "1e12"]
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    process.stdout.readline()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(10)


def refund_rate(platform: str, database: str = "sqlite", refunds: int = 2000) -> dict[str, Any]:
    """`refunds` units' refund events (of pulled returns, with their platform ids) queued,
    then drained by one dispatcher: refunds a second."""
    with tempfile.TemporaryDirectory() as tmp, standin_process(platform) as url:
        seeded = httpx.post(
            f"{url}/_standin/orders", json={"orders": _orders(platform, refunds)}, timeout=120
        )
        seeded.raise_for_status()
        connector: Any = (
            ShopifyConnector(
                url, TOKEN, location="gid://shopify/Location/1001", timeout=10, page_size=50
            )
            if platform == "shopify"
            else WooCommerceConnector(url, KEY, SECRET, statuses=("return-requested",), timeout=10)
        )
        records: list[dict[str, Any]] = []
        cursor = ""
        while True:
            page = connector.pull_page(cursor, 100)
            records += page.returns
            cursor = page.next_cursor
            if not page.has_more:
                break
        engine = _station_engine(database, Path(tmp))
        sessions = session_factory(engine)
        now = utcnow()
        with write_transaction(sessions) as session:
            for n, record in enumerate(records):
                line = record["lines"][0]
                outbox.enqueue(
                    session,
                    kind=OutboxKind.REFUND,
                    rma_number=record["rma_number"],
                    subject=f"refund:LPNP{n:07d}",
                    payload={
                        "rma": record["rma_number"],
                        "order": record["order_number"],
                        "units": [
                            {
                                "sku": line["sku"],
                                "lpn": f"LPNP{n:07d}",
                                "grade": "A",
                                "disposition": "restock",
                                "amount": line["unit_price"],
                                "restocking_fee": "0.00",
                            }
                        ],
                        "restocking_fee": "0.00",
                        "total": line["unit_price"],
                        "currency": line["currency"],
                        "method": "original_payment",
                        "platform": {
                            **record["platform"],
                            "line": line["platform"],
                            "line_units_before": 0,
                        },
                    },
                    now=now,
                )
        dispatcher = Dispatcher(sessions, connector)
        started = time.perf_counter()
        result = dispatcher.drain()
        while result.sent < len(records) and time.perf_counter() - started < 300:
            time.sleep(0.2)
            more = dispatcher.drain()
            result = result.plus(more)
        elapsed = time.perf_counter() - started
        dispatcher.close()
        summary = httpx.get(f"{url}/_standin/summary", timeout=10).json()
        engine.dispose()
    sent_refunds = len(records)
    return {
        "refunds": sent_refunds,
        "events_sent": result.sent,
        "seconds": round(elapsed, 2),
        "refunds_per_s": round(sent_refunds / elapsed, 1),
        "retried": result.retried,
        "refused": result.refused,
        "applied_at_platform": summary["refunds"],
    }
