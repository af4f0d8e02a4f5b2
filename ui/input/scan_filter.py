"""Scanning anywhere: an application-wide key filter that feeds the keyboard-wedge detector
(devices/wedge.py) and turns scans into `scan_received`, whatever widget has the focus.

Every key that types a character is held until the detector knows whose it is:

- a scan is emitted, and none of its keys reaches a widget;
- a person's keys are given back, in order, as the very events they were (Shift and the
  native key codes kept: Shift+A stays Shift+A), to the widget that has the keyboard when they
  are given back (as a keyboard's typed-ahead keys would reach it), never to a widget behind
  an open dialog;
- keys at scanner speed that are not a whole scan are dropped and `scan_not_whole` is emitted,
  so the window can say "scan again"; they never act as keys.

Keys that type nothing (Shift, Ctrl, AltGr... on their own) are not the detector's business:
a scanner presses Shift around every capital.  Other keys that type nothing (Esc, F-keys,
arrows, Alt+letter) end a burst and then go their way, after any typed keys still waiting.
A key Qt marks as auto-repeat is a scanner's quick re-press when a burst is being held (X
marks a release and press of the same key in one millisecond so), else a person holding a key
down, which goes straight through.

Times are the X server's stamps on the events (milliseconds) where Qt has them, so a window
busy painting does not stretch a scan; synthetic events without one are timed on arrival.

Threading: GUI thread only (Qt delivers events there).
"""

from __future__ import annotations

import logging
import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from devices.scanner import ScannerSettings
from devices.wedge import ENTER, GS, TAB, Key, Outcome, Verdict, WedgeDetector

MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Mode_switch,
    }
)
#: Modifiers that change which character a key types, not what it means.
log = logging.getLogger(__name__)

TYPING_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.KeypadModifier
    | Qt.KeyboardModifier.GroupSwitchModifier
)


