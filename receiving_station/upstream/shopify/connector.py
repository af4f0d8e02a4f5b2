"""Shopify's Admin GraphQL API as a connector (docs/shopify.md).

For a confirmed unit of a return pulled from Shopify (its ids in the event's `platform`):

1. the return is processed for that unit: `returnProcess` with quantity 1 and its
   disposition (restock → RESTOCKED at the configured location, refurbish/repair →
   PROCESSING_REQUIRED, anything else → NOT_RESTOCKED), and for an exchange the exchange line
   item released (Shopify then creates its fulfillment order);
2. the refund, when there is money to give back: `refundCreate` with
   `@idempotent(key: <the event's key>)` (mandatory since 2026-04), the unit's line item
   (not restocked again: the disposition did that) and a REFUND transaction against the
   order's payment, the station's key and LPN in its note.

`returnProcess` has no idempotency key.  So a retry (any attempt after the first, including
one after a crash) first reads the return: if Shopify already counts more processed units on
the line than the station had released before this one, the processing is not sent again;
and if one of the order's refunds carries this event's key in its note, the refund is not
sent again either (the key's own memory at Shopify is not relied on beyond its window).

Every answer's `extensions.cost` is read: the connector keeps Shopify's bucket in view and
waits before a request the bucket could not pay for; a `THROTTLED` answer (or HTTP 429) is a
retry after the time the bucket needs.  `userErrors` are a refusal in Shopify's words;
GraphQL errors, 5xx and time-outs are retried with the dispatcher's backoff; 401, 402, 403
and 423 are the set-up's fault (token, frozen or locked shop, missing scope): retried, and
shown.
"""

from __future__ import annotations

import http.client
import json
import re
import threading
import time
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from db.enums import DeliveryOutcome, OutboxKind
from receiving_station.upstream.adapters import HttpTransport
from receiving_station.upstream.connector import (
    CheckLine,
    ConnectorError,
    OutboundEvent,
    ReturnsPage,
    UpstreamConfig,
    UpstreamSetupError,
)
from receiving_station.upstream.contract import Delivery
from receiving_station.upstream.shopify import documents
from receiving_station.upstream.shopify.returns import expected_returns

TOKEN_HEADER = "X-Shopify-Access-Token"
NEEDED_SCOPES = {
    "read_orders": "to read the orders that hold returns and their refunds",
    "write_orders": "to create refunds (refundCreate)",
    "read_returns": "to read the returns (expected parcels)",
    "write_returns": "to process returns (returnProcess)",
    "read_locations": "to check the restock location",
}
DISPOSITIONS = {
    "restock": "RESTOCKED",
    "refurbish": "PROCESSING_REQUIRED",
    "repair": "PROCESSING_REQUIRED",
}
SET_UP_FAULTS = {
    401: "Shopify refused the access token: check the token in {env}",
    402: "the shop is frozen (Shopify: payment required): the shop owner must settle it",
    403: "the app lacks an access scope for this: see `receiving-station upstream check`",
    423: "the shop is locked (Shopify 423): the shop owner must contact Shopify",
}
_KEY = re.compile(r"^[A-Za-z0-9-]{1,100}$")
#: What one order of the pull's page costs (its returns, lines and ids) until Shopify says.
PULL_COST = 320


class ShopifyAnswerError(Exception):
    """One GraphQL call did not give an answer to act on; `delivery` says what to do."""

    def __init__(self, delivery: Delivery) -> None:
        super().__init__(delivery.message)
        self.delivery = delivery


