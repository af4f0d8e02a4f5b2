"""A stand-in for a WooCommerce shop's REST API v3 (`/wp-json/wc/v3/`), for demo mode and the
tests, answering as WooCommerce's documentation and its controllers do (docs/woocommerce.md,
"What the stand-in follows"):

- authentication over plain HTTP by one-legged OAuth 1.0a signatures in the query (what
  WooCommerce takes without TLS): unknown key, wrong signature, a reused nonce and a time 15
  minutes off are 401 `woocommerce_rest_authentication_error`; no credentials at all is the
  anonymous 401 `woocommerce_rest_cannot_view`;
- `GET /orders` with `status` (a list, unknown statuses 400), `modified_after`,
  `dates_are_gmt`, `orderby`, `order`, `page`, `per_page` (1–100, else 400
  `rest_invalid_param`), `X-WP-Total`, `X-WP-TotalPages` and a `Link` with prev/next only;
- `POST /orders/{id}/refunds`: `amount` a string (else 400), more than remains 500
  `woocommerce_rest_cannot_create_order_refund` "Invalid refund amount." with `"data": 500`,
  `api_refund` (default true) through the order's gateway (one that cannot refund: the
  refund deleted, 500), `api_restock` (default true) raising stock of managed products,
  unknown line ids ignored, refund lines with negative quantities and `_refunded_item_id`,
  the order `refunded` when nothing remains; 201 with the refund;
- `GET /orders/{id}/refunds` (meta_data included), `POST`/`GET /orders/{id}/notes`,
  `GET /products?include=` (with `global_unique_id`, the product's GTIN since WooCommerce 9.2);
- no idempotency key: a POST sent twice makes two refunds (which is why the connector
  checks first);
- failure switches as the station's sandbox has them, and `/_standin/` pages to seed orders
  and read the books (no credentials: tests and the demo on this machine only).

Money as strings, dates without a zone (`*_gmt` in UTC), ids as integers, as WooCommerce.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from db.types import utcnow
from receiving_station.demo.sandbox import Faults
from receiving_station.demo.standins import JsonHandler, StandInServer
from receiving_station.upstream.woocommerce.oauth import signature

API = "/wp-json/wc/v3"
CORE_STATUSES = (
    "pending",
    "processing",
    "on-hold",
    "completed",
    "cancelled",
    "refunded",
    "failed",
    "draft",
)
REFUNDING_GATEWAYS = ("stripe", "woocommerce_payments", "ppcp-gateway", "klarna_payments")


def _stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _error(code: str, message: str, data: Any) -> dict[str, Any]:
    return {"code": code, "message": message, "data": data}


class WooError(Exception):
    def __init__(self, http_status: int, code: str, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.http_status = http_status
        self.body = _error(code, message, {"status": http_status} if data is None else data)


@dataclass
class WooBook:
    """The shop's orders, refunds, notes and stock, behind one lock (in memory)."""

    statuses: tuple[str, ...] = ("return-requested",)  # registered by a returns plugin
    clock: Any = utcnow
    orders: dict[int, dict[str, Any]] = field(default_factory=dict)
    stock: dict[str, int] = field(default_factory=dict)
    products: dict[int, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    counts: dict[str, int] = field(default_factory=dict)
    _next: int = 700

    def new_id(self) -> int:
        self._next += 1
        return self._next

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    def seed_order(self, spec: dict[str, Any]) -> dict[str, Any]:
        """{"status": "return-requested", "currency": "EUR", "country": "NL",
        "payment_method": "stripe", "customer": {"first_name", "last_name", "email"},
        "lines": [{"sku", "name", "quantity", "price" (ex tax), "tax" (a unit's), "stock": 5}]}"""
        with self.lock:
            now = self.clock()
            order_id = self.new_id()
            customer = spec.get("customer") or {}
            currency = spec.get("currency", "EUR")
            lines = []
            total = total_tax = Decimal(0)
            for line in spec["lines"]:
                quantity = int(line.get("quantity", 1))
                net = Decimal(str(line["price"])) * quantity
                tax = Decimal(str(line.get("tax", "0"))) * quantity
                line_id = self.new_id()
                lines.append(
                    {
                        "id": line_id,
                        "name": line.get("name", line["sku"]),
                        "product_id": self.new_id(),
                        "variation_id": 0,
                        "quantity": quantity,
                        "tax_class": "",
                        "subtotal": f"{net:.2f}",
                        "subtotal_tax": f"{tax:.2f}",
                        "total": f"{net:.2f}",
                        "total_tax": f"{tax:.2f}",
                        "taxes": [{"id": 1, "total": f"{tax:.2f}", "subtotal": f"{tax:.2f}"}]
                        if tax
                        else [],
                        "meta_data": [],
                        "sku": line["sku"],
                        "price": float(Decimal(str(line["price"]))),
                    }
                )
                if "stock" in line:
                    self.stock[line["sku"]] = int(line["stock"])
                self.products[lines[-1]["product_id"]] = {
                    "id": lines[-1]["product_id"],
                    "name": lines[-1]["name"],
                    "sku": line["sku"],
                    "global_unique_id": line.get("gtin", ""),
                    "manage_stock": "stock" in line,
                    "stock_quantity": line.get("stock"),
                }
                total += net + tax
                total_tax += tax
            order = {
                "id": order_id,
                "parent_id": 0,
                "number": str(order_id),
                "status": spec.get("status", self.statuses[0] if self.statuses else "processing"),
                "currency": currency,
                "date_created": _stamp(now - dt.timedelta(days=12)),
                "date_created_gmt": _stamp(now - dt.timedelta(days=12)),
                "date_modified": _stamp(now),
                "date_modified_gmt": _stamp(now),
                "date_paid_gmt": _stamp(now - dt.timedelta(days=12)),
                "total": f"{total:.2f}",
                "total_tax": f"{total_tax:.2f}",
                "prices_include_tax": False,
                "customer_id": 0,
                "billing": {
                    "first_name": customer.get("first_name", ""),
                    "last_name": customer.get("last_name", ""),
                    "email": customer.get("email"),
                    "country": spec.get("country", "NL"),
                },
                "shipping": {
                    "first_name": customer.get("first_name", ""),
                    "last_name": customer.get("last_name", ""),
                    "country": spec.get("country", "NL"),
                },
                "payment_method": spec.get("payment_method", "stripe"),
                "payment_method_title": spec.get("payment_method", "stripe"),
                "meta_data": [],
                "line_items": lines,
                "refunds": [],
                "_refunds": [],
                "_notes": [],
            }
            self.orders[order_id] = order
            return order

    def visible(self, order: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in order.items() if not k.startswith("_")}

    def order(self, order_id: int) -> dict[str, Any]:
        order = self.orders.get(order_id)
        if order is None:
            raise WooError(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        return order

    def create_refund(self, order_id: int, body: dict[str, Any]) -> dict[str, Any]:
        """WooCommerce's refund path: REST checks, wc_create_refund, the gateway, restock."""
        with self.lock:
            order = self.orders.get(order_id)
            if order is None:
                raise WooError(500, "woocommerce_rest_invalid_order_id", "Invalid order ID.", 404)
            amount_text = body.get("amount")
            if amount_text is not None and not isinstance(amount_text, str):
                raise WooError(
                    400,
                    "rest_invalid_param",
                    "Invalid parameter(s): amount",
                    {"status": 400, "params": {"amount": "amount is not of type string."}},
                )
            lines = {line["id"]: line for line in order["line_items"]}
            wanted = []
            for item in body.get("line_items") or []:
                try:
                    line = lines.get(int(item.get("id")))
                except (TypeError, ValueError):
                    line = None
                if line is None:
                    continue  # WooCommerce skips ids that are not the order's
                wanted.append((line, int(item.get("quantity") or 0), item))
            try:
                if amount_text is not None:
                    amount = Decimal(amount_text or "0")
                else:
                    amount = sum(
                        (
                            Decimal(str(i.get("refund_total") or 0))
                            + sum(
                                (
                                    Decimal(str(t.get("refund_total") or 0))
                                    for t in i.get("refund_tax") or []
                                ),
                                Decimal(0),
                            )
                            for _, _, i in wanted
                        ),
                        Decimal(0),
                    )
            except InvalidOperation:
                raise WooError(
                    500,
                    "woocommerce_rest_cannot_create_order_refund",
                    "Invalid refund amount.",
                    500,
                ) from None
            if amount < 0:
                raise WooError(
                    500,
                    "woocommerce_rest_invalid_order_refund",
                    "Refund amount must be greater than zero.",
                    400,
                )
            refunded = sum((Decimal(r["amount"]) for r in order["_refunds"]), Decimal(0))
            remaining = Decimal(order["total"]) - refunded
            if amount > remaining:
                raise WooError(
                    500,
                    "woocommerce_rest_cannot_create_order_refund",
                    "Invalid refund amount.",
                    500,
                )
            through_gateway = body.get("api_refund", True) is not False and amount > 0
            if through_gateway and order["payment_method"] not in REFUNDING_GATEWAYS:
                self.count("gateway_refusals")
                raise WooError(
                    500,
                    "woocommerce_rest_cannot_create_order_refund",
                    "The payment gateway for this order does not support automatic refunds.",
                    500,
                )
            refund_id = self.new_id()
            now = self.clock()
            refund_lines = []
            for line, quantity, item in wanted:
                refund_lines.append(
                    {
                        "id": self.new_id(),
                        "name": line["name"],
                        "product_id": line["product_id"],
                        "variation_id": 0,
                        "quantity": -quantity,
                        "subtotal": f"-{Decimal(str(item.get('refund_total') or 0)):.2f}",
                        "total": f"-{Decimal(str(item.get('refund_total') or 0)):.2f}",
                        "taxes": [
                            {
                                "id": t.get("id"),
                                "total": f"-{Decimal(str(t.get('refund_total') or 0)):.2f}",
                            }
                            for t in item.get("refund_tax") or []
                        ],
                        "meta_data": [
                            {
                                "id": self.new_id(),
                                "key": "_refunded_item_id",
                                "value": str(line["id"]),
                            }
                        ],
                        "sku": line["sku"],
                        "price": -line["price"],
                    }
                )
                if (
                    body.get("api_restock", True) is not False
                    and quantity > 0
                    and line["sku"] in self.stock
                ):
                    self.stock[line["sku"]] += quantity
                    self.count("units_restocked")
            refund = {
                "id": refund_id,
                "date_created": _stamp(now),
                "date_created_gmt": _stamp(now),
                "amount": f"{amount:.2f}",
                "reason": body.get("reason") or None,
                "refunded_by": 1,
                "refunded_payment": body.get("api_refund", True) is not False and amount > 0,
                "meta_data": [
                    {"id": self.new_id(), "key": str(m.get("key")), "value": m.get("value")}
                    for m in body.get("meta_data") or []
                    if isinstance(m, dict)
                ],
                "line_items": refund_lines,
            }
            order["_refunds"].append(refund)
            order["refunds"].append(
                {"id": refund_id, "reason": refund["reason"] or "", "total": f"-{amount:.2f}"}
            )
            if remaining - amount <= 0:
                order["status"] = "refunded"
            order["date_modified"] = order["date_modified_gmt"] = _stamp(now)
            self.count("refunds")
            return refund

    def add_note(self, order_id: int, body: dict[str, Any]) -> dict[str, Any]:
        with self.lock:
            order = self.orders.get(order_id)
            if order is None:
                raise WooError(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.")
            if not isinstance(body.get("note"), str) or not body["note"]:
                raise WooError(
                    400,
                    "rest_missing_callback_param",
                    "Missing parameter(s): note",
                    {"status": 400, "params": ["note"]},
                )
            note = {
                "id": self.new_id(),
                "author": "system",
                "date_created": _stamp(self.clock()),
                "date_created_gmt": _stamp(self.clock()),
                "note": body["note"],
                "customer_note": bool(body.get("customer_note", False)),
            }
            order["_notes"].append(note)
            self.count("customer_notes" if note["customer_note"] else "notes")
            return note

    def summary(self) -> dict[str, Any]:
        with self.lock:
            return {
                "orders": len(self.orders),
                "refunds": sum(len(o["_refunds"]) for o in self.orders.values()),
                "refunded_orders": sum(o["status"] == "refunded" for o in self.orders.values()),
                "stock": dict(self.stock),
                **self.counts,
            }

    def all_refunds(self) -> list[dict[str, Any]]:
        with self.lock:
            return [{**r, "order_id": o["id"]} for o in self.orders.values() for r in o["_refunds"]]


@dataclass
class Credentials:
    key: str
    secret: str
    permissions: str = "read_write"
    nonces: set[str] = field(default_factory=set)


class WooCommerceStandIn(StandInServer):
    def __init__(
        self,
        address: tuple[str, int],
        book: WooBook,
        credentials: Credentials,
        *,
        faults: Faults | None = None,
        seed: int | None = None,
    ) -> None:
        super().__init__(address, _Handler, faults, seed)
        self.book = book
        self.credentials = credentials


class _Handler(JsonHandler):
    server: WooCommerceStandIn
    content_type = "application/json; charset=UTF-8"

    def do_GET(self) -> None:
        self._handle("GET", b"")

    def do_POST(self) -> None:
        body = self._body()
        if body is not None:
            self._handle("POST", body)

    def _handle(self, method: str, body: bytes) -> None:
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        if parts.path.startswith("/_standin/"):
            return self._control(method, parts.path, body)
        if not parts.path.startswith(API + "/"):
            return self._send(
                404,
                _error(
                    "rest_no_route",
                    "No route was found matching the URL and request method.",
                    {"status": 404},
                ),
            )
        faults = self.server.faults
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        try:
            self._authenticate(method, parts.path, query)
            if self.server.chance(faults.error_rate):
                return self._send(
                    503,
                    {"message": "Service Unavailable"},
                    {"Retry-After": str(faults.retry_after)},
                )
            status, answer, headers = self._route(method, parts.path[len(API) :], query, body)
        except WooError as exc:
            return self._send(exc.http_status, exc.body)
        if method == "POST" and self.server.chance(faults.drop_rate):
            self.close_connection = True  # made, and the answer never leaves
            return None
        return self._send(status, answer, headers)

    def _authenticate(self, method: str, path: str, query: dict[str, str]) -> None:
        credentials = self.server.credentials
        if "oauth_consumer_key" not in query:
            read = method == "GET"
            raise WooError(
                401,
                "woocommerce_rest_cannot_view" if read else "woocommerce_rest_cannot_create",
                "Sorry, you cannot list resources."
                if read
                else "Sorry, you are not allowed to create resources.",
            )
        if query["oauth_consumer_key"] != credentials.key:
            raise WooError(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
        for name in ("oauth_timestamp", "oauth_nonce", "oauth_signature", "oauth_signature_method"):
            if not query.get(name):
                raise WooError(
                    401,
                    "woocommerce_rest_authentication_missing_parameter",
                    f"Missing OAuth parameter {name}",
                )
        if query["oauth_signature_method"] not in ("HMAC-SHA1", "HMAC-SHA256"):
            raise WooError(
                401,
                "woocommerce_rest_authentication_error",
                "Invalid signature - signature method is invalid.",
            )
        given = query["oauth_signature"].replace(" ", "+")
        params = {k: v for k, v in query.items() if k != "oauth_signature"}
        host = self.headers.get("Host") or self.server.url.split("//", 1)[1]
        expected = signature(method, f"http://{host}{path}", params, credentials.secret)
        if query["oauth_signature_method"] != "HMAC-SHA256" or given != expected:
            raise WooError(
                401,
                "woocommerce_rest_authentication_error",
                "Invalid signature - provided signature does not match.",
            )
        stamp = query["oauth_timestamp"]
        if not stamp.isdigit() or abs(time.time() - int(stamp)) > 15 * 60:
            raise WooError(401, "woocommerce_rest_authentication_error", "Invalid timestamp.")
        nonce = f"{stamp}:{query['oauth_nonce']}"
        if nonce in credentials.nonces:
            raise WooError(
                401,
                "woocommerce_rest_authentication_error",
                "Invalid nonce - nonce has already been used.",
            )
        credentials.nonces.add(nonce)
        needed = "read" if method == "GET" else "write"
        if needed not in credentials.permissions:
            raise WooError(
                401,
                "woocommerce_rest_authentication_error",
                f"The API key provided does not have {needed} permissions.",
            )

    def _route(
        self, method: str, path: str, query: dict[str, str], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        book = self.server.book
        segments = [s for s in path.split("/") if s]
        if segments == ["orders"] and method == "GET":
            return self._list_orders(query)
        if segments == ["products"] and method == "GET":
            wanted = [int(i) for i in query.get("include", "").split(",") if i.strip().isdigit()]
            per_page = _per_page(query.get("per_page", "10"))
            with book.lock:
                found = [
                    {**book.products[i], "stock_quantity": book.stock.get(book.products[i]["sku"])}
                    for i in (wanted or list(book.products))
                    if i in book.products
                ]
            return 200, found[:per_page], {"X-WP-Total": str(len(found))}
        if len(segments) >= 2 and segments[0] == "orders" and segments[1].isdigit():
            order_id = int(segments[1])
            rest = segments[2:]
            if not rest and method == "GET":
                return 200, book.visible(book.order(order_id)), {}
            if rest == ["refunds"]:
                if method == "GET":
                    with book.lock:
                        order = book.orders.get(order_id)
                        refunds = list(reversed(order["_refunds"])) if order else []
                    per_page = _per_page(query.get("per_page", "10"))
                    return 200, refunds[:per_page], {"X-WP-Total": str(len(refunds))}
                data = _json(body)
                return (
                    201,
                    book.create_refund(order_id, data),
                    {"Location": f"{API}/orders/(?P<order_id>[\\d]+)/refunds/"},
                )
            if rest == ["notes"]:
                if method == "GET":
                    with book.lock:
                        order = book.order(order_id)
                        return 200, list(reversed(order["_notes"])), {}
                return 201, book.add_note(order_id, _json(body)), {}
        raise WooError(
            404, "rest_no_route", "No route was found matching the URL and request method."
        )

    def _list_orders(self, query: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        book = self.server.book
        known = {*CORE_STATUSES, *book.statuses, "any", "trash"}
        statuses = [s for s in query.get("status", "any").split(",") if s]
        unknown = [s for s in statuses if s not in known]
        if unknown:
            raise WooError(
                400,
                "rest_invalid_param",
                "Invalid parameter(s): status",
                {
                    "status": 400,
                    "params": {"status": f"status[0] is not one of {', '.join(sorted(known))}."},
                },
            )
        per_page = _per_page(query.get("per_page", "10"))
        page = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
        gmt = query.get("dates_are_gmt") in ("true", "1")
        since = query.get("modified_after")
        with book.lock:
            found = [
                book.visible(o)
                for o in book.orders.values()
                if ("any" in statuses or o["status"] in statuses)
                and (not since or o["date_modified_gmt" if gmt else "date_modified"] > since[:19])
            ]
        key = {"modified": "date_modified_gmt", "id": "id", "date": "date_created_gmt"}.get(
            query.get("orderby", "date"), "date_created_gmt"
        )
        found.sort(key=lambda o: (o[key], o["id"]), reverse=query.get("order", "desc") == "desc")
        total = len(found)
        pages = (total + per_page - 1) // per_page
        chosen = found[(page - 1) * per_page : page * per_page]
        links = []
        base = {k: v for k, v in query.items() if not k.startswith("oauth_")}
        if page > 1:
            links.append(
                f'<{self.server.url}{API}/orders?{urlencode({**base, "page": page - 1})}>; rel="prev"'
            )
        if page < pages:
            links.append(
                f'<{self.server.url}{API}/orders?{urlencode({**base, "page": page + 1})}>; rel="next"'
            )
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if links:
            headers["Link"] = ", ".join(links)
        return 200, chosen, headers

    def _control(self, method: str, path: str, body: bytes) -> None:
        book = self.server.book
        try:
            if method == "GET" and path == "/_standin/summary":
                return self._send(200, {**book.summary(), "faults": asdict(self.server.faults)})
            if method == "GET" and path == "/_standin/refunds":
                return self._send(200, book.all_refunds())
            if method == "POST" and path == "/_standin/orders":
                data = json.loads(body or b"{}")
                specs = data.get("orders") if isinstance(data, dict) else data
                made = [book.seed_order(spec) for spec in specs or []]
                return self._send(200, {"orders": [o["id"] for o in made]})
            if method == "POST" and path == "/_standin/faults":
                self.server.faults = Faults.from_json(json.loads(body or b"{}"), self.server.faults)
                return self._send(200, asdict(self.server.faults))
        except (ValueError, TypeError, KeyError) as exc:
            return self._send(422, {"message": str(exc)})
        return self._send(404, {"message": "no such stand-in page"})


def _per_page(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 100:
        raise WooError(
            400,
            "rest_invalid_param",
            "Invalid parameter(s): per_page",
            {
                "status": 400,
                "params": {
                    "per_page": "per_page must be between 1 (inclusive) and 100 (inclusive)"
                },
            },
        )
    return int(text)


def _json(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        raise WooError(400, "rest_invalid_json", "Invalid JSON body passed.") from None
    if not isinstance(data, dict):
        raise WooError(400, "rest_invalid_json", "Invalid JSON body passed.")
    return data


def start_woocommerce_standin(
    book: WooBook,
    credentials: Credentials,
    listen: tuple[str, int] = ("127.0.0.1", 0),
    **options: Any,
) -> tuple[WooCommerceStandIn, threading.Thread]:
    server = WooCommerceStandIn(listen, book, credentials, **options)
    return server, server.start("woocommerce-standin")
