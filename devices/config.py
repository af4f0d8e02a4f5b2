"""How this bench's devices are attached: the [scanner], [scale] and [printer] sections of the
station's configuration file, each checked setting by setting.

receiving_station/config.py reads the file (which bench this is, its display and its upstream)
and hands each device section to the parser here; a refusal names the section and the setting,
and the caller adds the file and line.  The settings are documented in docs/devices.md.
"""

from __future__ import annotations

from collections.abc import Callable
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


def one_of(value: Any, choices: Any) -> bool:
    """Whether a setting's value is one of `choices`; a list or table given where a word is
    wanted is not one (and is no TypeError: `[] in {...}` cannot be asked)."""
    return isinstance(value, str | int | float | bool) and value in choices


Fail = Callable[[str, str, str | None], Exception]
"""(reason, section, setting) -> the error to raise, naming where in the file it is."""

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


SCANNER_KEYS = {
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
}
SCALE_KEYS = {
    "port",
    "protocol",
    "baudrate",
    "bytesize",
    "parity",
    "stopbits",
    "stable_readings",
    "stable_window_kg",
    "poll_interval_ms",
}
PRINTER_KEYS = {"url", "label_size", "dpi", "job_log", "label_templates"}


def serial_settings(
    name: str, values: dict[str, Any], default: SerialSettings, fail: Fail
) -> SerialSettings:
    """A section's serial line settings (baud rate, byte size, parity, stop bits), checked."""
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
    if not one_of(settings["parity"], PARITIES):
        raise fail(f"[{name}] parity: one of {', '.join(PARITIES)}", name, "parity")
    if settings["stopbits"] not in (1, 2):
        raise fail(f"[{name}] stopbits must be 1 or 2", name, "stopbits")
    return SerialSettings(**settings)


def parse_scanner(raw: dict[str, Any], fail: Fail) -> ScannerConfig:
    suffix = raw.get("suffix", "crlf")
    if not one_of(suffix, SUFFIXES):
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
    if not one_of(keymap, KEYMAPS):
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
    if mode is not None and not one_of(mode, SCANNER_MODES):
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
    return ScannerConfig(
        port,
        ScannerSettings(
            suffix,
            max_gap=gap / 1000,
            min_length=length,
            scan_gap=scan_gap / 1000,
            prefix=prefix,
            keymap=keymap,
        ),
        serial_settings("scanner", raw, SerialSettings(), fail),
        mode,
        device,
    )


def parse_scale(raw: dict[str, Any], fail: Fail) -> ScaleConfig:
    protocol = raw.get("protocol")
    if not one_of(protocol, DRIVERS):
        raise fail(
            f"[scale] protocol {protocol!r}: one of {', '.join(DRIVERS)}", "scale", "protocol"
        )
    protocol = str(protocol)
    if not isinstance(raw.get("port"), str) or not raw["port"]:
        raise fail("[scale] port: the scale's device path (/dev/serial/by-id/...)", "scale", "port")
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
    return ScaleConfig(
        raw["port"],
        protocol,
        serial_settings("scale", raw, DRIVERS[protocol].settings, fail),
        readings,
        window,
        interval / 1000,
    )


def parse_printer(raw: dict[str, Any], fail: Fail) -> PrinterConfig:
    url = raw.get("url")
    try:
        parse_printer_url(str(url or ""))
    except ValueError as exc:
        raise fail(f"[printer] url: {exc}", "printer", "url") from exc
    size = raw.get("label_size", "4x2")
    if not one_of(size, SIZES):
        raise fail(
            f"[printer] label_size {size!r}: one of {', '.join(SIZES)}", "printer", "label_size"
        )
    dpi = raw.get("dpi", 203)
    if not one_of(dpi, DOTS_PER_MM):
        raise fail(f"[printer] dpi: one of {', '.join(map(str, DOTS_PER_MM))}", "printer", "dpi")
    return PrinterConfig(
        str(url),
        size,
        dpi,
        Path(raw.get("job_log", str(PrinterConfig.job_log))).expanduser(),
        Path(raw["label_templates"]).expanduser() if raw.get("label_templates") else None,
    )
