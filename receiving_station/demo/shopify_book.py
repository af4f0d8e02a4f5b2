"""The Shopify stand-in's books: orders, their returns and refunds, and what `returnProcess` and
`refundCreate` do to them, as shopify.dev describes (docs/shopify.md, "What the stand-in
follows").  Plain dicts shaped like the Admin API's objects (resources/shopify/
admin-2026-10.graphql), so GraphQL execution reads them field by field; quantities that
Shopify derives (processable, refundable, current) are worked out when read.

Kept in memory, behind one lock: a stand-in started again is a new shop (seed it again).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from db.types import utcnow

GID = "gid://shopify/{}/{}"

# Shopify's wording where shopify.dev gives it (the idempotency errors are the enum
# descriptions of IDEMPOTENCY_* on the inventory mutations); else the stand-in's own, marked.
KEY_REQUIRED = "An idempotency key is required: call refundCreate with @idempotent(key: ...)"
KEY_MISMATCH = "The same idempotency key cannot be used with different operation parameters."
KEY_IN_PROGRESS = "This request is currently in progress, please try again."


class UserErrors(Exception):
    """The mutation is refused: its payload carries these `userErrors` and changes nothing."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("; ".join(e["message"] for e in errors))
        self.errors = errors


def _error(field: list[str] | None, message: str, code: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"field": field, "message": message}
    if code is not None:
        error["code"] = code
    return error


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    bag = {"amount": f"{amount:.2f}", "currencyCode": currency}
    return {"presentmentMoney": bag, "shopMoney": dict(bag)}


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


