"""The station's configuration file: which bench this is, how its window looks, where its
upstream is, and how its devices are attached (the device sections are read by devices/config.py).

TOML, at `RECEIVING_STATION_CONFIG`, else `~/.config/receiving-station/station.toml`; an
annotated example is `resources/station.example.toml` and the settings are documented in
docs/devices.md.  A missing file means: a keyboard-wedge scanner, no scale, no printer.  A
broken file is refused with its line and the reason, like the rules file.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from db.enums import Role
from devices.config import (
    PRINTER_KEYS,
    SCALE_KEYS,
    SCANNER_KEYS,
    PrinterConfig,
    ScaleConfig,
    ScannerConfig,
    one_of,
    parse_printer,
    parse_scale,
    parse_scanner,
)
from receiving_station.auth import SignInPolicy
from receiving_station.paths import DEFAULT_CONFIG, ENV_CONFIG, config_path, data_dir
from receiving_station.site_config import SiteCopy
from receiving_station.upstream.connector import UpstreamConfig
from receiving_station.upstream.settings import KEYS as UPSTREAM_KEYS
from receiving_station.upstream.settings import parse_upstream

ROLES = tuple(role.value for role in Role)


class StationConfigError(Exception):
    def __init__(
        self, reason: str, *, path: Path | str | None = None, line: int | None = None
    ) -> None:
        self.reason, self.path, self.line = reason, path, line
        where = str(path) if path else "station configuration"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class ConfigLayer:
    """One file of the configuration: the site's (shared by every bench) or the bench's own."""

    layer: str  # "site" or "bench"
    where: Path | str | None  # its path or URL
    text: str
    data: dict[str, Any] = field(default_factory=dict)
    copy: SiteCopy | None = None  # the site file: where from, signed by whom, how fresh

    def line_of(self, table: str, key: str | None = None) -> int | None:
        """The line of `[table]` (or of its `key`) in this file."""
        lines = self.text.splitlines()
        header = re.compile(rf"^\s*\[\s*{re.escape(table)}\s*\]")
        start = next((n for n, t in enumerate(lines) if header.match(t)), None)
        if start is None:
            return None
        if key is None:
            return start + 1
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start + 1, len(lines)):
            if lines[number].lstrip().startswith("["):
                break
            if pattern.match(lines[number]):
                return number + 1
        return start + 1


@dataclass(frozen=True)
class SettingSource:
    """Where one setting in force came from (`devices config` lists them)."""

    section: str
    key: str
    value: Any
    layer: str  # "site" or "bench"
    where: str
    line: int | None


@dataclass(frozen=True)
class DisplayConfig:
    """How the window looks at this bench: the theme and the size of its text."""

    theme: str = "standard"  # standard or high-contrast
    font_size: int = 20  # pixels of the body text; headings grow with it


THEMES = ("standard", "high-contrast")


@dataclass(frozen=True)
class StationConfig:
    station: str = "BENCH-01"
    idle_logout_minutes: float = 10.0
    # the site's locale (sv_SE, nb_NO, nl_NL ...): the window's language until an operator
    # chooses theirs, and how dates and numbers are written; None: the system's (LANG)
    locale: str | None = None
    sign_in: SignInPolicy = field(default_factory=SignInPolicy)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    scale: ScaleConfig | None = None
    printer: PrinterConfig | None = None
    source: Path | None = None  # the bench's own file
    upstream: UpstreamConfig | None = None
    site: SiteCopy | None = None  # the site file under it, as read
    sources: tuple[SettingSource, ...] = ()  # where each setting given came from


STATION_KEYS = {
    "name", "idle_logout_minutes", "locale", "badge_only_roles", "pin_attempts", "lockout_minutes",
}  # fmt: skip
DISPLAY_KEYS = {"theme", "font_size"}
SITE_KEYS = {"source", "public_key", "signature", "ca_file", "timeout_seconds"}
SECTIONS: dict[str, set[str]] = {
    "site": SITE_KEYS,
    "station": STATION_KEYS,
    "display": DISPLAY_KEYS,
    "scanner": SCANNER_KEYS,
    "scale": SCALE_KEYS,
    "printer": PRINTER_KEYS,
    "upstream": UPSTREAM_KEYS,
}
#: What only a bench's own file says: its name, and where its site file is.
BENCH_ONLY = {("station", "name")}
ENV_SITE_CACHE = "RECEIVING_STATION_SITE_CACHE"


def site_cache_dir() -> Path:
    """Where this bench keeps the last good copy of its site file."""
    override = os.environ.get(ENV_SITE_CACHE)
    return Path(override) if override else data_dir() / "site-config"


def load_station_config(path: Path | None = None, *, site: str | None = None) -> StationConfig:
    """This bench's configuration: its own file (`path`, else RECEIVING_STATION_CONFIG, else
    ~/.config/receiving-station/station.toml) over the site file its `[site]` section names
    (`site`: check this site file instead, unsigned, e.g. a draft before it is published)."""
    path = (path or config_path()).expanduser()
    if not path.exists():
        if path == DEFAULT_CONFIG.expanduser() and ENV_CONFIG not in os.environ:
            bench = ConfigLayer("bench", None, "")
            return _build([_site_layer(bench, site), bench] if site else [bench])
        raise StationConfigError("file not found", path=path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StationConfigError(f"cannot read the file: {exc}", path=path) from exc
    bench = _layer("bench", path, text)
    return _build([_site_layer(bench, site), bench])


def parse_station_config(text: str, path: Path | None = None) -> StationConfig:
    """One file's configuration, its site file (if it names one) left out."""
    return _build([_layer("bench", path, text)])


