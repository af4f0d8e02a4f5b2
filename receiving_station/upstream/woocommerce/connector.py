"""WooCommerce's REST API v3 as a connector (docs/woocommerce.md).

- Expected returns: the orders in the configured statuses (a returns plugin's "return
  requested", say), changed since the cursor's time, every line of each as expected back.
- A refund: `POST /orders/{id}/refunds` with the amount, the unit's line (its net and tax
  shares), `api_restock` when the disposition is restock, `api_refund` as configured, and
  the station's key in the refund's `meta_data`.  WooCommerce has no idempotency key: a retry
  (any attempt after the first) first lists the order's refunds and, when one carries the key,
  takes it instead of refunding again.
- An exchange: WooCommerce has none of its own; the release is an order note for the shop's
  staff ("ship ..."), found by its words before a retry writes it again.
- A customer status (received, inspected, exception, rejected): a customer note, which
  WooCommerce e-mails; refunded needs none (WooCommerce mails the refund itself).

Errors: WooCommerce answers deterministic refund failures with HTTP 500 and a code
(`woocommerce_rest_cannot_create_order_refund` "Invalid refund amount.", a gateway that cannot
refund...): those are refusals in its words; 401/403 are the set-up's (keys, permissions);
other 5xx, time-outs and dropped connections are retried, after the check above.
"""

from __future__ import annotations

import base64
import http.client
import json
import time
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlencode

from db.enums import DeliveryOutcome, OutboxKind
from receiving_station.i18n.text import plural
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
from receiving_station.upstream.woocommerce.oauth import signed_params

API = "/wp-json/wc/v3"
KEY_META = "receiving_station_key"
LPN_META = "receiving_station_lpn"
# Refund failures WooCommerce answers with 500 that retrying will not change.
REFUSALS = {
    "woocommerce_rest_cannot_create_order_refund",
    "woocommerce_rest_invalid_order_id",
    "woocommerce_rest_invalid_order_refund",
    "woocommerce_rest_shop_order_invalid_id",
    "woocommerce_rest_order_invalid_id",
    "rest_invalid_param",
    "rest_missing_callback_param",
    "rest_invalid_json",
}
STATUS_NOTES = {
    "received": "We have received your returned parcel for return {rma}.",
    "inspected": "Your returned item from return {rma} has been inspected.",
    "exception": "Your return {rma} needs a closer look; we will get back to you.",
    "rejected": "Your return {rma} could not be accepted; we will contact you.",
}


class WooAnswer(Exception):
    def __init__(self, delivery: Delivery) -> None:
        super().__init__(delivery.message)
        self.delivery = delivery


