"""The site's configuration file, shared by every bench: read from a share or over HTTPS, its
minisign signature checked, and the last good copy kept on the bench for the day the server or
the share does not answer.

A bench's own `station.toml` names it:

    [site]
    source = "https://config.example.com/receiving/site.toml"    # or a path on a share
    public_key = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3"
    # signature = "https://config.example.com/receiving/site.toml.minisig"  (the default)
    # ca_file = "/usr/local/share/ca-certificates/site-ca.crt"   (a site's own CA)

The site's IT signs the file with the minisign tool (`minisign -Sm site.toml`, Ed25519) and
publishes `site.toml` and `site.toml.minisig` side by side; py-minisign (the format's Python
implementation, co-written by minisign's author) checks it here.  receiving_station.config
merges it under the bench's own settings (docs/install.md).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

#: A site file larger than this is not a configuration file.
MAX_BYTES = 1_000_000


class SiteConfigError(Exception):
    """The site file cannot be had: not from its source and no earlier good copy."""


@dataclass(frozen=True)
class SiteSource:
    """Where the site file is and how it is checked (the bench's `[site]` section)."""

    source: str  # https://... or a path
    public_key: str | None = None  # minisign public key (base64, "RW..."): the file must be signed
    signature: str | None = None  # where its signature is; default: source + ".minisig"
    ca_file: Path | None = None  # the site's own certificate authority for https
    timeout_seconds: float = 5.0

    @property
    def is_url(self) -> bool:
        return self.source.startswith(("https://", "http://"))

    @property
    def signature_at(self) -> str:
        return self.signature or self.source + ".minisig"


@dataclass(frozen=True)
class SiteCopy:
    """The site file as this bench will use it."""

    text: str
    where: str  # the source, as the bench's file names it
    key_id: str | None  # the minisign key id that signed it (hex), None: not signed
    fetched_at: datetime
    from_cache: bool = False
    warning: str | None = None  # why the cached copy is used
    signed_at: int = 0  # the signature's timestamp (its trusted comment), 0: not signed


def key_id(public_key: str) -> str:
    """The key id minisign prints for a public key (hex, as in `minisign -V`'s output)."""
    import base64

    return base64.b64decode(public_key.strip())[2:10][::-1].hex().upper()


def check_public_key(value: str) -> str | None:
    """None when `value` is a minisign public key, else why not."""
    from minisign import PublicKey
    from minisign.exceptions import Error

    try:
        PublicKey.from_base64(value)
    except (Error, ValueError) as exc:
        return f"not a minisign public key ({exc})"
    return None


def _read(where: str, site: SiteSource) -> bytes:
    """The bytes at a URL or path, at most MAX_BYTES; OSError (with a reason) when not."""
    if not where.startswith(("https://", "http://")):
        path = Path(where).expanduser()
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    else:
        import ssl
        import urllib.error
        import urllib.request

        context = ssl.create_default_context(
            cafile=str(site.ca_file) if site.ca_file is not None else None
        )
        request = urllib.request.Request(where, headers={"User-Agent": "receiving-station"})
        try:
            with urllib.request.urlopen(
                request, timeout=site.timeout_seconds, context=context
            ) as answer:
                data = answer.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise OSError(f"the server answered {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            raise OSError(f"no answer: {exc.reason}") from exc
    if len(data) > MAX_BYTES:
        raise OSError(f"larger than {MAX_BYTES // 1000} kB: not a configuration file")
    return data


def _verify(data: bytes, signature: bytes, public_key: str) -> None:
    """Raise ValueError saying why `signature` is not `public_key`'s signature of `data`."""
    from minisign import PublicKey, Signature
    from minisign.exceptions import Error

    try:
        key = PublicKey.from_base64(public_key)
        key.verify(data, Signature.from_bytes(signature))
    except Error as exc:
        raise ValueError(f"the signature does not match the site's public key ({exc})") from exc


def _signed_at(signature: bytes) -> int:
    """The time minisign wrote into the signature's trusted comment (0 when it has none)."""
    from minisign import Signature
    from minisign.exceptions import Error

    try:
        comment = Signature.from_bytes(signature).trusted_comment
    except (Error, ValueError):
        return 0
    for part in comment.split():
        name, _, value = part.partition(":")
        if name == "timestamp" and value.isdigit():
            return int(value)
    return 0


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def read_site(
    site: SiteSource,
    cache_dir: Path | None,
    check: Callable[[str], None] = lambda _text: None,
) -> SiteCopy:
    """The site file: fresh from its source, signature checked when the bench has the key, and
    `check`ed (which raises ValueError for a file the bench cannot use); kept in `cache_dir`
    (None: not kept, e.g. a draft checked from the command line).
    When the source does not answer or what it gives is refused, the last good copy in
    `cache_dir` is used, with a warning saying why; with no such copy, SiteConfigError."""
    try:
        data = _read(site.source, site)
        key = None
        if site.public_key:
            try:
                signature = _read(site.signature_at, site)
            except OSError as exc:
                raise OSError(f"its signature {site.signature_at}: {exc}") from exc
            _verify(data, signature, site.public_key)
            key = key_id(site.public_key)
            cached = _cached(site, cache_dir)
            if cached is not None and _signed_at(signature) < cached.signed_at:
                raise ValueError(
                    "signed earlier than the copy this bench already has (an old file put back?)"
                )
        else:
            signature = b""
        text = _decode(data)
        check(text)
    except (OSError, ValueError) as exc:
        problem = str(exc) or type(exc).__name__
        cached = _cached(site, cache_dir)
        if cached is None:
            raise SiteConfigError(
                f"the site file {site.source}: {problem} (and this bench has no earlier copy)"
            ) from exc
        return replace(
            cached,
            from_cache=True,
            warning=f"the site file {site.source}: {problem}; using this bench's copy of "
            f"{cached.fetched_at.astimezone().strftime('%Y-%m-%d %H:%M')}",
        )
    now = datetime.now(UTC)
    _keep(site, cache_dir, data, signature, now)
    return SiteCopy(text, site.source, key, now, signed_at=_signed_at(signature) if key else 0)


def _keep(
    site: SiteSource, cache_dir: Path | None, data: bytes, signature: bytes, now: datetime
) -> None:
    """Save the good copy (file, signature, where and when), each by a rename: a bench switched
    off mid-write keeps the earlier copy whole."""
    if cache_dir is None:
        return
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        meta = {"source": site.source, "fetched_at": now.isoformat()}
        for name, content in (
            ("site.toml", data),
            ("site.toml.minisig", signature),
            ("site.json", json.dumps(meta).encode()),
        ):
            staged = cache_dir / f".{name}.new"
            staged.write_bytes(content)
            os.replace(staged, cache_dir / name)
    except OSError:
        pass  # a bench that cannot keep a copy still runs on the fresh one


def _cached(site: SiteSource, cache_dir: Path | None) -> SiteCopy | None:
    """The last good copy of this source, checked again against the key (a copy changed on the
    bench is not used)."""
    if cache_dir is None:
        return None
    try:
        meta = json.loads((cache_dir / "site.json").read_text(encoding="utf-8"))
        data = (cache_dir / "site.toml").read_bytes()
        signature = (cache_dir / "site.toml.minisig").read_bytes()
        if meta.get("source") != site.source:
            return None
        fetched = datetime.fromisoformat(meta["fetched_at"])
        key, signed_at = None, 0
        if site.public_key:
            _verify(data, signature, site.public_key)
            key, signed_at = key_id(site.public_key), _signed_at(signature)
        return SiteCopy(_decode(data), site.source, key, fetched, signed_at=signed_at)
    except (OSError, ValueError, KeyError, TypeError):
        return None
