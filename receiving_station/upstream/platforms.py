"""Which connector the station's `[upstream]` asks for (receiving_station.upstream.connector
says what a connector is)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from receiving_station.upstream.connector import Connector, UpstreamConfig


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