class WooCommerceConnector:
    platform = "woocommerce"

    def __init__(
        self,
        shop_url: str,
        key: str,
        secret: str,
        *,
        statuses: tuple[str, ...],
        api_refund: bool = True,
        timeout: float = 10.0,
        key_env: str = "RECEIVING_STATION_WOOCOMMERCE_KEY",
    ) -> None:
        self.transport = HttpTransport(shop_url, timeout=timeout)
        self.description = f"WooCommerce {self.transport.base_url}"
        self.key, self.secret = key, secret
        self.statuses = statuses
        self.api_refund = api_refund
        self.key_env = key_env

    # -- one request ---------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None = None,
        body: Any = None,
    ) -> tuple[int, Any, Mapping[str, str]]:
        """(status, JSON answer, headers) of one request; raises WooAnswer when there is no
        answer to act on (network, 5xx without a WooCommerce code, set-up faults)."""
        started = time.perf_counter()
        target_path = f"{self.transport.prefix}{API}{path}"
        params = dict(params or {})
        headers = {"Accept": "application/json"}
        if self.transport.base_url.startswith("https://"):
            token = base64.b64encode(f"{self.key}:{self.secret}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
            query = params
        else:  # plain HTTP: WooCommerce takes only OAuth 1.0a signatures
            scheme, _, host = self.transport.base_url.split("/", 3)[:3]
            url = f"{scheme}//{host}{target_path}"
            query = signed_params(method, url, params, self.key, self.secret)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        target = target_path + (f"?{urlencode(query)}" if query else "")
        try:
            # a POST makes something (no key makes a repeat harmless): never sent twice here
            status, content, answer_headers = self.transport.exchange_with_headers(
                method, target, data, headers, repeatable=method == "GET"
            )
        except TimeoutError:
            raise WooAnswer(
                _retry(started, f"no answer within {self.transport.timeout:g} s")
            ) from None
        except (OSError, http.client.HTTPException) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise WooAnswer(_retry(started, f"{exc.__class__.__name__}: {reason}")) from None
        try:
            answer = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            answer = None
        code = answer.get("code") if isinstance(answer, dict) else None
        message = answer.get("message") if isinstance(answer, dict) else None
        if status in (401, 403):
            raise WooAnswer(
                Delivery(
                    DeliveryOutcome.RETRY,
                    f"HTTP {status} {code}: {message} (check the consumer key and secret in "
                    f"{self.key_env} and that the key has Read/Write permission)",
                    status,
                    fault=True,
                    duration_ms=_ms(started),
                )
            )
        if status == 404 and code == "rest_no_route":
            raise WooAnswer(
                Delivery(
                    DeliveryOutcome.RETRY,
                    f"HTTP 404 rest_no_route: {self.transport.base_url} serves no WooCommerce REST "
                    "API v3 (check the address and that the site's permalinks are not 'Plain')",
                    status,
                    fault=True,
                    duration_ms=_ms(started),
                )
            )
        # 429: the site's host or a security plugin limits the rate (WooCommerce itself does
        # not): not now, after the time it asks for, as for a server's trouble.
        if (status >= 500 or status == 429) and code not in REFUSALS:
            retry_after = answer_headers.get("retry-after") or ""
            after = float(retry_after) if retry_after.isdigit() else None
            raise WooAnswer(_retry(started, f"WooCommerce answered HTTP {status}", status, after))
        if answer is None:
            raise WooAnswer(
                _retry(started, f"WooCommerce answered HTTP {status} without JSON", status)
            )
        return status, answer, answer_headers

    # -- delivering an event ---------------------------------------------------------------------

    def deliver(self, event: OutboundEvent) -> Delivery:
        started = time.perf_counter()
        if event.kind == OutboxKind.STATUS_EVENT.value:
            return self._status(event, started)
        platform = event.payload.get("platform")
        if not isinstance(platform, dict) or platform.get("name") != "woocommerce":
            return Delivery(
                DeliveryOutcome.REFUSED,
                f"{event.subject}: this return did not come from WooCommerce (no WooCommerce ids "
                "in the event): release it by hand in WooCommerce, then resolve it here",
            )
        order_id = str(platform.get("order_id"))
        try:
            if event.kind == OutboxKind.EXCHANGE_RELEASE.value:
                return self._exchange(event, order_id, started)
            if event.attempts > 0:
                found = self._refund_with_key(order_id, event.idempotency_key)
                if found is not None:
                    return Delivery(
                        DeliveryOutcome.SENT,
                        "found already made in WooCommerce",
                        200,
                        reference=found,
                        duration_ms=_ms(started),
                    )
            status, answer, _ = self.request(
                "POST", f"/orders/{order_id}/refunds", body=self._refund_body(event, platform)
            )
        except WooAnswer as exc:
            return exc.delivery
        if status == 201 and isinstance(answer, dict) and "id" in answer:
            return Delivery(
                DeliveryOutcome.SENT,
                "HTTP 201",
                status,
                reference=str(answer["id"]),
                duration_ms=_ms(started),
            )
        return _refused(status, answer, started)

    def _refund_body(self, event: OutboundEvent, platform: dict[str, Any]) -> dict[str, Any]:
        unit = (event.payload.get("units") or [{}])[0]
        line = platform.get("line") or {}
        amount = Decimal(str(event.payload.get("total") or "0"))
        net = Decimal(str(line.get("unit_total") or "0"))
        tax = Decimal(str(line.get("unit_tax") or "0"))
        item: dict[str, Any] = {"id": int(line["line_item_id"]), "quantity": 1}
        if net + tax > 0:
            net_share = (amount * net / (net + tax)).quantize(Decimal("0.01"), ROUND_HALF_UP)
            item["refund_total"] = float(net_share)
            if tax and line.get("tax_rate_id"):
                item["refund_tax"] = [
                    {"id": int(line["tax_rate_id"]), "refund_total": float(amount - net_share)}
                ]
        else:
            item["refund_total"] = float(amount)
        return {
            "amount": f"{amount:.2f}",
            "reason": f"Return {event.payload.get('rma')}: unit {unit.get('lpn')} ({unit.get('sku')}), "
            f"grade {unit.get('grade')}, {unit.get('disposition')}",
            "api_refund": self.api_refund and amount > 0,
            "api_restock": unit.get("disposition") == "restock",
            "line_items": [item],
            "meta_data": [
                {"key": KEY_META, "value": event.idempotency_key},
                {"key": LPN_META, "value": str(unit.get("lpn"))},
            ],
        }

    def _refund_with_key(self, order_id: str, key: str) -> str | None:
        _, refunds, _ = self.request("GET", f"/orders/{order_id}/refunds", {"per_page": "100"})
        for refund in refunds if isinstance(refunds, list) else []:
            for meta in refund.get("meta_data") or []:
                if meta.get("key") == KEY_META and meta.get("value") == key:
                    return str(refund["id"])
        return None

    def _note(
        self, event: OutboundEvent, order_id: str, text: str, customer: bool, started: float
    ) -> Delivery:
        if event.attempts > 0:
            _, notes, _ = self.request("GET", f"/orders/{order_id}/notes")
            for note in notes if isinstance(notes, list) else []:
                if note.get("note") == text:
                    return Delivery(
                        DeliveryOutcome.SENT,
                        "found already written in WooCommerce",
                        200,
                        reference=str(note["id"]),
                    )
        status, answer, _ = self.request(
            "POST", f"/orders/{order_id}/notes", body={"note": text, "customer_note": customer}
        )
        if status == 201 and isinstance(answer, dict):
            return Delivery(
                DeliveryOutcome.SENT,
                "HTTP 201",
                status,
                reference=str(answer.get("id")),
                duration_ms=_ms(started),
            )
        return _refused(status, answer, started)

    def _exchange(self, event: OutboundEvent, order_id: str, started: float) -> Delivery:
        unit = event.payload.get("returned") or {}
        text = (
            f"Receiving Station: exchange for return {event.payload.get('rma')}: unit "
            f"{unit.get('lpn')} ({unit.get('sku')}) received, grade {unit.get('grade')}. "
            f"Ship {event.payload.get('exchange_sku')} to the customer."
        )
        return self._note(event, order_id, text, False, started)

    def _status(self, event: OutboundEvent, started: float) -> Delivery:
        status = str(event.payload.get("status"))
        template = STATUS_NOTES.get(status)
        platform = event.payload.get("platform") or {}
        order_id = platform.get("order_id") if isinstance(platform, dict) else None
        if template is None or not order_id:
            why = (
                "WooCommerce e-mails the refund itself"
                if status == "refunded"
                else "the return did not come from WooCommerce"
            )
            return Delivery(DeliveryOutcome.SENT, f"nothing to send: {why}")
        try:
            return self._note(
                event, str(order_id), template.format(rma=event.payload.get("rma")), True, started
            )
        except WooAnswer as exc:
            return exc.delivery

    # -- pulling expected returns ----------------------------------------------------------------

    def pull_page(self, cursor: str, limit: int) -> ReturnsPage:
        fields = dict(part.split("=", 1) for part in cursor.split(";") if "=" in part)
        since, page = fields.get("since", ""), int(fields.get("page", "1") or 1)
        params = {
            "status": ",".join(self.statuses),
            "orderby": "modified",
            "order": "asc",
            "dates_are_gmt": "true",
            "per_page": str(max(1, min(limit, 100))),
            "page": str(page),
        }
        if since:
            params["modified_after"] = since
        try:
            status, orders, headers = self.request("GET", "/orders", params)
        except WooAnswer as exc:
            raise ConnectorError(f"{self.description}: {exc}") from exc
        if status != 200 or not isinstance(orders, list):
            raise ConnectorError(
                f"{self.description}/orders answered HTTP {status}: {_words(orders)}"
            )
        pages = int(headers.get("x-wp-totalpages", "1") or 1)
        gtins = self._gtins(orders)
        returns = [
            record for order in orders if (record := expected_return(order, gtins)) is not None
        ]
        latest = max([since, *(str(o.get("date_modified_gmt") or "") for o in orders)])
        if page < pages:
            return ReturnsPage(returns, f"since={since};page={page + 1}", True)
        return ReturnsPage(returns, f"since={latest}", False)

    def _gtins(self, orders: list[dict[str, Any]]) -> dict[int, str]:
        """The products' GTINs (`global_unique_id`, WooCommerce 9.2 and later), which the
        bench scans on the items; products without one are left out."""
        ids = sorted(
            {
                int(item["product_id"])
                for o in orders
                for item in o.get("line_items") or []
                if item.get("product_id")
            }
        )
        found: dict[int, str] = {}
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            try:
                status, products, _ = self.request(
                    "GET", "/products", {"include": ",".join(map(str, chunk)), "per_page": "100"}
                )
            except WooAnswer as exc:
                raise ConnectorError(f"{self.description}/products: {exc}") from exc
            for product in products if status == 200 and isinstance(products, list) else []:
                code = str(product.get("global_unique_id") or "").strip()
                if code.isascii() and code.isdigit() and len(code) in (8, 12, 13, 14):
                    found[int(product["id"])] = code
        return found

    # -- check ---------------------------------------------------------------------------------

    def check(self) -> list[CheckLine]:
        lines = []
        try:
            status, orders, _ = self.request("GET", "/orders", {"per_page": "1"})
        except WooAnswer as exc:
            return [CheckLine("consumer key and secret", False, str(exc))]
        lines.append(
            CheckLine(
                "consumer key and secret",
                status == 200,
                "accepted: orders can be read" if status == 200 else _words(orders),
            )
        )
        for name in self.statuses:
            try:
                status, answer, headers = self.request(
                    "GET", "/orders", {"status": name, "per_page": "1"}
                )
            except WooAnswer as exc:
                lines.append(CheckLine(f"order status {name!r}", False, str(exc)))
                continue
            if status == 200:
                total = int(headers.get("x-wp-total", "0") or 0)
                lines.append(
                    CheckLine(
                        f"order status {name!r}",
                        True,
                        f"known to the shop ({total} {plural('order(s)', total)} in it now)",
                    )
                )
            else:
                lines.append(
                    CheckLine(
                        f"order status {name!r}",
                        False,
                        f"the shop does not know it ({_words(answer)}): register it (a returns plugin does) or fix [upstream] return_statuses",
                    )
                )
        lines.append(
            CheckLine(
                "write permission",
                True,
                "not checked (it takes a write): the key must have Read/Write; the first refund says if not",
            )
        )
        return lines

    def close(self) -> None:
        self.transport.close()


def expected_return(
    order: dict[str, Any], gtins: dict[int, str] | None = None
) -> dict[str, Any] | None:
    """An order in a return status as the station's expected return: every line of it, with
    its product's GTIN where `gtins` has one."""
    billing = order.get("billing") or {}
    shipping = order.get("shipping") or {}
    country = (shipping.get("country") or billing.get("country") or "").upper()
    if not country or not order.get("line_items"):
        return None
    lines = []
    for number, item in enumerate(order["line_items"], 1):
        quantity = int(item.get("quantity") or 0)
        if quantity <= 0:
            continue
        total = Decimal(str(item.get("total") or "0"))
        tax = Decimal(str(item.get("total_tax") or "0"))
        unit_total = (total / quantity).quantize(Decimal("0.01"), ROUND_HALF_UP)
        unit_tax = (tax / quantity).quantize(Decimal("0.01"), ROUND_HALF_UP)
        refs = {
            "line_item_id": str(item["id"]),
            "unit_total": f"{unit_total}",
            "unit_tax": f"{unit_tax}",
        }
        taxes = item.get("taxes") or []
        if taxes:
            refs["tax_rate_id"] = str(taxes[0].get("id"))
        lines.append(
            {
                "line_no": number,
                "sku": item.get("sku") or f"WC-{item.get('product_id')}",
                "description": str(item.get("name") or "")[:200],
                "quantity": quantity,
                "unit_price": f"{unit_total + unit_tax}",
                "currency": order.get("currency"),
                "platform": refs,
                **(
                    {"gtin": gtins[item["product_id"]]}
                    if gtins and item.get("product_id") in gtins
                    else {}
                ),
            }
        )
    if not lines:
        return None
    name = f"{billing.get('first_name', '')} {billing.get('last_name', '')}".strip()
    record: dict[str, Any] = {
        "rma_number": f"WC-{order.get('number') or order['id']}",
        "order_number": str(order.get("number") or order["id"]),
        "customer_name": name[:200],
        "market": country,
        "channel": "portal",
        "purchase_date": str(order.get("date_created_gmt") or "")[:10],
        "requested_resolution": "refund",
        "lines": lines,
        "platform": {
            "name": "woocommerce",
            "order_id": str(order["id"]),
            "order_status": str(order.get("status")),
        },
    }
    if billing.get("email"):
        record["customer_email"] = billing["email"]
    return record


def _retry(
    started: float, message: str, status: int | None = None, after: float | None = None
) -> Delivery:
    return Delivery(
        DeliveryOutcome.RETRY, message, status, retry_after=after, duration_ms=_ms(started)
    )


def _words(answer: Any) -> str:
    if isinstance(answer, dict) and answer.get("message"):
        return f"{answer.get('code')}: {answer['message']}"
    return json.dumps(answer)[:300]


def _refused(status: int, answer: Any, started: float) -> Delivery:
    return Delivery(
        DeliveryOutcome.REFUSED,
        f"WooCommerce refused it (HTTP {status}) {_words(answer)}",
        status,
        duration_ms=_ms(started),
    )


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def woocommerce_connector(
    config: UpstreamConfig, *, url: str | None = None, environ: Mapping[str, str] | None = None
) -> WooCommerceConnector:
    from receiving_station.secrets import secret as find_secret

    key = find_secret(config.key_env, environ)
    secret = find_secret(config.key_secret_env, environ)
    if not key or not secret:
        raise UpstreamSetupError(
            f"the WooCommerce REST API key is not set: export {config.key_env}=ck_... and "
            f"{config.key_secret_env}=cs_..., or keep them in the OS keyring (receiving-station "
            "secret set NAME); WooCommerce > Settings > Advanced > REST API, Read/Write, "
            "docs/woocommerce.md"
        )
    shop = url or config.url
    if not shop:
        raise UpstreamSetupError('set [upstream] url to the shop, e.g. "https://shop.example.com"')
    try:
        return WooCommerceConnector(
            shop,
            key,
            secret,
            statuses=config.return_statuses,
            api_refund=config.api_refund,
            timeout=config.timeout_seconds,
            key_env=config.key_env,
        )
    except ValueError as exc:
        raise UpstreamSetupError(str(exc)) from exc
