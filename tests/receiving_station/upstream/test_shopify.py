"""The Shopify connector against the stand-in that follows shopify.dev's Admin GraphQL
reference (resources/shopify/admin-2026-10.graphql): processing, refunds once per key,
reconciling before a retry, throttling, refusals in Shopify's words, the pull and the check."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

import httpx
import pytest
from graphql import parse, validate

from db.enums import DeliveryOutcome
from receiving_station.demo.shopify_book import ShopifyBook
from receiving_station.demo.shopify_standin import schema
from receiving_station.upstream.connector import ConnectorError
from receiving_station.upstream.shopify import documents
from receiving_station.upstream.shopify.connector import ShopifyConnector
from tests.helpers.shopify import TOKEN, order_spec, shopify_shop, unit_event
from tests.helpers.standins import standin_get


def _connector(server, **kw) -> ShopifyConnector:  # type: ignore[no-untyped-def]
    location = next(iter(server.book.locations))
    return ShopifyConnector(server.url, TOKEN, location=location, timeout=5, **kw)


def test_every_document_the_connector_sends_is_valid_against_shopifys_types() -> None:
    sent = [
        documents.EXPECTED_RETURNS,
        documents.RETURN_STATE,
        documents.PROCESS_RETURN,
        documents.CREATE_REFUND % "rs-0123456789abcdef-0a1b",
        documents.CHECK_ACCESS,
        documents.CHECK_LOCATION,
        documents.CHECK_READ,
    ]
    for document in sent:
        assert validate(schema(), parse(document)) == [], document
    # and the schema is Shopify's where it matters: a field Shopify lacks is refused
    assert validate(schema(), parse('{ return(id: "x") { updatedAt } }'))


def test_a_refund_processes_the_unit_and_refunds_it_once_under_its_key() -> None:
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(1))
        connector = _connector(server)
        event = unit_event(order)
        first = connector.deliver(event)
        assert first.outcome is DeliveryOutcome.SENT, first.message
        again = connector.deliver(dataclasses.replace(event, attempts=1))  # the answer was lost
        assert again.outcome is DeliveryOutcome.SENT and again.reference == first.reference
        summary = standin_get(server, "summary")
        assert summary["units_processed"] == 1 and summary["refunds"] == 1
        assert summary["disposed_restocked"] == 1
        [refund] = standin_get(server, "refunds")
        assert event.idempotency_key in refund["note"] and "LPN-S-1" in refund["note"]
        assert refund["amount"] == "199.00" and refund["lines"] == [["TS-1-M", 1, "NO_RESTOCK"]]
        assert "errors" not in str(summary)
        connector.close()


def test_a_retry_after_the_return_was_processed_only_refunds() -> None:
    """A crash between returnProcess and refundCreate: the retry reads the return, sees the
    unit processed, and sends only the refund."""
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(2))
        connector = _connector(server)
        event = unit_event(order, disposition="discard")
        connector._process(
            event,
            event.payload["platform"],
            event.payload["platform"]["line"],
            event.payload["units"][0],
        )
        retry = connector.deliver(dataclasses.replace(event, attempts=1))
        assert retry.outcome is DeliveryOutcome.SENT, retry.message
        summary = standin_get(server, "summary")
        assert summary["units_processed"] == 1 and summary["refunds"] == 1
        assert summary["disposed_not_restocked"] == 1
        # The second unit of the line is processed although the first one was (before = 1).
        second = unit_event(order, lpn="LPN-S-2", key="rs-0123456789abcdef-2", before=1, attempts=1)
        assert connector.deliver(second).outcome is DeliveryOutcome.SENT
        summary = standin_get(server, "summary")
        assert summary["units_processed"] == 2 and summary["refunds"] == 2
        assert summary["returns_closed"] == 1
        connector.close()


def test_an_answer_lost_after_the_refund_is_sent_again_under_the_same_key() -> None:
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(3))
        connector = _connector(server)
        connector._process(*_parts(unit_event(order)))  # processed already: only the refund left
        server.faults = dataclasses.replace(server.faults, drop_rate=1.0)
        lost = connector.deliver(unit_event(order, attempts=1))
        assert lost.outcome is DeliveryOutcome.RETRY
        server.faults = dataclasses.replace(server.faults, drop_rate=0.0)
        found = connector.deliver(unit_event(order, attempts=2))
        assert found.outcome is DeliveryOutcome.SENT
        assert standin_get(server, "summary")["refunds"] == 1
        connector.close()


def _parts(event):  # type: ignore[no-untyped-def]
    platform = event.payload["platform"]
    return event, platform, platform["line"], event.payload["units"][0]


def test_the_stand_in_answers_a_repeated_key_with_the_first_refund_and_refuses_another_input() -> (
    None
):
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(4))
        connector = _connector(server)
        event = unit_event(order)
        connector._process(*_parts(event))
        first = connector._refund(*_parts(event), total=Decimal("199.00"))
        again = connector._refund(*_parts(event), total=Decimal("199.00"))
        assert first == again and standin_get(server, "summary")["idempotent_repeats"] == 1
        other = unit_event(order, total="150.00")
        refused = connector.deliver(dataclasses.replace(other, attempts=0))
        assert (
            refused.outcome is DeliveryOutcome.RETRY or refused.outcome is DeliveryOutcome.REFUSED
        )
        assert "same idempotency key cannot be used" in refused.message
        connector.close()


def test_shopifys_refusals_are_shown_in_its_words() -> None:
    with shopify_shop() as server:
        requested = server.book.seed_order(order_spec(5, status="REQUESTED"))
        connector = _connector(server)
        refused = connector.deliver(unit_event(requested))
        assert refused.outcome is DeliveryOutcome.REFUSED
        assert "Shopify refused returnProcess" in refused.message
        assert (
            "only an open return can be processed" in refused.message
            and "INVALID_STATE" in refused.message
        )
        order = server.book.seed_order(order_spec(6))
        no_location = ShopifyConnector(server.url, TOKEN, timeout=5)
        said = no_location.deliver(unit_event(order))
        assert said.outcome is DeliveryOutcome.REFUSED and "[upstream] location" in said.message
        too_much = connector.deliver(unit_event(order, total="5000.00", disposition="discard"))
        assert too_much.outcome is DeliveryOutcome.REFUSED
        assert "greater than the refundable amount" in too_much.message
        connector.close()


def test_the_throttle_is_waited_for_and_a_throttled_answer_retried_after_what_it_needs() -> None:
    with shopify_shop(maximum=30, restore_rate=20) as server:
        orders = [server.book.seed_order(order_spec(10 + n)) for n in range(3)]
        connector = _connector(server)
        for n, order in enumerate(orders):  # 20 points each: the bucket of 30 must refill
            delivery = connector.deliver(unit_event(order, key=f"rs-0123456789abcdef-{n}"))
            assert delivery.outcome is DeliveryOutcome.SENT, delivery.message
        assert standin_get(server, "summary").get("throttled", 0) == 0  # waited, never refused
        # A pull costs more than this bucket holds: a connector that knows the bucket does
        # not send it (it says how long it would wait); one that does not is answered
        # THROTTLED, and takes the bucket's figures from that answer.
        with pytest.raises(ConnectorError, match="rate limit: waiting"):
            connector.pull_page("", 3)
        fresh = _connector(server)
        with pytest.raises(ConnectorError, match="rate limit"):
            fresh.pull_page("", 3)
        assert standin_get(server, "summary")["throttled"] == 1
        assert fresh.bucket.maximum == 30 and fresh.bucket.restore == 20
        fresh.close()


def test_a_pull_page_dearer_than_the_shops_bucket_asks_for_fewer_orders() -> None:
    with shopify_shop(maximum=700, restore_rate=700) as server:
        for n in range(4):
            server.book.seed_order(order_spec(60 + n))
        connector = _connector(server, page_size=3)  # 3 orders: about 940 points
        page = connector.pull_page("", 3)
        assert len(page.returns) == 2 and page.has_more  # THROTTLED once, then 2 a page
        assert standin_get(server, "summary")["throttled"] == 1
        rest = connector.pull_page(page.next_cursor, 3)
        assert len(rest.returns) == 2 and not rest.has_more
        connector.close()
        connector.close()


def test_faults_of_the_set_up_and_of_the_shop_are_retried_and_the_set_up_ones_shown() -> None:
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(20))
        location = next(iter(server.book.locations))
        wrong = ShopifyConnector(server.url, "shpat_wrong", location=location, timeout=5)
        said = wrong.deliver(unit_event(order))
        assert (
            said.outcome is DeliveryOutcome.RETRY and said.fault and "access token" in said.message
        )
        server.book.scopes = ("read_orders", "read_returns")
        denied = _connector(server).deliver(unit_event(order))
        assert denied.outcome is DeliveryOutcome.RETRY and denied.fault
        assert "write_returns" in denied.message
        server.book.scopes = ShopifyBook().scopes
        server.faults = dataclasses.replace(server.faults, error_rate=1.0)
        down = _connector(server).deliver(unit_event(order))
        assert down.outcome is DeliveryOutcome.RETRY and not down.fault and "503" in down.message
        assert standin_get(server, "summary").get("units_processed", 0) == 0


def test_a_status_event_needs_nothing_sent_and_an_exchange_releases_its_line() -> None:
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(30, exchange=True))
        connector = _connector(server)
        status = dataclasses.replace(unit_event(order), kind="status_event")
        assert connector.deliver(status).outcome is DeliveryOutcome.SENT
        released = connector.deliver(unit_event(order, kind="exchange_release"))
        assert released.outcome is DeliveryOutcome.SENT, released.message
        summary = standin_get(server, "summary")
        assert summary["exchange_units_released"] == 1 and summary["refunds"] == 0
        connector.close()


def test_the_pull_gives_open_and_requested_returns_with_their_shopify_ids_page_by_page() -> None:
    with shopify_shop() as server:
        for n in range(4):
            server.book.seed_order(order_spec(40 + n, status="REQUESTED" if n == 3 else "OPEN"))
        closed = order_spec(50, status="CLOSED")
        server.book.seed_order(closed)
        connector = _connector(server, page_size=3)
        first = connector.pull_page("", 500)
        assert first.has_more and len(first.returns) == 3 and ";after=" in first.next_cursor
        second = connector.pull_page(first.next_cursor, 500)
        assert not second.has_more and len(second.returns) == 1
        assert second.next_cursor.startswith("since=") and ";" not in second.next_cursor
        record = first.returns[0]
        assert record["rma_number"] == "1040-R1" and record["market"] == "SE"
        assert record["platform"]["name"] == "shopify"
        assert record["platform"]["return_id"].startswith("gid://shopify/Return/")
        assert record["platform"]["parent_transaction_id"].startswith(
            "gid://shopify/OrderTransaction/"
        )
        [line] = record["lines"]
        assert line["sku"] == "TS-40-M" and line["quantity"] == 2 and line["unit_price"] == "199.00"
        assert line["gtin"].startswith("731000000401") and len(line["gtin"]) == 13
        assert set(line["platform"]) == {
            "return_line_item_id",
            "reverse_fulfillment_order_line_item_id",
            "line_item_id",
        }
        again = connector.pull_page(second.next_cursor, 500)  # nothing changed since
        assert {r["rma_number"] for r in again.returns} <= {"1043-R1"}
        connector.close()


def test_the_check_says_what_is_granted_and_what_is_missing() -> None:
    with shopify_shop() as server:
        good = _connector(server).check()
        assert all(line.ok for line in good), good
        server.book.scopes = ("read_orders", "read_returns")
        lines = {line.what: line for line in ShopifyConnector(server.url, TOKEN, timeout=5).check()}
        assert (
            not lines["scope write_returns"].ok
            and "returnProcess" in lines["scope write_returns"].message
        )
        assert not lines["scope read_locations"].ok
        assert not lines["restock location"].ok and "not set" in lines["restock location"].message
        server.book.scopes = ShopifyBook().scopes
        lines = {line.what: line for line in ShopifyConnector(server.url, TOKEN, timeout=5).check()}
        assert "primary location" in lines["restock location"].message
        wrong = ShopifyConnector(server.url, "nope", timeout=5).check()
        assert len(wrong) == 1 and not wrong[0].ok and "access token" in wrong[0].message


def test_a_dropped_answer_to_return_process_is_not_sent_again_blindly() -> None:
    """returnProcess has no key: when the connection breaks after Shopify applied it, the
    connector must not resend it at once (a kept-alive connection's usual retry), but read
    the return at the next attempt."""
    with shopify_shop() as server:
        order = server.book.seed_order(order_spec(70))
        connector = _connector(server)
        assert all(line.ok for line in connector.check())  # the connection is kept alive
        server.faults = dataclasses.replace(server.faults, drop_rate=1.0)
        lost = connector.deliver(unit_event(order, disposition="discard"))
        assert lost.outcome is DeliveryOutcome.RETRY
        assert standin_get(server, "summary")["units_processed"] == 1  # once, not twice
        server.faults = dataclasses.replace(server.faults, drop_rate=0.0)
        again = connector.deliver(unit_event(order, disposition="discard", attempts=1))
        assert again.outcome is DeliveryOutcome.SENT, again.message
        summary = standin_get(server, "summary")
        assert summary["units_processed"] == 1 and summary["refunds"] == 1
        connector.close()


def test_the_stand_in_validates_every_document_whatever_it_validated_before() -> None:
    """Its validation is kept by the document's shape (strings left out: each refundCreate
    carries a new key); a document that differs in anything else is validated afresh."""
    with shopify_shop() as server:
        url = f"{server.url}/admin/api/{documents.API_VERSION}/graphql.json"

        def ask(query: str) -> dict[str, Any]:
            answer = httpx.post(
                url, json={"query": query}, headers={"X-Shopify-Access-Token": TOKEN}
            )
            assert answer.status_code == 200
            return answer.json()  # type: ignore[no-any-return]

        for text in ("return_status:open", "return_status:in_progress", ""):
            answer = ask(f'{{ orders(first: 1, query: "{text}") {{ nodes {{ id }} }} }}')
            assert "errors" not in answer, answer
        refused = ask("{ orders(first: 1, query: 5) { nodes { id } } }")  # a number, not a text
        assert "String cannot represent a non string value" in str(refused["errors"])
        refused = ask('{ orders(first: 1, query: "x") { nodes { id updatedAtt } } }')
        assert "Cannot query field 'updatedAtt'" in str(refused["errors"])
