"""The WooCommerce connector against the stand-in that answers as WooCommerce's REST API v3
and its controllers do: refunds found by the station's key before a retry (WooCommerce has no
idempotency key), restock as the disposition says, refusals in WooCommerce's words, OAuth over
plain HTTP, the pull and the check."""

from __future__ import annotations

import dataclasses
import socket
import time

import httpx

from db.enums import DeliveryOutcome
from receiving_station.upstream.connector import ConnectorError
from receiving_station.upstream.woocommerce.connector import KEY_META, WooCommerceConnector
from receiving_station.upstream.woocommerce.oauth import signed_params
from tests.helpers.standins import standin_get
from tests.helpers.woocommerce import (
    KEY,
    SECRET,
    woo_connector,
    woo_event,
    woo_order,
    woo_shop,
)


def test_a_refund_is_made_once_with_the_stations_key_and_a_retry_finds_it() -> None:
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(1))
        connector = woo_connector(server)
        server.faults = dataclasses.replace(server.faults, drop_rate=1.0)  # made, answer lost
        lost = connector.deliver(woo_event(order))
        assert lost.outcome is DeliveryOutcome.RETRY
        server.faults = dataclasses.replace(server.faults, drop_rate=0.0)
        retry = connector.deliver(woo_event(order, attempts=1))
        assert retry.outcome is DeliveryOutcome.SENT and "found already made" in retry.message
        [refund] = standin_get(server, "refunds")
        assert refund["amount"] == "96.80" and str(refund["id"]) == retry.reference
        meta = {m["key"]: m["value"] for m in refund["meta_data"]}
        assert (
            meta[KEY_META] == woo_event(order).idempotency_key
            and meta["receiving_station_lpn"] == "LPN-W-1"
        )
        [line] = refund["line_items"]
        assert (
            line["quantity"] == -1
            and line["total"] == "-80.00"
            and line["taxes"][0]["total"] == "-16.80"
        )
        assert standin_get(server, "summary")["stock"]["JKT-1"] == 4  # restocked: 3 + 1
        connector.close()


def test_without_the_check_a_resent_refund_would_be_made_twice() -> None:
    """Why the connector checks: the stand-in, like WooCommerce, has no idempotency key."""
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(2))
        connector = woo_connector(server)
        assert connector.deliver(woo_event(order)).outcome is DeliveryOutcome.SENT
        assert connector.deliver(woo_event(order)).outcome is DeliveryOutcome.SENT  # attempts 0
        assert standin_get(server, "summary")["refunds"] == 2
        assert connector.deliver(woo_event(order, attempts=3)).outcome is DeliveryOutcome.SENT
        assert standin_get(server, "summary")["refunds"] == 2
        connector.close()


def test_a_discarded_unit_is_not_restocked_and_refusals_are_in_woocommerces_words() -> None:
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(3))
        connector = woo_connector(server)
        assert (
            connector.deliver(woo_event(order, disposition="discard")).outcome
            is DeliveryOutcome.SENT
        )
        assert standin_get(server, "summary")["stock"]["JKT-3"] == 3
        too_much = connector.deliver(woo_event(order, total="500.00", key="rs-0123456789abcdef-2"))
        assert too_much.outcome is DeliveryOutcome.REFUSED
        assert (
            "woocommerce_rest_cannot_create_order_refund: Invalid refund amount."
            in too_much.message
        )
        bank = server.book.seed_order(woo_order(4, payment="bacs"))
        no_gateway = connector.deliver(woo_event(bank))
        assert no_gateway.outcome is DeliveryOutcome.REFUSED
        assert "does not support automatic refunds" in no_gateway.message
        recorded = woo_connector(server, api_refund=False).deliver(woo_event(bank))
        assert recorded.outcome is DeliveryOutcome.SENT  # api_refund = false: recorded only
        connector.close()


