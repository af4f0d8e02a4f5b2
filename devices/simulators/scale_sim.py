"""Scale simulators: the weight on the platter, and the bytes each protocol answers with.

`ScaleModel` is the simulated scale (weight, tare, faults); one protocol class per driver
turns commands into replies byte for byte, on a `PtyDevice`.  Faults to inject, for the demo
and the tests: moving, overload, underload, a hardware error, a syntax or transmission error on
the next reply, garbage bytes before the next reply, slow answers, unplug and replug.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from devices.framing import LineFramer
from devices.simulators.pty_device import PtyDevice


@dataclass
class ScaleModel:
    """What is on the simulated scale.  Change the fields from any thread."""

    gross: Decimal = Decimal("0.000")
    unit: str = "kg"
    tare_weight: Decimal = Decimal("0.000")
    moving: bool = False
    overload: bool = False
    underload: bool = False
    hardware_error: str | None = None  # e.g. "12t"
    next_error: str | None = None  # "ES", "ET" or "EL": answer the next command with it
    garbage: bytes = b""  # sent (once) before the next reply
    delay: float = 0.0  # seconds before each reply
    serial: str = "B207696838"
    jitter: Decimal = Decimal("0.004")  # how much a moving load wanders

    def put(self, kilograms: Decimal | str | float) -> None:
        """Put a load on the platter (it settles at once unless `moving`)."""
        self.gross = Decimal(str(kilograms))

    @property
    def net(self) -> Decimal:
        value = self.gross - self.tare_weight
        if self.moving:
            # A wandering reading, deterministic enough for tests: alternate around the value.
            self._flip = not getattr(self, "_flip", False)
            value += self.jitter if self._flip else -self.jitter
        return value

    def take_fault_prefix(self) -> bytes:
        prefix, self.garbage = self.garbage, b""
        return prefix


class MtSicsSimulator:
    """MT-SICS replies (see devices/scales/mtsics.py), including SIR streaming."""

    protocol = "mt-sics"

    def __init__(self, model: ScaleModel | None = None, *, sir_rate: float = 23.0) -> None:
        self.model = model or ScaleModel()
        self.sir_rate = sir_rate
        self._framer = LineFramer(b"\r\n", max_length=256)
        self._device: PtyDevice | None = None
        self._sir_stop = threading.Event()
        self._sir_thread: threading.Thread | None = None
        self.commands: list[str] = []  # every command received, for tests

    def attach(self, path: Path | None = None) -> PtyDevice:
        self._device = PtyDevice(self.handle, name="mt-sics-scale", link=path).start()
        return self._device

    def handle(self, data: bytes) -> bytes | None:
        out = b""
        for line in self._framer.feed(data):
            command = line.decode("ascii", errors="replace").strip()
            self.commands.append(command)
            self._stop_sir()
            reply = self.reply(command)
            if reply is None:
                continue
            if self.model.delay:
                time.sleep(self.model.delay)
            out += self.model.take_fault_prefix() + reply
        return out or None

    def reply(self, command: str) -> bytes | None:
        m = self.model
        if m.next_error:
            error, m.next_error = m.next_error, None
            return f"{error}\r\n".encode()
        name = command.split()[0] if command.split() else ""
        if name in ("S", "SI"):
            return self.weight_line()
        if name == "SIR":
            self._start_sir()
            return None
        if name in ("Z", "ZI"):
            if m.moving and name == "Z":
                return b"Z I\r\n"
            if m.overload:
                return b"Z +\r\n"
            if m.underload:
                return b"Z -\r\n"
            m.tare_weight = Decimal(0)
            m.gross = Decimal(0)
            return b"Z A\r\n"
        if name == "T":
            if m.moving:
                return b"T I\r\n"
            if m.overload:
                return b"T +\r\n"
            m.tare_weight = m.gross
            return f"T S {m.tare_weight:>10.3f} {m.unit}\r\n".encode()
        if name == "TA":
            return f"TA A {m.tare_weight:>10.3f} {m.unit}\r\n".encode()
        if name == "TAC":
            m.tare_weight = Decimal(0)
            return b"TAC A\r\n"
        if name in ("I4", "@"):
            return f'I4 A "{m.serial}"\r\n'.encode()
        return b"ES\r\n"

    def weight_line(self) -> bytes:
        m = self.model
        if m.hardware_error:
            return f"S S Error {m.hardware_error}\r\n".encode()
        if m.overload:
            return b"S +\r\n"
        if m.underload:
            return b"S -\r\n"
        status = "D" if m.moving else "S"
        return f"S {status} {m.net:>10.3f} {m.unit}\r\n".encode()

    # -- SIR: continuous readings until the next command -----------------------------------

    def _start_sir(self) -> None:
        self._sir_stop.clear()
        self._sir_thread = threading.Thread(
            target=self._stream, name="sim-mt-sics-sir", daemon=True
        )
        self._sir_thread.start()

    def _stop_sir(self) -> None:
        self._sir_stop.set()
        if self._sir_thread is not None and self._sir_thread is not threading.current_thread():
            self._sir_thread.join(1)
        self._sir_thread = None

    def _stream(self) -> None:
        period = 1 / self.sir_rate
        next_at = time.monotonic()
        while not self._sir_stop.is_set():
            if self._device is not None:
                self._device.send(self.weight_line())
            next_at += period
            self._sir_stop.wait(max(0.0, next_at - time.monotonic()))

    def stop(self) -> None:
        self._stop_sir()
        if self._device is not None:
            self._device.stop()


class Toledo8217Simulator:
    """Toledo 8217 replies (see devices/scales/toledo8217.py)."""

    protocol = "toledo8217"

    def __init__(self, model: ScaleModel | None = None) -> None:
        self.model = model or ScaleModel()
        self._device: PtyDevice | None = None
        self.commands: list[str] = []

    def attach(self, path: Path | None = None) -> PtyDevice:
        self._device = PtyDevice(self.handle, name="toledo8217-scale", link=path).start()
        return self._device

    def status_byte(self) -> int:
        m = self.model
        bits = (m.moving << 0) | (m.overload << 1) | (m.underload << 2)
        bits |= (m.tare_weight != 0) << 5
        return 0x40 | bits  # printable, as the scales send it

    def handle(self, data: bytes) -> bytes | None:
        out = b""
        m = self.model
        for byte in data:
            command = chr(byte)
            self.commands.append(command)
            if command == "W":
                if m.hardware_error or m.moving or m.overload or m.underload:
                    reply = b"\x02?" + bytes([self.status_byte()]) + b"\r"
                else:
                    net = "N" if m.tare_weight else ""
                    reply = f"\x02{m.net:>8.3f}{net}\r".encode()
            elif command == "Z":
                if not (m.overload or m.underload):
                    m.gross = m.tare_weight = Decimal(0)
                reply = b"\x02?" + bytes([self.status_byte()]) + b"\r"
            elif command == "T":
                m.tare_weight = m.gross
                reply = b"\x02?" + bytes([self.status_byte()]) + b"\r"
            elif command == "C":
                m.tare_weight = Decimal(0)
                reply = b"\x02?" + bytes([self.status_byte()]) + b"\r"
            elif command == "E":
                reply = b"\x02E\r"
            else:
                reply = bytes([byte])  # the Ehello probe: the rest comes back as it went
            if m.delay:
                time.sleep(m.delay)
            out += m.take_fault_prefix() + reply
        return out or None

    def stop(self) -> None:
        if self._device is not None:
            self._device.stop()


class NciSimulator:
    """NCI SCP-12 replies (see devices/scales/nci.py)."""

    protocol = "nci"

    def __init__(self, model: ScaleModel | None = None) -> None:
        self.model = model or ScaleModel(unit="kg")
        self._device: PtyDevice | None = None
        self._framer = LineFramer(b"\r", max_length=32)
        self.commands: list[str] = []

    def attach(self, path: Path | None = None) -> PtyDevice:
        self._device = PtyDevice(self.handle, name="nci-scale", link=path).start()
        return self._device

    def status(self) -> bytes:
        m = self.model
        first = 0x30 | m.moving | ((m.net == 0) << 1)
        second = 0x30 | m.underload | (m.overload << 1)
        if m.hardware_error:
            second |= 0x08  # calibration error
        return bytes([first, second])

    def handle(self, data: bytes) -> bytes | None:
        out = b""
        m = self.model
        for line in self._framer.feed(data):
            command = line.decode("ascii", errors="replace").strip()
            self.commands.append(command)
            if command == "W":
                weight = f"{m.net:07.2f}{m.unit.upper()}".encode()
                reply = b"\n" + weight + b"\r\n" + self.status() + b"\r\x03"
            elif command == "S":
                reply = b"\n" + self.status() + b"\r\x03"
            elif command == "Z":
                if not (m.overload or m.underload):
                    m.gross = m.tare_weight = Decimal(0)
                reply = b"\n" + self.status() + b"\r\x03"
            else:
                reply = b"\n?\r"
            if m.delay:
                time.sleep(m.delay)
            out += m.take_fault_prefix() + reply
        return out or None

    def stop(self) -> None:
        if self._device is not None:
            self._device.stop()


SIMULATORS = {
    "mt-sics": MtSicsSimulator,
    "toledo8217": Toledo8217Simulator,
    "nci": NciSimulator,
}
