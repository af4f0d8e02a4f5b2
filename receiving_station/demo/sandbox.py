"""A sandbox upstream: a real HTTP server that implements docs/upstream-api.yaml.

It checks signatures, applies each idempotency key once (the first answer is stored and
repeated), keeps what it applied in its own database (so it survives restarts), serves
expected returns for the pull, and can be told to misbehave: answer 503, answer slowly,
answer garbage, or apply a request and drop the connection before answering.

`receiving-station sandbox-upstream --listen 127.0.0.1:8765 --database URL`; demo mode starts
one on a thread.  Its own routes under `/_sandbox/` (no signature) let tests and people look
inside and change the failure switches while it runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, replace
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)

from db.engine import create_engine_for_url
from db.types import utcnow
from receiving_station.money import minor_digits
from receiving_station.upstream.contract import (
    IDEMPOTENCY_HEADER,
    MAX_KEY_LENGTH,
    SIGNATURE_HEADER,
    STATUSES,
    Secrets,
    signature_problem,
)

log = logging.getLogger(__name__)

#: The shared secret of the demo's sandbox shop (demo mode and `sandbox-upstream` without
#: --secret): a well-known value, for a shop that holds nothing but demo refunds.
DEMO_SECRET = "demo-sandbox-secret"

metadata = MetaData()
applied_keys = Table(
    "sandbox_applied_keys",
    metadata,
    Column("idempotency_key", String(MAX_KEY_LENGTH), primary_key=True),
    Column("body_sha256", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("path", String(300), nullable=False),
    Column("at", String(40), nullable=False),
)
refunds = Table(
    "sandbox_refunds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("refund_id", String(40), unique=True, nullable=False),
    Column("idempotency_key", String(MAX_KEY_LENGTH), unique=True, nullable=False),
    Column("rma", String(64), index=True, nullable=False),
    Column("order_number", String(64), nullable=False),
    Column("total", String(20), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("method", String(20), nullable=False),
    Column("body", Text, nullable=False),
    Column("at", String(40), nullable=False),
)
exchanges = Table(
    "sandbox_exchanges",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("exchange_id", String(40), unique=True, nullable=False),
    Column("idempotency_key", String(MAX_KEY_LENGTH), unique=True, nullable=False),
    Column("rma", String(64), index=True, nullable=False),
    Column("exchange_sku", String(64)),
    Column("body", Text, nullable=False),
    Column("at", String(40), nullable=False),
)
status_events = Table(
    "sandbox_status_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("idempotency_key", String(MAX_KEY_LENGTH), unique=True, nullable=False),
    Column("rma", String(64), index=True, nullable=False),
    Column("status", String(20), nullable=False),
    Column("body", Text, nullable=False),
    Column("at", String(40), nullable=False),
)
refunded_units = Table(  # a shop refunds a returned unit once, whatever the key says
    "sandbox_refunded_units",
    metadata,
    Column("rma", String(64), primary_key=True),
    Column("lpn", String(64), primary_key=True),
    Column("idempotency_key", String(MAX_KEY_LENGTH), nullable=False),
    Column("at", String(40), nullable=False),
)
deliveries = Table(  # every POST that reached us, repeats included (what a test counts)
    "sandbox_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("idempotency_key", String(200)),
    Column("path", String(300), nullable=False),
    Column("status", Integer, nullable=False),
    Column("outcome", String(40), nullable=False),
    Column("at", String(40), nullable=False),
)
expected_returns = Table(
    "sandbox_expected_returns",
    metadata,
    Column("rma_number", String(64), primary_key=True),
    Column("seq", Integer, index=True, nullable=False),
    Column("cancelled", Integer, nullable=False, default=0),
    Column("record", Text, nullable=False),
)

# Money: digits, and a point with the currency's decimals when it has any (the contract's
# `Money`); the decimals are checked against the `currency` beside the amount.
_MONEY = re.compile(r"^-?[0-9]+(\.[0-9]{2,4})?$")
_REFUND_METHODS = ("original_payment", "store_credit")


@dataclass(frozen=True)
class Faults:
    """Failure switches (rates are chances 0–1 per POST)."""

    error_rate: float = 0.0  # answer 503 + Retry-After before applying
    latency_ms: int = 0  # wait this long before handling
    drop_rate: float = 0.0  # apply, then close the connection without an answer
    garbage_rate: float = 0.0  # answer 200 with a body that is not JSON, without applying
    retry_after: int = 1  # seconds, in the 503 answers

    @classmethod
    def from_json(cls, data: dict[str, Any], base: Faults | None = None) -> Faults:
        base = base or cls()
        unknown = set(data) - set(asdict(base))
        if unknown:
            raise ValueError(f"unknown fault switch(es): {', '.join(sorted(unknown))}")
        faults = replace(base, **data)
        for name in ("error_rate", "drop_rate", "garbage_rate"):
            value = getattr(faults, name)
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"{name} must be a chance from 0 to 1")
        if not isinstance(faults.latency_ms, int) or not 0 <= faults.latency_ms <= 120_000:
            raise ValueError("latency_ms must be 0 to 120000")
        return faults


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class SandboxStore:
    """The sandbox's durable state.  All writes go through one lock (one process).

    `clock` stamps what it applies (the demo's history is sent at the time it happened)."""

    def __init__(self, engine: Engine, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.engine = engine
        self.clock = clock
        metadata.create_all(engine)
        self._lock = threading.Lock()
        self._sqlite = engine.dialect.name == "sqlite"
        mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
        inserted = {  # the columns each POST writes, in this order (no surrogate ids)
            refunds.name: ("refund_id", "idempotency_key", "rma", "order_number", "total",
                           "currency", "method", "body", "at"),
            exchanges.name: ("exchange_id", "idempotency_key", "rma", "exchange_sku", "body",
                             "at"),
            status_events.name: ("idempotency_key", "rma", "status", "body", "at"),
            applied_keys.name: ("idempotency_key", "body_sha256", "status", "response", "path",
                                "at"),
            deliveries.name: ("idempotency_key", "path", "status", "outcome", "at"),
            refunded_units.name: ("rma", "lpn", "idempotency_key", "at"),
        }  # fmt: skip
        self._sql = {
            name: f"INSERT INTO {name} ({', '.join(columns)}) "
            f"VALUES ({', '.join([mark] * len(columns))})"
            for name, columns in inserted.items()
        }
        self._sql["first"] = (
            f"SELECT body_sha256, status, response FROM {applied_keys.name} "
            f"WHERE idempotency_key = {mark}"
        )
        self._sql["refunded"] = (
            f"SELECT idempotency_key FROM {refunded_units.name} WHERE rma = {mark} AND lpn = {mark}"
        )
        self._sql["cancelled"] = (
            f"SELECT cancelled FROM {expected_returns.name} WHERE rma_number = {mark}"
        )

    # --- the contract's POSTs --------------------------------------------------------------
    def apply(self, path: str, key: str, body: bytes, data: dict[str, Any]) -> tuple[int, dict]:
        """Apply a POST once per key; a repeat answers as the first time.

        Everything that needs no database (checking the body, the new ids) happens before the
        store's lock; inside it, a few plain DB-API statements in one transaction (this is what
        all requests queue for)."""
        digest = hashlib.sha256(body).hexdigest()
        now = self.clock().isoformat()
        rma, table, row, status, answer = _plan(path, key, body, data, now)
        with self._lock, self._transaction() as cursor:
            cursor.execute(self._sql["first"], (key,))
            first = cursor.fetchone()
            if first is not None:
                first_digest, first_status, first_response = first
                if first_digest != digest:
                    raise Refusal(
                        422,
                        "idempotency_key_reused",
                        f"Idempotency-Key {key} was first used with a different body",
                    )
                cursor.execute(self._sql[deliveries.name], (key, path, first_status, "repeat", now))
                return first_status, json.loads(first_response)
            if rma is not None:
                cursor.execute(self._sql["cancelled"], (rma,))
                cancelled = cursor.fetchone()
                if cancelled is not None and cancelled[0]:
                    raise Refusal(409, "rma_cancelled", f"{rma} was cancelled in the shop")
            if table is refunds and rma is not None:
                # A unit is refunded once: a second refund for it under another key (a captured
                # request replayed, or a second station database) is refused, not paid.
                for lpn in _refunded_lpns(data):
                    cursor.execute(self._sql["refunded"], (rma, lpn))
                    earlier = cursor.fetchone()
                    if earlier is not None:
                        raise Refusal(
                            409,
                            "already_refunded",
                            f"{lpn} of {rma} was refunded already (Idempotency-Key {earlier[0]})",
                        )
                    cursor.execute(self._sql[refunded_units.name], (rma, lpn, key, now))
            cursor.execute(self._sql[table.name], row)
            cursor.execute(
                self._sql[applied_keys.name],
                (key, digest, status, json.dumps(answer), path, now),
            )
            cursor.execute(self._sql[deliveries.name], (key, path, status, "applied", now))
            return status, answer

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """A DB-API cursor in a writing transaction, committed on success."""
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            try:
                if self._sqlite:
                    cursor.execute("BEGIN IMMEDIATE")
                yield cursor
                raw.commit()
            except BaseException:
                raw.rollback()
                raise
            finally:
                cursor.close()
        finally:
            raw.close()

    def log_refused(self, key: str | None, path: str, status: int, outcome: str) -> None:
        with self._lock, self._transaction() as cursor:
            cursor.execute(
                self._sql[deliveries.name], (key, path, status, outcome, self.clock().isoformat())
            )

    # --- expected returns (GET /returns) ----------------------------------------------------
    def put_returns(self, records: list[dict[str, Any]]) -> int:
        """Add or replace expected returns (records in the JSON import format).  A record
        may carry `"cancelled": true` to make the sandbox refuse releases for it (409)."""
        with self._lock, self.engine.begin() as conn:
            seq = conn.scalar(select(func.coalesce(func.max(expected_returns.c.seq), 0))) or 0
            for record in records:
                number = str(record.get("rma_number") or "").strip().upper()
                if not number:
                    raise ValueError("every return needs an rma_number")
                seq += 1
                record = dict(record)
                cancelled = bool(record.pop("cancelled", False))
                values = {"seq": seq, "cancelled": int(cancelled), "record": json.dumps(record)}
                changed = conn.execute(
                    update(expected_returns)
                    .where(expected_returns.c.rma_number == number)
                    .values(**values)
                ).rowcount
                if not changed:
                    conn.execute(insert(expected_returns).values(rma_number=number, **values))
            return len(records)

    def returns_page(self, cursor: str, limit: int) -> dict[str, Any]:
        after = int(cursor) if cursor.isascii() and cursor.isdigit() else 0
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(expected_returns.c.seq, expected_returns.c.record)
                .where(expected_returns.c.seq > after)
                .order_by(expected_returns.c.seq)
                .limit(limit + 1)
            ).all()
        page = rows[:limit]
        return {
            "returns": [json.loads(r.record) for r in page],
            "next_cursor": str(page[-1].seq if page else after),
            "has_more": len(rows) > limit,
        }

    # --- looking inside ---------------------------------------------------------------------
    def summary(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            by_outcome: dict[str, int] = dict(
                conn.execute(
                    select(deliveries.c.outcome, func.count()).group_by(deliveries.c.outcome)
                ).all()
            )
            return {
                "refunds": conn.scalar(select(func.count()).select_from(refunds)),
                "exchanges": conn.scalar(select(func.count()).select_from(exchanges)),
                "status_events": conn.scalar(select(func.count()).select_from(status_events)),
                "deliveries": by_outcome,
                "expected_returns": conn.scalar(select(func.count()).select_from(expected_returns)),
            }

    def rows(self, table: Table, limit: int = 1000) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            result = conn.execute(
                select(table)
                .order_by(table.c[table.primary_key.columns.keys()[0]].desc())
                .limit(limit)
            )
            return [dict(row._mapping) for row in result]


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise Refusal(422, "invalid", f"{name}: required text")
    return value


def _currency(data: dict[str, Any], name: str = "currency") -> str:
    currency = data.get(name)
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise Refusal(422, "invalid", f"{name}: ISO 4217, e.g. SEK")
    return currency


def _money(value: Any, name: str, currency: str | None) -> Decimal:
    """An amount in the contract's form: exactly `currency`'s decimals ("499.00" SEK, "1200"
    JPY); without a currency (an exchange sent before it carried one), any of the forms."""
    if isinstance(value, str) and _MONEY.match(value):
        decimals = len(value.partition(".")[2])
        if currency is None or decimals == minor_digits(currency):
            return Decimal(value)
    if currency is None:
        raise Refusal(422, "invalid", f'{name}: money as a string, e.g. "499.00"')
    digits = minor_digits(currency)
    example = "499" + ("." + "0" * digits if digits else "")
    raise Refusal(
        422,
        "invalid",
        f'{name}: money as a string with the {digits} decimals {currency} has, e.g. "{example}"'
        if digits
        else f'{name}: money as a string of whole {currency} (no decimals), e.g. "{example}"',
    )


def _unit_amounts(unit: Any, name: str, currency: str | None) -> Decimal:
    """A unit's `amount` (returned) after checking it and its `restocking_fee`."""
    if not isinstance(unit, dict):
        raise Refusal(422, "invalid", f"{name}: an object")
    amount = _money(unit.get("amount"), f"{name}.amount", currency)
    _money(unit.get("restocking_fee"), f"{name}.restocking_fee", currency)
    return amount


def _refunded_lpns(data: dict[str, Any]) -> list[str]:
    """The LPNs a checked refund body refunds (_refund_total has checked each is there)."""
    return [str(unit["lpn"]) for unit in data["units"]]


def _refund_total(data: dict[str, Any]) -> Decimal:
    currency = _currency(data)
    units = data.get("units")
    if not isinstance(units, list) or not units:
        raise Refusal(422, "invalid", "units: at least one unit")
    amounts = []
    for index, unit in enumerate(units):
        amounts.append(_unit_amounts(unit, f"units[{index}]", currency))
        _text(unit, "lpn")
    _money(data.get("restocking_fee"), "restocking_fee", currency)
    total = _money(data.get("total"), "total", currency)
    if sum(amounts, Decimal(0)) != total:
        raise Refusal(
            422,
            "total_mismatch",
            f"total {total} is not the sum of the units' amounts ({sum(amounts, Decimal(0))})",
        )
    if total < 0:
        raise Refusal(422, "invalid", "total: a refund cannot be negative")
    if data.get("method") not in _REFUND_METHODS:
        raise Refusal(422, "invalid", f"method: one of {', '.join(_REFUND_METHODS)}")
    return total


def _plan(
    path: str, key: str, body: bytes, data: dict[str, Any], now: str
) -> tuple[str | None, Table, tuple[Any, ...], int, dict[str, Any]]:
    """What a POST would write and answer: (the RMA whose cancellation refuses it, table, row,
    status, answer); or Refusal."""
    parts = [unquote(p) for p in path.strip("/").split("/")]
    text = body.decode()
    if parts == ["refunds"]:
        rma = _text(data, "rma")
        total = _refund_total(data)
        refund_id = f"RF-{uuid.uuid4().hex[:12].upper()}"
        row: tuple[Any, ...] = (refund_id, key, rma, _text(data, "order"), str(total),
                                data["currency"], data["method"], text, now)  # fmt: skip
        return rma, refunds, row, 201, {"refund_id": refund_id, "status": "accepted"}
    if len(parts) == 3 and parts[0] == "exchanges" and parts[2] == "release":
        rma = _text(data, "rma")
        if rma != parts[1]:
            raise Refusal(422, "invalid", f"the path names {parts[1]} but the body {rma}")
        if not isinstance(data.get("returned"), dict):
            raise Refusal(422, "invalid", "returned: the accepted unit is required")
        currency = _currency(data) if data.get("currency") is not None else None
        _unit_amounts(data["returned"], "returned", currency)
        exchange_id = f"EX-{uuid.uuid4().hex[:12].upper()}"
        return (
            rma,
            exchanges,
            (exchange_id, key, rma, data.get("exchange_sku"), text, now),
            200,
            {"exchange_id": exchange_id, "status": "released"},
        )
    if len(parts) == 3 and parts[0] == "returns" and parts[2] == "events":
        rma = _text(data, "rma")
        if rma != parts[1]:
            raise Refusal(422, "invalid", f"the path names {parts[1]} but the body {rma}")
        status = data.get("status")
        if status not in STATUSES:
            raise Refusal(422, "invalid", f"status must be one of {', '.join(STATUSES)}")
        if data.get("amount") is not None:
            _money(data["amount"], "amount", _currency(data))
        # Status events are taken even for a cancelled RMA (the customer may still be told).
        return None, status_events, (key, rma, status, text, now), 202, {"accepted": True}
    raise Refusal(404, "not_found", f"no such endpoint: POST {path}")


class SandboxServer(ThreadingHTTPServer):
    """The HTTP side.  `serve_forever()` on a thread or the main thread; `shutdown()` stops."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        address: tuple[str, int],
        store: SandboxStore,
        secret: Secrets,
        faults: Faults | None = None,
        *,
        seed: int | None = None,
        control_pages: bool = True,
    ) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.secret = secret
        # /_sandbox/ (what it holds, its faults, seeding returns) answers no signature: on for
        # the demo and the tests inside the process, off unless asked on the command line
        self.control_pages = control_pages
        self.faults = faults or Faults()
        self.rng = random.Random(seed)
        self._rng_lock = threading.Lock()
        self._open: set[Any] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        """Stop listening and drop the keep-alive connections, as a stopped process would."""
        super().server_close()
        with self._open_lock:
            open_connections, self._open = self._open, set()
        for connection in open_connections:
            with suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (its time-out) before the answer: normal here, not a crash."""
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):
            log.debug("sandbox: %s went away before the answer", client_address)
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://{host}:{port}"

    def chance(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._rng_lock:
            return self.rng.random() < rate


MAX_BODY_BYTES = 1_000_000  # far above any event (a refund of many units is a few kB)
READ_TIMEOUT_SECONDS = 10  # a client that stops sending mid-request is cut off


class _Handler(BaseHTTPRequestHandler):
    server: SandboxServer
    protocol_version = "HTTP/1.1"  # keep-alive, as a real shop's server
    timeout = READ_TIMEOUT_SECONDS  # socket time-out for every read (slow or stalled clients)
    disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed-ACK stall)

    def log_message(self, format: str, *args: Any) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug("sandbox %s - %s", self.address_string(), format % args)

    # --- plumbing ---
    def _body(self) -> bytes | None:
        """The body, read only up to what a Content-Length within the limit announces; None
        (after answering 411 or 413 and closing) when there is none or it is too big."""
        announced = self.headers.get("Content-Length") or "0"
        if not (announced.isascii() and announced.isdigit()):
            self.close_connection = True
            self._error(411, "length_required", "Content-Length: a number of bytes")
            return None
        length = int(announced)
        if length > MAX_BODY_BYTES:
            self.close_connection = True  # the rest is not read
            self._error(413, "too_large", f"a body is {MAX_BODY_BYTES} bytes at most")
            return None
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        # Headers and body in one write (one syscall, one packet), not end_headers() + write.
        self._headers_buffer.extend([b"\r\n", body])  # type: ignore[attr-defined]
        self.flush_headers()

    def _error(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        self._send(status, {"error": code, "message": message}, headers)

    # --- routes ---
    def do_GET(self) -> None:
        split = urlsplit(self.path)
        if split.path.startswith("/_sandbox/") and self.server.control_pages:
            return self._sandbox_get(split.path)
        if split.path.rstrip("/") != "/returns":
            return self._error(404, "not_found", f"no such endpoint: GET {split.path}")
        problem = signature_problem(
            self.server.secret, self.headers.get(SIGNATURE_HEADER), "GET", self.path, "", b""
        )
        if problem:
            return self._error(401, "bad_signature", problem)
        query = parse_qs(split.query)
        try:
            limit = int(query.get("limit", ["500"])[0])
        except ValueError:
            limit = 0
        if not 1 <= limit <= 1000:
            return self._error(422, "invalid", "limit: 1 to 1000")
        cursor = query.get("updated_since", [""])[0]
        self._send(200, self.server.store.returns_page(cursor, limit))

    def do_POST(self) -> None:
        split = urlsplit(self.path)
        body = self._body()
        if body is None:
            return None
        if split.path.startswith("/_sandbox/") and self.server.control_pages:
            return self._sandbox_post(split.path, body)
        faults = self.server.faults
        key = self.headers.get(IDEMPOTENCY_HEADER)
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        problem = signature_problem(
            self.server.secret,
            self.headers.get(SIGNATURE_HEADER),
            "POST",
            self.path,
            key or "",
            body,
        )
        if problem:
            self.server.store.log_refused(key, split.path, 401, "bad_signature")
            return self._error(401, "bad_signature", problem)
        if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
            return self._error(422, "invalid", "Idempotency-Key: 1 to 100 printable characters")
        if self.server.chance(faults.error_rate):
            self.server.store.log_refused(key, split.path, 503, "injected_503")
            return self._error(
                503,
                "unavailable",
                "sandbox: injected failure",
                {"Retry-After": str(faults.retry_after)},
            )
        if self.server.chance(faults.garbage_rate):
            self.server.store.log_refused(key, split.path, 200, "injected_garbage")
            return self._send(200, b"<html>proxy error</html>")
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError:
            self.server.store.log_refused(key, split.path, 422, "not_json")
            return self._error(422, "invalid", "the body is not a JSON object")
        try:
            status, answer = self.server.store.apply(split.path, key, body, data)
        except Refusal as refusal:
            self.server.store.log_refused(key, split.path, refusal.status, refusal.code)
            return self._error(refusal.status, refusal.code, refusal.message)
        if self.server.chance(faults.drop_rate):
            self.close_connection = True  # applied, but the answer never leaves
            return None
        self._send(status, answer)
        return None

    def _sandbox_get(self, path: str) -> None:
        store = self.server.store
        tables = {
            "/_sandbox/refunds": refunds,
            "/_sandbox/exchanges": exchanges,
            "/_sandbox/events": status_events,
            "/_sandbox/deliveries": deliveries,
        }
        if path == "/_sandbox/summary":
            return self._send(200, {**store.summary(), "faults": asdict(self.server.faults)})
        if path in tables:
            return self._send(200, store.rows(tables[path]))
        return self._error(404, "not_found", f"no such sandbox page: {path}")

    def _sandbox_post(self, path: str, body: bytes) -> None:
        try:
            data = json.loads(body or b"{}")
            if path == "/_sandbox/faults":
                self.server.faults = Faults.from_json(data, self.server.faults)
                return self._send(200, asdict(self.server.faults))
            if path == "/_sandbox/returns":
                records = data.get("returns") if isinstance(data, dict) else data
                count = self.server.store.put_returns(list(records or []))
                return self._send(200, {"stored": count})
        except (ValueError, TypeError) as exc:
            return self._error(422, "invalid", str(exc))
        return self._error(404, "not_found", f"no such sandbox page: {path}")


def parse_listen(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not (port.isascii() and port.isdigit()) or not 0 <= int(port) <= 65535:
        raise ValueError(f"--listen {value!r}: HOST:PORT, e.g. 127.0.0.1:8765")
    return host, int(port)


def start_sandbox(
    database_url: str, secret: Secrets, listen: str = "127.0.0.1:0", faults: Faults | None = None
) -> tuple[SandboxServer, threading.Thread]:
    """A sandbox serving on a daemon thread (demo mode, tests); `server.url` tells where."""
    store = SandboxStore(create_engine_for_url(database_url))
    server = SandboxServer(parse_listen(listen), store, secret, faults)
    thread = threading.Thread(target=server.serve_forever, name="sandbox-upstream", daemon=True)
    thread.start()
    return server, thread
