"""A captured request cannot refund twice (issue #20): the signature covers the key and the
time, and the shop refunds a unit once whatever the key says.  Against the sandbox shop, over
HTTP, as an attacker with a copy of one signed request would try it."""

from __future__ import annotations

import httpx

from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream.adapters import HttpAdapter
from receiving_station.upstream.contract import SIGNATURE_TOLERANCE_SECONDS, request_for
from tests.helpers.upstream import SECRET, refund_payload, sandbox_get


def test_a_captured_refund_cannot_be_replayed_into_a_second_refund(
    sandbox: SandboxServer,
) -> None:
    request = request_for("refund", "refund:LPN-R1", refund_payload("RMA-R", "LPN-R1"))
    captured = request.headers(SECRET)
    client = httpx.Client(base_url=sandbox.url, timeout=5)
    first = client.post(request.path, content=request.body, headers=captured)
    assert first.status_code == 201, first.text
    # The very same request again: the shop answers as the first time, pays nothing more.
    again = client.post(request.path, content=request.body, headers=captured)
    assert again.status_code == 201 and again.json() == first.json()
    # The same signed body under a new key: the signature covers the key.
    new_key = {**captured, "Idempotency-Key": "refund:LPN-R1-replay"}
    replayed = client.post(request.path, content=request.body, headers=new_key)
    assert replayed.status_code == 401 and replayed.json()["error"] == "bad_signature"
    # Sent to another endpoint: the signature covers the method and path.
    elsewhere = client.post("/exchanges/RMA-R/release", content=request.body, headers=captured)
    assert elsewhere.status_code == 401
    # Replayed after the time window, under its own key: too old.
    late = request.headers(SECRET, now=request_time(captured) - SIGNATURE_TOLERANCE_SECONDS - 5)
    stale = client.post(request.path, content=request.body, headers=late)
    assert stale.status_code == 401 and "from now" in stale.json()["message"]
    # Whoever holds the secret (a second station database, a restored one) and signs the
    # same unit's refund under a new key: the shop refunds a unit once.
    second = request_for("refund", "refund:site2:LPN-R1", refund_payload("RMA-R", "LPN-R1"))
    twice = client.post(second.path, content=second.body, headers=second.headers(SECRET))
    assert twice.status_code == 409 and twice.json()["error"] == "already_refunded"
    assert "LPN-R1 of RMA-R was refunded already" in twice.json()["message"]
    assert len(sandbox_get(sandbox, "refunds")) == 1
    client.close()


def test_the_station_sends_through_a_change_of_secret(sandbox: SandboxServer) -> None:
    """During a change of the shared secret the station signs with the new and the old one
    (RECEIVING_STATION_UPSTREAM_SECRET and ..._PREVIOUS): the shop, still on the old, accepts."""
    adapter = HttpAdapter(sandbox.url, (b"the-new-secret", SECRET), timeout=5)
    request = request_for("refund", "refund:LPN-R2", refund_payload("RMA-R", "LPN-R2"))
    assert adapter.deliver(request).outcome == "sent"
    only_new = HttpAdapter(sandbox.url, b"the-new-secret", timeout=5)
    other = request_for("refund", "refund:LPN-R3", refund_payload("RMA-R", "LPN-R3"))
    refused = only_new.deliver(other)
    assert refused.http_status == 401 and refused.fault
    adapter.close()
    only_new.close()


def test_the_signature_covers_the_path_as_the_shop_receives_it(sandbox: SandboxServer) -> None:
    """Behind a base URL with a path (https://shop.example/returns-api/v1), the station signs
    the path on the request line: the sandbox, which has no such route, checks the signature
    first and then answers 404 (a wrong signature would be 401)."""
    adapter = HttpAdapter(f"{sandbox.url}/returns-api/v1", SECRET, timeout=5)
    request = request_for("refund", "refund:LPN-R4", refund_payload("RMA-R", "LPN-R4"))
    answer = adapter.deliver(request)
    assert answer.http_status == 404, answer.message
    adapter.close()


def request_time(headers: dict[str, str]) -> int:
    return int(headers["X-Signature"].split(",")[0].removeprefix("t="))
