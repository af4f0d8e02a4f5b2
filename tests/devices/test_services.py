"""Devices at run time: scanner, scale and printer on their own threads, unplug included."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from devices.events import ConnectionState, DeviceStateChanged, Scan, WeightReading
from devices.services import PrinterMonitor, ScaleDevice, SerialScannerDevice, StableWeightAccepted
from devices.simulators.printer_sim import PrinterSimulator
from devices.simulators.pty_device import PtyDevice
from devices.simulators.scale_sim import SIMULATORS, ScaleModel


def wait_for(
    events: queue.Queue[object], test: Callable[[object], bool], timeout: float = 5.0
) -> object:
    deadline = time.monotonic() + timeout
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=remaining)
        except queue.Empty:
            break
        if test(event):
            return event
    raise AssertionError("the event never came")


def test_scanner_back_to_back_scans_and_replug() -> None:
    device = PtyDevice(lambda _data: None, name="scanner").start()
    events: queue.Queue[object] = queue.Queue()
    scanner = SerialScannerDevice("scanner", str(device.path), events.put)
    scanner.worker._backoff = (0.1, 0.3)
    scanner.start()
    try:
        assert scanner.worker.wait_connected(5)
        codes = [f"LPN00000000{n:02d}" for n in range(40)]
        device.send(b"".join(code.encode() + b"\r\n" for code in codes))  # one burst
        got = []
        while len(got) < len(codes):
            event = wait_for(events, lambda e: isinstance(e, Scan))
            got.append(event.code)  # type: ignore[attr-defined]
        assert got == codes

        device.unplug()
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.DISCONNECTED,
        )
        device.plug()
        assert scanner.worker.wait_connected(5)
        time.sleep(0.2)
        device.send(b"4006381333931\r\n")
        assert wait_for(events, lambda e: isinstance(e, Scan)).code == "4006381333931"  # type: ignore[attr-defined]
    finally:
        scanner.stop()
        device.stop()


@pytest.mark.parametrize("protocol", sorted(SIMULATORS))
def test_scale_device_accepts_stable_weights_and_reports_faults(protocol: str) -> None:
    sim = SIMULATORS[protocol](ScaleModel())
    device = sim.attach()
    events: queue.Queue[object] = queue.Queue()
    scale = ScaleDevice("scale", str(device.path), protocol, events.put, interval=0.03)
    scale.start()
    try:
        assert scale.worker.wait_connected(5)
        sim.model.put("2.50")
        accepted = wait_for(
            events,
            lambda e: isinstance(e, StableWeightAccepted) and e.kilograms == Decimal("2.500"),
        )
        assert accepted.reading.stable  # type: ignore[attr-defined]
        sim.model.overload = True
        fault = wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.FAULTED,
        )
        assert "overload" in fault.message  # type: ignore[attr-defined]
        sim.model.overload = False
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.CONNECTED,
        )
        if protocol != "nci":
            scale.tare()
            wait_for(events, lambda e: isinstance(e, WeightReading) and e.value == Decimal(0))
            sim.model.tare_weight = Decimal(0)
        device.unplug()
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.DISCONNECTED,
        )
        sim.model.put("4.25")
        device.plug()
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.CONNECTED,
        )
        wait_for(
            events,
            lambda e: isinstance(e, StableWeightAccepted) and e.kilograms == Decimal("4.250"),
        )
    finally:
        scale.stop()
        sim.stop()


def test_printer_monitor_reports_ready_fault_and_unreachable(tmp_path: Path) -> None:
    sim = PrinterSimulator(save_dir=tmp_path).start()
    events: queue.Queue[object] = queue.Queue()
    monitor = PrinterMonitor("printer", sim.url, events.put, interval=0.1).start()
    try:
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.CONNECTED,
        )
        sim.model.set(paper_out=True)
        fault = wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.FAULTED,
        )
        assert "paper out" in fault.message  # type: ignore[attr-defined]
        sim.stop()
        wait_for(
            events,
            lambda e: isinstance(e, DeviceStateChanged) and e.state == ConnectionState.DISCONNECTED,
        )
    finally:
        monitor.stop()