def test_set_up_faults_are_shown_and_shop_faults_retried() -> None:
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(5))
        wrong = WooCommerceConnector(
            server.url, KEY, "cs_wrong", statuses=("return-requested",), timeout=5
        )
        said = wrong.deliver(woo_event(order))
        assert said.outcome is DeliveryOutcome.RETRY and said.fault
        assert (
            "Invalid signature" in said.message
            and "RECEIVING_STATION_WOOCOMMERCE_KEY" in said.message
        )
        server.faults = dataclasses.replace(server.faults, error_rate=1.0)
        down = woo_connector(server).deliver(woo_event(order))
        assert down.outcome is DeliveryOutcome.RETRY and not down.fault and "503" in down.message
        assert standin_get(server, "summary").get("refunds", 0) == 0


def test_a_rate_limit_of_the_sites_host_is_waited_for_not_refused() -> None:
    """WooCommerce sets no rate limit, but hosts and security plugins answer 429 with
    Retry-After: the refund is tried again after that time, not sent to a lead as refused."""
    import http.server
    import threading

    class Limited(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = b'{"code":"too_many_requests","message":"Slow down"}'
            self.send_response(429)
            self.send_header("Retry-After", "7")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    with woo_shop() as real:
        order = real.book.seed_order(woo_order(6))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Limited)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        connector = WooCommerceConnector(
            f"http://127.0.0.1:{server.server_address[1]}",
            KEY,
            SECRET,
            statuses=("return-requested",),
            timeout=5,
        )
        said = connector.deliver(woo_event(order))
        connector.close()
    finally:
        server.shutdown()
        server.server_close()
    assert said.outcome is DeliveryOutcome.RETRY and not said.fault, said.message
    assert said.retry_after == 7 and "429" in said.message


def test_the_stand_in_checks_signatures_as_woocommerce_does() -> None:
    with woo_shop() as server:
        url = f"{server.url}/wp-json/wc/v3/orders"
        anonymous = httpx.get(url, timeout=5)
        assert (
            anonymous.status_code == 401
            and anonymous.json()["code"] == "woocommerce_rest_cannot_view"
        )
        params = signed_params("GET", url, {"per_page": "5"}, KEY, SECRET)
        assert httpx.get(url, params=params, timeout=5).status_code == 200
        replayed = httpx.get(url, params=params, timeout=5)  # the same nonce again
        assert replayed.status_code == 401 and "nonce" in replayed.json()["message"]
        params = signed_params("GET", url, {"per_page": "6"}, KEY, SECRET)
        params["per_page"] = "7"  # changed after signing
        assert (
            httpx.get(url, params=params, timeout=5)
            .json()["message"]
            .startswith("Invalid signature")
        )
        old = signed_params("GET", url, {}, KEY, SECRET)
        old["oauth_timestamp"] = str(int(time.time()) - 3600)
        assert httpx.get(url, params=old, timeout=5).status_code == 401
        too_many = signed_params("GET", url, {"per_page": "101"}, KEY, SECRET)
        answer = httpx.get(url, params=too_many, timeout=5)
        assert answer.status_code == 400 and answer.json()["code"] == "rest_invalid_param"


def test_status_events_are_customer_notes_once_and_an_exchange_a_note_for_the_staff() -> None:
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(6))
        connector = woo_connector(server)
        received = woo_event(order, kind="status_event")
        assert connector.deliver(received).outcome is DeliveryOutcome.SENT
        again = connector.deliver(dataclasses.replace(received, attempts=1))
        assert again.outcome is DeliveryOutcome.SENT and "found already written" in again.message
        refunded = connector.deliver(woo_event(order, kind="status_event", status="refunded"))
        assert refunded.outcome is DeliveryOutcome.SENT and "nothing to send" in refunded.message
        exchange = connector.deliver(woo_event(order, kind="exchange_release"))
        assert exchange.outcome is DeliveryOutcome.SENT
        summary = standin_get(server, "summary")
        assert summary["customer_notes"] == 1 and summary["notes"] == 1
        connector.close()


