"""WooCommerce's one-legged OAuth 1.0a signature, as its REST API checks it over plain HTTP
(WC_REST_Authentication::check_oauth_signature): the query's parameters (the oauth_ ones
included, the signature left out) sorted by name, each name and value RFC 3986-encoded, each
`name=value` encoded again and joined with `%26`; signed is `METHOD&<encoded URL>&<that>` with
HMAC-SHA256 under `<consumer secret>&`, base64.  Over HTTPS WooCommerce takes HTTP Basic with
the key and secret instead (connector.py chooses)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from urllib.parse import quote

METHOD = "HMAC-SHA256"


def rfc3986(text: str) -> str:
    """PHP's rawurlencode: everything but letters, digits and -._~ percent-encoded."""
    return quote(text, safe="~")


def signature(method: str, url: str, params: Mapping[str, str], consumer_secret: str) -> str:
    """The `oauth_signature` of a request to `url` (scheme, host, port and path, no query)
    with these query parameters (without `oauth_signature`)."""
    pairs = [(rfc3986(k), rfc3986(v)) for k, v in sorted(params.items())]
    joined = "%26".join(rfc3986(f"{k}={v}") for k, v in pairs)
    base = f"{method.upper()}&{rfc3986(url)}&{joined}"
    mac = hmac.new(f"{consumer_secret}&".encode(), base.encode(), hashlib.sha256).digest()
    return base64.b64encode(mac).decode()


def signed_params(
    method: str, url: str, params: Mapping[str, str], key: str, consumer_secret: str
) -> dict[str, str]:
    """`params` with the oauth_ parameters and their signature added (a fresh nonce and the
    time now: WooCommerce refuses a nonce seen before and a time 15 minutes off)."""
    full = {
        **params,
        "oauth_consumer_key": key,
        "oauth_timestamp": str(int(time.time())),
        "oauth_nonce": secrets.token_hex(16),
        "oauth_signature_method": METHOD,
    }
    full["oauth_signature"] = signature(method, url, full, consumer_secret)
    return full
