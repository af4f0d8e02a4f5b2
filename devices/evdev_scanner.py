"""A USB keyboard-mode scanner read from its own Linux input device (evdev), grabbed.

A keyboard-wedge scanner's keys normally go to whichever window has the focus, and the bench
has to tell them from a person's typing by timing (devices/scanner.py, WedgeDetector).  On
Linux the station can instead open the scanner's own event device
(`/dev/input/by-id/usb-...-event-kbd`) and take it with an exclusive grab (the EVIOCGRAB
ioctl): from then on its key presses reach only this reader, never the X server or any
window, and every key the device sends is the scanner's.  Odoo's IoT box reads scanners the
same way.

Two parts, neither imports Qt:

* `EvdevDecoder` is pure: fed the raw bytes of `struct input_event` records (as `read(2)`
  returns them, in any chunks), it tracks Shift, Ctrl, Alt and AltGr, turns key presses into
  characters with the keymap of the keyboard country the scanner is set to
  (devices/keymaps.py), and yields a `Scan` for each code ended by Enter, keypad Enter or Tab.
  A code with a key it cannot read is dropped whole, with a counted and logged reason: never
  half-delivered.
* `EvdevPort` opens and grabs the device (python-evdev) and reads its bytes; the device
  service `EvdevScannerDevice` (devices/services.py) owns it on one thread with reconnect.

`struct input_event` (include/uapi/linux/input.h) is a `struct timeval` (two native longs:
seconds, microseconds), `__u16 type`, `__u16 code`, `__s32 value`: 24 bytes on 64-bit Linux.
A key press is type EV_KEY with value 1, a release 0, an autorepeat 2; a USB keyboard also
sends EV_MSC/MSC_SCAN (the HID usage) before each key and EV_SYN/SYN_REPORT after each
report.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import select
import struct
import time
from collections import Counter
from typing import Any

from devices.events import Scan, symbology_of
from devices.keymaps import (
    ALTGR,
    KEY_CAPSLOCK,
    KEY_ENTER,
    KEY_KPENTER,
    KEY_LEFTALT,
    KEY_LEFTCTRL,
    KEY_LEFTMETA,
    KEY_LEFTSHIFT,
    KEY_NUMLOCK,
    KEY_RIGHTALT,
    KEY_RIGHTCTRL,
    KEY_RIGHTMETA,
    KEY_RIGHTSHIFT,
    KEY_SCROLLLOCK,
    KEY_SPACE,
    KEY_TAB,
    KEYPAD_DIGITS,
    PLAIN,
    SHIFT,
    Keymap,
    keymap_named,
)
from devices.scanner import ScannerSettings
from devices.transport import DeviceFaulted, DeviceGone

log = logging.getLogger(__name__)

#: struct input_event: struct timeval (two native longs), u16 type, u16 code, s32 value.
INPUT_EVENT = struct.Struct("@llHHi")

# include/uapi/linux/input-event-codes.h
EV_SYN, EV_KEY, EV_MSC = 0x00, 0x01, 0x04
SYN_REPORT, SYN_DROPPED = 0, 3
MSC_SCAN = 4
KEY_RELEASED, KEY_PRESSED, KEY_REPEATED = 0, 1, 2

TERMINATOR_KEYS = frozenset({KEY_ENTER, KEY_KPENTER, KEY_TAB})
#: Keys that change no text: lock keys (Caps Lock is tracked), the Windows keys.
SILENT_KEYS = frozenset({KEY_NUMLOCK, KEY_SCROLLLOCK, KEY_LEFTMETA, KEY_RIGHTMETA})
TERMINATOR_CHARS = frozenset({"\r", "\n", "\t"})  # also typed as Ctrl+M, Ctrl+J, Ctrl+I
MAX_CODE_LENGTH = 4096


class EvdevDecoder:
    """Bytes of `struct input_event` records -> Scan events.  Pure; one instance per open
    device, used by the device's owning thread only.

    `settings.keymap` names the keyboard country the scanner is set to; `settings.prefix`, when
    set, is a character the scanner sends before every code (STX, typed as Ctrl+B): characters
    before it are not a code, and it is not part of the code; `settings.min_length` is the
    shortest code taken.  A code whose keys stop for `stale_after` seconds without Enter (by the
    kernel's time stamps) is dropped, so a scanner set to send no suffix cannot glue two codes
    together.
    """

    def __init__(
        self,
        source: str,
        settings: ScannerSettings | None = None,
        *,
        stale_after: float = 1.0,
    ) -> None:
        self.source = source
        self.settings = settings or ScannerSettings()
        self.keymap: Keymap = keymap_named(self.settings.keymap)
        self.stale_after = stale_after
        self.dropped = 0  # codes dropped, all reasons
        self.drops: Counter[str] = Counter()  # codes dropped, by kind of reason
        self.last_drop: str | None = None  # the reason of the last one, for a person
        self._partial = b""
        self._shift: set[int] = set()
        self._ctrl: set[int] = set()
        self._alt = False  # left Alt: Alt + keypad digits, or Ctrl+Alt as AltGr
        self._altgr = False  # right Alt
        self._caps = False
        self._resyncing = False  # after SYN_DROPPED, until the next SYN_REPORT
        self._last_press: float | None = None
        self._alt_digits = ""
        self._reset_code()

    def _reset_code(self) -> None:
        self._chars: list[str] = []
        self._started = False  # prefix mode: the prefix came
        self._ignored = 0  # prefix mode: characters before any prefix
        self._fault: tuple[str, str] | None = None  # (kind, reason): the code will be dropped
        self._dead: str | None = None  # a dead accent waiting for its next key

    @property
    def _busy(self) -> bool:
        return bool(
            self._chars or self._started or self._ignored or self._fault or self._dead is not None
        )

    # -- input ----------------------------------------------------------------------------------

    def feed(self, data: bytes, at: float | None = None) -> list[Scan]:
        """Decode `data` (any number of bytes: a record may be split across calls).
        `at` is the `time.monotonic()` the bytes were read, given to the scans."""
        at = time.monotonic() if at is None else at
        buffer = self._partial + data
        size = INPUT_EVENT.size
        whole = len(buffer) - len(buffer) % size
        self._partial = buffer[whole:]
        scans: list[Scan] = []
        for seconds, microseconds, type_, code, value in INPUT_EVENT.iter_unpack(buffer[:whole]):
            self._event(seconds + microseconds / 1e6, type_, code, value, at, scans)
        return scans

    def _event(
        self, when: float, type_: int, code: int, value: int, at: float, scans: list[Scan]
    ) -> None:
        if type_ == EV_SYN:
            if code == SYN_DROPPED:
                # The kernel's buffer overflowed: events are missing, modifiers are unknown.
                self._fault_code("events lost", "the kernel dropped input events")
                self._shift.clear()
                self._ctrl.clear()
                self._alt = self._altgr = False
                self._alt_digits = ""
                self._resyncing = True
            elif code == SYN_REPORT:
                self._resyncing = False
            return
        if self._resyncing or type_ != EV_KEY or value == KEY_REPEATED:
            return  # MSC_SCAN, LEDs ...; a scanner does not auto-repeat
        if self._modifier(code, value == KEY_PRESSED, scans, at):
            return
        if value != KEY_PRESSED:
            return
        if (
            self._busy
            and self._last_press is not None
            and when - self._last_press > self.stale_after
        ):
            if self.settings.prefix and not self._started:
                self._drop_unprefixed()
            else:
                self._drop(
                    "no terminator",
                    f"no Enter or Tab came after {len(self._chars)} characters "
                    "(is the scanner set to send Enter after each code?)",
                )
            self._reset_code()
        self._last_press = when
        self._key(code, scans, at)

    def _modifier(self, code: int, pressed: bool, scans: list[Scan], at: float) -> bool:
        """Track a modifier key; False when `code` is not one."""
        if code in (KEY_LEFTSHIFT, KEY_RIGHTSHIFT):
            (self._shift.add if pressed else self._shift.discard)(code)
        elif code in (KEY_LEFTCTRL, KEY_RIGHTCTRL):
            (self._ctrl.add if pressed else self._ctrl.discard)(code)
        elif code == KEY_LEFTALT:
            self._alt = pressed
            if not pressed and self._alt_digits:
                self._alt_code(scans, at)
        elif code == KEY_RIGHTALT:
            self._altgr = pressed
        elif code == KEY_CAPSLOCK:
            if pressed:
                self._caps = not self._caps
        elif code not in SILENT_KEYS:
            return False
        return True

    def _key(self, code: int, scans: list[Scan], at: float) -> None:
        keymap = self.keymap
        if code in TERMINATOR_KEYS:
            self._finish(scans, at)
            return
        altgr = self._altgr or (bool(self._ctrl) and self._alt)  # Ctrl+Alt is AltGr (Windows)
        if self._alt and not self._ctrl and code in KEYPAD_DIGITS:
            self._alt_digits += KEYPAD_DIGITS[code]  # Alt + keypad digits: a character code
            return
        dead, held = False, ""
        if keymap.keypad(code):
            char = keymap.keypad(code)
        elif self._ctrl and not altgr:
            char, held = keymap.control(code), "Ctrl"
        elif self._alt and not altgr:
            char, held = "", "Alt"
        else:
            if altgr:
                level, held = ALTGR, "AltGr"
            else:
                shifted = bool(self._shift) != (self._caps and keymap.is_letter(code))
                level, held = (SHIFT, "Shift") if shifted else (PLAIN, "")
            char, dead = keymap.char(code, level), keymap.is_dead(code, level)
        if not char:
            with_keys = f" with {held}" if held else ""
            self._fault_code(
                "unknown key",
                f"key {code} ({_key_name(code)}){with_keys} is not on the "
                f"{keymap.name!r} keymap (is the scanner set to that keyboard country?)",
            )
            return
        if self._dead is not None:
            accent, self._dead = self._dead, None
            if code == KEY_SPACE and not dead:
                self._char(accent, scans, at)
            else:
                self._fault_code(
                    "dead key",
                    f"the accent {accent!r} (a dead key on {keymap.name!r}) was followed by "
                    f"{char!r}, not Space",
                )
            return
        if dead:
            self._dead = char
            return
        self._char(char, scans, at)

    def _alt_code(self, scans: list[Scan], at: float) -> None:
        """Alt released after keypad digits: the character with that code (Windows' Alt
        codes: with a leading 0 from Windows-1252, else from code page 437)."""
        digits, self._alt_digits = self._alt_digits, ""
        number = int(digits)
        if self._dead is not None:
            self._fault_code("dead key", f"the accent {self._dead!r} was followed by Alt+{digits}")
            self._dead = None
            return
        try:
            if not 0 < number < 256:
                raise ValueError(number)
            char = bytes([number]).decode("cp1252" if digits.startswith("0") else "cp437")
        except ValueError:  # UnicodeDecodeError is one
            self._fault_code("unknown key", f"Alt+{digits} on the keypad is no character")
            return
        self._char(char, scans, at)

    def _char(self, char: str, scans: list[Scan], at: float) -> None:
        if char in TERMINATOR_CHARS:
            self._finish(scans, at)
            return
        prefix = self.settings.prefix
        if prefix:
            # A control-character prefix (STX) can only mean "a code starts"; a printable one
            # only where no code is under way (it may be data inside one).
            if char == prefix and (not self._started or not prefix.isprintable()):
                if self._started and (self._chars or self._fault):
                    self._drop(
                        "no terminator",
                        f"a new prefix came after {len(self._chars)} characters without Enter",
                    )
                elif self._ignored:
                    self._drop_unprefixed()
                self._reset_code()
                self._started = True
                return
            if not self._started:
                self._ignored += 1
                return
        if len(self._chars) >= MAX_CODE_LENGTH:
            self._fault_code("too long", f"longer than {MAX_CODE_LENGTH} characters")
            return
        self._chars.append(char)

    def _finish(self, scans: list[Scan], at: float) -> None:
        """Enter or Tab: the code is complete (or is dropped, with its reason)."""
        if self._dead is not None:
            self._fault_code("dead key", f"the code ended on the dead key {self._dead!r}")
        code = "".join(self._chars)
        if self.settings.prefix and not self._started:
            if self._ignored:
                self._drop_unprefixed()
        elif self._fault is not None:
            self._drop(*self._fault)
        elif len(code) < max(self.settings.min_length, 1):
            if code or self._started:
                self._drop(
                    "too short",
                    f"{len(code)} characters, shorter than min_length {self.settings.min_length}",
                )
        else:
            scans.append(Scan(code, self.source, at, symbology_of(code)))
        self._reset_code()

    # -- dropping ---------------------------------------------------------------------------

    def _fault_code(self, kind: str, reason: str) -> None:
        """The code under way cannot be read: remember why (the first reason) and drop it when
        it ends.  Before a configured prefix there is no code: nothing to drop."""
        if self.settings.prefix and not self._started:
            return
        if self._fault is None:
            self._fault = (kind, reason)

    def _drop_unprefixed(self) -> None:
        self._drop(
            "no prefix",
            f"{self._ignored} characters came without the prefix {self.settings.prefix!r} "
            "(is the scanner set to send it?)",
        )

    def _drop(self, kind: str, reason: str) -> None:
        self.dropped += 1
        self.drops[kind] += 1
        self.last_drop = reason
        log.warning("%s: a scan was dropped: %s", self.source, reason)


def _key_name(code: int) -> str:
    """KEY_F1 and the like, for a log line (python-evdev's names where it is installed)."""
    try:
        from evdev import ecodes
    except ImportError:  # not Linux, or not installed: the number says it all
        return f"KEY_{code}"
    name = ecodes.KEY.get(code) or ecodes.BTN.get(code)
    if isinstance(name, list | tuple):
        name = name[0]
    return str(name) if name else f"KEY_{code}"


# -- the device --------------------------------------------------------------------------------


class EvdevPort:
    """An input event device opened for reading and (unless `grab=False`) grabbed exclusively
    with EVIOCGRAB through python-evdev.  Implements the `Port` protocol of
    devices/transport.py for the device's owning thread (devices/connection.py).

    `grab=False` opens the path with plain os.open: a test's FIFO stands in for the device
    node (a FIFO has no EVIOCGRAB), or a person wants to watch a scanner without taking it.
    Closing the device releases the grab."""

    READ_SIZE = INPUT_EVENT.size * 64  # whole records: the kernel returns only whole ones

    def __init__(self, path: str, *, grab: bool = True) -> None:
        self.name = path
        self._device: Any = None
        if grab:
            self._device = _open_grabbed(path)
            self._fd: int = self._device.fd
        else:
            try:
                self._fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
            except OSError as exc:
                raise _open_error(path, exc) from exc

    def read(self, timeout: float) -> bytes:
        """The records that arrive within `timeout` seconds (b"" when none did)."""
        try:
            ready, _, _ = select.select([self._fd], [], [], timeout)
            if not ready:
                return b""
            data = os.read(self._fd, self.READ_SIZE)
        except BlockingIOError:
            return b""
        except OSError as exc:
            if exc.errno in (errno.ENODEV, errno.EIO, errno.EBADF):
                raise DeviceGone(f"{self.name}: the scanner was unplugged") from exc
            raise DeviceGone(f"{self.name}: {exc.strerror or exc}") from exc
        if not data:  # end of file: the node was closed under us (a FIFO's writer went away)
            raise DeviceGone(f"{self.name}: the device closed: unplugged?")
        return data

    def write(self, data: bytes) -> None:
        raise NotImplementedError(f"{self.name}: a scanner's input device is only read")

    def reset_input(self) -> None:
        while self.read(0):
            pass

    def close(self) -> None:
        if self._device is not None:
            with contextlib.suppress(OSError):
                self._device.close()  # closing the descriptor also ends the grab
            self._device = None
        elif self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
        self._fd = -1


def _open_grabbed(path: str) -> Any:
    try:
        import evdev
    except ImportError as exc:
        raise DeviceFaulted(
            f"{path}: python-evdev is not installed: pip install 'evdev>=1.7' (Linux only)"
        ) from exc
    try:
        device = evdev.InputDevice(path)
    except OSError as exc:
        raise _open_error(path, exc) from exc
    try:
        device.grab()
    except OSError as exc:
        with contextlib.suppress(OSError):
            device.close()
        raise _open_error(path, exc) from exc
    return device


def _open_error(path: str, exc: OSError) -> DeviceGone:
    """What a person should check when `path` cannot be opened or grabbed."""
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return DeviceGone(
            f"{path}: not found: is the scanner plugged in? "
            "(`receiving-station devices list` shows the keyboards there are)"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DeviceFaulted(
            f"{path}: permission denied: add the bench's user to the 'input' group "
            "(sudo usermod -aG input USER, then log in again) or give it the device with a "
            "udev rule (docs/devices.md)"
        )
    if exc.errno == errno.EBUSY:
        return DeviceFaulted(
            f"{path}: another program has grabbed the scanner (another station, "
            "or evtest --grab): close it"
        )
    if exc.errno in (errno.ENOTTY, errno.EINVAL):
        return DeviceFaulted(
            f"{path}: not an input event device: use the scanner's "
            "/dev/input/by-id/...-event-kbd path"
        )
    return DeviceGone(f"{path}: cannot open ({exc.strerror or exc})")
