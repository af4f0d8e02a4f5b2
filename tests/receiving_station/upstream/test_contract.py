"""The upstream contract as code: requests, signatures, what upstream's answers mean."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.enums import DeliveryOutcome
from receiving_station.upstream.contract import (
    ContractError,
    canonical_json,
    classify,
    parse_retry_after,
    request_for,
    signature_header,
    signature_problem,
    signing_bytes,
)

NOW = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)


def test_each_kind_becomes_its_post_with_stable_signed_bytes() -> None:
    refund = request_for("refund", "refund:LPN1", {"rma": "RMA-1", "total": "1.00", "units": []})
    assert (refund.method, refund.path) == ("POST", "/refunds")
    assert refund.body == b'{"rma":"RMA-1","total":"1.00","units":[]}'
    exchange = request_for("exchange_release", "exchange:RMA/2:L", {"rma": "RMA/2 Ö"})
    assert exchange.path == "/exchanges/RMA%2F2%20%C3%96/release"
    event = request_for(
        "status_event", "status:RMA-3:received:parcel:P", {"rma": "RMA-3", "status": "received"}
    )
    assert event.path == "/returns/RMA-3/events"
    # The same payload in another key order signs the same (a retry cannot differ).
    assert (
        canonical_json({"b": 1, "a": "å"})
        == canonical_json({"a": "å", "b": 1})
        == '{"a":"å","b":1}'.encode()
    )
    headers = refund.headers(b"k", now=1_780_000_000)
    assert headers["Idempotency-Key"] == "refund:LPN1"
    covered = b"v1\n1780000000\nPOST\n/refunds\n\nrefund:LPN1\n" + refund.body
    assert signing_bytes(1_780_000_000, "POST", "/refunds", "refund:LPN1", refund.body) == covered
    assert (
        headers["X-Signature"]
        == "t=1780000000,v1=" + hmac.new(b"k", covered, hashlib.sha256).hexdigest()
    )


def test_events_that_cannot_be_sent_say_why() -> None:
    with pytest.raises(ContractError, match="no 'rma'"):
        request_for("refund", "refund:X", {})
    with pytest.raises(ContractError, match="unknown status"):
        request_for("status_event", "k", {"rma": "R", "status": "lost"})
    with pytest.raises(ContractError, match="1–100"):
        request_for("refund", "x" * 101, {"rma": "R"})


def test_a_signature_covers_method_path_query_key_time_and_body() -> None:
    body, now = b'{"a":1}', 1_780_000_000.0
    good = signature_header(b"secret", "POST", "/refunds?x=1", "refund:L1", body, now)

    def problem(
        header: str | None = good,
        secret: bytes | tuple[bytes, ...] = b"secret",
        method: str = "POST",
        target: str = "/refunds?x=1",
        key: str = "refund:L1",
        data: bytes = body,
        at: float = now,
    ) -> str | None:
        return signature_problem(secret, header, method, target, key, data, at)

    assert problem() is None
    assert problem(at=now + 299) is None and problem(at=now - 299) is None
    assert "from now" in (problem(at=now + 301) or "")  # a captured request, replayed later
    assert "from now" in (problem(at=now - 301) or "")
    for changed in (
        {"key": "refund:L1-again"},  # the same body under a new key: refused
        {"method": "PUT"},
        {"target": "/refunds?x=2"},
        {"target": "/exchanges/R/release?x=1"},
        {"data": body + b" "},
        {"secret": b"other"},
    ):
        assert "does not match" in (problem(**changed) or ""), changed  # type: ignore[arg-type]
    assert problem(header=None) == "no X-Signature"
    for broken in ("sha256=" + "0" * 64, "t=abc,v1=00", "v1=00", "t=1,t=2,v1=00", ""):
        assert problem(header=broken), broken


def test_a_change_of_secret_signs_with_both_and_accepts_either() -> None:
    body, now = b"{}", 1_780_000_000.0
    both = signature_header((b"new", b"old"), "POST", "/refunds", "k", body, now)
    assert both.count("v1=") == 2
    for upstream in (b"new", b"old", (b"new", b"old")):
        assert signature_problem(upstream, both, "POST", "/refunds", "k", body, now) is None
    only_old = signature_header(b"old", "POST", "/refunds", "k", body, now)
    assert signature_problem((b"new", b"old"), only_old, "POST", "/refunds", "k", body, now) is None
    assert signature_problem(b"new", only_old, "POST", "/refunds", "k", body, now) is not None


@given(st.binary(max_size=200), st.text(max_size=60), st.text(max_size=80))
def test_any_signed_request_checks_and_any_change_of_byte_does_not(
    body: bytes, key: str, target: str
) -> None:
    now = 1_780_000_000.0
    header = signature_header(b"s", "POST", target, key, body, now)
    assert signature_problem(b"s", header, "POST", target, key, body, now) is None
    assert signature_problem(b"s", header, "POST", target, key, body + b"x", now) is not None


@pytest.mark.parametrize(
    ("kind", "status", "body", "outcome", "reference"),
    [
        ("refund", 201, b'{"refund_id":"RF-1","status":"accepted"}', DeliveryOutcome.SENT, "RF-1"),
        ("refund", 200, b'{"refund_id":"RF-1","status":"accepted"}', DeliveryOutcome.SENT, "RF-1"),
        (
            "exchange_release",
            200,
            b'{"exchange_id":"E","status":"released"}',
            DeliveryOutcome.SENT,
            "E",
        ),
        ("status_event", 202, b'{"accepted":true}', DeliveryOutcome.SENT, None),
        ("refund", 200, b"<html>proxy</html>", DeliveryOutcome.RETRY, None),
        ("refund", 200, b'{"status":"queued"}', DeliveryOutcome.RETRY, None),
        (
            "refund",
            409,
            b'{"error":"already_refunded","message":"order refunded"}',
            DeliveryOutcome.REFUSED,
            None,
        ),
        (
            "refund",
            422,
            b'{"error":"invalid","message":"total: bad"}',
            DeliveryOutcome.REFUSED,
            None,
        ),
        ("refund", 404, b"", DeliveryOutcome.REFUSED, None),
        ("refund", 429, b"", DeliveryOutcome.RETRY, None),
        ("refund", 408, b"", DeliveryOutcome.RETRY, None),
        ("refund", 500, b"boom", DeliveryOutcome.RETRY, None),
        ("refund", 503, b"", DeliveryOutcome.RETRY, None),
        ("refund", 302, b"", DeliveryOutcome.RETRY, None),
        ("refund", 401, b'{"error":"bad_signature","message":"no"}', DeliveryOutcome.RETRY, None),
    ],
)
def test_answers_are_classified_as_the_contract_says(
    kind: str, status: int, body: bytes, outcome: DeliveryOutcome, reference: str | None
) -> None:
    delivery = classify(kind, status, body, None, NOW)
    assert delivery.outcome is outcome
    assert delivery.reference == reference
    assert delivery.http_status == status
    if status == 401:
        assert delivery.fault and "shared secret" in delivery.message
    if status == 409:
        assert "order refunded" in delivery.message


def test_retry_after_in_seconds_or_as_a_date() -> None:
    assert parse_retry_after("120", NOW) == 120
    assert parse_retry_after("Wed, 25 Nov 2026 12:01:30 GMT", NOW) == 90
    assert parse_retry_after("Wed, 25 Nov 2026 11:00:00 GMT", NOW) == 0
    assert parse_retry_after("soon", NOW) is None
    assert parse_retry_after(None, NOW) is None
    assert classify("refund", 503, b"", "7", NOW).retry_after == 7


@given(
    status=st.integers(100, 599),
    body=st.binary(max_size=300)
    | st.builds(
        lambda d: json.dumps(d).encode(),
        st.dictionaries(
            st.text(max_size=10), st.none() | st.booleans() | st.text(max_size=10), max_size=4
        ),
    ),
    retry_after=st.none() | st.text(max_size=40),
    kind=st.sampled_from(["refund", "exchange_release", "status_event"]),
)
def test_any_answer_is_classified_without_raising(
    status: int, body: bytes, retry_after: str | None, kind: str
) -> None:
    delivery = classify(kind, status, body, retry_after, NOW)
    assert delivery.outcome in DeliveryOutcome
    assert delivery.message
    if delivery.outcome is DeliveryOutcome.SENT:
        assert 200 <= status < 300
    if delivery.retry_after is not None:
        assert delivery.retry_after >= 0
