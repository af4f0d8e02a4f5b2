"""The device hub starts a scanner read through evdev when the configuration says so."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from devices.config import ScannerConfig
from receiving_station.config import StationConfig
from ui.input.device_hub import DeviceHub


def test_the_hub_starts_an_evdev_scanner(qtbot: QtBot, tmp_path: Path) -> None:
    pytest.importorskip("evdev", reason="python-evdev is not installed")
    # A FIFO is no input device: the grab fails, and the hub reports why, for the scanner.
    node = tmp_path / "usb-Test_Scanner-event-kbd"
    os.mkfifo(node)
    config = replace(StationConfig(), scanner=ScannerConfig(mode="evdev", device=str(node)))
    hub = DeviceHub(config)

    def faulted(device: str, state: str, message: str) -> bool:
        return device == "scanner" and state == "faulted" and "not an input event device" in message

    try:
        with qtbot.waitSignal(hub.state_changed, check_params_cb=faulted, timeout=5000):
            hub.start()
        assert hub.states["scanner"][1].startswith(str(node))
    finally:
        hub.stop()
