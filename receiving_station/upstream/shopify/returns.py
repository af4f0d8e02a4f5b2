"""A Shopify order's open returns as the station's expected returns (the JSON import form,
docs/import-format.md), each carrying the Shopify ids the connector acts on later in its
`platform` object."""

from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger(__name__)

#: Return statuses the bench may receive parcels for: approved (OPEN) and awaiting approval
#: (REQUESTED: processing it is refused until the shop approves it, and the lead sees why).
EXPECTED_STATUSES = ("OPEN", "REQUESTED")


def rma_number(name: str) -> str:
    """Shopify's return name ("#1001-R1") as an RMA number the station takes ("1001-R1")."""
    return re.sub(r"[^A-Za-z0-9/_.-]+", "-", name.lstrip("#")).strip("-")[:64]


def expected_returns(order: dict[str, Any]) -> list[dict[str, Any]]:
    """The order's open or requested returns in the import form; returns the station cannot
    take (no shipping country, a line without its reverse fulfillment line) are left out
    and logged, so one odd order does not stop a pull."""
    records = []
    country = ((order.get("shippingAddress") or {}).get("countryCodeV2") or "").upper()
    captured = [
        t
        for t in order.get("transactions") or []
        if t.get("kind") in ("SALE", "CAPTURE") and t.get("status") == "SUCCESS"
    ]
    for ret in (order.get("returns") or {}).get("nodes") or []:
        if ret.get("status") not in EXPECTED_STATUSES:
            continue
        if not country:
            log.warning(
                "Shopify return %s: its order has no shipping country; left out", ret["name"]
            )
            continue
        rfo_lines = {
            line["fulfillmentLineItem"]["lineItem"]["id"]: line["id"]
            for rfo in (ret.get("reverseFulfillmentOrders") or {}).get("nodes") or []
            for line in (rfo.get("lineItems") or {}).get("nodes") or []
            if line.get("fulfillmentLineItem")
        }
        lines: list[dict[str, Any]] = []
        for number, line in enumerate((ret.get("returnLineItems") or {}).get("nodes") or [], 1):
            item = ((line.get("fulfillmentLineItem") or {}).get("lineItem")) or {}
            price = (item.get("originalUnitPriceSet") or {}).get("presentmentMoney") or {}
            if item.get("id") not in rfo_lines:
                log.warning(
                    "Shopify return %s: line %s has no reverse fulfillment line; left out",
                    ret["name"],
                    line.get("id"),
                )
                lines = []
                break
            lines.append(
                {
                    "line_no": number,
                    "sku": item.get("sku") or f"SHOPIFY-{str(item['id']).rsplit('/', 1)[-1]}",
                    "description": (item.get("name") or "")[:200],
                    "quantity": line["quantity"],
                    "unit_price": price.get("amount", "0"),
                    "currency": price.get("currencyCode") or order.get("presentmentCurrencyCode"),
                    "reason_code": _reason(line.get("returnReasonNote") or ""),
                    **_gtin((item.get("variant") or {}).get("barcode")),
                    "platform": {
                        "return_line_item_id": line["id"],
                        "reverse_fulfillment_order_line_item_id": rfo_lines[item["id"]],
                        "line_item_id": item["id"],
                    },
                }
            )
        if not lines:
            continue
        exchanges = (ret.get("exchangeLineItems") or {}).get("nodes") or []
        customer = order.get("customer") or {}
        platform = {
            "name": "shopify",
            "return_id": ret["id"],
            "order_id": order["id"],
            "return_name": ret["name"],
            "status": ret["status"],
        }
        if captured:
            platform["parent_transaction_id"] = captured[0]["id"]
            platform["gateway"] = captured[0].get("gateway") or "manual"
        record: dict[str, Any] = {
            "rma_number": rma_number(ret["name"]),
            "order_number": order["name"],
            "customer_name": (customer.get("displayName") or "")[:200],
            "customer_email": customer.get("email") or order.get("email") or "",
            "market": country,
            "channel": "portal",
            "purchase_date": (order.get("processedAt") or "")[:10],
            "requested_resolution": "exchange" if exchanges else "refund",
            "lines": lines,
            "platform": platform,
        }
        if exchanges:
            first = exchanges[0]
            record["exchange_sku"] = next(
                (item["sku"] for item in first.get("lineItems") or [] if item.get("sku")),
                "EXCHANGE",
            )
            platform["exchange_line_item_id"] = first["id"]
        if not record["customer_email"]:
            del record["customer_email"]
        records.append(record)
    return records


def _reason(note: str) -> str | None:
    """A reason code from the customer's words, when they are one (the import takes a short
    code: letters, digits, _)."""
    code = re.sub(r"[^a-z0-9]+", "_", note.lower()).strip("_")[:40]
    return code or None


def _gtin(barcode: str | None) -> dict[str, str]:
    """The variant's barcode as the line's GTIN when it is one (8, 12, 13 or 14 digits: what
    the bench scans on the item); a shop's own codes are left out."""
    code = (barcode or "").strip()
    return (
        {"gtin": code} if code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14) else {}
    )
