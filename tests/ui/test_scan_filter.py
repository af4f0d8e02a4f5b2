"""The wedge filter (ui/input/scan_filter.py) with Qt's own key events, offscreen: what the real-X
tests (tests/x11) show end to end, here key by key.  Keys are sent as the X path delivers
them: to the window first, then to the focused widget (QTest does that)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.helpers.window import TIMEOUT
from ui.dialogs import TextDialog
from ui.input.scan_filter import WedgeScanFilter


class KeyRecorder(QWidget):
    """A widget that keeps every key press it gets, with its modifiers."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pressed: list[tuple[str, Qt.KeyboardModifier]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text():  # not Shift on its own (it reaches the widget at once, as ever)
            self.pressed.append((event.text(), event.modifiers()))


class Wedge:
    def __init__(self) -> None:
        self.filter = WedgeScanFilter()
        self.scans: list[str] = []
        self.not_whole: list[int] = []
        self.filter.scan_received.connect(lambda scan: self.scans.append(scan.code))
        self.filter.scan_not_whole.connect(self.not_whole.append)


@pytest.fixture
def wedge(qtbot) -> Iterator[Wedge]:  # type: ignore[no-untyped-def]
    wedge = Wedge()
    QApplication.instance().installEventFilter(wedge.filter)  # type: ignore[union-attr]
    try:
        yield wedge
    finally:
        QApplication.instance().removeEventFilter(wedge.filter)  # type: ignore[union-attr]


def _shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=TIMEOUT)
    return widget


def _press(widget: QWidget, text: str, *, autorepeat: bool = False) -> None:
    key = ord(text.upper()) if text.isalnum() else int(Qt.Key.Key_unknown.value)
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text, autorepeat)
    QApplication.sendEvent(widget, event)


def test_shift_a_by_hand_reaches_the_widget_as_shift_a(qtbot, wedge) -> None:  # type: ignore[no-untyped-def]
    """A person's Shift+A (approve in part) must not arrive as a plain A (approve in full)."""
    recorder = _shown(qtbot, KeyRecorder())
    shift = Qt.KeyboardModifier.ShiftModifier
    for key, text in ((Qt.Key.Key_Shift, ""), (Qt.Key.Key_A, "A")):  # as X sends them
        QApplication.sendEvent(recorder, QKeyEvent(QEvent.Type.KeyPress, key, shift, text))
    qtbot.waitUntil(lambda: bool(recorder.pressed), timeout=TIMEOUT)
    assert recorder.pressed == [("A", Qt.KeyboardModifier.ShiftModifier)]
    assert wedge.scans == []


def test_a_fragment_at_scanner_speed_is_dropped_and_said(qtbot, wedge) -> None:  # type: ignore[no-untyped-def]
    field = _shown(qtbot, QLineEdit())
    qtbot.keyClicks(field, "RMA-SE-00")  # the scanner moved away: no Enter
    qtbot.waitUntil(lambda: bool(wedge.not_whole), timeout=TIMEOUT)
    qtbot.wait(150)
    assert field.text() == "" and wedge.scans == [] and wedge.not_whole == [9]


def test_quick_repeats_marked_auto_repeat_inside_a_scan_are_kept(qtbot, wedge) -> None:  # type: ignore[no-untyped-def]
    """X marks a quick re-press of the same key as auto-repeat: inside a scan it is a key."""
    field = _shown(qtbot, QLineEdit())
    _press(field, "3")
    for _ in range(3):
        _press(field, "0", autorepeat=True)
    _press(field, "9")
    QApplication.sendEvent(
        field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )
    assert wedge.scans == ["30009"] and field.text() == ""


def test_a_key_held_down_by_a_person_repeats_as_usual(qtbot, wedge) -> None:  # type: ignore[no-untyped-def]
    field = _shown(qtbot, QLineEdit())
    qtbot.keyClick(field, "x")
    qtbot.waitUntil(lambda: field.text() == "x", timeout=TIMEOUT)
    for _ in range(3):
        _press(field, "x", autorepeat=True)  # not holding a burst: straight through
    assert field.text() == "xxxx" and wedge.scans == []


def test_typing_while_a_dialog_is_open_reaches_the_dialog_not_what_is_behind_it(  # type: ignore[no-untyped-def]
    qtbot, wedge
) -> None:
    behind = _shown(qtbot, QLineEdit())
    dialog = TextDialog(behind, "Add a note", "Note:")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=TIMEOUT)
    dialog.field.setFocus()
    for char in "ok":
        qtbot.keyClick(behind, char, delay=80)  # even sent at the field behind it
    qtbot.waitUntil(lambda: dialog.field.text() == "ok", timeout=TIMEOUT)
    assert behind.text() == ""
    # a scan into the dialog's field: not typed into it (the window refuses it)
    qtbot.keyClicks(dialog.field, "RMA-SE-0000001")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert wedge.scans == ["RMA-SE-0000001"]
    assert dialog.field.text() == "ok" and dialog.isVisible()
    dialog.reject()


def test_a_fast_typist_25_ms_a_key_types_into_a_field(qtbot, wedge) -> None:  # type: ignore[no-untyped-def]
    field = _shown(qtbot, QLineEdit())
    for char in "12,50":
        qtbot.keyClick(field, char, delay=25)
    qtbot.waitUntil(lambda: field.text() == "12,50", timeout=TIMEOUT)
    assert wedge.scans == [] and wedge.not_whole == []
