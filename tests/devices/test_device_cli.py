"""The device verbs against the simulators, as a person setting up a bench uses them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from devices.scanner import SerialScanner
from devices.simulators.printer_sim import PrinterSimulator
from devices.simulators.scale_sim import SIMULATORS, ScaleModel
from devices.transport import SerialPort
from receiving_station.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("protocol", sorted(SIMULATORS))
def test_read_weight(protocol: str, capsys: pytest.CaptureFixture[str]) -> None:
    sim = SIMULATORS[protocol](ScaleModel(gross=Decimal("1.25")))
    device = sim.attach()
    try:
        args = ["devices", "read-weight", "--port", str(device.path), "--protocol", protocol]
        assert main([*args, "--timeout", "3"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert Decimal(out["weight"]) == Decimal("1.25") and out["stable"] is True
        sim.model.overload = True
        assert main([*args, "--timeout", "0.5"]) == 1
        assert "overload: take weight off the scale" in capsys.readouterr().err
        sim.model.overload = False
        sim.model.moving = True
        assert main([*args, "--timeout", "0.5"]) == 1
        assert "still moving" in capsys.readouterr().err
    finally:
        sim.stop()


def test_read_weight_wrong_protocol_times_out_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    sim = SIMULATORS["nci"](ScaleModel())
    device = sim.attach()
    try:
        args = ["devices", "read-weight", "--port", str(device.path), "--protocol", "mt-sics"]
        assert main([*args, "--timeout", "0.5"]) == 1
        assert "no answer" in capsys.readouterr().err
    finally:
        sim.stop()


def test_print_test(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sim = PrinterSimulator(save_dir=tmp_path / "labels").start()
    log = str(tmp_path / "jobs.jsonl")
    try:
        assert main(["devices", "print-test", "--printer", sim.url, "--job-log", log]) == 0
        assert "sent" in capsys.readouterr().out
        [label] = (tmp_path / "labels").iterdir()
        assert b"^BCN" in label.read_bytes()
        sim.model.set(head_open=True)
        assert main(["devices", "print-test", "--printer", sim.url, "--job-log", log]) == 1
        assert "not printed" in (err := capsys.readouterr().err) and "print head open" in err
        assert len(list((tmp_path / "labels").iterdir())) == 1
        assert main(["devices", "print-test", "--printer", "lpt://1", "--job-log", log]) == 2
    finally:
        sim.stop()


def test_devices_list_prints_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["devices", "list", "--no-probe"]) == 0
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("{"):
            shown = json.loads(line)
            assert "port" in shown or "input" in shown  # a serial port, or an input device


def fake_input_tree(root: Path) -> tuple[Path, Path]:
    """/dev/input and /sys/class/input as a bench with a keyboard, a scanner that does not say
    "kbd" in its name, and a mouse."""
    dev, sys_input = root / "dev-input", root / "sys-class-input"
    (dev / "by-id").mkdir(parents=True)
    (dev / "by-path").mkdir()
    letters = 0
    for key in [*range(16, 26), *range(30, 39), *range(44, 51)]:  # KEY_Q..P, A..L, Z..M
        letters |= 1 << key
    devices = {
        "event2": ("AT Translated Set 2 keyboard", letters | 1 << 28, None),
        "event5": (
            "Honeywell Imaging & Mobility 1900",
            letters | 1 << 28,
            "usb-Honeywell_Imaging___Mobility_1900_17338B1E5B-event-kbd",
        ),
        "event7": ("Datalogic Scanner", letters, "usb-Datalogic_Scanner_HID-event-if00"),
        "event9": ("Logitech USB Optical Mouse", 0x1F << 272, "usb-Logitech_Mouse-event-mouse"),
    }
    for node, (name, keys, by_id) in devices.items():
        (dev / node).write_bytes(b"")
        if by_id:
            (dev / "by-id" / by_id).symlink_to(f"../{node}")
        (dev / "by-path" / f"pci-0000:00:14.0-usb-0:{node[5:]}:1.0-{node}").symlink_to(f"../{node}")
        caps = sys_input / node / "device" / "capabilities"
        caps.mkdir(parents=True)
        (sys_input / node / "device" / "name").write_text(name + "\n")
        words = [(keys >> (64 * i)) & (2**64 - 1) for i in range(5)]
        (caps / "key").write_text(" ".join(f"{w:x}" for w in reversed(words)) + "\n")
    return dev, sys_input


def test_devices_list_shows_keyboard_like_input_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from devices import input_devices

    dev, sys_input = fake_input_tree(tmp_path)
    monkeypatch.setattr(input_devices, "INPUT_ROOT", dev)
    monkeypatch.setattr(input_devices, "SYS_INPUT_ROOT", sys_input)
    assert main(["devices", "list", "--no-probe"]) == 0
    out = capsys.readouterr().out
    shown = [json.loads(line) for line in out.splitlines() if line.startswith('{"input"')]
    assert [(d["input"], d["device"], d["name"], d["stable"]) for d in shown] == [
        (
            str(dev / "by-path" / "pci-0000:00:14.0-usb-0:2:1.0-event2"),
            str(dev / "event2"),
            "AT Translated Set 2 keyboard",
            True,
        ),
        (
            str(dev / "by-id" / "usb-Honeywell_Imaging___Mobility_1900_17338B1E5B-event-kbd"),
            str(dev / "event5"),
            "Honeywell Imaging & Mobility 1900",
            True,
        ),
        (
            str(dev / "by-id" / "usb-Datalogic_Scanner_HID-event-if00"),
            str(dev / "event7"),
            "Datalogic Scanner",
            True,
        ),
    ]  # the mouse has no letter keys
    assert 'mode = "evdev"' in out

    monkeypatch.setattr(input_devices.os, "access", lambda *_args, **_kw: False)
    listing = input_devices.list_keyboards()
    assert listing.devices and not any(d.readable for d in listing.devices)
    assert "'input' group" in str(listing.problem)


def test_devices_list_without_dev_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from devices import input_devices

    monkeypatch.setattr(input_devices, "INPUT_ROOT", tmp_path / "no-such-dir")
    assert main(["devices", "list", "--no-probe"]) == 0
    assert f"{tmp_path / 'no-such-dir'} does not exist here" in capsys.readouterr().out


def test_simulate_scanner_writes_scans_a_serial_scanner_reads(tmp_path: Path) -> None:
    link = tmp_path / "scanner"
    gs = "\\x1d"
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "simulate",
            "scanner",
            "--link",
            str(link),
            "--wait",
            "1.0",
            "--interval",
            "0.05",
            "4006381333931",
            f"]d20107350000000047{gs}21SN1",
        ],
        stdout=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 10
        while not link.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        port = SerialPort(str(link))
        scanner = SerialScanner("serial:sim")
        scans = []
        while len(scans) < 2 and time.monotonic() < deadline:
            scans += scanner.feed(port.read(0.2))
        port.close()
        assert [s.code for s in scans] == ["4006381333931", "]d20107350000000047\x1d21SN1"]
        assert scans[1].symbology == "]d2"
    finally:
        process.wait(10)


def test_simulate_printer_bad_listen_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["simulate", "printer", "--listen", "nowhere", "--save-dir", "x"]) == 2
    assert "HOST:PORT" in capsys.readouterr().err
