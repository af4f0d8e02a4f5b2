"""The station's own contract (docs/upstream-api.yaml) as a connector: the ways its requests
reach upstream (HTTP, or a file drop of signed JSON lines) behind one `Adapter` interface,
and `StationConnector`, which turns outbox events into those requests and pulls
`GET /returns` pages.

Adapters are called from the dispatcher's sender threads (one request at a time per thread).
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import ssl
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode, urlsplit

from db.enums import DeliveryOutcome
from db.types import utcnow
from receiving_station import __version__
from receiving_station.i18n.text import plural
from receiving_station.secrets import secret
from receiving_station.upstream.connector import (
    CheckLine,
    ConnectorError,
    OutboundEvent,
    ReturnsPage,
    UpstreamConfig,
    UpstreamSetupError,
)
from receiving_station.upstream.contract import (
    SECRET_ENV,
    SIGNATURE_HEADER,
    ContractError,
    Delivery,
    Secrets,
    UpstreamRequest,
    classify,
    request_for,
    signature_header,
)

USER_AGENT = f"receiving-station/{__version__}"


class Adapter(Protocol):
    """Delivers one request; never raises for what upstream or the network did (that is a
    `Delivery` with outcome RETRY or REFUSED)."""

    description: str

    def deliver(self, request: UpstreamRequest) -> Delivery: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class HttpAnswer:
    """An answer to a GET: status and body (the pull reads these)."""

    status_code: int
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.content)


class HttpTransport:
    """HTTP(S) to one base URL: one keep-alive connection per calling thread.

    The standard library's http.client, not httpx, on this path: it costs 0.14 ms of CPU a
    request against httpx's 0.77 ms (measured against the sandbox), and the dispatcher's
    threads share one interpreter, so that is most of its throughput.  A connection that
    upstream closed while idle is reopened and the request sent again once at once (every
    request the connectors send is safe to repeat: the station's carry their Idempotency-Key,
    Shopify's refunds their @idempotent key, and reads are reads)."""

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"upstream URL {base_url!r} must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        parts = urlsplit(self.base_url)
        if not parts.hostname:
            raise ValueError(f"upstream URL {base_url!r} names no host")
        self._https = parts.scheme == "https"
        self._host, self._port = parts.hostname, parts.port
        self.prefix = parts.path.rstrip("/")
        self._local = threading.local()
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()

    def _connection(self, fresh: bool = False) -> http.client.HTTPConnection:
        connection: http.client.HTTPConnection | None = getattr(self._local, "connection", None)
        if connection is not None and not fresh:
            return connection
        if connection is not None:
            connection.close()
        if self._https:
            connection = http.client.HTTPSConnection(
                self._host, self._port, timeout=self.timeout, context=ssl.create_default_context()
            )
        else:
            connection = http.client.HTTPConnection(self._host, self._port, timeout=self.timeout)
        self._local.connection = connection
        with self._lock:
            self._connections.append(connection)
        return connection

    def exchange(
        self,
        method: str,
        target: str,
        body: bytes | None,
        headers: dict[str, str],
        *,
        repeatable: bool = True,
    ) -> tuple[int, bytes, str | None]:
        """One request and its answer: (status, body, Retry-After); raises OSError and
        http.client.HTTPException (the connection is then dropped)."""
        status, content, answer_headers = self.exchange_with_headers(
            method, target, body, headers, repeatable=repeatable
        )
        return status, content, answer_headers.get("retry-after")

    def exchange_with_headers(
        self,
        method: str,
        target: str,
        body: bytes | None,
        headers: dict[str, str],
        *,
        repeatable: bool = True,
    ) -> tuple[int, bytes, dict[str, str]]:
        """As `exchange`, with all the answer's headers (names in lower case).

        `repeatable=False` for a request that must not reach upstream twice (Shopify's
        returnProcess, WooCommerce's refund POST: no key makes a repeat harmless): a kept-alive
        connection that breaks is then not tried again at once, since upstream may have
        applied the request before the connection broke; the caller finds out first."""
        headers = {"User-Agent": USER_AGENT, **headers}
        for attempt in (1, 2):
            connection = self._connection(fresh=False)
            reused = connection.sock is not None
            try:
                connection.request(method, target, body=body, headers=headers)
                response = connection.getresponse()
                content = response.read()
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self._connection(fresh=True)
                if reused and attempt == 1 and repeatable:
                    continue  # upstream closed the idle connection: once more on a new one
                raise
            except BaseException:
                self._connection(fresh=True)
                raise
            if response.will_close:
                self._connection(fresh=True)
            return response.status, content, {k.lower(): v for k, v in response.getheaders()}
        raise AssertionError("unreachable")

    def close(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()


class HttpAdapter:
    """Sends the station's contract to upstream over HTTP(S) (HttpTransport), signed."""

    def __init__(self, base_url: str, secret: Secrets, *, timeout: float = 10.0) -> None:
        self._transport = HttpTransport(base_url, timeout=timeout)
        self.base_url = self._transport.base_url
        self.description = self.base_url
        self._secret = secret
        self._timeout = timeout
        self._prefix = self._transport.prefix

    def _exchange(
        self, method: str, target: str, body: bytes | None, headers: dict[str, str]
    ) -> tuple[int, bytes, str | None]:
        return self._transport.exchange(method, target, body, headers)

    def deliver(self, request: UpstreamRequest) -> Delivery:
        started = time.perf_counter()
        try:
            status, content, retry_after = self._exchange(
                request.method,
                self._prefix + request.path,
                request.body,
                request.headers(self._secret, target=self._prefix + request.path),
            )
        except TimeoutError:
            return self._failed(started, f"no answer within the time-out ({self._timeout:g} s)")
        except (OSError, http.client.HTTPException) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return self._failed(
                started, f"{exc.__class__.__name__}: {reason or 'connection failed'}"
            )
        return classify(request.kind, status, content, retry_after, utcnow(), _elapsed_ms(started))

    def get(self, path_and_query: str) -> HttpAnswer:
        """A signed GET (the pull of expected returns); raises OSError and
        http.client.HTTPException to the caller."""
        target = self._prefix + path_and_query
        signature = signature_header(self._secret, "GET", target, "", b"")
        status, content, _ = self._exchange("GET", target, None, {SIGNATURE_HEADER: signature})
        return HttpAnswer(status, content)

    def _failed(self, started: float, message: str) -> Delivery:
        return Delivery(
            DeliveryOutcome.RETRY,
            f"{self.base_url}: {message}",
            duration_ms=_elapsed_ms(started),
        )

    def close(self) -> None:
        self._transport.close()


class FileAdapter:
    """Appends each event as one signed JSON line to `events-YYYY-MM-DD.jsonl` in a directory
    that the shop's side collects (docs/upstream-api.md, "File drop").

    The line is written and fsynced before the event counts as sent; a crash after writing
    and before marking writes it again on the retry, so readers de-duplicate by key.
    """

    def __init__(self, directory: Path, secret: Secrets) -> None:
        self.directory = Path(directory)
        self.description = f"file drop {self.directory}"
        self._secret = secret
        self._lock = threading.Lock()  # the dispatcher's sender threads share the file

    def deliver(self, request: UpstreamRequest) -> Delivery:
        started = time.perf_counter()
        now = utcnow()
        line = {
            "idempotency_key": request.idempotency_key,
            "kind": request.kind,
            "method": request.method,
            "path": request.path,
            "body": json.loads(request.body),
            "body_bytes": request.body.decode(),
            # covers the method, path, key, time and body, as over HTTP: a line cannot be
            # sent again under another key (a reader of files checks it without the time window)
            "signature": signature_header(
                self._secret, request.method, request.path, request.idempotency_key, request.body
            ),
            "created_at": now.isoformat(),
        }
        path = self.directory / file_name(now)
        data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode()
        try:
            with self._lock:
                self._append(path, data)
        except OSError as exc:
            return Delivery(
                DeliveryOutcome.RETRY,
                f"cannot write {path}: {exc.strerror or exc} (check the folder exists, is "
                f"writable and the disk is not full)",
                duration_ms=_elapsed_ms(started),
            )
        return Delivery(
            DeliveryOutcome.SENT, f"written to {path.name}", duration_ms=_elapsed_ms(started)
        )

    def _append(self, path: Path, data: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    def close(self) -> None:
        pass


def _elapsed_ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def file_name(at: dt.datetime) -> str:
    """The file-drop file an event sent at `at` (UTC) goes to."""
    return f"events-{at.date().isoformat()}.jsonl"


def secret_from_env(env_name: str, environ: Mapping[str, str] | None = None) -> tuple[bytes, ...]:
    """The shared secret from `env_name` (the environment variable, else the OS keyring), and
    during a change of secret the old one from `<env_name>_PREVIOUS` after it: requests are
    signed with both until the shop has changed."""
    value = secret(env_name, environ)
    if not value:
        raise UpstreamSetupError(
            f"the shared secret for signing is not set: export {env_name}=... or keep it in the "
            f"OS keyring (receiving-station secret set {env_name}); the same value the shop's "
            "side checks signatures with"
        )
    previous = secret(f"{env_name}_PREVIOUS", environ)
    return (value.encode(), previous.encode()) if previous else (value.encode(),)


def build_adapter(
    config: UpstreamConfig | None,
    *,
    url: str | None = None,
    directory: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Adapter:
    """The adapter the station's `[upstream]` settings (or an explicit URL / folder) ask for."""
    secret_env = config.secret_env if config else SECRET_ENV
    if directory is not None:
        return FileAdapter(directory, secret_from_env(secret_env, environ))
    if url is None and config is not None and config.mode == "file" and config.directory:
        return FileAdapter(config.directory, secret_from_env(secret_env, environ))
    url = url or (config.url if config else None)
    if not url:
        raise UpstreamSetupError(
            "no upstream configured: give --upstream URL, or set [upstream] url in the station "
            "config (docs/upstream-api.md)"
        )
    try:
        return HttpAdapter(
            url,
            secret_from_env(secret_env, environ),
            timeout=config.timeout_seconds if config else 10.0,
        )
    except ValueError as exc:
        raise UpstreamSetupError(str(exc)) from exc


class StationConnector:
    """The station's own contract as a connector: each outbox event becomes its request
    (contract.request_for) and goes out through the adapter; expected returns are pulled with
    `GET /returns?updated_since=` over HTTP (a file drop has none to pull)."""

    platform = "station"

    def __init__(self, adapter: Adapter) -> None:
        self.adapter = adapter
        self.description = adapter.description

    def deliver(self, event: OutboundEvent) -> Delivery:
        try:
            request = request_for(event.kind, event.idempotency_key, event.payload)
        except ContractError as exc:
            return Delivery(DeliveryOutcome.REFUSED, f"not sendable: {exc}")
        return self.adapter.deliver(request)

    def pull_page(self, cursor: str, limit: int) -> ReturnsPage:
        if not isinstance(self.adapter, HttpAdapter):
            raise ConnectorError("pulling needs an HTTP upstream (not a file drop)")
        query = urlencode({"updated_since": cursor, "limit": limit})
        where = f"{self.description}/returns"
        try:
            response = self.adapter.get(f"/returns?{query}")
        except (OSError, http.client.HTTPException) as exc:
            raise ConnectorError(f"{self.description}: {exc.__class__.__name__}: {exc}") from exc
        if response.status_code != 200:
            raise ConnectorError(
                f"{where} answered HTTP {response.status_code}: {response.text[:300]}"
            )
        try:
            page = response.json()
            returns, next_cursor = page["returns"], str(page["next_cursor"])
            if not isinstance(returns, list):
                raise TypeError("returns is not a list")
            return ReturnsPage(returns, next_cursor, bool(page.get("has_more")))
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise ConnectorError(
                f"{where} answered something that is not a page of returns ({exc})"
            ) from exc

    def check(self) -> list[CheckLine]:
        if isinstance(self.adapter, FileAdapter):
            directory = self.adapter.directory
            ok = directory.is_dir() and os.access(directory, os.W_OK)
            return [
                CheckLine(
                    "file drop folder",
                    ok,
                    f"{directory} is there and writable"
                    if ok
                    else f"{directory} is missing or not writable by this user: create it "
                    f"and let this user write to it",
                )
            ]
        try:
            page = self.pull_page("", 1)
        except ConnectorError as exc:
            signature = "401" in str(exc)
            return [
                CheckLine(
                    "returns readable (GET /returns, signed)",
                    False,
                    f"{exc}"
                    + (
                        " (the shop refused our signature: the shared secret differs)"
                        if signature
                        else ""
                    ),
                )
            ]
        return [
            CheckLine(
                "returns readable (GET /returns, signed)",
                True,
                f"the shop answered with a page of {len(page.returns)} "
                f"{plural('return(s)', len(page.returns))}; our signature was accepted",
            )
        ]

    def close(self) -> None:
        self.adapter.close()