def _layer(layer: str, where: Path | str | None, text: str) -> ConfigLayer:
    """A file read as TOML, its sections and settings checked by name; values are checked
    once the layers are merged."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise StationConfigError(
            f"not valid TOML: {exc}", path=where, line=int(match.group(1)) if match else None
        ) from exc
    read = ConfigLayer(layer, where, text, data)
    names = "[" + "], [".join(SECTIONS) + "]"
    for name, values in data.items():
        if name not in SECTIONS or not isinstance(values, dict):
            raise StationConfigError(
                f"unknown or malformed section {name!r} (sections: {names})",
                path=where,
                line=read.line_of(name) or 1,
            )
        if layer == "site" and name == "site":
            raise StationConfigError(
                "[site] belongs in a bench's own file (the site file cannot name another)",
                path=where,
                line=read.line_of(name),
            )
        for key in values:
            if key not in SECTIONS[name]:
                raise StationConfigError(
                    f"[{name}] {key}: unknown setting (known: {', '.join(sorted(SECTIONS[name]))})",
                    path=where,
                    line=read.line_of(name, key),
                )
            if layer == "site" and (name, key) in BENCH_ONLY:
                raise StationConfigError(
                    f"[{name}] {key} is each bench's own: set it in the bench's station.toml, "
                    "not in the site file",
                    path=where,
                    line=read.line_of(name, key),
                )
    return read


class _SiteFileRefused(ValueError):
    """The site file read, but not one a bench can use: the error names its line."""

    def __init__(self, error: StationConfigError) -> None:
        super().__init__(f"line {error.line}: {error.reason}" if error.line else error.reason)
        self.error = error


def _site_layer(bench: ConfigLayer, override: str | None) -> ConfigLayer:
    """The site file the bench's `[site]` names (or `override`), read and checked."""
    from receiving_station import site_config

    raw = bench.data.get("site")
    if override is None and raw is None:
        return ConfigLayer("site", None, "")

    def fail(reason: str, key: str | None = None) -> StationConfigError:
        return StationConfigError(reason, path=bench.where, line=bench.line_of("site", key))

    raw = raw or {}
    source = override or raw.get("source")
    if not isinstance(source, str) or not source.strip():
        raise fail(
            '[site] source: the site file, a path on a share or "https://.../site.toml"', "source"
        )
    key = None if override else raw.get("public_key")
    if key is not None and (
        not isinstance(key, str) or (problem := site_config.check_public_key(key)) is not None
    ):
        raise fail(
            f"[site] public_key: {problem if isinstance(key, str) else 'a text'}: the second "
            "line of the site's minisign.pub (RW...)",
            "public_key",
        )
    if override is None and source.startswith("http://") and key is None:
        raise fail(
            "[site] a site file over plain http must be signed: set public_key (or use https)",
            "source",
        )
    signature = raw.get("signature")
    if signature is not None and (not isinstance(signature, str) or not signature):
        raise fail("[site] signature: where the .minisig file is (path or URL)", "signature")
    if signature is not None and key is None and override is None:
        raise fail("[site] signature is checked with public_key: set it too", "signature")
    ca_file = raw.get("ca_file")
    if ca_file is not None and (not isinstance(ca_file, str) or not Path(ca_file).is_file()):
        raise fail(f"[site] ca_file {ca_file!r}: no such certificate file", "ca_file")
    timeout = raw.get("timeout_seconds", 5)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 1 <= timeout <= 60:
        raise fail("[site] timeout_seconds: 1 to 60", "timeout_seconds")
    where = site_config.SiteSource(
        source.strip(),
        key,
        signature,
        Path(ca_file).expanduser() if ca_file else None,
        float(timeout),
    )
    cache = site_cache_dir() if override is None else None  # a draft is not kept

    def check(text: str) -> None:
        try:
            _layer("site", where.source, text)
        except StationConfigError as exc:
            raise _SiteFileRefused(exc) from exc

    try:
        copy = site_config.read_site(where, cache, check)
    except site_config.SiteConfigError as exc:
        if isinstance(exc.__cause__, _SiteFileRefused):  # what is wrong is in the site file
            raise exc.__cause__.error from None
        raise fail(str(exc), "source") from exc
    layer = _layer("site", where.source, copy.text)
    return replace(layer, copy=copy)


