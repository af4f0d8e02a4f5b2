"""docs/upstream-api.yaml is valid OpenAPI 3.1, and both sides keep to it: every event the
bench really makes (all demo scenarios walked) is a request its schemas accept, and the
sandbox's answers (first time, repeated, refused, the returns page) match theirs."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from sqlalchemy import Engine, select

from db.engine import session_factory
from db.models import OutboxEvent
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import generate_demo_data
from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream.contract import request_for
from tests.helpers.bench import TODAY, make_bench, walk
from tests.helpers.upstream import SECRET, refund_payload

ROOT = Path(__file__).resolve().parents[3]
SPEC = yaml.safe_load((ROOT / "docs" / "upstream-api.yaml").read_text())


def _schema(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator({**schema, "components": SPEC["components"]})


def _operation(path: str) -> dict[str, Any]:
    """The contract's POST operation for a concrete path."""
    if path == "/refunds":
        return SPEC["paths"]["/refunds"]["post"]
    if path.startswith("/exchanges/"):
        return SPEC["paths"]["/exchanges/{rma}/release"]["post"]
    return SPEC["paths"]["/returns/{rma}/events"]["post"]


def _response_schema(operation: dict[str, Any], status: int) -> dict[str, Any]:
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"]["application/json"]["schema"]


def test_the_contract_is_valid_openapi() -> None:
    validate(SPEC)
    from db.enums import Disposition

    # The dispositions the rules can decide are the ones the contract names.
    unit = SPEC["components"]["schemas"]["Unit"]["properties"]
    assert unit["disposition"]["enum"] == [d.value for d in Disposition]
    assert SPEC["openapi"].startswith("3.1")
    assert {"/refunds", "/exchanges/{rma}/release", "/returns/{rma}/events", "/returns"} == set(
        SPEC["paths"]
    )