def test_the_pull_takes_orders_in_the_return_statuses_page_by_page() -> None:
    with woo_shop() as server:
        for n in range(5):
            server.book.seed_order(woo_order(10 + n))
        server.book.seed_order(woo_order(20, status="completed"))
        connector = woo_connector(server)
        first = connector.pull_page("", 3)
        assert first.has_more and len(first.returns) == 3 and first.next_cursor.endswith(";page=2")
        second = connector.pull_page(first.next_cursor, 3)
        assert not second.has_more and len(second.returns) == 2
        record = first.returns[0]
        assert record["rma_number"].startswith("WC-") and record["market"] == "NL"
        assert record["platform"]["name"] == "woocommerce"
        jacket = record["lines"][0]
        assert jacket["unit_price"] == "96.80" and jacket["quantity"] == 2
        assert jacket["gtin"].startswith("871000000101") and len(jacket["gtin"]) == 13
        assert set(jacket["platform"]) == {"line_item_id", "unit_total", "unit_tax", "tax_rate_id"}
        assert connector.pull_page(second.next_cursor, 3).returns == []  # nothing changed since
        unknown = WooCommerceConnector(server.url, KEY, SECRET, statuses=("returning",), timeout=5)
        try:
            unknown.pull_page("", 3)
        except ConnectorError as exc:
            assert "rest_invalid_param" in str(exc)
        else:
            raise AssertionError("an unknown status must be refused")
        connector.close()


def test_the_check_says_what_is_in_order() -> None:
    with woo_shop() as server:
        server.book.seed_order(woo_order(30))
        lines = {line.what: line for line in woo_connector(server).check()}
        assert lines["consumer key and secret"].ok
        assert lines["order status 'return-requested'"].ok
        assert "1 order in it" in lines["order status 'return-requested'"].message
        unknown = WooCommerceConnector(server.url, KEY, SECRET, statuses=("returning",), timeout=5)
        lines = {line.what: line for line in unknown.check()}
        assert not lines["order status 'returning'"].ok
        wrong = WooCommerceConnector(
            server.url, "ck_nope", SECRET, statuses=("x",), timeout=5
        ).check()
        assert len(wrong) == 1 and not wrong[0].ok and "Consumer key is invalid" in wrong[0].message


def test_a_dropped_answer_to_a_refund_is_not_sent_again_blindly() -> None:
    with woo_shop() as server:
        order = server.book.seed_order(woo_order(8))
        connector = woo_connector(server)
        assert connector.check()[0].ok  # the connection is kept alive
        server.faults = dataclasses.replace(server.faults, drop_rate=1.0)
        assert connector.deliver(woo_event(order)).outcome is DeliveryOutcome.RETRY
        assert standin_get(server, "summary")["refunds"] == 1  # once, not twice
        connector.close()


def test_a_request_cut_off_before_its_body_is_whole_changes_nothing() -> None:
    """A dispatcher killed mid-request: the stand-in, like a shop's web server, does not hand
    the cut-off request on (an empty body read as {} was a refund of 0.00 without the key)."""
    with woo_shop() as server:
        order = server.book.seed_order({"lines": [{"sku": "C-1", "quantity": 1, "price": "9.00"}]})
        host, port = server.server_address[:2]
        with socket.create_connection((str(host), int(port)), timeout=5) as client:
            client.sendall(
                f"POST /wp-json/wc/v3/orders/{order['id']}/refunds HTTP/1.1\r\n"
                "Host: shop\r\nContent-Type: application/json\r\nContent-Length: 120\r\n\r\n"
                '{"amount": "9.0'.encode()
            )
            client.shutdown(socket.SHUT_WR)  # the rest never comes
            assert client.recv(1024) == b""  # closed without an answer
        time.sleep(0.2)
        assert standin_get(server, "refunds") == []