class _Bucket:
    """Shopify's cost bucket as its answers describe it (`throttleStatus`): how many points
    are there now, given what was there and the restore rate."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.available: float | None = None
        self.maximum = 0.0
        self.restore = 0.0
        self.at = 0.0

    def seen(self, status: Mapping[str, Any]) -> None:
        with self.lock:
            self.available = float(status.get("currentlyAvailable") or 0)
            self.maximum = float(status.get("maximumAvailable") or 0)
            self.restore = float(status.get("restoreRate") or 0)
            self.at = time.monotonic()

    def wait_for(self, cost: float) -> float:
        """Seconds until `cost` points are there (0 when they are, or when nothing is known)."""
        with self.lock:
            if self.available is None or self.restore <= 0:
                return 0.0
            now = min(self.maximum, self.available + (time.monotonic() - self.at) * self.restore)
            return 0.0 if now >= cost else (cost - now) / self.restore

    def spend(self, cost: float) -> None:
        with self.lock:
            if self.available is not None:
                self.available -= cost


class ShopifyConnector:
    platform = "shopify"

    def __init__(
        self,
        shop_url: str,
        token: str,
        *,
        api_version: str = documents.API_VERSION,
        location: str | None = None,
        timeout: float = 10.0,
        token_env: str = "RECEIVING_STATION_SHOPIFY_TOKEN",
        page_size: int = 3,
        max_wait: float = 10.0,
    ) -> None:
        self.transport = HttpTransport(shop_url, timeout=timeout)
        self.description = f"Shopify {self.transport.base_url} (Admin API {api_version})"
        self.endpoint = f"{self.transport.prefix}/admin/api/{api_version}/graphql.json"
        self.token = token
        self.location = location
        self.token_env = token_env
        self.page_size = page_size
        self.max_wait = max_wait
        self.bucket = _Bucket()
        self.last_requested_cost: float | None = None  # the last answer's (pulls: one thread)

    # -- one GraphQL call ------------------------------------------------------------------------

    def call(
        self,
        document: str,
        variables: dict[str, Any],
        cost: float = 10.0,
        *,
        repeatable: bool = True,
    ) -> dict[str, Any]:
        """The `data` of one GraphQL call; raises ShopifyAnswerError with the Delivery that
        says what to do when there is none to act on."""
        started = time.perf_counter()
        wait = self.bucket.wait_for(cost)
        if wait > self.max_wait:
            raise ShopifyAnswerError(
                Delivery(
                    DeliveryOutcome.RETRY,
                    f"Shopify's rate limit: waiting {wait:.0f} s for {cost:.0f} points",
                    retry_after=wait,
                )
            )
        if wait:
            time.sleep(wait)
        self.bucket.spend(cost)
        body = json.dumps({"query": document, "variables": variables}).encode()
        headers = {"Content-Type": "application/json", TOKEN_HEADER: self.token}
        try:
            status, content, retry_after = self.transport.exchange(
                "POST", self.endpoint, body, headers, repeatable=repeatable
            )
        except TimeoutError:
            raise ShopifyAnswerError(
                self._retry(started, f"no answer within {self.transport.timeout:g} s")
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ShopifyAnswerError(
                self._retry(started, f"{exc.__class__.__name__}: {reason}")
            ) from None
        try:
            answer = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            answer = None
        throttle = (
            (((answer or {}).get("extensions") or {}).get("cost") or {})
            if isinstance(answer, dict)
            else {}
        )
        if throttle.get("throttleStatus"):
            self.bucket.seen(throttle["throttleStatus"])
        requested = throttle.get("requestedQueryCost")
        self.last_requested_cost = float(requested) if isinstance(requested, int | float) else None
        errors = answer.get("errors") if isinstance(answer, dict) else None
        throttled = status == 429 or (
            isinstance(errors, list)
            and any(((e or {}).get("extensions") or {}).get("code") == "THROTTLED" for e in errors)
        )
        if throttled:
            requested = float(throttle.get("requestedQueryCost") or cost)
            delay = self.bucket.wait_for(requested) or float(retry_after or 1)
            raise ShopifyAnswerError(
                self._retry(
                    started,
                    f"Shopify's rate limit (THROTTLED): {requested:.0f} points wanted",
                    status,
                    delay,
                )
            )
        if status in SET_UP_FAULTS:
            message = SET_UP_FAULTS[status].format(env=self.token_env)
            raise ShopifyAnswerError(
                Delivery(
                    DeliveryOutcome.RETRY,
                    f"HTTP {status}: {message}",
                    status,
                    fault=True,
                    duration_ms=_ms(started),
                )
            )
        if status >= 500 or status in (408, 425):
            raise ShopifyAnswerError(
                self._retry(
                    started, f"Shopify answered HTTP {status}", status, _seconds(retry_after)
                )
            )
        if status != 200 or not isinstance(answer, dict):
            text = content[:300].decode("utf-8", "replace")
            raise ShopifyAnswerError(
                self._retry(started, f"Shopify answered HTTP {status}: {text!r}", status)
            )
        if errors:
            words = "; ".join(str((e or {}).get("message")) for e in errors[:3])
            denied = any(
                ((e or {}).get("extensions") or {}).get("code") == "ACCESS_DENIED" for e in errors
            )
            raise ShopifyAnswerError(
                Delivery(
                    DeliveryOutcome.RETRY,
                    f"Shopify: {words}",
                    status,
                    fault=denied,
                    duration_ms=_ms(started),
                )
            )
        data = answer.get("data")
        if not isinstance(data, dict):
            raise ShopifyAnswerError(self._retry(started, "Shopify's answer has no data", status))
        return data

    def _retry(
        self, started: float, message: str, status: int | None = None, after: float | None = None
    ) -> Delivery:
        return Delivery(
            DeliveryOutcome.RETRY, message, status, retry_after=after, duration_ms=_ms(started)
        )

    # -- delivering an event ---------------------------------------------------------------------

    def deliver(self, event: OutboundEvent) -> Delivery:
        started = time.perf_counter()
        platform = event.payload.get("platform")
        if event.kind == OutboxKind.STATUS_EVENT.value:
            return Delivery(
                DeliveryOutcome.SENT,
                "nothing to send: Shopify tells the customer itself when the return is processed "
                "and refunded",
            )
        if not isinstance(platform, dict) or platform.get("name") != "shopify":
            return Delivery(
                DeliveryOutcome.REFUSED,
                f"{event.subject}: this return did not come from Shopify (no Shopify ids in the "
                "event): release it by hand in Shopify, then resolve it here",
            )
        try:
            reference = self._apply(event, platform)
        except ShopifyAnswerError as exc:
            return _timed(exc.delivery, started)
        except _Refused as exc:
            return Delivery(DeliveryOutcome.REFUSED, str(exc), 200, duration_ms=_ms(started))
        return Delivery(
            DeliveryOutcome.SENT,
            "applied in Shopify",
            200,
            reference=reference,
            duration_ms=_ms(started),
        )

    def _apply(self, event: OutboundEvent, platform: dict[str, Any]) -> str:
        line = platform.get("line") or {}
        units = event.payload.get("units") or [event.payload.get("returned") or {}]
        unit = units[0] if units else {}
        before = int(platform.get("line_units_before") or 0)
        key = event.idempotency_key
        processed = refunded = None
        if event.attempts > 0:  # a retry: what did Shopify already do?
            state = self.call(documents.RETURN_STATE, {"id": platform["return_id"]}, cost=70)
            ret = state.get("return") or {}
            counts = {
                n["id"]: n.get("processedQuantity", 0)
                for n in (ret.get("returnLineItems") or {}).get("nodes") or []
                if n and "id" in n
            }
            processed = counts.get(line.get("return_line_item_id"), 0) > before
            refunded = next(
                (
                    r["id"]
                    for r in ((ret.get("order") or {}).get("refunds") or [])
                    if key in (r.get("note") or "")
                ),
                None,
            )
        if not processed:
            self._process(event, platform, line, unit)
        if event.kind == OutboxKind.EXCHANGE_RELEASE.value:
            return str(platform["return_id"])
        total = Decimal(str(event.payload.get("total") or "0"))
        if total <= 0:
            return str(platform["return_id"])
        if refunded:
            return str(refunded)
        return self._refund(event, platform, line, unit, total)

    def _process(
        self,
        event: OutboundEvent,
        platform: dict[str, Any],
        line: dict[str, Any],
        unit: dict[str, Any],
    ) -> None:
        disposition = DISPOSITIONS.get(str(unit.get("disposition")), "NOT_RESTOCKED")
        dispose: dict[str, Any] = {
            "reverseFulfillmentOrderLineItemId": line.get("reverse_fulfillment_order_line_item_id"),
            "quantity": 1,
            "dispositionType": disposition,
        }
        if disposition == "RESTOCKED":
            if not self.location:
                raise _Refused(
                    "a restocked unit needs the Shopify location to restock at: set [upstream] "
                    "location (see receiving-station upstream check), then retry"
                )
            dispose["locationId"] = self.location
        process: dict[str, Any] = {
            "returnId": platform["return_id"],
            "returnLineItems": [
                {"id": line.get("return_line_item_id"), "quantity": 1, "dispositions": [dispose]}
            ],
            "notifyCustomer": False,
        }
        if event.kind == OutboxKind.EXCHANGE_RELEASE.value:
            if not platform.get("exchange_line_item_id"):
                raise _Refused("the return has no exchange line item in Shopify to release")
            process["exchangeLineItems"] = [
                {"id": platform["exchange_line_item_id"], "quantity": 1}
            ]
        # returnProcess has no key: sent once, and after any doubt the return is read first
        data = self.call(documents.PROCESS_RETURN, {"input": process}, repeatable=False)
        _refuse_on(data.get("returnProcess"), "returnProcess")

    def _refund(
        self,
        event: OutboundEvent,
        platform: dict[str, Any],
        line: dict[str, Any],
        unit: dict[str, Any],
        total: Decimal,
    ) -> str:
        key = event.idempotency_key
        if not _KEY.match(key):
            raise _Refused(f"the event's key {key!r} cannot be an idempotency key")
        if not platform.get("parent_transaction_id"):
            raise _Refused("the order has no captured payment in Shopify to refund against")
        refund = {
            "orderId": platform["order_id"],
            "note": f"Receiving Station {key}: unit {unit.get('lpn')} ({unit.get('sku')})",
            "notify": True,
            "currency": event.payload.get("currency"),
            "refundLineItems": [
                {"lineItemId": line.get("line_item_id"), "quantity": 1, "restockType": "NO_RESTOCK"}
            ],
            "transactions": [
                {
                    "orderId": platform["order_id"],
                    "parentId": platform["parent_transaction_id"],
                    "gateway": platform.get("gateway") or "manual",
                    "kind": "REFUND",
                    "amount": f"{total}",
                }
            ],
        }
        data = self.call(documents.CREATE_REFUND % key, {"input": refund})
        payload = _refuse_on(data.get("refundCreate"), "refundCreate")
        return str(((payload.get("refund") or {}).get("id")) or platform["return_id"])

    # -- pulling expected returns --------------------------------------------------------------

    def pull_page(self, cursor: str, limit: int) -> ReturnsPage:
        """Orders with returns open or awaiting approval, changed since the cursor's time;
        the cursor is `since=<time>` or, mid-way, `since=<time>;after=<Shopify's cursor>`."""
        fields = dict(part.split("=", 1) for part in cursor.split(";") if "=" in part)
        since, after = fields.get("since", ""), fields.get("after")
        query = "return_status:in_progress OR return_status:return_requested"
        if since:
            query += f" updated_at:>='{since}'"
        first = max(1, min(limit, self.page_size))
        while True:
            variables = {"first": first, "after": after, "query": query}
            try:
                data = self.call(documents.EXPECTED_RETURNS, variables, cost=PULL_COST * first)
                break
            except ShopifyAnswerError as exc:
                # A page dearer than the shop's whole bucket can never be paid for: fewer
                # orders a page (the bucket's size depends on the shop's plan), priced by
                # what Shopify said this page would cost.
                each = (self.last_requested_cost or PULL_COST * first) / first
                if first > 1 and self.bucket.maximum and each * first > self.bucket.maximum:
                    first = max(1, int(self.bucket.maximum // each))
                    continue
                raise ConnectorError(f"{self.description}: {exc}") from exc
        orders = data.get("orders") or {}
        nodes = orders.get("nodes") or []
        page = orders.get("pageInfo") or {}
        returns = [record for order in nodes for record in expected_returns(order)]
        latest = max([since, *(o.get("updatedAt") or "" for o in nodes)])
        more = bool(page.get("hasNextPage"))
        next_cursor = f"since={since};after={page.get('endCursor')}" if more else f"since={latest}"
        return ReturnsPage(returns, next_cursor, more and bool(nodes))

    # -- check --------------------------------------------------------------------------------

    def check(self) -> list[CheckLine]:
        lines: list[CheckLine] = []
        try:
            data = self.call(documents.CHECK_ACCESS, {}, cost=2)
        except ShopifyAnswerError as exc:
            return [CheckLine("access token", False, str(exc))]
        shop = data.get("shop") or {}
        lines.append(CheckLine("access token", True, f"accepted by the shop {shop.get('name')!r}"))
        granted = {
            s["handle"]
            for s in (data.get("currentAppInstallation") or {}).get("accessScopes") or []
        }

        def has(scope: str) -> bool:
            return scope in granted or scope.replace("read_", "write_") in granted

        for scope, why in NEEDED_SCOPES.items():
            lines.append(
                CheckLine(
                    f"scope {scope}",
                    has(scope),
                    f"granted ({why})"
                    if has(scope)
                    else f"missing: the app needs it {why}; add it to the app's access scopes "
                    "and install the app again",
                )
            )
        if has("read_orders") and has("read_returns"):
            try:
                read = self.call(documents.CHECK_READ, {}, cost=3)
                found = len((read.get("orders") or {}).get("nodes") or [])
                lines.append(
                    CheckLine(
                        "a harmless read",
                        True,
                        "orders with open returns can be read"
                        + (" (one found)" if found else " (none open now)"),
                    )
                )
            except ShopifyAnswerError as exc:
                lines.append(CheckLine("a harmless read", False, str(exc)))
        if has("read_locations"):
            lines.append(self._check_location())
        elif not self.location:
            lines.append(CheckLine("restock location", False, "[upstream] location is not set"))
        return lines

    def _check_location(self) -> CheckLine:
        try:
            data = self.call(documents.CHECK_LOCATION, {"location": self.location}, cost=2)
        except ShopifyAnswerError as exc:
            return CheckLine("restock location", False, str(exc))
        location = data.get("location")
        if not self.location:
            primary = (
                f" (the shop's primary location is {location['id']} {location['name']!r})"
                if location
                else ""
            )
            return CheckLine(
                "restock location",
                False,
                "[upstream] location is not set: restocked units need it" + primary,
            )
        if not location or not location.get("isActive"):
            return CheckLine(
                "restock location",
                False,
                f"{self.location} is not an active location of this shop: take one from the "
                "shop's Settings > Locations",
            )
        return CheckLine("restock location", True, f"{location['name']!r} ({location['id']})")

    def close(self) -> None:
        self.transport.close()


class _Refused(Exception):
    """Shopify (or the event) says no: a person must look."""


def _refuse_on(payload: Any, mutation: str) -> dict[str, Any]:
    if not isinstance(payload, dict):
        raise ShopifyAnswerError(
            Delivery(DeliveryOutcome.RETRY, f"Shopify's {mutation} answered nothing")
        )
    errors = payload.get("userErrors") or []
    if errors:
        words = "; ".join(
            f"{'.'.join(e.get('field') or []) or mutation}: {e.get('message')}"
            + (f" ({e['code']})" if e.get("code") else "")
            for e in errors
        )
        raise _Refused(f"Shopify refused {mutation}: {words}")
    return payload


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def _timed(delivery: Delivery, started: float) -> Delivery:
    from dataclasses import replace

    return replace(delivery, duration_ms=_ms(started))


def _seconds(value: str | None) -> float | None:
    return float(value) if value and value.isascii() and value.isdigit() else None


def shopify_connector(
    config: UpstreamConfig, *, url: str | None = None, environ: Mapping[str, str] | None = None
) -> ShopifyConnector:
    """The connector `[upstream] platform = "shopify"` asks for; the token from the
    environment variable `token_env` names."""
    from receiving_station.secrets import secret

    token = secret(config.token_env, environ)
    if not token:
        raise UpstreamSetupError(
            f"the Shopify access token is not set: export {config.token_env}=shpat_... or keep "
            f"it in the OS keyring (receiving-station secret set {config.token_env}); the Admin "
            f"API access token of the shop's custom app, docs/shopify.md"
        )
    shop = url or config.url
    if not shop:
        raise UpstreamSetupError(
            'set [upstream] url to the shop, e.g. "https://example-shop.myshopify.com"'
        )
    try:
        return ShopifyConnector(
            shop,
            token,
            api_version=config.api_version or documents.API_VERSION,
            location=config.location,
            timeout=config.timeout_seconds,
            token_env=config.token_env,
        )
    except ValueError as exc:
        raise UpstreamSetupError(str(exc)) from exc
