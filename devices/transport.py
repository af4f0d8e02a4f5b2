"""Opening ports: serial devices (and pyserial URLs such as `socket://` and `loop://`).

Every failure that means "the device went away" is raised as `DeviceGone`, with the port in the
message, so the owning thread can reopen with backoff (devices/connection.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import termios
from dataclasses import dataclass
from typing import Protocol

import serial

PARITIES = {"none": serial.PARITY_NONE, "even": serial.PARITY_EVEN, "odd": serial.PARITY_ODD}


class DeviceGone(Exception):
    """The port cannot be opened, or stopped working (unplugged, EIO, socket closed)."""


class DeviceFaulted(DeviceGone):
    """The device is there but cannot be used until a person acts: permission denied, held by
    another program, not the kind of device configured.  The owning thread reports FAULTED
    (not DISCONNECTED) with the message, and keeps trying with backoff."""


@dataclass(frozen=True)
class SerialSettings:
    """Wire settings of a serial device (from its manual)."""

    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "none"  # none, even, odd
    stopbits: int = 1

    @classmethod
    def seven_even_one(cls, baudrate: int = 9600) -> SerialSettings:
        """7E1: Toledo 8217 and NCI scales."""
        return cls(baudrate=baudrate, bytesize=7, parity="even", stopbits=1)

    def describe(self) -> str:
        return f"{self.baudrate} {self.bytesize}{self.parity[0].upper()}{self.stopbits}"


class Port(Protocol):
    name: str

    def read(self, timeout: float) -> bytes: ...
    def write(self, data: bytes) -> None: ...
    def reset_input(self) -> None: ...
    def close(self) -> None: ...


class SerialPort:
    """A pyserial port: a device path or a pyserial URL (`socket://host:port`, `loop://`)."""

    def __init__(self, name: str, settings: SerialSettings | None = None) -> None:
        self.name = name
        self.settings = settings or SerialSettings()
        # A pseudo-terminal (a simulator) has no wire, and Linux refuses 7E1 on it (EINVAL).
        wire = SerialSettings(self.settings.baudrate) if _is_pty(name) else self.settings
        try:
            self._serial = self._open(wire)
        except (serial.SerialException, OSError, ValueError, termios.error) as exc:
            raise DeviceGone(f"{name}: cannot open ({_reason(exc)})") from exc
        self._timeout = 0.1

    def _open(self, settings: SerialSettings) -> serial.SerialBase:
        return serial.serial_for_url(
            self.name,
            baudrate=settings.baudrate,
            bytesize=settings.bytesize,
            parity=PARITIES[settings.parity],
            stopbits=settings.stopbits,
            timeout=0.1,
            write_timeout=2.0,
            exclusive=True if not self.name.startswith(("socket:", "loop:", "spy:")) else None,
        )

    def read(self, timeout: float) -> bytes:
        """Whatever arrives within `timeout` seconds (b"" when nothing did)."""
        try:
            if timeout != self._timeout:  # setting it reconfigures the port: only on change
                self._serial.timeout = self._timeout = timeout
            first = self._serial.read(1)
            if not first:
                return b""
            waiting = self._serial.in_waiting
            return first + (self._serial.read(waiting) if waiting else b"")
        except (serial.SerialException, OSError, termios.error) as exc:
            raise DeviceGone(f"{self.name}: {_reason(exc)}") from exc

    def write(self, data: bytes) -> None:
        try:
            self._serial.write(data)
            self._serial.flush()
        except (serial.SerialException, OSError, termios.error) as exc:
            raise DeviceGone(f"{self.name}: {_reason(exc)}") from exc

    def reset_input(self) -> None:
        try:
            self._serial.reset_input_buffer()
        except (serial.SerialException, OSError, termios.error) as exc:
            raise DeviceGone(f"{self.name}: {_reason(exc)}") from exc

    def close(self) -> None:
        with contextlib.suppress(serial.SerialException, OSError, termios.error):
            self._serial.close()


def _is_pty(name: str) -> bool:
    return os.path.realpath(name).startswith("/dev/pts/")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, termios.error) and exc.args and exc.args[0] == errno.EIO:
        return "input/output error: the device was unplugged or switched off"
    if isinstance(exc, OSError) and exc.errno == errno.EIO:
        return "input/output error: the device was unplugged or switched off"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOENT, errno.ENODEV):
        return "no such device: is it plugged in, and is this the right port?"
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: add the user to the 'dialout' group"
    text = str(exc) or exc.__class__.__name__
    if "returned no data" in text or "disconnected" in text:
        return "the device stopped answering: unplugged or switched off"
    if "Errno 16" in text or "busy" in text.lower():
        return "the port is in use by another program"
    return text
