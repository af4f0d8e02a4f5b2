"""The bench's devices, started from the station configuration (or, in demo mode, from the
simulators), with their events re-emitted as Qt signals on the GUI thread.

The drivers are the production ones in both cases: in demo mode the scale is the MT-SICS
driver reading a pty simulator, the scanner the serial scanner reading a pty the demo panel
writes to, and labels go to the TCP printer simulator over the real ZPL path.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from devices.events import ConnectionState, DeviceStateChanged, Scan, WeightReading
from devices.printers import JobLog, Printer
from devices.scales import StableWeight
from devices.services import (
    EvdevScannerDevice,
    PrinterMonitor,
    ScaleDevice,
    SerialScannerDevice,
    StableWeightAccepted,
)
from receiving_station.config import StationConfig

log = logging.getLogger(__name__)


class DeviceHub(QObject):
    """Owns the bench's device services.  Signals are emitted from the device threads and
    delivered (queued) on the GUI thread."""

    scan_received = Signal(object)  # Scan, from a serial scanner or one read through evdev
    weight_changed = Signal(object)  # WeightReading, live
    stable_weight_accepted = Signal(object)  # Decimal kilograms
    state_changed = Signal(str, str, str)  # device, ConnectionState value, message

    def __init__(self, config: StationConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.states: dict[str, tuple[str, str]] = {}
        self._services: list[Any] = []
        self.printer: Printer | None = None
        self.scale: ScaleDevice | None = None
        self.demo: DemoDevices | None = None

    def start(self) -> None:
        c = self.config
        if c.scanner.is_wedge:
            self._state("scanner", ConnectionState.CONNECTED, "keyboard-wedge scanner")
        elif c.scanner.is_evdev:
            # The scanner's own input device, grabbed: its keys reach no window.
            evdev_scanner = EvdevScannerDevice(
                "scanner", str(c.scanner.device), self._on_event, c.scanner.settings
            )
            self._services.append(evdev_scanner.start())
        else:
            scanner = SerialScannerDevice(
                "scanner", c.scanner.port, self._on_event, c.scanner.settings, c.scanner.serial
            )
            self._services.append(scanner.start())
        if c.scale is None:
            self._state("scale", ConnectionState.DISCONNECTED, "no scale configured")
        else:
            self.scale = ScaleDevice(
                "scale",
                c.scale.port,
                c.scale.protocol,
                self._on_event,
                interval=c.scale.poll_interval,
                accept=StableWeight(c.scale.stable_readings, c.scale.stable_window_kg),
            )
            self._services.append(self.scale.start())
        if c.printer is None:
            self._state("printer", ConnectionState.DISCONNECTED, "no label printer configured")
        else:
            log_path = Path(c.printer.job_log).expanduser()
            self.printer = Printer(c.printer.url, JobLog(log_path))
            monitor = PrinterMonitor("printer", c.printer.url, self._on_event)
            self._services.append(monitor.start())

    def stop(self) -> None:
        for service in reversed(self._services):
            try:
                service.stop()
            except Exception:
                log.exception("stopping %r", service)
        self._services.clear()
        if self.demo is not None:
            self.demo.stop()

    # -- called on device threads --------------------------------------------------------------

    def _on_event(self, event: object) -> None:
        if isinstance(event, Scan):
            self.scan_received.emit(event)
        elif isinstance(event, StableWeightAccepted):
            self.stable_weight_accepted.emit(event.kilograms)
        elif isinstance(event, WeightReading):
            self.weight_changed.emit(event)
        elif isinstance(event, DeviceStateChanged):
            self._state(event.device, event.state, event.message)

    def _state(self, device: str, state: ConnectionState, message: str) -> None:
        self.states[device] = (state.value, message)
        self.state_changed.emit(device, state.value, message)


class DemoDevices:
    """Simulated scanner, scale and printer behind real driver paths, for demo mode."""

    def __init__(self, label_dir: Path | None = None) -> None:
        from devices.simulators.printer_sim import PrinterSimulator
        from devices.simulators.pty_device import PtyDevice
        from devices.simulators.scale_sim import MtSicsSimulator, ScaleModel

        root = Path(tempfile.mkdtemp(prefix="rs-demo-"))
        self.scale_model = ScaleModel()
        self.scale_sim = MtSicsSimulator(self.scale_model)
        self.scale_path = self.scale_sim.attach(root / "scale").path
        self.scanner = PtyDevice(lambda _data: None, name="scanner", link=root / "scanner").start()
        self.label_dir = label_dir or root / "labels"
        self.printer_sim = PrinterSimulator(save_dir=self.label_dir).start()

    def config(self, base: StationConfig, job_log: Path) -> StationConfig:
        """`base` with its devices replaced by the simulators'."""
        from devices.config import PrinterConfig, ScaleConfig, ScannerConfig
        from devices.scales.mtsics import MtSicsScale
        from devices.transport import SerialSettings

        return replace(
            base,
            scanner=ScannerConfig(port=str(self.scanner.path), serial=SerialSettings()),
            scale=ScaleConfig(
                port=str(self.scale_path), protocol="mt-sics", serial=MtSicsScale.settings
            ),
            printer=PrinterConfig(url=self.printer_sim.url, job_log=job_log),
        )

    def scan(self, code: str) -> None:
        """The simulated serial scanner reads a code (CR LF after it, as configured)."""
        self.scanner.send(code.encode("utf-8") + b"\r\n")

    def put(self, kilograms: Decimal) -> None:
        self.scale_model.put(kilograms)

    def stop(self) -> None:
        for stop in (self.scale_sim.stop, self.scanner.stop, self.printer_sim.stop):
            try:
                stop()
            except Exception:
                log.exception("stopping a demo device")
