"""`[upstream]` of the station config, read and checked: which shop system the station talks to
(`platform`), where it is and which environment variables hold its secrets.

    [upstream]                       # the station's own contract (docs/upstream-api.md)
    url = "https://shop.example.com/returns-api/v1"     # or mode = "file", directory = "..."

    [upstream]                       # Shopify (docs/shopify.md)
    platform = "shopify"
    url = "https://example-shop.myshopify.com"
    location = "gid://shopify/Location/123456789"       # where restocked units go

    [upstream]                       # WooCommerce (docs/woocommerce.md)
    platform = "woocommerce"
    url = "https://shop.example.com"
    return_statuses = ["return-requested"]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from receiving_station.upstream.connector import PLATFORMS, UpstreamConfig

KEYS = {
    "platform",
    "url",
    "mode",
    "directory",
    "secret_env",
    "timeout_seconds",
    "api_version",
    "token_env",
    "key_env",
    "key_secret_env",
    "location",
    "return_statuses",
    "api_refund",
}
ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
API_VERSION = re.compile(r"20\d\d-(01|04|07|10)")


def parse_upstream(
    table: Callable[[str, set[str]], dict[str, Any]],
    fail: Callable[..., Exception],
) -> UpstreamConfig:
    """The `[upstream]` table as an UpstreamConfig; raises what `fail(reason, "upstream", key)`
    makes for the first value that is wrong, saying what it should be."""
    raw = table("upstream", KEYS)
    defaults = UpstreamConfig()

    def problem(key: str, reason: str) -> Exception:
        return fail(f"[upstream] {key}: {reason}", "upstream", key)

    platform = raw.get("platform", "station")
    if platform not in PLATFORMS:
        raise problem("platform", " or ".join(f'"{p}"' for p in PLATFORMS))
    mode = raw.get("mode", "http")
    if mode not in ("http", "file") or (platform != "station" and mode != "http"):
        raise problem(
            "mode", '"http" or "file"' if platform == "station" else f"{platform} is http only"
        )
    url = raw.get("url")
    examples = {
        "station": "https://shop.example.com/returns-api/v1",
        "shopify": "https://example-shop.myshopify.com",
        "woocommerce": "https://shop.example.com",
    }
    if mode == "http" and (not isinstance(url, str) or not url.startswith(("http://", "https://"))):
        raise problem("url", f'the shop\'s address, e.g. "{examples[platform]}"')
    directory = raw.get("directory")
    if mode == "file" and (not isinstance(directory, str) or not directory):
        raise problem("directory", 'the folder event files are dropped in (mode = "file")')
    names = {}
    for key in ("secret_env", "token_env", "key_env", "key_secret_env"):
        value = raw.get(key, getattr(defaults, key))
        if not isinstance(value, str) or not ENV_NAME.fullmatch(value):
            raise problem(key, "the name of an environment variable (letters, digits, _)")
        names[key] = value
    timeout = raw.get("timeout_seconds", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 1 <= timeout <= 120:
        raise problem("timeout_seconds", "1 to 120")
    api_version = raw.get("api_version")
    if api_version is not None and (
        not isinstance(api_version, str) or not API_VERSION.fullmatch(api_version)
    ):
        raise problem("api_version", 'a Shopify API version such as "2026-10"')
    location = raw.get("location")
    if location is not None and (not isinstance(location, str) or not location.strip()):
        raise problem("location", "where restocked units go (Shopify: gid://shopify/Location/…)")
    statuses = raw.get("return_statuses", [])
    if not isinstance(statuses, list) or not all(
        isinstance(s, str) and re.fullmatch(r"[a-z0-9_-]{1,40}", s) for s in statuses
    ):
        raise problem("return_statuses", 'order statuses such as ["return-requested"]')
    if platform == "woocommerce" and not statuses:
        raise problem(
            "return_statuses",
            'the order statuses that mean "return expected", e.g. ["return-requested"]',
        )
    api_refund = raw.get("api_refund", True)
    if not isinstance(api_refund, bool):
        raise problem("api_refund", "true (refund through the payment gateway) or false")
    return UpstreamConfig(
        url=url if mode == "http" else None,
        mode=mode,
        directory=Path(str(directory)).expanduser() if mode == "file" else None,
        secret_env=names["secret_env"],
        timeout_seconds=float(timeout),
        platform=platform,
        api_version=api_version,
        token_env=names["token_env"],
        key_env=names["key_env"],
        key_secret_env=names["key_secret_env"],
        location=location.strip() if isinstance(location, str) else None,
        return_statuses=tuple(statuses),
        api_refund=api_refund,
    )
