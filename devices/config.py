"""The station's configuration file: which bench this is and how its devices are attached.

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
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from devices.keymaps import KEYMAPS
from devices.printers import parse_printer_url
from devices.printers.zpl import DOTS_PER_MM, SIZES
from devices.scales.registry import DRIVERS
from devices.scanner import SUFFIXES, ScannerSettings
from devices.transport import PARITIES, SerialSettings

ENV_CONFIG = "RECEIVING_STATION_CONFIG"
DEFAULT_PATH = Path("~/.config/receiving-station/station.toml")


class StationConfigError(Exception):
    def __init__(self, reason: str, *, path: Path | None = None, line: int | None = None) -> None:
        self.reason, self.path, self.line = reason, path, line
        where = str(path) if path else "station configuration"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {reason}")


SCANNER_MODES = ("wedge", "serial", "evdev")
#: [scanner] prefix: names for the control characters a scanner can be set to send first.
PREFIX_NAMES = {"stx": "\x02"}


@dataclass(frozen=True)
class ScannerConfig:
    port: str = "wedge"  # "wedge" (keyboard) or a serial device path
    settings: ScannerSettings = field(default_factory=ScannerSettings)
    serial: SerialSettings = field(default_factory=SerialSettings)
    # "wedge": keys through the window; "serial": lines from `port`; "evdev": keys read from
    # the scanner's own input device `device`, grabbed (Linux).  None: from `port`, as before
    # there was a mode ("wedge" or a serial device path).
    mode: str | None = None
    device: str | None = None  # evdev: /dev/input/by-id/usb-...-event-kbd

    @property
    def kind(self) -> str:
        """The mode in effect: `mode`, or what `port` says."""
        if self.mode:
            return self.mode
        return "wedge" if self.port == "wedge" else "serial"

    @property
    def is_wedge(self) -> bool:
        return self.kind == "wedge"

    @property
    def is_evdev(self) -> bool:
        return self.kind == "evdev"


@dataclass(frozen=True)
class ScaleConfig:
    port: str
    protocol: str
    serial: SerialSettings
    stable_readings: int = 3
    stable_window_kg: Decimal = Decimal("0.005")
    poll_interval: float = 0.1


@dataclass(frozen=True)
class PrinterConfig:
    url: str
    label_size: str = "4x2"
    dpi: int = 203
    job_log: Path = Path("~/.local/share/receiving-station/print-jobs.jsonl")
    #: The site's own label templates and layouts (docs/labels.md); None: the shipped ones.
    label_templates: Path | None = None


@dataclass(frozen=True)
class UpstreamConfig:
    """Where this station's events for the shop go (docs/upstream-api.md).

    The shared secret itself is never in the file: it is read from the environment variable
    `secret_env` names, so the file can be shown to anyone.
    """

    url: str | None = None
    mode: str = "http"
    directory: Path | None = None
    secret_env: str = "RECEIVING_STATION_UPSTREAM_SECRET"
    timeout_seconds: float = 10.0


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
    display: DisplayConfig = field(default_factory=DisplayConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)
    scale: ScaleConfig | None = None
    printer: PrinterConfig | None = None
    source: Path | None = None
    upstream: UpstreamConfig | None = None


def config_path() -> Path:
    return Path(os.environ.get(ENV_CONFIG) or DEFAULT_PATH).expanduser()


def load_station_config(path: Path | None = None) -> StationConfig:
    path = (path or config_path()).expanduser()
    if not path.exists():
        if path == DEFAULT_PATH.expanduser() and ENV_CONFIG not in os.environ:
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

    def serial(name: str, values: dict[str, Any], default: SerialSettings) -> SerialSettings:
        settings = {
            "baudrate": values.get("baudrate", default.baudrate),
            "bytesize": values.get("bytesize", default.bytesize),
            "parity": values.get("parity", default.parity),
            "stopbits": values.get("stopbits", default.stopbits),
        }
        if settings["baudrate"] not in (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200):
            raise fail(
                f"[{name}] baudrate {settings['baudrate']!r}: a standard rate such as 9600",
                name,
                "baudrate",
            )
        if settings["bytesize"] not in (7, 8):
            raise fail(f"[{name}] bytesize must be 7 or 8", name, "bytesize")
        if settings["parity"] not in PARITIES:
            raise fail(f"[{name}] parity: one of {', '.join(PARITIES)}", name, "parity")
        if settings["stopbits"] not in (1, 2):
            raise fail(f"[{name}] stopbits must be 1 or 2", name, "stopbits")
        return SerialSettings(**settings)

    station_table = table("station", {"name", "idle_logout_minutes", "locale"})
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

    shown = table("display", {"theme", "font_size"})
    theme = shown.get("theme", "standard")
    if theme not in THEMES:
        raise fail(f"[display] theme: one of {', '.join(THEMES)}", "display", "theme")
    font_size = shown.get("font_size", 20)
    if isinstance(font_size, bool) or not isinstance(font_size, int) or not 14 <= font_size <= 40:
        raise fail(
            "[display] font_size must be whole pixels from 14 to 40 (20 is the usual)",
            "display",
            "font_size",
        )
    display = DisplayConfig(theme, font_size)

    raw = table(
        "scanner",
        {
            "mode",
            "port",
            "device",
            "keymap",
            "prefix",
            "suffix",
            "max_gap_ms",
            "scan_gap_ms",
            "min_length",
            "baudrate",
            "bytesize",
            "parity",
            "stopbits",
        },
    )
    suffix = raw.get("suffix", "crlf")
    if suffix not in SUFFIXES:
        raise fail(
            f"[scanner] suffix {suffix!r}: one of {', '.join(SUFFIXES)}", "scanner", "suffix"
        )
    gap = raw.get("max_gap_ms", 50)
    if not isinstance(gap, int) or not 5 <= gap <= 500:
        raise fail(
            "[scanner] max_gap_ms: a whole number of milliseconds, 5 to 500",
            "scanner",
            "max_gap_ms",
        )
    length = raw.get("min_length", 3)
    if not isinstance(length, int) or not 1 <= length <= 50:
        raise fail("[scanner] min_length: a whole number, 1 to 50", "scanner", "min_length")
    port = raw.get("port", "wedge")
    if not isinstance(port, str) or not port:
        raise fail('[scanner] port: "wedge" or a device path', "scanner", "port")
    scan_gap = raw.get("scan_gap_ms", 15)
    if isinstance(scan_gap, bool) or not isinstance(scan_gap, int) or not 1 <= scan_gap <= 200:
        raise fail(
            "[scanner] scan_gap_ms: a whole number of milliseconds, 1 to 200 (15 is the usual)",
            "scanner",
            "scan_gap_ms",
        )
    keymap = raw.get("keymap", "us")
    if keymap not in KEYMAPS:
        raise fail(
            f"[scanner] keymap {keymap!r}: one of {', '.join(KEYMAPS)}, the keyboard country "
            "the scanner is set to (Finnish: se)",
            "scanner",
            "keymap",
        )
    prefix = raw.get("prefix")
    if prefix is not None:
        named = PREFIX_NAMES.get(prefix.lower()) if isinstance(prefix, str) else None
        if named is not None:
            prefix = named
        elif not (
            isinstance(prefix, str)
            and len(prefix) == 1
            and (prefix in PREFIX_NAMES.values() or (prefix.isprintable() and prefix != " "))
        ):
            raise fail(
                f'[scanner] prefix: "stx" (Ctrl+B, sent before every code) or one printable '
                f"character, not {prefix!r}",
                "scanner",
                "prefix",
            )
    mode = raw.get("mode")
    if mode is not None and mode not in SCANNER_MODES:
        raise fail(f"[scanner] mode {mode!r}: one of {', '.join(SCANNER_MODES)}", "scanner", "mode")
    mode = mode or ("wedge" if port == "wedge" else "serial")
    device = raw.get("device")
    if mode == "serial" and port == "wedge":
        raise fail(
            '[scanner] port: mode = "serial" needs the scanner\'s serial device, e.g. '
            '"/dev/serial/by-id/usb-..."',
            "scanner",
            "port" if "port" in raw else "mode",
        )
    if mode != "serial" and port != "wedge":
        raise fail(
            f'[scanner] port {port!r} is a serial scanner\'s: with mode = "{mode}" leave it out '
            '(or set mode = "serial")',
            "scanner",
            "port",
        )
    if mode == "evdev":
        if not isinstance(device, str) or not device.startswith("/"):
            raise fail(
                '[scanner] device: mode = "evdev" needs the scanner\'s input device, e.g. '
                '"/dev/input/by-id/usb-...-event-kbd" (receiving-station devices list shows them)',
                "scanner",
                "device" if "device" in raw else "mode",
            )
    elif device is not None:
        raise fail(
            '[scanner] device is read only with mode = "evdev": set mode = "evdev" or leave '
            "device out",
            "scanner",
            "device",
        )
    scanner = ScannerConfig(
        port,
        ScannerSettings(
            suffix,
            max_gap=gap / 1000,
            min_length=length,
            scan_gap=scan_gap / 1000,
            prefix=prefix,
            keymap=keymap,
        ),
        serial("scanner", raw, SerialSettings()),
        mode,
        device,
    )

    scale = None
    if "scale" in data:
        raw = table(
            "scale",
            {
                "port",
                "protocol",
                "baudrate",
                "bytesize",
                "parity",
                "stopbits",
                "stable_readings",
                "stable_window_kg",
                "poll_interval_ms",
            },
        )
        protocol = raw.get("protocol")
        if protocol not in DRIVERS:
            raise fail(
                f"[scale] protocol {protocol!r}: one of {', '.join(DRIVERS)}", "scale", "protocol"
            )
        if not isinstance(raw.get("port"), str) or not raw["port"]:
            raise fail(
                "[scale] port: the scale's device path (/dev/serial/by-id/...)", "scale", "port"
            )
        readings = raw.get("stable_readings", 3)
        if not isinstance(readings, int) or not 1 <= readings <= 20:
            raise fail("[scale] stable_readings: 1 to 20", "scale", "stable_readings")
        try:
            window = Decimal(str(raw.get("stable_window_kg", "0.005")))
        except InvalidOperation:
            window = Decimal(-1)
        if not Decimal(0) <= window <= Decimal(1):
            raise fail("[scale] stable_window_kg: kilograms, 0 to 1", "scale", "stable_window_kg")
        interval = raw.get("poll_interval_ms", 100)
        if not isinstance(interval, int) or not 20 <= interval <= 5000:
            raise fail("[scale] poll_interval_ms: 20 to 5000", "scale", "poll_interval_ms")
        scale = ScaleConfig(
            raw["port"],
            protocol,
            serial("scale", raw, DRIVERS[protocol].settings),
            readings,
            window,
            interval / 1000,
        )

    printer = None
    if "printer" in data:
        raw = table("printer", {"url", "label_size", "dpi", "job_log", "label_templates"})
        url = raw.get("url")
        try:
            parse_printer_url(str(url or ""))
        except ValueError as exc:
            raise fail(f"[printer] url: {exc}", "printer", "url") from exc
        size = raw.get("label_size", "4x2")
        if size not in SIZES:
            raise fail(
                f"[printer] label_size {size!r}: one of {', '.join(SIZES)}", "printer", "label_size"
            )
        dpi = raw.get("dpi", 203)
        if dpi not in DOTS_PER_MM:
            raise fail(
                f"[printer] dpi: one of {', '.join(map(str, DOTS_PER_MM))}", "printer", "dpi"
            )
        printer = PrinterConfig(
            str(url),
            size,
            dpi,
            Path(raw.get("job_log", str(PrinterConfig.job_log))).expanduser(),
            Path(raw["label_templates"]).expanduser() if raw.get("label_templates") else None,
        )
    upstream = None
    if "upstream" in data:
        raw = table("upstream", {"url", "mode", "directory", "secret_env", "timeout_seconds"})
        mode = raw.get("mode", "http")
        if mode not in ("http", "file"):
            raise fail('[upstream] mode: "http" or "file"', "upstream", "mode")
        url = raw.get("url")
        if mode == "http" and (
            not isinstance(url, str) or not url.startswith(("http://", "https://"))
        ):
            raise fail(
                "[upstream] url: the shop's API address, e.g. \"https://shop.example.com/"
                'returns-api/v1"',
                "upstream",
                "url",
            )
        directory = raw.get("directory")
        if mode == "file" and (not isinstance(directory, str) or not directory):
            raise fail(
                '[upstream] directory: the folder event files are dropped in (mode = "file")',
                "upstream",
                "directory",
            )
        secret_env = raw.get("secret_env", UpstreamConfig.secret_env)
        if not isinstance(secret_env, str) or not re.fullmatch(
            r"[A-Za-z_][A-Za-z0-9_]*", secret_env
        ):
            raise fail(
                "[upstream] secret_env: the name of the environment variable holding the "
                "shared secret",
                "upstream",
                "secret_env",
            )
        timeout = raw.get("timeout_seconds", 10)
        if (
            isinstance(timeout, bool)
            or not isinstance(timeout, int | float)
            or not 1 <= timeout <= 120
        ):
            raise fail("[upstream] timeout_seconds: 1 to 120", "upstream", "timeout_seconds")
        upstream = UpstreamConfig(
            url if mode == "http" else None,
            mode,
            Path(str(directory)).expanduser() if mode == "file" else None,
            secret_env,
            float(timeout),
        )
    return StationConfig(
        station=station.strip(),
        idle_logout_minutes=float(idle),
        scanner=scanner,
        scale=scale,
        printer=printer,
        source=path,
        upstream=upstream,
        locale=locale,
        display=display,
    )