def takes_text(widget: QObject | None) -> bool:
    """A widget a person types text into (where a key is text, not a command)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def _address(event: QEvent) -> int:
    return int(shiboken6.getCppPointer(event)[0])


class WedgeScanFilter(QObject):
    """Install on the QApplication.  Emits `scan_received(Scan)` for each whole scan,
    `scan_not_whole(int)` (how many keys were dropped) for a scanner's burst that was not one,
    and `key_not_taken(str)` for a person's key that came as a scan began and was not given to
    a text field."""

    scan_received = Signal(object)
    scan_not_whole = Signal(int)
    key_not_taken = Signal(str)

    def __init__(self, settings: ScannerSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.detector = WedgeDetector(settings or ScannerSettings(), source="wedge")
        self.enabled = True
        self._waiting: list[tuple[QKeyEvent, QObject | None]] = []  # typed keys to give back
        self._own: set[int] = set()  # events this filter is giving back right now
        self._pause_timer = QTimer(self)
        self._pause_timer.setObjectName("wedge-pause-timer")
        self._pause_timer.setSingleShot(True)
        self._pause_timer.timeout.connect(self._on_pause_timer_timeout)
        self._deliver_timer = QTimer(self)
        self._deliver_timer.setObjectName("wedge-deliver-timer")
        self._deliver_timer.setSingleShot(True)
        self._deliver_timer.setInterval(0)
        self._deliver_timer.timeout.connect(self._on_deliver_timer_timeout)

    # -- events in -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if self._own and _address(event) in self._own:
            return False  # one this filter gives back
        if Qt.Key(event.key()) in MODIFIER_KEYS:
            return False
        if event.isAutoRepeat() and not self.detector.holding:
            return False  # a person holding a key down
        at = self._time_of(event)
        text = self._text_of(event)
        if text is None:
            self._settle(self.detector.other_key(at))
            if not self._waiting:
                return False
            # typed keys are still to be given back: this one goes after them
            self._wait(self._copy(event), watched)
            return True
        key = Key(text, at, (self._copy(event), self._target_of(watched)))
        self._settle(self.detector.key(key))
        if self.detector.holding:
            self._pause_timer.start(max(1, round(self.detector.patience * 1000)))
        else:
            self._pause_timer.stop()
        return True

    @staticmethod
    def _time_of(event: QKeyEvent) -> float:
        stamp = event.timestamp()
        if stamp > 0 and event.spontaneous():
            return stamp / 1000  # the X server's (or the platform's) own time of the key
        return time.monotonic()

    def _text_of(self, event: QKeyEvent) -> str | None:
        """The character a key types for the detector, or None for a key that types nothing."""
        key = event.key()
        mods = event.modifiers() & ~TYPING_MODIFIERS
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or text in ("\r", "\n"):
            return None if mods else ENTER  # Ctrl+Enter is a person's (it confirms dialogs)
        if key == Qt.Key.Key_Tab:
            return None if mods else TAB
        if text == GS:  # Ctrl+]: a GS1 field ends
            return text
        prefix = self.detector.settings.prefix
        if prefix is not None and text == prefix:  # STX is Ctrl+B
            return text
        if mods or len(text) != 1 or not text.isprintable():
            return None
        return text

    @staticmethod
    def _copy(event: QKeyEvent) -> QKeyEvent:
        copy = QKeyEvent(
            event.type(),
            event.key(),
            event.modifiers(),
            event.nativeScanCode(),
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
            event.isAutoRepeat(),
            event.count(),
        )
        copy.setTimestamp(event.timestamp())
        return copy

    @staticmethod
    def _target_of(watched: QObject) -> QObject | None:
        """The widget a key was going to (the window's focus widget for a window)."""
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible():
            return focus
        if isinstance(watched, QWidget):
            return watched
        if isinstance(watched, QWindow):
            for widget in QApplication.topLevelWidgets():
                if widget.windowHandle() is watched:
                    return widget.focusWidget() or widget
        return None

    # -- verdicts ------------------------------------------------------------------------------

    def _settle(self, verdicts: list[Verdict]) -> None:
        for verdict in verdicts:
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "wedge %s%s: %r at %s",
                    verdict.outcome,
                    " (near a scan)" if verdict.near_scan else "",
                    "".join(key.text for key in verdict.keys),
                    [round(key.at, 3) for key in verdict.keys],
                )
            if verdict.outcome == Outcome.SCAN:
                self.scan_received.emit(verdict.scan)
            elif verdict.outcome == Outcome.DROPPED:
                if not verdict.tail:
                    self.scan_not_whole.emit(len(verdict.keys))
            elif verdict.near_scan and not takes_text(self._where(None)):
                self.key_not_taken.emit("".join(key.text for key in verdict.keys))
            else:
                for key in verdict.keys:
                    held: tuple[QKeyEvent, QObject | None] = key.token  # type: ignore[assignment]
                    self._wait(*held)

    def _on_pause_timer_timeout(self) -> None:
        self._settle(self.detector.pause())
        if self.detector.holding:  # a scan's keys may still be on their way: wait for them
            self._pause_timer.start(max(1, round(self.detector.patience * 1000)))

    # -- giving typed keys back ----------------------------------------------------------------

    def _wait(self, event: QKeyEvent, target: QObject | None) -> None:
        self._waiting.append((event, target))
        self._deliver_timer.start()

    def _on_deliver_timer_timeout(self) -> None:
        """Give back the oldest waiting key.  One key a turn of the event loop, the next one
        asked for first: a key that opens a dialog (and waits in its exec()) does not hold
        back the keys after it, which then reach the dialog as typed-ahead keys would."""
        if not self._waiting:
            return
        event, target = self._waiting.pop(0)
        if self._waiting:
            self._deliver_timer.start()
        receiver = self._where(target)
        if receiver is None:
            return
        address = _address(event)
        self._own.add(address)
        try:
            QApplication.sendEvent(receiver, event)
        finally:
            self._own.discard(address)

    @staticmethod
    def _where(target: QObject | None) -> QObject | None:
        """Where a given-back key goes now: the widget with the keyboard, else the one it was
        going to; never a widget behind an open dialog (the dialog takes it)."""
        receiver: QObject | None = QApplication.focusWidget()
        if receiver is not None and not receiver.isVisible():  # type: ignore[attr-defined]
            receiver = None  # a closed dialog's button, the window not active again yet
        if receiver is None and target is not None and shiboken6.isValid(target):
            receiver = target
        modal = QApplication.activeModalWidget()
        if modal is not None and not (
            isinstance(receiver, QWidget) and (receiver is modal or modal.isAncestorOf(receiver))
        ):
            receiver = modal.focusWidget() or modal
        return receiver
