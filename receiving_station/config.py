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
from dataclasses import dataclass, field
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
from receiving_station.paths import DEFAULT_CONFIG, ENV_CONFIG, config_path
from receiving_station.upstream.connector import UpstreamConfig
from receiving_station.upstream.settings import parse_upstream

ROLES = tuple(role.value for role in Role)


class StationConfigError(Exception):
    def __init__(self, reason: str, *, path: Path | None = None, line: int | None = None) -> None:
        self.reason, self.path, self.line = reason, path, line
        where = str(path) if path else "station configuration"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}")


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
    source: Path | None = None
    upstream: UpstreamConfig | None = None


def load_station_config(path: Path | None = None) -> StationConfig:
    path = (path or config_path()).expanduser()
    if not path.exists():
        if path == DEFAULT_CONFIG.expanduser() and ENV_CONFIG not in os.environ:
            return StationConfig()
        raise StationConfigError("file not found", path=path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StationConfigError(f"cannot read the file: {exc}", path=path) from exc
    return parse_station_config(text, path)


def parse_station_config(text: str, path: Path | None = None) -> StationConfig:
    lines = text.splitlines()

    def line_of(table: str, key: str | None = None) -> int | None:
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

    def fail(reason: str, table: str, key: str | None = None) -> StationConfigError:
        return StationConfigError(reason, path=path, line=line_of(table, key))

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise StationConfigError(
            f"not valid TOML: {exc}", path=path, line=int(match.group(1)) if match else None
        ) from exc
    known = {"station", "display", "scanner", "scale", "printer", "upstream"}
    for name in data:
        if name not in known or not isinstance(data[name], dict):
            raise StationConfigError(
                f"unknown or malformed section {name!r} (sections: [station], [display], "
                "[scanner], [scale], [printer], [upstream])",
                path=path,
                line=line_of(name) or 1,
            )

    def table(name: str, keys: set[str]) -> dict[str, Any]:
        values = data.get(name, {})
        for key in values:
            if key not in keys:
                raise fail(
                    f"[{name}] {key}: unknown setting (known: {', '.join(sorted(keys))})", name, key
                )
        return values

    station_table = table(
        "station",
        {"name", "idle_logout_minutes", "locale", "badge_only_roles", "pin_attempts",
         "lockout_minutes"},
    )  # fmt: skip
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

    shown = table("display", {"theme", "font_size"})
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
        source=path,
        upstream=upstream,
        locale=locale,
        sign_in=sign_in,
        display=display,
    )