def _build(layers: list[ConfigLayer]) -> StationConfig:
    """The layers merged, later over earlier setting by setting, and every value checked; a
    refusal names the file and line the value came from."""
    data: dict[str, dict[str, Any]] = {}
    origin: dict[tuple[str, str | None], ConfigLayer] = {}
    for layer in layers:
        for name, values in layer.data.items():
            data.setdefault(name, {}).update(values)
            origin[(name, None)] = layer
            for key in values:
                origin[(name, key)] = layer

    def fail(reason: str, table: str, key: str | None = None) -> StationConfigError:
        layer = origin.get((table, key)) or origin.get((table, None)) or layers[-1]
        return StationConfigError(reason, path=layer.where, line=layer.line_of(table, key))

    def table(name: str, _keys: set[str]) -> dict[str, Any]:
        return data.get(name, {})  # the names were checked file by file (_layer)

    station_table = table("station", STATION_KEYS)
    locale = station_table.get("locale")
    if locale is not None and (
        not isinstance(locale, str) or not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2})?", locale)
    ):
        raise fail(
            '[station] locale must be a locale such as "sv_SE", "nb_NO", "da_DK", "nl_NL", '
            '"de_DE" or "en_GB"',
            "station",
            "locale",
        )
    station = station_table.get("name", "BENCH-01")
    if not isinstance(station, str) or not station.strip():
        raise fail('[station] name must be the bench\'s name, e.g. "BENCH-01"', "station", "name")
    idle = station_table.get("idle_logout_minutes", 10)
    if isinstance(idle, bool) or not isinstance(idle, int | float) or not 0 <= idle <= 24 * 60:
        raise fail(
            "[station] idle_logout_minutes must be minutes from 0 (never) to 1440",
            "station",
            "idle_logout_minutes",
        )

    roles = station_table.get("badge_only_roles", ["staff"])
    if not isinstance(roles, list) or not all(r in ROLES for r in roles):
        raise fail(
            '[station] badge_only_roles: a list of the roles a badge alone signs in, of "staff", '
            '"lead", "supervisor" (the others scan the badge and type the PIN): ["staff"] is '
            "the usual, [] asks everyone for the PIN",
            "station",
            "badge_only_roles",
        )
    attempts = station_table.get("pin_attempts", 5)
    if isinstance(attempts, bool) or not isinstance(attempts, int) or not 3 <= attempts <= 20:
        raise fail(
            "[station] pin_attempts: wrong PINs in a row before the operator is locked, 3 to 20",
            "station",
            "pin_attempts",
        )
    lockout = station_table.get("lockout_minutes", 15)
    if (
        isinstance(lockout, bool)
        or not isinstance(lockout, int | float)
        or not 1 <= lockout <= 1440
    ):
        raise fail(
            "[station] lockout_minutes: how long too many wrong PINs lock the operator, 1 to 1440",
            "station",
            "lockout_minutes",
        )
    sign_in = SignInPolicy(frozenset(roles), attempts, float(lockout))

    shown = table("display", DISPLAY_KEYS)
    theme = shown.get("theme", "standard")
    if not one_of(theme, THEMES):
        raise fail(f"[display] theme: one of {', '.join(THEMES)}", "display", "theme")
    font_size = shown.get("font_size", 20)
    if isinstance(font_size, bool) or not isinstance(font_size, int) or not 14 <= font_size <= 40:
        raise fail(
            "[display] font_size must be whole pixels from 14 to 40 (20 is the usual)",
            "display",
            "font_size",
        )
    display = DisplayConfig(theme, font_size)

    scanner = parse_scanner(table("scanner", SCANNER_KEYS), fail)
    scale = parse_scale(table("scale", SCALE_KEYS), fail) if "scale" in data else None
    printer = parse_printer(table("printer", PRINTER_KEYS), fail) if "printer" in data else None
    upstream = parse_upstream(table, fail) if "upstream" in data else None
    return StationConfig(
        station=station.strip(),
        idle_logout_minutes=float(idle),
        scanner=scanner,
        scale=scale,
        printer=printer,
        source=Path(bench.where) if (bench := layers[-1]).where else None,
        upstream=upstream,
        locale=locale,
        sign_in=sign_in,
        display=display,
        site=next((layer.copy for layer in layers if layer.copy is not None), None),
        sources=tuple(
            SettingSource(
                name,
                key,
                values[key],
                origin[(name, key)].layer,
                str(origin[(name, key)].where),
                origin[(name, key)].line_of(name, key),
            )
            for name, values in data.items()
            for key in values
        ),
    )
