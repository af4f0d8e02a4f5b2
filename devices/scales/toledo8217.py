"""Toledo 8217 protocol (POS scales; as Odoo's IoT box speaks it).

Wire: 9600 7E1, single-byte commands without terminator: W weigh, Z zero, T tare, C clear
tare.  A weight comes as STX + spaces + number + optional N (net) + CR; when the scale cannot
give one it answers STX ? <status> CR.  Status bits: 0 moving, 1 over capacity, 2 negative,
3 outside zero-capture range, 4 centre of zero, 5 net weight.  Side-effect-free probe: write
`Ehello`, the scale answers STX E CR followed by `hello`.
(odoo/odoo addons/hw_drivers/iot_handlers/drivers/serial_scale_driver.py)
"""

from __future__ import annotations

import re
import time
from decimal import Decimal, InvalidOperation

from devices.events import WeightReading
from devices.framing import DelimitedFramer
from devices.scales import ScaleError, ScaleTimeout, request
from devices.transport import Port, SerialSettings

STX = b"\x02"
_WEIGHT = re.compile(rb"^\s*(-?[0-9]+(?:\.[0-9]+)?)(N?)\s*$")
MOVING, OVER_CAPACITY, NEGATIVE, OUTSIDE_ZERO, CENTRE_OF_ZERO, NET = (1 << n for n in range(6))


def parse_frame(frame: bytes, unit: str, at: float | None = None) -> WeightReading:
    """One STX…CR frame (without them) -> WeightReading.  Never raises."""
    at = time.monotonic() if at is None else at
    if frame.startswith(b"?") and len(frame) >= 2:
        status = frame[1] & 0x3F
        return WeightReading(
            None,
            unit,
            False,
            at,
            overload=bool(status & OVER_CAPACITY),
            underload=bool(status & NEGATIVE),
            error=None
            if status & (MOVING | OVER_CAPACITY | NEGATIVE)
            else f"the scale gave no weight (status 0x{status:02x})",
            raw=frame,
        )
    match = _WEIGHT.match(frame)
    if not match:
        return WeightReading(None, unit, False, at, error=f"not a weight: {frame!r}", raw=frame)
    try:
        value = Decimal(match.group(1).decode())
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        return WeightReading(None, unit, False, at, error=f"not a weight: {frame!r}", raw=frame)
    return WeightReading(value, unit, True, at, raw=frame)


class Toledo8217Scale:
    """A Toledo 8217 scale on a port; call on the port's owning thread only."""

    protocol = "toledo8217"
    settings = SerialSettings.seven_even_one()

    def __init__(self, port: Port, timeout: float = 1.0, unit: str = "kg") -> None:
        self.port = port
        self.timeout = timeout
        self.unit = unit
        self._framer = DelimitedFramer(STX, b"\r", max_length=64)

    def read(self) -> WeightReading:
        frame = request(self.port, b"W", self._framer, timeout=self.timeout)
        return parse_frame(frame, self.unit)

    def _simple(self, command: bytes, what: str) -> None:
        """Z, T and C: the scale may answer with a status frame, or nothing."""
        try:
            frame = request(self.port, command, self._framer, timeout=min(self.timeout, 0.5))
        except ScaleTimeout:
            return
        reading = parse_frame(frame, self.unit)
        if reading.overload or reading.underload:
            raise ScaleError(f"the scale could not {what}: it is out of range")

    def zero(self) -> None:
        self._simple(b"Z", "zero")

    def tare(self) -> None:
        self._simple(b"T", "tare")

    def clear_tare(self) -> None:
        self._simple(b"C", "clear the tare")

    def probe(self) -> str:
        """Ehello -> STX E CR hello.  Nothing moves, prints or beeps."""
        self.port.reset_input()
        self.port.write(b"Ehello")
        got = b""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline and not got.endswith(b"hello"):
            got += self.port.read(0.1)
        if b"\x02E\rhello" not in got:
            raise ScaleTimeout(f"{self.port.name}: no Toledo 8217 answer to the Ehello probe")
        return "toledo8217"
