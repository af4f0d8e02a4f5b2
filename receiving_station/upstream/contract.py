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
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from db.enums import DeliveryOutcome, OutboxKind

SIGNATURE_HEADER = "X-Signature"
SIGNATURE_VERSION = "v1"
# How far a request's signed time may be from the receiver's clock: a captured request is
# refused after it (docs/upstream-api.md, "Signatures").
SIGNATURE_TOLERANCE_SECONDS = 300
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

    def headers(
        self, secret: Secrets, now: float | None = None, target: str | None = None
    ) -> dict[str, str]:
        """The request's headers, signed now (a retry signs its same bytes with a new time);
        `target` is the path as on the request line, the base URL's path before ours."""
        return {
            "Content-Type": "application/json",
            IDEMPOTENCY_HEADER: self.idempotency_key,
            KIND_HEADER: self.kind,
            SIGNATURE_HEADER: signature_header(
                secret, self.method, target or self.path, self.idempotency_key, self.body, now
            ),
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


Secrets = bytes | Sequence[bytes]
"""The shared secret, or during a change of secret the new one first and the old one after."""


def _secrets(secret: Secrets) -> tuple[bytes, ...]:
    found = (secret,) if isinstance(secret, bytes) else tuple(secret)
    if not found or not all(found):
        raise ContractError("no shared secret to sign or check with")
    return found


def signing_bytes(
    timestamp: int, method: str, target: str, idempotency_key: str, body: bytes
) -> bytes:
    """What a `v1` signature covers: the scheme, the time, the method, the path, the query,
    the idempotency key and the body, each on its own line (docs/upstream-api.md)."""
    path, _, query = target.partition("?")
    head = "\n".join((SIGNATURE_VERSION, str(timestamp), method.upper(), path, query))
    return head.encode() + b"\n" + idempotency_key.encode() + b"\n" + body


def signature_header(
    secret: Secrets,
    method: str,
    target: str,
    idempotency_key: str,
    body: bytes,
    now: float | None = None,
) -> str:
    """`t=<unix time>,v1=<hex>`: one `v1` per secret, so that during a change of secret an
    upstream holding either one accepts the request."""
    timestamp = int(time.time() if now is None else now)
    data = signing_bytes(timestamp, method, target, idempotency_key, body)
    macs = [hmac.new(s, data, hashlib.sha256).hexdigest() for s in _secrets(secret)]
    return ",".join([f"t={timestamp}", *(f"{SIGNATURE_VERSION}={mac}" for mac in macs)])


def signature_problem(
    secret: Secrets,
    header: str | None,
    method: str,
    target: str,
    idempotency_key: str,
    body: bytes,
    now: float | None = None,
    tolerance: float = SIGNATURE_TOLERANCE_SECONDS,
) -> str | None:
    """Why a request's `X-Signature` does not hold (None when it does): missing, not the `v1`
    scheme, signed too long ago or too far ahead (a captured request replayed later), or no
    `v1` that one of our secrets (the new or the old during a change) gives.  Constant-time."""
    if not header:
        return "no X-Signature"
    fields = [part.strip().partition("=") for part in header.split(",")]
    stamps = [value for name, _, value in fields if name == "t"]
    given = [value for name, _, value in fields if name == SIGNATURE_VERSION]
    if len(stamps) != 1 or not stamps[0].isascii() or not stamps[0].isdigit() or not given:
        return "X-Signature is not t=<unix time>,v1=<hex>"
    timestamp = int(stamps[0])
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        return f"X-Signature's time is {int(current - timestamp)} s from now (at most {int(tolerance)})"
    data = signing_bytes(timestamp, method, target, idempotency_key, body)
    for mine in _secrets(secret):
        expected = hmac.new(mine, data, hashlib.sha256).hexdigest().encode()
        if any(hmac.compare_digest(expected, value.encode()) for value in given):
            return None
    return "X-Signature does not match (the method, path, key, time and body it covers)"


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
