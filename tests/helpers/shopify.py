"""The Shopify stand-in for tests: a shop with orders and returns, and events for its units."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from receiving_station.demo.shopify_book import ShopifyBook
from receiving_station.demo.shopify_standin import ShopifyStandIn, start_shopify_standin
from receiving_station.upstream.connector import OutboundEvent
from tests.helpers.standins import gtin13, serving

TOKEN = "shpat_test_token"


def order_spec(number: int, *, status: str = "OPEN", exchange: bool = False) -> dict[str, Any]:
    """An order of two T-shirts and a mug, the shirts being returned (and, with `exchange`,
    swapped for a larger size)."""
    spec: dict[str, Any] = {
        "name": f"#{1000 + number}",
        "currency": "SEK",
        "country": "SE",
        "customer": {"name": f"Customer {number}", "email": f"c{number}@example.se"},
        "lines": [
            {
                "sku": f"TS-{number}-M",
                "title": "T-shirt M",
                "quantity": 2,
                "price": "199.00",
                "barcode": gtin13(f"7310{number:07d}1"),
            },
            {
                "sku": f"MUG-{number}",
                "title": "Mug",
                "quantity": 1,
                "price": "89.00",
                "barcode": gtin13(f"7310{number:07d}2"),
            },
        ],
        "returns": [
            {
                "status": status,
                "lines": [{"sku": f"TS-{number}-M", "quantity": 2, "note": "Too small"}],
            }
        ],
    }
    if exchange:
        spec["returns"][0]["exchange"] = [
            {"sku": f"TS-{number}-L", "title": "T-shirt L", "quantity": 1}
        ]
    return spec


def shopify_shop(**options: Any) -> AbstractContextManager[ShopifyStandIn]:
    return serving(*start_shopify_standin(ShopifyBook(), TOKEN, **options))


def unit_event(
    order: dict[str, Any],
    *,
    kind: str = "refund",
    key: str = "rs-0123456789abcdef-00000000000000000000000000000001",
    lpn: str = "LPN-S-1",
    disposition: str = "restock",
    total: str = "199.00",
    before: int = 0,
    attempts: int = 0,
    event_id: int = 1,
) -> OutboundEvent:
    """The outbox event the station queues for one unit of the order's first return, with the
    Shopify ids a pull gives it."""
    ret = order["returns"][0]
    line = ret["returnLineItems"][0]
    item = line["fulfillmentLineItem"]["lineItem"]
    rfo_line = next(
        li
        for li in ret["reverseFulfillmentOrders"][0]["lineItems"]
        if li["fulfillmentLineItem"]["lineItem"] is item
    )
    platform = {
        "name": "shopify",
        "return_id": ret["id"],
        "order_id": order["id"],
        "parent_transaction_id": order["transactions"][0]["id"],
        "gateway": order["transactions"][0]["gateway"],
        "line": {
            "return_line_item_id": line["id"],
            "reverse_fulfillment_order_line_item_id": rfo_line["id"],
            "line_item_id": item["id"],
        },
        "line_units_before": before,
    }
    if ret["exchangeLineItems"]:
        platform["exchange_line_item_id"] = ret["exchangeLineItems"][0]["id"]
    unit = {
        "sku": item["sku"],
        "lpn": lpn,
        "grade": "A",
        "disposition": disposition,
        "amount": total,
        "restocking_fee": "0.00",
    }
    payload: dict[str, Any]
    if kind == "exchange_release":
        payload = {
            "rma": ret["name"],
            "order": order["name"],
            "returned": unit,
            "currency": "SEK",
            "platform": platform,
        }
        subject = f"exchange:{ret['name']}:{lpn}"
    else:
        payload = {
            "rma": ret["name"], "order": order["name"], "units": [unit], "restocking_fee": "0.00",
            "total": total, "currency": "SEK", "method": "original_payment", "platform": platform,
        }  # fmt: skip
        subject = f"refund:{lpn}"
    return OutboundEvent(event_id, kind, ret["name"], subject, key, payload, attempts)
