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
            assert "port" in json.loads(line)


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
