"""Which connector the station's `[upstream]` asks for (receiving_station.upstream.connector
says what a connector is)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from receiving_station.upstream.connector import (
    CheckLine,
    Connector,
    OutboundEvent,
    ReturnsPage,
    UpstreamConfig,
)
from receiving_station.upstream.contract import Delivery


def build_connector(
    config: UpstreamConfig | None,
    *,
    url: str | None = None,
    directory: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Connector:
    """The connector the station's `[upstream]` settings (or an explicit URL / folder) ask
    for; raises UpstreamSetupError saying what is missing."""
    platform = config.platform if config else "station"
    if url is not None or directory is not None:
        platform = "station" if config is None or directory is not None else platform
    if platform == "shopify":
        from receiving_station.upstream.shopify.connector import shopify_connector

        assert config is not None
        return shopify_connector(config, url=url, environ=environ)
    if platform == "woocommerce":
        from receiving_station.upstream.woocommerce.connector import woocommerce_connector

        assert config is not None
        return woocommerce_connector(config, url=url, environ=environ)
    from receiving_station.upstream.adapters import StationConnector, build_adapter

    return StationConnector(build_adapter(config, url=url, directory=directory, environ=environ))


class RoutedConnector:
    """Events of returns a platform named go to that platform's connector, the rest to the
    station's own contract (a site whose older returns came by import while the new ones come
    from the shop platform, or the demo).  Pulls and checks are the platform's."""

    def __init__(self, platform: Connector, fallback: Connector) -> None:
        self.platform_connector = platform
        self.fallback = fallback
        self.platform = platform.platform
        self.description = f"{platform.description}; other returns: {fallback.description}"

    def deliver(self, event: OutboundEvent) -> Delivery:
        named = event.payload.get("platform")
        if isinstance(named, dict) and named.get("name") == self.platform:
            return self.platform_connector.deliver(event)
        return self.fallback.deliver(event)

    def pull_page(self, cursor: str, limit: int) -> ReturnsPage:
        return self.platform_connector.pull_page(cursor, limit)

    def check(self) -> list[CheckLine]:
        return self.platform_connector.check()

    def close(self) -> None:
        self.platform_connector.close()
        self.fallback.close()
