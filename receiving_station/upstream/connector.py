"""The connector interface: what the outbox's dispatcher and the pull need from a shop system,
whatever it is (docs/connectors.md says how to write one).

A connector does four things, each exactly once in effect:

- `deliver(event)`: apply one outbox event (a refund, an exchange's release, a customer's
  status) and say what came of it as a `Delivery`: SENT (the platform applied it, or had
  applied it already: the same event sent again must never act twice), REFUSED (the platform
  will not: a person must look; the message is the platform's own words and is shown in the
  Upstream section and the lead's exception) or RETRY (not now: a time-out, a 5xx, a
  throttle; `retry_after` when the platform said how long).  It never raises for what the
  platform or the network did.
- `pull_page(cursor, limit)`: one page of expected returns, in the station's JSON import form
  (docs/import-format.md), and the cursor the next page starts from.
- `check()`: what `receiving-station upstream check` shows: credentials, permissions and a
  harmless read, each a line a shop's IT person can act on.
- `close()`: let go of connections.

The dispatcher calls `deliver` from its sender threads (one event per RMA at a time, so two
calls never concern the same return); the rest from one thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from receiving_station.upstream.contract import Delivery


@dataclass(frozen=True, slots=True)
class OutboundEvent:
    """One outbox event as a connector gets it: what to do (`kind`, `payload`), for which
    return, under which key (the same on every retry), and how many tries came before."""

    id: int
    kind: str
    rma_number: str | None
    subject: str
    idempotency_key: str
    payload: dict[str, Any]
    attempts: int


@dataclass(frozen=True, slots=True)
class ReturnsPage:
    """Expected returns in the station's JSON import form, and where the next page starts."""

    returns: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


@dataclass(frozen=True, slots=True)
class CheckLine:
    """One thing `upstream check` looked at: `ok`, and what was found or what to do."""

    what: str
    ok: bool
    message: str


class ConnectorError(Exception):
    """A pull or a check could not be done (the message says why, in words)."""


class Connector(Protocol):
    platform: str
    description: str

    def deliver(self, event: OutboundEvent) -> Delivery: ...

    def pull_page(self, cursor: str, limit: int) -> ReturnsPage: ...

    def check(self) -> list[CheckLine]: ...

    def close(self) -> None: ...


PLATFORMS = ("station", "shopify", "woocommerce")


@dataclass(frozen=True)
class UpstreamConfig:
    """Where this station's events for the shop go: `[upstream]` of the station config.

    `platform` is "station" (the station's own contract, docs/upstream-api.md: over HTTP or a
    file drop), "shopify" or "woocommerce".  Secrets are never in the file: it names the
    environment variables that hold them, so the file can be shown to anyone."""

    url: str | None = None
    mode: str = "http"
    directory: Path | None = None
    secret_env: str = "RECEIVING_STATION_UPSTREAM_SECRET"
    timeout_seconds: float = 10.0
    platform: str = "station"
    # Shopify and WooCommerce
    api_version: str | None = None  # Shopify's Admin API version (None: the one we pin)
    token_env: str = "RECEIVING_STATION_SHOPIFY_TOKEN"  # Shopify's Admin API access token
    key_env: str = "RECEIVING_STATION_WOOCOMMERCE_KEY"  # WooCommerce consumer key ...
    key_secret_env: str = "RECEIVING_STATION_WOOCOMMERCE_SECRET"  # ... and its secret
    location: str | None = None  # where a restocked unit goes (Shopify: a Location id)
    return_statuses: tuple[str, ...] = ()  # WooCommerce: the order statuses to pull
    api_refund: bool = True  # WooCommerce: refund through the payment gateway
    options: Mapping[str, Any] = field(default_factory=dict)


class UpstreamSetupError(ValueError):
    """The station cannot reach upstream as configured (the message says what to fix)."""
