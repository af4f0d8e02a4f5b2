"""Avery Weigh-Tronix / NCI SCP-12 protocol.

Wire: 9600 7E1.  Commands `W\r` weight, `S\r` status, `Z\r` zero.  Replies are framed LF … ETX:
weight `\n0001.25LB\r\n00\r\x03`, status `\n00\r\x03`; an unknown command gets `\n?\r`.
Status byte 1: bit0 in motion, bit1 at zero, bit2 RAM error, bit3 EEPROM error; byte 2: bit0
under capacity, bit1 over capacity, bit2 ROM error, bit3 calibration error.  Bits 4-5 may be
set so that '0' (0x30) means OK: they are masked.  (chris-rudmin/serial-nci-scale)
"""

from __future__ import annotations

import re
import time
from decimal import Decimal, InvalidOperation

from devices.events import WeightReading
from devices.framing import DelimitedFramer
from devices.scales import ScaleError, request
from devices.transport import Port, SerialSettings

_WEIGHT = re.compile(rb"^\s*(-?[0-9]*\.?[0-9]+)\s*([A-Za-z]{1,3})\s*$")
FAULTS_1 = {0x04: "RAM error", 0x08: "EEPROM error"}
FAULTS_2 = {0x04: "ROM error", 0x08: "calibration error"}


def parse_status(status: bytes) -> tuple[bool, bool, bool, str | None]:
    """Two status bytes -> (moving, underload, overload, fault)."""
    if len(status) < 2:
        return False, False, False, f"short status {status!r}"
    first, second = status[0] & 0x0F, status[1] & 0x0F
    faults = [text for bit, text in FAULTS_1.items() if first & bit]
    faults += [text for bit, text in FAULTS_2.items() if second & bit]
    return (
        bool(first & 0x01),
        bool(second & 0x01),
        bool(second & 0x02),
        f"scale {', '.join(faults)}: service the scale" if faults else None,
    )


def parse_frame(frame: bytes, at: float | None = None) -> WeightReading:
    """The inside of one LF…ETX frame -> WeightReading.  Never raises."""
    at = time.monotonic() if at is None else at
    parts = [p.strip(b"\n") for p in frame.split(b"\r") if p.strip(b"\n")]
    if not parts:
        return WeightReading(None, "", False, at, error="empty frame", raw=frame)
    if len(parts) == 1:  # a status frame: no weight
        moving, under, over, fault = parse_status(parts[0])
        return WeightReading(
            None,
            "",
            False,
            at,
            overload=over,
            underload=under,
            error=fault or (None if moving or under or over else "no weight in a status reply"),
            raw=frame,
        )
    moving, under, over, fault = parse_status(parts[-1])
    match = _WEIGHT.match(parts[0])
    value = None
    unit = ""
    if match:
        try:
            value = Decimal(match.group(1).decode())
            unit = match.group(2).decode().lower()
        except InvalidOperation:
            value = None
    if value is None and not (over or under or fault):
        return WeightReading(None, "", False, at, error=f"not a weight: {frame!r}", raw=frame)
    return WeightReading(
        None if over or under or fault else value,
        unit,
        not moving,
        at,
        overload=over,
        underload=under,
        error=fault,
        raw=frame,
    )


class NciFramer(DelimitedFramer):
    """LF … ETX, and the bare `\\n?\\r` an NCI scale sends for an unknown command."""

    def __init__(self) -> None:
        super().__init__(b"\n", b"\x03", max_length=64, restart=False)

    def feed(self, data: bytes) -> list[bytes]:
        frames = super().feed(data)
        if self._inside and bytes(self._buffer) == b"?\r":
            self.reset()
            frames.append(b"?\r")
        return frames


class NciScale:
    """An NCI SCP-12 scale on a port; call on the port's owning thread only."""

    protocol = "nci"
    settings = SerialSettings.seven_even_one()

    def __init__(self, port: Port, timeout: float = 1.0) -> None:
        self.port = port
        self.timeout = timeout
        self._framer = NciFramer()

    def _ask(self, command: bytes) -> bytes:
        frame = request(self.port, command, self._framer, timeout=self.timeout)
        if frame == b"?\r":
            raise ScaleError(f"the scale did not understand {command!r} (?)")
        return frame

    def read(self) -> WeightReading:
        return parse_frame(self._ask(b"W\r"))

    def status(self) -> WeightReading:
        return parse_frame(self._ask(b"S\r"))

    def zero(self) -> None:
        reading = parse_frame(self._ask(b"Z\r"))
        if reading.overload or reading.underload or (reading.error and "service" in reading.error):
            raise ScaleError(f"the scale could not zero: {reading.error or 'out of range'}")

    def tare(self) -> None:
        raise ScaleError("NCI SCP-12 scales have no tare command: tare on the scale's keypad")

    def clear_tare(self) -> None:
        raise ScaleError("NCI SCP-12 scales have no tare command: clear it on the keypad")

    def probe(self) -> str:
        """S (status) changes nothing on the scale.  A CR first ends whatever another
        protocol's probe left half-sent (its `?` answer is discarded)."""
        self.port.write(b"\r")
        time.sleep(0.1)
        self.status()
        return "nci"
