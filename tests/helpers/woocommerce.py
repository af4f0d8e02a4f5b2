"""The WooCommerce stand-in for tests: a shop with orders in a return status, and the outbox
events for their units."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from receiving_station.demo.woocommerce_standin import (
    Credentials,
    WooBook,
    WooCommerceStandIn,
    start_woocommerce_standin,
)
from receiving_station.upstream.connector import OutboundEvent
from receiving_station.upstream.woocommerce.connector import WooCommerceConnector, expected_return
from tests.helpers.standins import gtin13, serving

KEY, SECRET = "ck_test_key", "cs_test_secret"


def woo_order(
    number: int, *, status: str = "return-requested", payment: str = "stripe"
) -> dict[str, Any]:
    return {
        "status": status,
        "currency": "EUR",
        "country": "NL",
        "payment_method": payment,
        "customer": {
            "first_name": "Sanne",
            "last_name": f"de Vries {number}",
            "email": f"s{number}@example.nl",
        },
        "lines": [
            {
                "sku": f"JKT-{number}",
                "name": "Rain jacket",
                "quantity": 2,
                "price": "80.00",
                "tax": "16.80",
                "stock": 3,
                "gtin": gtin13(f"8710{number:07d}1"),
            },
            {
                "sku": f"CAP-{number}",
                "name": "Cap",
                "quantity": 1,
                "price": "20.00",
                "tax": "4.20",
                "gtin": gtin13(f"8710{number:07d}2"),
            },
        ],
    }


def woo_shop(**options: Any) -> AbstractContextManager[WooCommerceStandIn]:
    return serving(*start_woocommerce_standin(WooBook(), Credentials(KEY, SECRET), **options))


def woo_connector(server: WooCommerceStandIn, **options: Any) -> WooCommerceConnector:
    return WooCommerceConnector(
        server.url, KEY, SECRET, statuses=("return-requested",), timeout=5, **options
    )


def woo_event(
    order: dict[str, Any],
    *,
    kind: str = "refund",
    key: str = "rs-0123456789abcdef-00000000000000000000000000000001",
    lpn: str = "LPN-W-1",
    disposition: str = "restock",
    total: str = "96.80",
    attempts: int = 0,
    status: str = "received",
) -> OutboundEvent:
    """The event the station queues for one jacket of the order, with the ids a pull gives."""
    record = expected_return(order)
    assert record is not None
    line = record["lines"][0]
    platform = {**record["platform"], "line": line["platform"], "line_units_before": 0}
    unit = {
        "sku": line["sku"],
        "lpn": lpn,
        "grade": "A",
        "disposition": disposition,
        "amount": total,
        "restocking_fee": "0.00",
    }
    rma = record["rma_number"]
    if kind == "status_event":
        payload = {"rma": rma, "status": status, "platform": platform}
        return OutboundEvent(1, kind, rma, f"status:{rma}:{status}:x", key, payload, attempts)
    if kind == "exchange_release":
        payload = {
            "rma": rma,
            "order": record["order_number"],
            "exchange_sku": "JKT-L",
            "returned": unit,
            "currency": "EUR",
            "platform": platform,
        }
        return OutboundEvent(1, kind, rma, f"exchange:{rma}:{lpn}", key, payload, attempts)
    payload = {
        "rma": rma, "order": record["order_number"], "units": [unit], "restocking_fee": "0.00",
        "total": total, "currency": "EUR", "method": "original_payment", "platform": platform,
    }  # fmt: skip
    return OutboundEvent(1, kind, rma, f"refund:{lpn}", key, payload, attempts)
