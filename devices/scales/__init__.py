"""Scales: one driver per protocol, all giving `WeightReading`s.

Every driver talks through a `Port` on the port's owning thread, one command at a time, with
a timeout; replies are framed (devices/framing.py), bounded, and garbage before a frame is
skipped.  `StableWeight` decides when a weight may be taken: the scale says stable *and*
consecutive readings agree within a window.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

from devices.events import WeightReading
from devices.transport import Port, SerialSettings


class ScaleError(Exception):
    """The scale answered, but not with a weight (syntax / transmission / logical error,
    busy, or a hardware fault).  The message says what, for a person."""


class ScaleTimeout(ScaleError):
    """The scale did not answer in time."""


class Scale(Protocol):
    protocol: str
    settings: SerialSettings

    def read(self) -> WeightReading: ...
    def zero(self) -> None: ...
    def tare(self) -> None: ...
    def clear_tare(self) -> None: ...


class StableWeight:
    """Accept a weight only when the scale says stable and the last `readings` usable readings
    agree within `window` kilograms.  Any unusable reading (moving, overload, error) starts
    the count again."""

    def __init__(self, readings: int = 3, window: Decimal = Decimal("0.005")) -> None:
        if readings < 1:
            raise ValueError("at least one reading")
        self.readings = readings
        self.window = window
        self._recent: deque[Decimal] = deque(maxlen=readings)

    def offer(self, reading: WeightReading) -> WeightReading | None:
        kg = reading.kilograms() if reading.usable else None
        if kg is None:
            self._recent.clear()
            return None
        self._recent.append(kg)
        if len(self._recent) == self.readings and max(self._recent) - min(self._recent) <= (
            self.window
        ):
            return reading
        return None

    def reset(self) -> None:
        self._recent.clear()


def read_stable(
    read: Callable[[], WeightReading],
    *,
    timeout: float,
    accept: StableWeight | None = None,
    interval: float = 0.05,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> WeightReading:
    """Poll `read` until a stable weight is accepted.  Raises ScaleError on overload, underload
    or a fault that lasts to the end, ScaleTimeout when the weight never settles."""
    accept = accept or StableWeight()
    deadline = clock() + timeout
    last: WeightReading | None = None
    while True:
        last = read()
        if accept.offer(last) is not None:
            return last
        if clock() >= deadline:
            break
        sleep(interval)
    if last.overload:
        raise ScaleError("overload: take weight off the scale")
    if last.underload:
        raise ScaleError("underload: the scale reads below zero; empty it and zero it")
    if last.error:
        raise ScaleError(last.error)
    raise ScaleTimeout(f"no stable weight within {timeout:g} s: the load is still moving")


class Framer(Protocol):
    def feed(self, data: bytes) -> list[bytes]: ...
    def reset(self) -> None: ...


def request(
    port: Port,
    command: bytes,
    framer: Framer,
    *,
    timeout: float,
    wanted: Callable[[bytes], bool] = lambda _frame: True,
) -> bytes:
    """Write one command and wait for the first wanted frame of its reply.

    Input that arrived before the command (a late reply, garbage) is discarded first, so a
    reply always belongs to its command."""
    port.reset_input()
    framer.reset()
    port.write(command)
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise ScaleTimeout(
                f"{port.name}: no answer to {command!r} within {timeout:g} s: "
                "check the cable, the baud rate and that the scale is switched on"
            )
        for frame in framer.feed(port.read(min(remaining, 0.1))):
            if wanted(frame):
                return frame
