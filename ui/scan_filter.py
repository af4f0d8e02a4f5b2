"""Scanning anywhere: an application-wide key event filter that feeds the keyboard-wedge
detector (devices/scanner.py) and turns fast bursts ending in Enter/Tab into scans, whatever
widget has the focus.  Keys that turn out to be a person typing are delivered, in order, to the
widget that has the focus, so a PIN field or a search box works as usual.

Threading: GUI thread only (Qt delivers events there).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from devices.scanner import KeyAction, ScannerSettings, WedgeDetector

_SPECIAL = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab, " ": Qt.Key.Key_Space}


def _key_for(char: str) -> int:
    if char in _SPECIAL:
        return int(_SPECIAL[char].value)
    upper = char.upper()
    if len(upper) == 1 and ("0" <= upper <= "9" or "A" <= upper <= "Z"):
        return ord(upper)
    return int(Qt.Key.Key_unknown.value)


class WedgeScanFilter(QObject):
    """Install on the QApplication.  Emits `scan_received(Scan)` for each complete scan."""

    scan_received = Signal(object)

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.detector = WedgeDetector(settings, source="wedge")
        self._replaying = False
        self._target: QObject | None = None  # where the held keys were going
        self.enabled = True
        self._flush_timer = QTimer(self)
        self._flush_timer.setObjectName("wedge-flush-timer")
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self._on_flush_timer_timeout)
        self._flush_ms = int(self.detector.settings.max_gap * 1000) + 15

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return False
        text = self._text_of(event)
        now = time.monotonic()
        if not self.detector.holding:
            self._target = watched
        if text is None:
            # Esc, F-keys, arrows...: anything held so far was typing; then the key itself.
            if self.detector.holding:
                self._replay(self.detector.flush(now + 3600))
            return False
        verdict = self.detector.key(text, now)
        if verdict.action == KeyAction.HOLD:
            self._flush_timer.start(self._flush_ms)
            return True
        self._flush_timer.stop()
        if verdict.action == KeyAction.SCAN:
            self.scan_received.emit(verdict.scan)
            return True
        self._replay(verdict.replay)
        if self.detector.holding:
            self._flush_timer.start(self._flush_ms)
        return True

    @staticmethod
    def _text_of(event: QKeyEvent) -> str | None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.text() in ("\r", "\n"):
            return "\r"  # Enter, or a line feed some wedge set-ups (and xdotool) send
        if key == Qt.Key.Key_Tab and not event.modifiers():
            return "\t"
        mods = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        text = event.text()
        if text == "\x1d":  # GS from a wedge scanner (Ctrl+]) keeps GS1 fields apart
            return text
        if mods or len(text) != 1 or not text.isprintable():
            return None
        return text

    def _on_flush_timer_timeout(self) -> None:
        self._replay(self.detector.flush(time.monotonic()))
        if self.detector.holding:
            self._flush_timer.start(self._flush_ms)

    def _replay(self, chars: tuple[str, ...]) -> None:
        """Give typed characters back to the focused widget, in order."""
        if not chars:
            return
        # The widget with the focus; else whatever the keys were sent to (a window that is not
        # active, as under a bare X server without a window manager).
        target = QApplication.focusWidget() or QApplication.activeWindow() or self._target
        if target is None:
            return
        self._replaying = True
        try:
            for char in chars:
                key = _key_for(char)
                text = "" if char == "\t" else char
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
                    )
        finally:
            self._replaying = False