def test_what_the_bench_sends_and_the_sandbox_answers_keep_to_the_contract(
    engine: Engine, sandbox: SandboxServer
) -> None:
    summary = generate_demo_data(engine, returns=40, seed=3, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == []
    with session_factory(engine)() as session:
        events = session.scalars(select(OutboxEvent).order_by(OutboxEvent.id)).all()
    kinds = {e.kind for e in events}
    assert {"refund", "status_event"} <= kinds
    statuses = {e.payload.get("status") for e in events if e.kind == "status_event"}
    assert {"received", "inspected"} <= statuses
    client = httpx.Client(base_url=sandbox.url, timeout=10)
    for event in events:
        request = request_for(event.kind, event.idempotency_key, event.payload)
        operation = _operation(request.path)
        body_schema = operation["requestBody"]["content"]["application/json"]["schema"]
        errors = [e.message for e in _schema(body_schema).iter_errors(json.loads(request.body))]
        assert errors == [], (event.idempotency_key, errors)
        first = None
        for _ in range(2):  # the first answer, then the repeat: the same status and body
            response = client.post(
                request.path, content=request.body, headers=request.headers(SECRET)
            )
            assert response.status_code in (200, 201, 202), response.text
            answer = (response.status_code, response.json())
            assert first is None or answer == first, (request.path, first, answer)
            first = answer
            answer_errors = list(
                _schema(_response_schema(operation, response.status_code)).iter_errors(
                    response.json()
                )
            )
            assert answer_errors == [], (request.path, response.status_code, response.text)
    # Refusals and a wrong signature are answered with the documented error body.
    bad = request_for("refund", "refund:BAD", {**_refund_like(events), "total": "0.01"})
    refused = client.post(
        bad.path,
        content=bad.body,
        headers=bad.headers(SECRET),
    )
    assert refused.status_code == 422
    assert (
        list(_schema(_response_schema(_operation("/refunds"), 422)).iter_errors(refused.json()))
        == []
    )
    unsigned = client.post(bad.path, content=bad.body, headers=bad.headers(b"wrong"))
    assert unsigned.status_code == 401 and unsigned.json()["error"] == "bad_signature"
    client.close()


def _refund_like(events: list[OutboxEvent]) -> dict[str, Any]:
    return dict(next(e.payload for e in events if e.kind == "refund"))


def test_the_returns_page_keeps_to_the_contract(sandbox: SandboxServer) -> None:
    sample = json.loads((ROOT / "docs" / "samples" / "returns.json").read_text())["returns"]
    sandbox.store.put_returns(sample)
    from receiving_station.upstream.adapters import HttpAdapter

    response = HttpAdapter(sandbox.url, SECRET).get("/returns?limit=1")
    assert response.status_code == 200
    page = response.json()
    schema = SPEC["paths"]["/returns"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert list(_schema(schema).iter_errors(page)) == []
    assert page["has_more"] is True and len(page["returns"]) == 1


@pytest.mark.parametrize("money", ["1.0", "€1.00", "1,00", "1.00000", " 1.00", "1e3", "1."])
def test_money_in_the_contract_is_digits_and_the_currencys_decimals(money: str) -> None:
    money_schema = _schema({"$ref": "#/components/schemas/Money"})
    assert not money_schema.is_valid(money)
    assert all(money_schema.is_valid(good) for good in ("1.00", "1200", "12.500", "-0.50"))


def _post(client: httpx.Client, key: str, body: dict[str, Any]) -> httpx.Response:
    """An event as the station sends it; its kind is what its key says (refund:, exchange:...)."""
    kind = {"refund": "refund", "exchange": "exchange_release", "status": "status_event"}
    request = request_for(kind[key.split(":")[0]], key, body)
    return client.post(request.path, content=request.body, headers=request.headers(SECRET))


def test_the_sandbox_takes_money_only_in_its_currencys_form(sandbox: SandboxServer) -> None:
    """What the contract says of money, the sandbox shop checks: the decimals the currency
    has, in every amount (refund, fees, exchange, the `refunded` event)."""
    client = httpx.Client(base_url=sandbox.url, timeout=10)

    def refund(key: str, amount: str, currency: str = "SEK", fee: str | None = None) -> Any:
        body = refund_payload("RMA-M-1", key, amount)
        body["currency"] = currency
        if fee is not None:
            body["restocking_fee"] = body["units"][0]["restocking_fee"] = fee
        return _post(client, f"refund:{key}", body)

    refused = refund("LPN-M1", "1")
    assert refused.status_code == 422
    assert (
        'units[0].amount: money as a string with the 2 decimals SEK has, e.g. "499.00"'
        in (refused.json()["message"])
    )
    assert refund("LPN-M2", "1.0").status_code == 422
    assert refund("LPN-M3", "1.00").status_code == 201
    assert refund("LPN-M4", "1.00", fee="0").status_code == 422
    assert refund("LPN-M5", "1200", "JPY", fee="0").status_code == 201
    whole = refund("LPN-M6", "1200.00", "JPY", fee="0")
    assert whole.status_code == 422 and "whole JPY (no decimals)" in whole.json()["message"]
    assert refund("LPN-M7", "12.500", "KWD", fee="0.000").status_code == 201

    returned = {**refund_payload("RMA-M-2", "LPN-X1")["units"][0], "amount": "1"}
    exchange = {"rma": "RMA-M-2", "order": "SO-1", "exchange_sku": "SKU-2", "returned": returned}
    assert _post(client, "exchange:M:1", {**exchange, "currency": "SEK"}).status_code == 422
    fixed = {**exchange, "returned": {**returned, "amount": "1.00"}, "currency": "SEK"}
    assert _post(client, "exchange:M:2", fixed).status_code == 200
    older = {**exchange, "returned": {**returned, "amount": "1.00"}}  # queued before currency
    assert _post(client, "exchange:M:3", older).status_code == 200

    event = {"rma": "RMA-M-1", "status": "refunded", "at": "2026-11-25T09:14:03+00:00"}
    bad = {**event, "amount": "1", "currency": "SEK"}
    assert _post(client, "status:M:1", bad).status_code == 422
    good = {**event, "amount": "1.00", "currency": "SEK"}
    assert _post(client, "status:M:2", good).status_code == 202
    client.close()


def test_a_leads_refund_in_part_reaches_the_sandbox_in_the_contracts_form(
    engine: Engine, sandbox: SandboxServer
) -> None:
    """The issue's case: a partial refund typed as 1 went out as "1" and the shop said 422."""
    from decimal import Decimal

    from db.engine import write_transaction
    from db.enums import Role
    from db.models import ExceptionCase, Operator, ReceivedUnit
    from receiving_station.exceptions import actions

    summary = generate_demo_data(engine, returns=40, seed=3, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == []
    sessions = session_factory(engine)
    with write_transaction(sessions) as session:
        lead = Operator(name="Lea Lead", badge_code="X-2", role=Role.LEAD.value)
        session.add(lead)
        session.flush()
        exception_id, lpn = session.execute(
            select(ExceptionCase.id, ReceivedUnit.lpn)
            .join(ReceivedUnit, ReceivedUnit.id == ExceptionCase.unit_id)
            .where(
                ReceivedUnit.status == "held",
                ReceivedUnit.rma_line_id.is_not(None),
                ExceptionCase.status == "open",
            )
            .order_by(ExceptionCase.id)
            .limit(1)
        ).one()
        actions.approve_refund(
            session,
            exception_id,
            operator_id=lead.id,
            now=dt.datetime.now(dt.UTC),
            amount=Decimal("1"),
            reason="worn",
        )
    with sessions() as session:
        event = session.scalar(select(OutboxEvent).where(OutboxEvent.subject == f"refund:{lpn}"))
        assert event is not None
    request = request_for(event.kind, event.idempotency_key, event.payload)
    body = json.loads(request.body)
    assert body["total"] == "1.00" and body["units"][0]["amount"] == "1.00"
    schema = _operation("/refunds")["requestBody"]["content"]["application/json"]["schema"]
    assert list(_schema(schema).iter_errors(body)) == []
    answer = httpx.post(
        sandbox.url + request.path,
        content=request.body,
        headers=request.headers(SECRET),
        timeout=10,
    )
    assert answer.status_code == 201, answer.text


def test_the_docs_signature_recipe_checks_what_the_station_signs() -> None:
    """The Python recipe in docs/upstream-api.md, run as a shop would copy it, accepts what the
    station signs and refuses the same body under another key; the openssl example's numbers
    are the ones the station computes."""
    import re
    import time

    from receiving_station.upstream.contract import signature_header, signing_bytes

    text = (ROOT / "docs" / "upstream-api.md").read_text(encoding="utf-8")
    recipe = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "signature_ok" in b)
    scope: dict[str, Any] = {}
    exec(recipe, scope)
    signature_ok = scope["signature_ok"]
    body, target = b'{"rma":"R"}', "/returns-api/v1/refunds"
    header = signature_header(SECRET, "POST", target, "refund:L1", body, time.time())
    assert signature_ok([SECRET], header, "POST", target, "refund:L1", body)
    assert signature_ok([b"new", SECRET], header, "POST", target, "refund:L1", body)
    assert not signature_ok([SECRET], header, "POST", target, "refund:L2", body)
    worked = signing_bytes(
        1_780_000_000,
        "POST",
        target,
        "rs-8c1f04a9d2e36b70-5f0c2a1e9b7d4c3a8e6f1b2d0a9c7e4f",
        b'{"accepted":true}',
    )
    digest = hmac.new(b"s3cret", worked, hashlib.sha256).hexdigest()
    assert f"v1={digest}" in text and f"SHA2-256(stdin)= {digest}" in text
