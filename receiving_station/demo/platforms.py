"""`--demo --platform shopify|woocommerce`: the demo with a stand-in shop platform on this
machine.  The stand-in starts with a few orders being returned, the station pulls them as it
would from a real shop (so they carry the platform's ids), and the demo's dispatcher sends the
units of those returns to the platform; the demo's other returns still go to its sandbox.

Plain Python (no Qt): the CLI starts it before the window, the window stops it."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from db.engine import session_factory
from db.models import Rma
from receiving_station.upstream.connector import Connector
from receiving_station.upstream.pull import PullResult, pull_returns

log = logging.getLogger(__name__)

PLATFORMS = ("shopify", "woocommerce")


@dataclass
class DemoPlatform:
    name: str
    url: str
    connector: Connector
    pulled: PullResult
    numbers: list[tuple[str, str]]  # each pulled return and its items' barcodes
    stop: Callable[[], None]
    summary: Callable[[], dict[str, Any]]

    def describe(self) -> list[str]:
        numbers = self.numbers
        return [
            f"{self.name} stand-in at {self.url} ({self.url}/_standin/summary shows its books); "
            f"{self.pulled.returns} returns pulled from it:",
            *(
                f"  scan the return slip RMA-{number}, then its items {codes}"
                for number, codes in numbers
            ),
        ]


SHOPIFY_ORDERS = [
    {
        "name": "#1001",
        "currency": "SEK",
        "country": "SE",
        "customer": {"name": "Sara Lind", "email": "sara.lind@example.se"},
        "lines": [
            {
                "sku": "TS-BLK-M",
                "title": "T-shirt black M",
                "quantity": 2,
                "price": "199.00",
                "barcode": "7350099000010",
            },
            {
                "sku": "MUG-WH",
                "title": "Mug white",
                "quantity": 1,
                "price": "89.00",
                "barcode": "7350099000027",
            },
        ],
        "returns": [{"lines": [{"sku": "TS-BLK-M", "quantity": 2, "note": "Too small"}]}],
    },
    {
        "name": "#1002",
        "currency": "EUR",
        "country": "NL",
        "customer": {"name": "Sanne de Vries", "email": "sanne@example.nl"},
        "lines": [
            {
                "sku": "JKT-RED-S",
                "title": "Rain jacket red S",
                "quantity": 1,
                "price": "129.95",
                "barcode": "8710099000035",
            }
        ],
        "returns": [
            {
                "lines": [{"sku": "JKT-RED-S", "quantity": 1, "note": "Wrong size"}],
                "exchange": [{"sku": "JKT-RED-M", "title": "Rain jacket red M", "quantity": 1}],
            }
        ],
    },
    {
        "name": "#1003",
        "currency": "NOK",
        "country": "NO",
        "customer": {"name": "Ola Nordmann", "email": "ola@example.no"},
        "lines": [
            {
                "sku": "BOOT-42",
                "title": "Winter boots 42",
                "quantity": 1,
                "price": "1299.00",
                "barcode": "7030099000042",
            }
        ],
        "returns": [{"lines": [{"sku": "BOOT-42", "quantity": 1, "note": "Not as described"}]}],
    },
]

WOOCOMMERCE_ORDERS = [
    {
        "currency": "EUR",
        "country": "NL",
        "payment_method": "stripe",
        "customer": {"first_name": "Sanne", "last_name": "de Vries", "email": "sanne@example.nl"},
        "lines": [
            {
                "sku": "JKT-RED-S",
                "name": "Rain jacket red S",
                "quantity": 1,
                "price": "107.40",
                "tax": "22.55",
                "stock": 4,
                "gtin": "8710099000035",
            },
            {
                "sku": "CAP-GRY",
                "name": "Cap grey",
                "quantity": 2,
                "price": "16.49",
                "tax": "3.46",
                "stock": 10,
                "gtin": "8710099000059",
            },
        ],
    },
    {
        "currency": "EUR",
        "country": "DE",
        "payment_method": "stripe",
        "customer": {"first_name": "Jonas", "last_name": "Weber", "email": "jonas@example.de"},
        "lines": [
            {
                "sku": "BAG-TOTE",
                "name": "Tote bag",
                "quantity": 1,
                "price": "33.61",
                "tax": "6.39",
                "gtin": "4000099000062",
            }
        ],
    },
]


def start_demo_platform(name: str, engine: Engine) -> DemoPlatform:
    """The stand-in of `name` on a free local port, seeded, and its returns pulled into the
    demo database (again on every start: the pull takes only what is new or changed)."""
    if name == "shopify":
        from receiving_station.demo.shopify_book import ShopifyBook
        from receiving_station.demo.shopify_standin import ShopifyStandIn
        from receiving_station.upstream.shopify.connector import ShopifyConnector

        token = secrets.token_hex(16)
        book: Any = ShopifyBook()
        for spec in SHOPIFY_ORDERS:
            book.seed_order(spec)
        server: Any = ShopifyStandIn(("127.0.0.1", 0), book, token)
        connector: Connector = ShopifyConnector(
            server.url, token, location=next(iter(book.locations)), timeout=5
        )
    elif name == "woocommerce":
        from receiving_station.demo.woocommerce_standin import (
            Credentials,
            WooBook,
            WooCommerceStandIn,
        )
        from receiving_station.upstream.woocommerce.connector import WooCommerceConnector

        key, secret = f"ck_{secrets.token_hex(8)}", f"cs_{secrets.token_hex(16)}"
        book = WooBook()
        for spec in WOOCOMMERCE_ORDERS:
            book.seed_order(spec)
        server = WooCommerceStandIn(("127.0.0.1", 0), book, Credentials(key, secret))
        connector = WooCommerceConnector(
            server.url, key, secret, statuses=("return-requested",), timeout=5
        )
    else:
        raise ValueError(f"--platform: one of {', '.join(PLATFORMS)}")
    thread = server.start(f"{name}-standin")

    def stop() -> None:
        connector.close()
        server.shutdown()
        server.server_close()
        thread.join(5)

    try:
        pulled = pull_returns(engine, connector, restart=True)
    except Exception:
        stop()
        raise
    log.info("demo %s stand-in at %s", name, server.url)
    with session_factory(engine)() as session:
        rmas = session.scalars(
            select(Rma)
            .where(Rma.source == f"upstream pull ({name})", Rma.status == "expected")
            .order_by(Rma.number)
        ).all()
        numbers = [
            (
                rma.number,
                ", ".join(
                    f"{(line.gtin or line.sku).lstrip('0')} x{line.quantity}" for line in rma.lines
                ),
            )
            for rma in rmas
        ]
    return DemoPlatform(name, server.url, connector, pulled, numbers, stop, book.summary)
