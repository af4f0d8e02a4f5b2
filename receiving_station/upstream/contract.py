"""The upstream contract (docs/upstream-api.yaml) as code: which request an outbox event
becomes, how it is signed, and what upstream's answer means for the event.

Plain functions and frozen values, no I/O: the HTTP and file adapters, the dispatcher and the
sandbox server all build on these, so the two sides of the contract cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from db.enums import DeliveryOutcome, OutboxKind

SIGNATURE_HEADER = "X-Signature"
IDEMPOTENCY_HEADER = "Idempotency-Key"
KIND_HEADER = "X-Event-Kind"
SECRET_ENV = "RECEIVING_STATION_UPSTREAM_SECRET"
MAX_KEY_LENGTH = 100
STATUSES = ("received", "inspected", "refunded", "exception", "rejected")


class ContractError(ValueError):
    """An outbox event that cannot become a request (a bug or a hand-edited row)."""


@dataclass(frozen=True, slots=True)
class UpstreamRequest:
    """One POST exactly as it goes on the wire (a retry sends the very same bytes)."""

    kind: str
    idempotency_key: str
    method: str
    path: str
    body: bytes

    def headers(self, secret: bytes) -> dict[str, str]:
        return {
            "Content-Type": "application/json",
            IDEMPOTENCY_HEADER: self.idempotency_key,
            KIND_HEADER: self.kind,
            SIGNATURE_HEADER: sign(secret, self.body),
        }


@dataclass(frozen=True, slots=True)
class Delivery:
    """What one attempt came to, in the dispatcher's terms.

    `retry_after` is upstream's `Retry-After` in seconds (None when it sent none);
    `fault` marks an answer that says our set-up is wrong (401: the shared secrets disagree).
    `reference` is upstream's id for what it did (refund id, exchange id), when it gave one.
    """

    outcome: DeliveryOutcome
    message: str
    http_status: int | None = None
    retry_after: float | None = None
    reference: str | None = None
    fault: bool = False
    duration_ms: int = 0


def canonical_json(payload: Any) -> bytes:
    """The body's bytes: sorted keys, no spaces, UTF-8 (stable, so a retry signs the same)."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign(secret: bytes, data: bytes) -> str:
    return "sha256=" + hmac.new(secret, data, hashlib.sha256).hexdigest()


def signature_matches(secret: bytes, data: bytes, header: str | None) -> bool:
    """Constant-time check of an `X-Signature` header against `data`."""
    if not header:
        return False
    return hmac.compare_digest(sign(secret, data).encode(), header.strip().encode())


def get_signing_string(path_and_query: str) -> bytes:
    """What a GET's signature covers: `GET ` + the path and query as sent on the request line."""
    return f"GET {path_and_query}".encode()


def request_for(kind: str, idempotency_key: str, payload: dict[str, Any]) -> UpstreamRequest:
    """The POST an outbox event becomes."""
    if not idempotency_key or len(idempotency_key) > MAX_KEY_LENGTH:
        raise ContractError(f"idempotency key {idempotency_key!r} must be 1–100 characters")
    try:
        rma = payload["rma"]
        if kind == OutboxKind.REFUND:
            path = "/refunds"
        elif kind == OutboxKind.EXCHANGE_RELEASE:
            path = f"/exchanges/{quote(str(rma), safe='')}/release"
        elif kind == OutboxKind.STATUS_EVENT:
            if payload.get("status") not in STATUSES:
                raise ContractError(f"unknown status {payload.get('status')!r}")
            path = f"/returns/{quote(str(rma), safe='')}/events"
        else:
            raise ContractError(f"unknown event kind {kind!r}")
    except KeyError as missing:
        raise ContractError(f"{kind} event {idempotency_key} has no {missing}") from None
    return UpstreamRequest(str(kind), idempotency_key, "POST", path, canonical_json(payload))


# The field a 2xx answer must carry, per kind, for the event to count as done (contract:
# "a 2xx whose body is not the JSON described is retried").
_ACCEPTED = {
    OutboxKind.REFUND.value: ("refund_id", "status", "accepted"),
    OutboxKind.EXCHANGE_RELEASE.value: ("exchange_id", "status", "released"),
    OutboxKind.STATUS_EVENT.value: (None, "accepted", True),
}
# 4xx answers that mean "not now" rather than "never".
_RETRYABLE_4XX = frozenset({408, 425, 429})


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """`Retry-After` as seconds from now: a number of seconds or an HTTP date; None if absent
    or unreadable (then our own backoff applies)."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # not "¹" or "٣", which isdigit() also accepts
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def _error_message(body: bytes, status: int) -> str:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        text = body.decode("utf-8", "replace").strip()
        return f"HTTP {status}: {text[:300]}" if text else f"HTTP {status}"
    if isinstance(data, dict):
        message = data.get("message") or data.get("error")
        if message:
            code = data.get("error")
            prefix = f"{code}: " if code and code != message else ""
            return f"HTTP {status}: {prefix}{str(message)[:500]}"
    return f"HTTP {status}: {json.dumps(data)[:300]}"


def classify(
    kind: str,
    status: int,
    body: bytes,
    retry_after_header: str | None,
    now: dt.datetime,
    duration_ms: int = 0,
) -> Delivery:
    """Upstream's answer → sent, refused (a person must look) or retry (docs/upstream-api.md)."""
    retry_after = parse_retry_after(retry_after_header, now)
    if 200 <= status < 300:
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            data = None
        id_field, field, expected = _ACCEPTED[kind]
        if isinstance(data, dict) and data.get(field) == expected:
            reference = data.get(id_field) if id_field else None
            return Delivery(
                DeliveryOutcome.SENT,
                f"HTTP {status}",
                status,
                reference=None if reference is None else str(reference)[:200],
                duration_ms=duration_ms,
            )
        return Delivery(
            DeliveryOutcome.RETRY,
            f"HTTP {status} but the answer is not what the contract says: "
            f"{body[:200].decode('utf-8', 'replace')!r}",
            status,
            retry_after,
            duration_ms=duration_ms,
        )
    message = _error_message(body, status)
    if status == 401:
        return Delivery(
            DeliveryOutcome.RETRY,
            f"{message} (upstream refused our signature: check that the shared secret is the "
            f"same on both sides)",
            status,
            retry_after,
            fault=True,
            duration_ms=duration_ms,
        )
    if 400 <= status < 500 and status not in _RETRYABLE_4XX:
        return Delivery(DeliveryOutcome.REFUSED, message, status, duration_ms=duration_ms)
    return Delivery(DeliveryOutcome.RETRY, message, status, retry_after, duration_ms=duration_ms)
