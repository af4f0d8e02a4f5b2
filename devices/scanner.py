"""Barcode scanners: serial / USB-CDC line mode, and the keyboard-wedge detector.

Serial scanners send one barcode per line; `SerialScanner` turns the bytes of its port into
`Scan` events (see devices/connection.py for the thread that owns the port).

A keyboard-wedge scanner *types*.  `WedgeDetector` is fed every key event the UI sees, with its
time, and tells a scan from a person: a scan is at least `min_length` characters that came at
most `max_gap` seconds apart and ended with Enter or Tab.  Characters that turn out to be a
person's typing are handed back so the UI can deliver them to the focused field.  The
detector is pure (no Qt, no threads): the UI's application-wide event filter calls it on the
GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from devices.events import Scan, symbology_of
from devices.framing import LineFramer

SUFFIXES = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t"}
GS = "\x1d"


@dataclass(frozen=True)
class ScannerSettings:
    suffix: str = "crlf"  # cr, lf, crlf or tab: what the scanner sends after each code
    encoding: str = "utf-8"
    max_gap: float = 0.050  # wedge: the longest pause between two characters of one scan
    min_length: int = 3  # wedge: shorter bursts are a person
    # wedge: a scan's characters come at most this far apart in the middle (the median gap);
    # a person, even a fast typist (25 ms a key), is slower.  Judged on the X server's own
    # time stamps where there are any, so a busy window does not change it.
    scan_gap: float = 0.015
    # wedge: a character the scanner is programmed to send before every code (STX, typed as
    # Ctrl+B, is "\x02"); with it a scan is told by the prefix, not by timing.  None: timing.
    prefix: str | None = None
    # evdev: the keyboard country the scanner is set to (which key codes it sends for which
    # characters): "us", "se", "no", "dk", "de", "nl"...
    keymap: str = "us"

    def terminators(self) -> bytes:
        try:
            return SUFFIXES[self.suffix]
        except KeyError:
            raise ValueError(
                f"scanner suffix {self.suffix!r}: one of {', '.join(SUFFIXES)}"
            ) from None


class SerialScanner:
    """Bytes from a serial scanner -> Scan events.  Called on the port's owning thread."""

    def __init__(self, source: str, settings: ScannerSettings | None = None) -> None:
        self.source = source
        self.settings = settings or ScannerSettings()
        # CR LF scanners: split on either and drop the empty line between them.
        self._framer = LineFramer(self.settings.terminators())

    def feed(self, data: bytes, at: float | None = None) -> list[Scan]:
        at = time.monotonic() if at is None else at
        scans = []
        for line in self._framer.feed(data):
            code = line.decode(self.settings.encoding, errors="replace").strip(" \r\n\t")
            if code:
                scans.append(Scan(code, self.source, at, symbology_of(code)))
        return scans

    @property
    def dropped(self) -> int:
        return self._framer.dropped


class KeyAction(StrEnum):
    HOLD = "hold"  # keep the key for now: it may be part of a scan
    SCAN = "scan"  # a scan is complete (see .scan); swallow the terminating key
    PASS = "pass"  # deliver these keys to the focused widget (see .replay)


@dataclass(frozen=True)
class KeyVerdict:
    action: KeyAction
    scan: Scan | None = None
    replay: tuple[str, ...] = field(default=())  # characters to give back, oldest first


class WedgeDetector:
    """Tells a keyboard-wedge scan from typing by timing (see the module docstring).

    Feed every printable character, and Enter/Tab, with the event's time in seconds:
    `key(text, at)`.  While characters come fast they are held; Enter/Tab after
    `min_length` fast characters completes a scan; a slow character releases what was held
    (a person is typing).  Call `flush(now)` from a timer: a burst that stopped without Enter
    is given back as typing.
    """

    ENTER = "\r"
    TAB = "\t"

    def __init__(self, settings: ScannerSettings | None = None, source: str = "wedge") -> None:
        self.settings = settings or ScannerSettings()
        self.source = source
        self._held: list[str] = []
        self._last: float | None = None

    def key(self, text: str, at: float) -> KeyVerdict:
        if text in ("\n", "\r\n"):
            text = self.ENTER
        gap_ok = self._last is not None and at - self._last <= self.settings.max_gap
        if text in (self.ENTER, self.TAB):
            if self._held and gap_ok and len(self._held) >= self.settings.min_length:
                code = "".join(self._held)
                self._held.clear()
                self._last = None
                return KeyVerdict(KeyAction.SCAN, Scan(code, self.source, at, symbology_of(code)))
            replay = (*self._held, text)
            self._held.clear()
            self._last = None
            return KeyVerdict(KeyAction.PASS, replay=replay)
        if self._held and not gap_ok:
            # Too slow for a scanner: what was held is a person's typing; this key may start a scan.
            replay = tuple(self._held)
            self._held = [text]
            self._last = at
            return KeyVerdict(KeyAction.PASS, replay=replay)
        self._held.append(text)
        self._last = at
        if len(self._held) > 4096:  # never grow without bound
            replay = tuple(self._held)
            self._held.clear()
            return KeyVerdict(KeyAction.PASS, replay=replay)
        return KeyVerdict(KeyAction.HOLD)

    def flush(self, now: float) -> tuple[str, ...]:
        """Characters held longer than the gap with no Enter: give them back as typing."""
        if self._held and self._last is not None and now - self._last > self.settings.max_gap:
            replay = tuple(self._held)
            self._held.clear()
            self._last = None
            return replay
        return ()

    @property
    def holding(self) -> bool:
        return bool(self._held)


ScanCallback = Callable[[Scan], None]
