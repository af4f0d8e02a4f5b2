"""The bench's devices at run time: each on its own thread, reporting typed events.

    scanner = SerialScannerDevice("scanner", "/dev/serial/by-id/...", emit).start()
    scanner = EvdevScannerDevice("scanner", "/dev/input/by-id/...-event-kbd", emit).start()
    scale = ScaleDevice("scale", "/dev/serial/by-id/...", "mt-sics", emit).start()
    printer = PrinterMonitor("printer", "tcp://10.0.0.31:9100", emit).start()

`emit` is called on the device's thread with `Scan`, `WeightReading`, `StableWeightAccepted`
and `DeviceStateChanged` events; the UI's bridge re-emits them as Qt signals.  Unplug and
replug are handled by `DeviceWorker` (devices/connection.py).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from devices.connection import DeviceWorker, Emit
from devices.evdev_scanner import EvdevDecoder, EvdevPort
from devices.events import ConnectionState, DeviceStateChanged, WeightReading
from devices.keymaps import keymap_named
from devices.scales import ScaleError, StableWeight
from devices.scales.mtsics import MtSicsScale
from devices.scales.nci import NciScale
from devices.scales.registry import driver_for
from devices.scales.toledo8217 import Toledo8217Scale
from devices.scanner import ScannerSettings, SerialScanner
from devices.transport import DeviceGone, Port, SerialPort, SerialSettings


@dataclass(frozen=True)
class StableWeightAccepted:
    """The scale said stable and consecutive readings agreed: the bench may take this weight."""

    device: str
    reading: WeightReading
    kilograms: Decimal


class SerialScannerDevice:
    """A serial / USB-CDC scanner: every line becomes a Scan, in order, none lost or split."""

    def __init__(
        self,
        name: str,
        path: str,
        emit: Emit,
        settings: ScannerSettings | None = None,
        serial_settings: SerialSettings | None = None,
    ) -> None:
        self.name = name
        self._emit = emit
        self._settings = settings or ScannerSettings()
        self._serial = serial_settings or SerialSettings()
        self._path = path
        self.worker = DeviceWorker(name, self._open, self, emit)
        self._scanner: SerialScanner | None = None

    def _open(self) -> Port:
        return SerialPort(self._path, self._serial)

    def on_connect(self, port: Port) -> None:
        self._scanner = SerialScanner(f"serial:{self._path}", self._settings)  # fresh framer

    def poll(self, port: Port) -> None:
        data = port.read(0.05)
        if data and self._scanner is not None:
            for scan in self._scanner.feed(data):
                self._emit(scan)

    def start(self) -> SerialScannerDevice:
        self.worker.start()
        return self

    def stop(self) -> None:
        self.worker.stop()


class EvdevScannerDevice:
    """A USB keyboard-mode scanner read from its own input device on Linux, grabbed so that
    its keys reach no window (devices/evdev_scanner.py).  Every Enter-ended code becomes a Scan,
    in order.

    One owning thread (DeviceWorker) opens `path` (use the stable
    `/dev/input/by-id/usb-...-event-kbd`), grabs it, and reads its records into a fresh decoder.
    Unplugged (ENODEV, the node gone), it is reported DISCONNECTED and opened again with backoff
    when it is back; permission denied or grabbed by another program is FAULTED with what to
    check.  A code the decoder cannot read (a key not on the keymap, a missing Enter) is dropped
    and the device reported FAULTED with the reason and "scan it again" until the next good
    scan.  `grab=False` reads without the grab: for a test's FIFO standing in for the node.
    """

    def __init__(
        self,
        name: str,
        path: str,
        emit: Emit,
        settings: ScannerSettings | None = None,
        *,
        grab: bool = True,
    ) -> None:
        self.name = name
        self._emit = emit
        self._settings = settings or ScannerSettings()
        keymap_named(self._settings.keymap)  # an unknown keymap fails here, not on the thread
        self._path = path
        self._grab = grab
        self.worker = DeviceWorker(name, self._open, self, emit)
        self._decoder: EvdevDecoder | None = None

    def _open(self) -> Port:
        return EvdevPort(self._path, grab=self._grab)

    def on_connect(self, port: Port) -> None:
        self._decoder = EvdevDecoder(f"evdev:{self._path}", self._settings)  # fresh key state

    def poll(self, port: Port) -> None:
        data = port.read(0.05)
        decoder = self._decoder
        if not data or decoder is None:
            return
        dropped = decoder.dropped
        scans = decoder.feed(data)
        for scan in scans:
            self._emit(scan)
        if decoder.dropped != dropped:
            self.worker.set_state(
                ConnectionState.FAULTED,
                f"{self.name}: a scan was not read ({decoder.last_drop}): scan it again",
            )
        elif scans and self.worker.state == ConnectionState.FAULTED:
            self.worker.set_state(ConnectionState.CONNECTED, f"{self.name}: reading again")

    def start(self) -> EvdevScannerDevice:
        self.worker.start()
        return self

    def stop(self) -> None:
        self.worker.stop()


class ScaleDevice:
    """A scale polled for readings (about 10 a second) with stable-weight acceptance.

    Out-of-range and fault readings put the device in FAULTED with a message that says what to
    do; it returns to CONNECTED by itself.  `zero()` and `tare()` go through the owning thread,
    one command at a time."""

    def __init__(
        self,
        name: str,
        path: str,
        protocol: str,
        emit: Emit,
        *,
        interval: float = 0.1,
        accept: StableWeight | None = None,
        timeout: float = 1.0,
    ) -> None:
        self.name = name
        self.protocol = protocol
        self._driver = driver_for(protocol)
        self._path = path
        self._emit = emit
        self._interval = interval
        self._timeout = timeout
        self._accept = accept or StableWeight()
        self._accepted: Decimal | None = None
        self._scale: MtSicsScale | Toledo8217Scale | NciScale | None = None
        self.worker = DeviceWorker(name, self._open, self, emit)

    def _open(self) -> Port:
        return SerialPort(self._path, self._driver.settings)

    def on_connect(self, port: Port) -> None:
        scale = self._driver(port, timeout=self._timeout)
        self._scale = scale
        try:
            scale.probe()
        except ScaleError as exc:
            raise DeviceGone(f"{self._path}: no {self.protocol} scale answers ({exc})") from exc
        self._accept.reset()
        self._accepted = None

    def poll(self, port: Port) -> None:
        started = time.monotonic()
        try:
            reading = self._connected().read()
        except ScaleError as exc:
            self.worker.set_state(ConnectionState.FAULTED, f"{self.name}: {exc}")
            time.sleep(self._interval)
            return
        self._emit(reading)
        if reading.overload:
            self.worker.set_state(
                ConnectionState.FAULTED, f"{self.name}: overload: take weight off"
            )
        elif reading.underload:
            self.worker.set_state(
                ConnectionState.FAULTED, f"{self.name}: underload: zero the scale"
            )
        elif reading.error:
            self.worker.set_state(ConnectionState.FAULTED, f"{self.name}: {reading.error}")
        elif self.worker.state == ConnectionState.FAULTED:
            self.worker.set_state(ConnectionState.CONNECTED, f"{self.name}: reading again")
        accepted = self._accept.offer(reading)
        if accepted is not None:
            kilograms = accepted.kilograms()
            if kilograms is not None and kilograms != self._accepted:
                self._accepted = kilograms
                self._emit(StableWeightAccepted(self.name, accepted, kilograms))
        elif not reading.usable:
            self._accepted = None
        remaining = self._interval - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)

    def zero(self) -> None:
        self.worker.call(lambda _port: self._connected().zero())

    def tare(self) -> None:
        self.worker.call(lambda _port: self._connected().tare())

    def _connected(self) -> MtSicsScale | Toledo8217Scale | NciScale:
        """The driver of the open port (called on the port's thread, after on_connect)."""
        if self._scale is None:
            raise DeviceGone(f"{self._path}: the scale is not connected yet")
        return self._scale

    def start(self) -> ScaleDevice:
        self.worker.start()
        return self

    def stop(self) -> None:
        self.worker.stop()


class PrinterMonitor:
    """Asks a ZPL printer for `~HS` every few seconds and reports its state (for the status
    bar): CONNECTED when ready, FAULTED naming the fault, DISCONNECTED when unreachable.
    Printers without a status path (CUPS, files) are reported CONNECTED once."""

    def __init__(self, name: str, url: str, emit: Emit, *, interval: float = 5.0) -> None:
        from devices.printers import JobLog, Printer

        self.name = name
        self._printer = Printer(url, JobLog(Path("/dev/null")), timeout=2.0)  # status only
        self._emit = emit
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"device-{name}", daemon=True)
        self.state: ConnectionState | None = None

    def _report(self, state: ConnectionState, message: str) -> None:
        if state != self.state:
            self.state = state
            self._emit(DeviceStateChanged(self.name, state, message, time.monotonic()))

    def _run(self) -> None:
        from devices.printers.zpl import PrinterError

        while not self._stop.is_set():
            try:
                status = self._printer.status()
            except (PrinterError, DeviceGone) as exc:
                self._report(ConnectionState.DISCONNECTED, f"{self.name}: {exc}")
            else:
                if status is None or status.ready:
                    self._report(ConnectionState.CONNECTED, f"{self.name}: ready")
                else:
                    self._report(
                        ConnectionState.FAULTED, f"{self.name}: {'; '.join(status.faults())}"
                    )
            self._stop.wait(self._interval)

    def start(self) -> PrinterMonitor:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