@dataclass
class ShopifyBook:
    """The stand-in shop's state.  `seed_order` adds an order with its returns; the two
    mutations change it; `summary()` and `refunds()` say what it holds (for tests, demo)."""

    shop_name: str = "Receiving Station demo shop"
    currency: str = "SEK"
    scopes: tuple[str, ...] = (
        "read_orders",
        "write_orders",
        "read_returns",
        "write_returns",
        "read_locations",
    )
    clock: Callable[[], dt.datetime] = utcnow
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    returns: dict[str, dict[str, Any]] = field(default_factory=dict)
    locations: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    _ids: dict[str, int] = field(default_factory=dict)
    _keys: dict[str, tuple[str, dict[str, Any] | None]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.locations:
            self.add_location("Returns warehouse")

    def new_id(self, kind: str) -> str:
        self._ids[kind] = self._ids.get(kind, 1000) + 1
        return GID.format(kind, self._ids[kind])

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    # -- seeding -----------------------------------------------------------------------------

    def add_location(self, name: str) -> dict[str, Any]:
        location_id = self.new_id("Location")
        location = {"id": location_id, "name": name, "isActive": True}
        self.locations[location_id] = location
        return location

    def seed_order(self, spec: dict[str, Any]) -> dict[str, Any]:
        """An order as a shop would hold it, from a short description:

            {"name": "#1001", "currency": "SEK", "country": "SE", "processed_at": ISO,
             "customer": {"name": ..., "email": ...},
             "lines": [{"sku": ..., "title": ..., "quantity": 2, "price": "499.00"}],
             "returns": [{"status": "OPEN", "name": "#1001-R1",
                          "lines": [{"sku": ..., "quantity": 1, "note": "too small"}],
                          "exchange": [{"sku": ..., "title": ..., "quantity": 1}]}]}

        It was paid in full (one successful SALE) and fulfilled; each return has its reverse
        fulfillment order."""
        with self.lock:
            now = self.clock()
            currency = spec.get("currency", self.currency)
            processed = spec.get("processed_at") or _iso(now - dt.timedelta(days=10))
            order_id = self.new_id("Order")
            customer = spec.get("customer") or {}
            order: dict[str, Any] = {
                "id": order_id,
                "name": spec["name"],
                "createdAt": processed,
                "updatedAt": _iso(now),
                "processedAt": processed,
                "currencyCode": currency,
                "presentmentCurrencyCode": currency,
                "customer": {
                    "id": self.new_id("Customer"),
                    "displayName": customer.get("name", "A customer"),
                    "email": customer.get("email"),
                },
                "email": customer.get("email"),
                "shippingAddress": {
                    "countryCodeV2": spec.get("country", "SE"),
                    "name": customer.get("name"),
                },
                "lineItems": [],
                "refunds": [],
                "returns": [],
                "transactions": [],
            }
            total = Decimal(0)
            by_sku: dict[str, dict[str, Any]] = {}
            for line in spec["lines"]:
                price = Decimal(str(line["price"]))
                item = {
                    "id": self.new_id("LineItem"),
                    "name": line.get("title", line["sku"]),
                    "title": line.get("title", line["sku"]),
                    "sku": line["sku"],
                    "quantity": int(line.get("quantity", 1)),
                    "refundedQuantity": 0,
                    "originalUnitPriceSet": _money(price, currency),
                    "fulfillmentLineItem": None,
                    "variant": {
                        "id": self.new_id("ProductVariant"),
                        "sku": line["sku"],
                        "barcode": line.get("barcode"),
                    },
                }
                item["fulfillmentLineItem"] = {
                    "id": self.new_id("FulfillmentLineItem"),
                    "lineItem": item,
                    "quantity": item["quantity"],
                }
                total += price * item["quantity"]
                order["lineItems"].append(item)
                by_sku[item["sku"]] = item
            order["transactions"].append(
                {
                    "id": self.new_id("OrderTransaction"),
                    "kind": "SALE",
                    "status": "SUCCESS",
                    "gateway": spec.get("gateway", "shopify_payments"),
                    "amountSet": _money(total, currency),
                    "parentTransaction": None,
                }
            )
            self.orders[order_id] = order
            for number, ret in enumerate(spec.get("returns", []), start=1):
                self._seed_return(order, ret, by_sku, number)
            return order

    def _seed_return(
        self, order: dict[str, Any], spec: dict[str, Any], by_sku: dict[str, Any], number: int
    ) -> None:
        ret: dict[str, Any] = {
            "id": self.new_id("Return"),
            "name": spec.get("name") or f"{order['name']}-R{number}",
            "status": spec.get("status", "OPEN"),
            "order": order,
            "createdAt": order["updatedAt"],
            "closedAt": None,
            "returnLineItems": [],
            "exchangeLineItems": [],
            "reverseFulfillmentOrders": [],
            "refunds": [],
        }
        rfo: dict[str, Any] = {"id": self.new_id("ReverseFulfillmentOrder"), "lineItems": []}
        for line in spec["lines"]:
            item = by_sku[line["sku"]]
            quantity = int(line.get("quantity", 1))
            ret["returnLineItems"].append(
                {
                    "__typename": "ReturnLineItem",
                    "id": self.new_id("ReturnLineItem"),
                    "quantity": quantity,
                    "processedQuantity": 0,
                    "refundedQuantity": 0,
                    "customerNote": line.get("customer_note"),
                    "returnReasonNote": line.get("note", ""),
                    "fulfillmentLineItem": item["fulfillmentLineItem"],
                }
            )
            rfo["lineItems"].append(
                {
                    "id": self.new_id("ReverseFulfillmentOrderLineItem"),
                    "totalQuantity": quantity,
                    "fulfillmentLineItem": item["fulfillmentLineItem"],
                    "dispositions": [],
                }
            )
        ret["reverseFulfillmentOrders"].append(rfo)
        for line in spec.get("exchange", []):
            currency = order["presentmentCurrencyCode"]
            new_item = {
                "id": self.new_id("LineItem"),
                "name": line.get("title", line["sku"]),
                "title": line.get("title", line["sku"]),
                "sku": line["sku"],
                "quantity": int(line.get("quantity", 1)),
                "refundedQuantity": 0,
                "originalUnitPriceSet": _money(Decimal(str(line.get("price", "0"))), currency),
            }
            ret["exchangeLineItems"].append(
                {
                    "id": self.new_id("ExchangeLineItem"),
                    "lineItems": [new_item],
                    "quantity": new_item["quantity"],
                    "processedQuantity": 0,
                    "variantId": self.new_id("ProductVariant"),
                }
            )
        order["returns"].append(ret)
        self.returns[ret["id"]] = ret

    # -- returnProcess ---------------------------------------------------------------------------

    def return_process(self, data: dict[str, Any]) -> dict[str, Any]:
        """`returnProcess(input:)`: confirm quantities of return and exchange line items with
        their dispositions (and a refund, when `financialTransfer` asks).  All checked first;
        a refusal changes nothing."""
        with self.lock:
            ret = self.returns.get(data["returnId"])
            if ret is None:
                raise UserErrors(
                    [_error(["input", "returnId"], "Return does not exist.", "NOT_FOUND")]
                )
            if ret["status"] != "OPEN":
                raise UserErrors(
                    [
                        _error(
                            ["input", "returnId"],
                            f"Return is {ret['status'].lower()}: only an open return can be processed.",
                            "INVALID_STATE",
                        )
                    ]
                )
            lines = {line["id"]: line for line in ret["returnLineItems"]}
            rfo_lines = {
                item["id"]: item
                for rfo in ret["reverseFulfillmentOrders"]
                for item in rfo["lineItems"]
            }
            exchanges = {line["id"]: line for line in ret["exchangeLineItems"]}
            errors: list[dict[str, Any]] = []
            plan: list[tuple[dict[str, Any], int, list[dict[str, Any]]]] = []
            for n, item in enumerate(data.get("returnLineItems") or []):
                where = ["input", "returnLineItems", str(n)]
                line = lines.get(item["id"])
                if line is None:
                    errors.append(
                        _error([*where, "id"], "Return line item does not exist.", "NOT_FOUND")
                    )
                    continue
                quantity = item["quantity"]
                processable = line["quantity"] - line["processedQuantity"]
                if quantity < 1 or quantity > processable:
                    errors.append(
                        _error(
                            [*where, "quantity"],
                            f"Quantity must be between 1 and the processable quantity ({processable}).",
                            "INVALID",
                        )
                    )
                    continue
                dispositions = item.get("dispositions") or []
                for m, disposition in enumerate(dispositions):
                    at = [*where, "dispositions", str(m)]
                    target = rfo_lines.get(disposition["reverseFulfillmentOrderLineItemId"])
                    if (
                        target is None
                        or target["fulfillmentLineItem"] is not line["fulfillmentLineItem"]
                    ):
                        errors.append(
                            _error(
                                [*at, "reverseFulfillmentOrderLineItemId"],
                                "Reverse fulfillment order line item does not belong to this return line item.",
                                "INVALID",
                            )
                        )
                    if disposition["dispositionType"] == "RESTOCKED" and (
                        disposition.get("locationId") not in self.locations
                    ):
                        errors.append(
                            _error(
                                [*at, "locationId"],
                                "Location is required and must exist when the disposition type is RESTOCKED.",
                                "BLANK" if not disposition.get("locationId") else "NOT_FOUND",
                            )
                        )
                if dispositions and sum(d["quantity"] for d in dispositions) != quantity:
                    errors.append(
                        _error(
                            [*where, "dispositions"],
                            "Disposition quantities must add up to the quantity.",
                            "INVALID",
                        )
                    )
                plan.append((line, quantity, dispositions))
            exchange_plan: list[tuple[dict[str, Any], int]] = []
            for n, item in enumerate(data.get("exchangeLineItems") or []):
                where = ["input", "exchangeLineItems", str(n)]
                line = exchanges.get(item["id"])
                if line is None:
                    errors.append(
                        _error([*where, "id"], "Exchange line item does not exist.", "NOT_FOUND")
                    )
                    continue
                processable = line["quantity"] - line["processedQuantity"]
                if not 1 <= item["quantity"] <= processable:
                    errors.append(
                        _error(
                            [*where, "quantity"],
                            f"Quantity must be between 1 and the processable quantity ({processable}).",
                            "INVALID",
                        )
                    )
                    continue
                exchange_plan.append((line, item["quantity"]))
            refund_plan = None
            issue = (data.get("financialTransfer") or {}).get("issueRefund")
            if issue:
                try:
                    refund_plan = self._refund_transactions(
                        ret["order"],
                        [
                            (
                                t["parentId"],
                                t["transactionAmount"]["amount"],
                                t["transactionAmount"]["currencyCode"],
                            )
                            for t in issue["orderTransactions"]
                        ],
                        bool(issue.get("allowOverRefunding")),
                        ["input", "financialTransfer", "issueRefund", "orderTransactions"],
                    )
                except UserErrors as exc:
                    errors += exc.errors
            if not plan and not exchange_plan and not errors:
                errors.append(
                    _error(
                        ["input"],
                        "Nothing to process: give return or exchange line items.",
                        "BLANK",
                    )
                )
            if errors:
                raise UserErrors(errors)
            for line, quantity, dispositions in plan:
                line["processedQuantity"] += quantity
                for disposition in dispositions:
                    rfo_lines[disposition["reverseFulfillmentOrderLineItemId"]][
                        "dispositions"
                    ].append(
                        {
                            "id": self.new_id("ReverseFulfillmentOrderDisposition"),
                            "quantity": disposition["quantity"],
                            "type": disposition["dispositionType"],
                            "location": self.locations.get(disposition.get("locationId") or ""),
                        }
                    )
                    self.count(
                        f"disposed_{disposition['dispositionType'].lower()}",
                        disposition["quantity"],
                    )
                self.count("units_processed", quantity)
            for line, quantity in exchange_plan:
                line["processedQuantity"] += quantity
                self.count("exchange_units_released", quantity)
            if refund_plan is not None:
                refund = self._book_refund(ret["order"], refund_plan, data.get("note"), [], ret)
                ret["refunds"].append(refund)
            done = all(
                line["processedQuantity"] >= line["quantity"] for line in ret["returnLineItems"]
            ) and all(
                line["processedQuantity"] >= line["quantity"] for line in ret["exchangeLineItems"]
            )
            if done:
                ret["status"], ret["closedAt"] = "CLOSED", _iso(self.clock())
            ret["order"]["updatedAt"] = _iso(self.clock())
            self.count("return_process")
            return {"return": ret, "userErrors": []}

    # -- refundCreate --------------------------------------------------------------------------

    def refund_create(self, data: dict[str, Any], key: str | None) -> dict[str, Any]:
        """`refundCreate(input:) @idempotent(key:)`: the refund once per key (a repeat with the
        same input answers the first result; another input under the key is refused)."""
        if not key:
            return {"order": None, "refund": None, "userErrors": [_error(None, KEY_REQUIRED)]}
        fingerprint = hashlib.sha256(
            json.dumps(data, sort_keys=True, default=str).encode()
        ).hexdigest()
        with self.lock:
            seen = self._keys.get(key)
            if seen is not None:
                if seen[0] != fingerprint:
                    return {
                        "order": None,
                        "refund": None,
                        "userErrors": [_error(None, KEY_MISMATCH)],
                    }
                if seen[1] is None:
                    return {
                        "order": None,
                        "refund": None,
                        "userErrors": [_error(None, KEY_IN_PROGRESS)],
                    }
                self.count("idempotent_repeats")
                return seen[1]
            self._keys[key] = (fingerprint, None)
        try:
            result = self._refund_create(data)
        except UserErrors as exc:
            result = {"order": None, "refund": None, "userErrors": exc.errors}
        except BaseException:
            with self.lock:
                del self._keys[key]
            raise
        with self.lock:
            self._keys[key] = (fingerprint, result)
        return result

    def _refund_create(self, data: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            order = self.orders.get(data["orderId"])
            if order is None:
                raise UserErrors([_error(["orderId"], "Order does not exist.")])
            currency = data.get("currency")
            if currency is not None and currency != order["presentmentCurrencyCode"]:
                raise UserErrors(
                    [
                        _error(
                            ["currency"],
                            f"Currency must be the order's presentment currency ({order['presentmentCurrencyCode']}).",
                        )
                    ]
                )
            items = {item["id"]: item for item in order["lineItems"]}
            errors: list[dict[str, Any]] = []
            refund_lines: list[tuple[dict[str, Any], int, str, str | None]] = []
            for n, line in enumerate(data.get("refundLineItems") or []):
                where = ["refundLineItems", str(n)]
                item = items.get(line["lineItemId"])
                if item is None:
                    errors.append(_error([*where, "lineItemId"], "Line item does not exist."))
                    continue
                left = item["quantity"] - item["refundedQuantity"]
                if not 1 <= line["quantity"] <= left:
                    errors.append(
                        _error(
                            [*where, "quantity"],
                            f"Quantity cannot be refunded: {left} left on the line item.",
                        )
                    )
                    continue
                restock = line.get("restockType") or "RETURN"
                if restock == "LEGACY_RESTOCK":
                    errors.append(
                        _error(
                            [*where, "restockType"],
                            "LEGACY_RESTOCK is not accepted when creating refunds.",
                        )
                    )
                if restock in ("RETURN", "CANCEL") and line.get("locationId") not in self.locations:
                    errors.append(
                        _error([*where, "locationId"], "Location is required to restock.")
                    )
                refund_lines.append((item, line["quantity"], restock, line.get("locationId")))
            transactions = []
            for n, t in enumerate(data.get("transactions") or []):
                if t["kind"] != "REFUND":
                    errors.append(
                        _error(
                            ["transactions", str(n), "kind"],
                            "Only REFUND transactions can be created here.",
                        )
                    )
                if t["orderId"] != order["id"]:
                    errors.append(
                        _error(
                            ["transactions", str(n), "orderId"],
                            "Transaction must be for the refunded order.",
                        )
                    )
                transactions.append(
                    (t.get("parentId"), t["amount"], order["presentmentCurrencyCode"])
                )
            try:
                plan = self._refund_transactions(
                    order, transactions, bool(data.get("allowOverRefunding")), ["transactions"]
                )
            except UserErrors as exc:
                errors += exc.errors
                plan = []
            if not refund_lines and not plan and not errors:
                errors.append(
                    _error(None, "Nothing to refund: give refund line items or transactions.")
                )
            if errors:
                raise UserErrors(errors)
            refund = self._book_refund(order, plan, data.get("note"), refund_lines, None)
            return {"order": order, "refund": refund, "userErrors": []}

    def _refund_transactions(
        self,
        order: dict[str, Any],
        wanted: list[tuple[str | None, Any, str]],
        over: bool,
        where: list[str],
    ) -> list[tuple[dict[str, Any], Decimal]]:
        captured = {
            t["id"]: t
            for t in order["transactions"]
            if t["kind"] in ("SALE", "CAPTURE") and t["status"] == "SUCCESS"
        }
        plan = []
        errors = []
        for n, (parent_id, amount_text, currency) in enumerate(wanted):
            at = [*where, str(n)]
            parent = captured.get(parent_id or "")
            if parent is None:
                errors.append(
                    _error(
                        [*at, "parentId"],
                        "Parent transaction must be a successful SALE or CAPTURE of the order.",
                    )
                )
                continue
            try:
                amount = Decimal(str(amount_text))
            except InvalidOperation:
                errors.append(_error([*at, "amount"], "Amount is not a number."))
                continue
            if amount <= 0:
                errors.append(_error([*at, "amount"], "Amount must be greater than 0."))
                continue
            if currency != order["presentmentCurrencyCode"]:
                errors.append(
                    _error(
                        [*at, "currencyCode"], "Currency must be the order's presentment currency."
                    )
                )
                continue
            plan.append((parent, amount))
        refunded = sum(
            (
                Decimal(t["amountSet"]["presentmentMoney"]["amount"])
                for t in order["transactions"]
                if t["kind"] == "REFUND"
            ),
            Decimal(0),
        )
        paid = sum(
            (Decimal(t["amountSet"]["presentmentMoney"]["amount"]) for t in captured.values()),
            Decimal(0),
        )
        if not over and refunded + sum((a for _, a in plan), Decimal(0)) > paid:
            errors.append(
                _error(
                    where,
                    f"Amount cannot be greater than the refundable amount ({paid - refunded:.2f}).",
                )
            )
        if errors:
            raise UserErrors(errors)
        return plan

    def _book_refund(
        self,
        order: dict[str, Any],
        plan: list[tuple[dict[str, Any], Decimal]],
        note: str | None,
        lines: list[tuple[dict[str, Any], int, str, str | None]],
        ret: dict[str, Any] | None,
    ) -> dict[str, Any]:
        now = _iso(self.clock())
        currency = order["presentmentCurrencyCode"]
        transactions = []
        for parent, amount in plan:
            transaction = {
                "id": self.new_id("OrderTransaction"),
                "kind": "REFUND",
                "status": "SUCCESS",
                "gateway": parent["gateway"],
                "amountSet": _money(amount, currency),
                "parentTransaction": parent,
            }
            order["transactions"].append(transaction)
            transactions.append(transaction)
        refund_lines = []
        for item, quantity, restock, location in lines:
            item["refundedQuantity"] += quantity
            refund_lines.append(
                {
                    "id": self.new_id("RefundLineItem"),
                    "lineItem": item,
                    "location": self.locations.get(location or ""),
                    "quantity": quantity,
                    "restocked": restock in ("RETURN", "CANCEL"),
                    "restockType": restock,
                }
            )
        total = sum((amount for _, amount in plan), Decimal(0))
        refund_id = self.new_id("Refund")
        refund = {
            "id": refund_id,
            "legacyResourceId": refund_id.rsplit("/", 1)[1],
            "note": note,
            "createdAt": now,
            "updatedAt": now,
            "order": order,
            "return": ret,
            "totalRefundedSet": _money(total, currency),
            "refundLineItems": refund_lines,
            "transactions": transactions,
        }
        order["refunds"].append(refund)
        order["updatedAt"] = now
        self.count("refunds")
        return refund

    # -- what it holds ---------------------------------------------------------------------------

    def all_refunds(self) -> list[dict[str, Any]]:
        with self.lock:
            return [
                {
                    "id": refund["id"],
                    "order": order["name"],
                    "note": refund["note"],
                    "amount": refund["totalRefundedSet"]["presentmentMoney"]["amount"],
                    "currency": refund["totalRefundedSet"]["presentmentMoney"]["currencyCode"],
                    "lines": [
                        (r["lineItem"]["sku"], r["quantity"], r["restockType"])
                        for r in refund["refundLineItems"]
                    ],
                }
                for order in self.orders.values()
                for refund in order["refunds"]
            ]

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {
                "orders": len(self.orders),
                "returns": len(self.returns),
                "returns_closed": sum(r["status"] == "CLOSED" for r in self.returns.values()),
                "refunds": sum(len(o["refunds"]) for o in self.orders.values()),
                **self.counts,
            }
