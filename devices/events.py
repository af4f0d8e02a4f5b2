"""Typed events the device layer reports (to a callback or a queue; never Qt).

The UI's bridge (ui/) turns them into Qt signals.  Times are `time.monotonic()` seconds: they
measure latency and order, not wall-clock time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class ConnectionState(StrEnum):
    CONNECTING = "connecting"  # opening the port, or waiting to try again
    CONNECTED = "connected"  # the device answers
    FAULTED = "faulted"  # the device is there but reports a fault (overload, paper out, ...)
    DISCONNECTED = "disconnected"  # unplugged, or stopped


@dataclass(frozen=True)
class DeviceStateChanged:
    """A device's connection state changed; `message` says what to check, for a person."""

    device: str
    state: ConnectionState
    message: str
    at: float


@dataclass(frozen=True)
class Scan:
    """One complete barcode, exactly as the scanner sent it (AIM prefix and GS kept)."""

    code: str
    source: str  # "serial:/dev/ttyACM0", "wedge", ...
    at: float
    symbology: str | None = None  # AIM identifier such as "]d2", when the code starts with one


@dataclass(frozen=True)
class WeightReading:
    """One weight from a scale.  `value` is None when the scale gave no number (an error)."""

    value: Decimal | None
    unit: str
    stable: bool
    at: float
    overload: bool = False
    underload: bool = False
    error: str | None = None
    raw: bytes = b""

    @property
    def usable(self) -> bool:
        """A number the bench may take: stable, in range, no error."""
        return (
            self.value is not None
            and self.stable
            and not (self.overload or self.underload or self.error)
        )

    def kilograms(self) -> Decimal | None:
        """The value in kilograms (None when there is none or the unit is unknown)."""
        if self.value is None:
            return None
        factor = UNIT_TO_KG.get(self.unit.lower())
        return None if factor is None else (self.value * factor).quantize(Decimal("0.001"))


UNIT_TO_KG = {
    "kg": Decimal(1),
    "g": Decimal("0.001"),
    "lb": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"),
}


def symbology_of(code: str) -> str | None:
    """The AIM symbology identifier (`]E0`, `]d2`, ...) a scan starts with, if any."""
    if len(code) >= 3 and code[0] == "]" and code[1].isalpha() and code[2].isalnum():
        return code[:3]
    return None
