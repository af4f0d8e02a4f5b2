"""Kiosk mode offscreen (issue #25 item 2): the window manager's close (a QCloseEvent) does not
close a kiosk, it asks for a supervisor; a station that cannot start says why on its screen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from receiving_station.cli import main
from tests.helpers.dialogs import answer_dialog
from tests.helpers.window import TIMEOUT, open_window
from ui.kiosk import CloseDialog


def _type_pin(qtbot, dialog: CloseDialog, pin: str) -> None:  # type: ignore[no-untyped-def]
    """Typed by hand, at a person's pace (a scanner's pace would be a scan)."""
    for digit in pin:
        qtbot.keyClick(dialog.pin, digit, delay=80)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return, delay=80)


def test_a_close_request_asks_a_supervisor(qtbot, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path)
    window.options = replace(window.options, kiosk=True)
    seen: list[str] = []

    def staff_then_cancel(dialog: CloseDialog) -> None:
        seen.append(type(dialog).__name__)
        assert dialog.accepts_scan("B-1001")  # a scanned badge fills the badge field
        assert dialog.badge.text() == "B-1001" and dialog.pin.hasFocus()
        _type_pin(qtbot, dialog, "1234")
        qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=TIMEOUT)
        seen.append(dialog.problem.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialog(staff_then_cancel)
    window.close()  # what the window manager's close button sends
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None)
    assert seen[0] == "CloseDialog" and "is not a supervisor" in seen[1]
    assert window.isVisible() and not window.close_allowed

    def supervisor(dialog: CloseDialog) -> None:
        dialog.accepts_scan("B-3001")
        _type_pin(qtbot, dialog, "1234")

    answer_dialog(supervisor)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT)
    assert window.close_allowed


def test_a_kiosk_that_cannot_start_says_why_on_screen(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "station.toml"
    broken.write_text("[display]\ntheme = 'pink'\n", encoding="utf-8")
    monkeypatch.setenv("RECEIVING_STATION_CONFIG", str(broken))
    monkeypatch.setenv("RECEIVING_STATION_REFUSAL_SECONDS", "1")
    shown: list[str] = []

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.isFullScreen():
                shown.append(" | ".join(label.text() for label in widget.findChildren(QLabel)))

    QTimer.singleShot(300, look)
    assert main(["--kiosk"]) == 2
    assert "theme" in capsys.readouterr().err
    assert shown and "The station cannot start" in shown[0] and "[display] theme" in shown[0]
