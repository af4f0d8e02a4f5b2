"""The station configuration file: the example is valid, broken files name line and reason."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.config import ScannerConfig
from receiving_station.cli import main
from receiving_station.config import StationConfigError, load_station_config, parse_station_config

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "station.example.toml"


def test_the_example_file_is_valid() -> None:
    config = load_station_config(EXAMPLE)
    assert config.station == "BENCH-01" and config.scanner.is_wedge
    assert not config.scanner.is_evdev and config.scanner.kind == "wedge"
    assert config.scale is not None and config.scale.protocol == "mt-sics"
    assert config.scale.serial.describe() == "9600 8N1"
    assert config.scale.stable_window_kg == Decimal("0.005")
    assert config.printer is not None and config.printer.url == "tcp://10.0.0.31:9100"
    assert config.upstream is not None and config.upstream.timeout_seconds == 10


def test_defaults_and_protocol_serial_settings() -> None:
    config = parse_station_config('[scale]\nport = "/dev/ttyUSB0"\nprotocol = "nci"\n')
    assert config.scale is not None and config.scale.serial.describe() == "9600 7E1"
    assert config.printer is None and config.scanner.settings.max_gap == 0.05


def test_scanner_modes() -> None:
    serial = parse_station_config('[scanner]\nport = "/dev/ttyACM0"\n').scanner
    assert serial.kind == "serial" and not serial.is_wedge and not serial.is_evdev
    assert ScannerConfig(port="/dev/pts/3").kind == "serial"  # as the demo builds it
    assert ScannerConfig().is_wedge
    evdev = parse_station_config(
        "[scanner]\n"
        'mode = "evdev"\n'
        'device = "/dev/input/by-id/usb-Honeywell_1900-event-kbd"\n'
        'keymap = "se"\n'
        'prefix = "stx"\n'
        "min_length = 4\n"
    ).scanner
    assert evdev.is_evdev and not evdev.is_wedge and evdev.kind == "evdev"
    assert evdev.device == "/dev/input/by-id/usb-Honeywell_1900-event-kbd"
    assert evdev.settings.keymap == "se" and evdev.settings.prefix == "\x02"
    assert evdev.settings.min_length == 4
    wedge = parse_station_config("[scanner]\nprefix = '#'\nscan_gap_ms = 8\n").scanner
    assert wedge.is_wedge and wedge.settings.prefix == "#" and wedge.settings.scan_gap == 0.008
    defaults = parse_station_config("").scanner.settings
    assert defaults.scan_gap == 0.015 and defaults.prefix is None and defaults.keymap == "us"
    assert parse_station_config("[scanner]\nprefix = 'STX'\n").scanner.settings.prefix == "\x02"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("[scanner]\nmode = 'bluetooth'\n", 2, "[scanner] mode 'bluetooth': one of wedge"),
        ("[scanner]\nmode = 'evdev'\n", 2, '[scanner] device: mode = "evdev" needs'),
        ("[scanner]\nmode = 'evdev'\ndevice = 'event3'\n", 3, "[scanner] device"),
        ("[scanner]\ndevice = '/dev/input/event3'\n", 2, 'set mode = "evdev"'),
        ("[scanner]\nmode = 'serial'\n", 2, 'mode = "serial" needs'),
        (
            "[scanner]\nmode = 'evdev'\nport = '/dev/ttyACM0'\ndevice = '/dev/input/x'\n",
            3,
            "[scanner] port '/dev/ttyACM0' is a serial scanner's",
        ),
        ("[scanner]\nkeymap = 'fr'\n", 2, "[scanner] keymap 'fr': one of us, se, no, dk, de, nl"),
        ("[scanner]\nprefix = 'ab'\n", 2, '[scanner] prefix: "stx"'),
        ("[scanner]\nprefix = ' '\n", 2, "[scanner] prefix"),
        ("[scanner]\nprefix = 2\n", 2, "[scanner] prefix"),
        ("[scanner]\nscan_gap_ms = 0\n", 2, "[scanner] scan_gap_ms"),
        ("[scanner]\nscan_gap_ms = 201\n", 2, "[scanner] scan_gap_ms"),
        ("[scanner]\nscan_gap_ms = 1.5\n", 2, "[scanner] scan_gap_ms"),
        ("[scale\n", 1, "not valid TOML"),
        (
            "[station]\nname = 'B1'\n[camera]\nport = 1\n",
            3,
            "unknown or malformed section 'camera'",
        ),
        ("[scanner]\nsuffix = 'semicolon'\n", 2, "suffix 'semicolon'"),
        ("[scanner]\nport = 'wedge'\nmax_gap_ms = 1000\n", 3, "max_gap_ms"),
        ("[scale]\nport = '/dev/ttyUSB0'\nprotocol = 'dymo'\n", 3, "protocol 'dymo'"),
        ("[scale]\nprotocol = 'nci'\n", 1, "[scale] port"),
        ("[scale]\nport = 'x'\nprotocol = 'nci'\nparity = 'mark'\n", 4, "parity"),
        ("[scale]\nport = 'x'\nprotocol = 'nci'\nbaudrate = 9601\n", 4, "baudrate 9601"),
        ("[printer]\nurl = 'http://printer'\n", 2, "not a printer address"),
        ("[printer]\nurl = 'tcp://p'\ndpi = 600\n", 3, "dpi"),
        ("[printer]\nurl = 'tcp://p'\ncolour = 'red'\n", 3, "unknown setting"),
    ],
)
def test_broken_files(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = tmp_path / "station.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StationConfigError) as caught:
        load_station_config(path)
    assert caught.value.line == line and reason in caught.value.reason
    assert f"{path}, line {line}" in str(caught.value)


def test_cli_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["devices", "config", str(EXAMPLE), "--json"]) == 0
    assert '"protocol": "mt-sics"' in capsys.readouterr().out
    assert main(["devices", "config", str(EXAMPLE)]) == 0
    assert '[scale] protocol = "mt-sics"' in capsys.readouterr().out
    monkeypatch.setenv("RECEIVING_STATION_CONFIG", str(tmp_path / "missing.toml"))
    assert main(["devices", "config"]) == 2
    assert "file not found" in capsys.readouterr().err


# Property (issue #20): whatever a station file says, it is read or refused with a
# StationConfigError (a line a person can act on), never another exception.
_SECTIONS = {
    "station": ["name", "idle_logout_minutes", "locale", "badge_only_roles", "pin_attempts",
                "lockout_minutes"],
    "display": ["theme", "font_size"],
    "scanner": ["mode", "port", "device", "keymap", "prefix", "suffix", "max_gap_ms",
                "scan_gap_ms", "min_length", "baudrate", "parity"],
    "scale": ["port", "protocol", "stable_readings", "stable_window_kg", "poll_interval_ms",
              "parity", "bytesize"],
    "printer": ["url", "label_size", "dpi", "job_log", "label_templates"],
    "upstream": ["url", "mode", "directory", "secret_env", "timeout_seconds"],
}  # fmt: skip
_VALUES = st.one_of(
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.text(max_size=20),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.sampled_from(["a", "b"]), st.integers(), max_size=2),
)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {v}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_any_setting_of_any_type_is_read_or_refused_in_words(data: st.DataObject) -> None:
    section = data.draw(st.sampled_from(sorted(_SECTIONS)))
    keys = data.draw(st.lists(st.sampled_from(_SECTIONS[section]), max_size=4, unique=True))
    text = f"[{section}]\n" + "".join(f"{k} = {_toml(data.draw(_VALUES))}\n" for k in keys)
    try:
        parse_station_config(text)
    except StationConfigError as refused:
        assert str(refused)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_as_a_station_file_is_read_or_refused_in_words(text: str) -> None:
    try:
        parse_station_config(text)
    except StationConfigError as refused:
        assert str(refused)
