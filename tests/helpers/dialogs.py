"""Answering the window's modal dialogs in offscreen tests.

A dialog's exec() runs its own event loop: the test that pressed the key that opened it is
paused until it closes.  `answer_dialog` arranges, before the key is pressed, for a timer to
find the dialog once it is open and act on it (fill its fields, confirm or cancel), from
inside that loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.dialogs import BenchDialog


class Answer:
    """What happened: the dialog seen (kept for the test to read) and whether it was seen."""

    dialog: BenchDialog | None = None


def answer_dialog(act: Callable[[Any], None], within_ms: int = 10_000) -> Answer:
    """Call `act(dialog)` on the next BenchDialog that opens modally (within `within_ms`)."""
    answer = Answer()
    waited = {"ms": 0}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BenchDialog) and dialog.isVisible():
            answer.dialog = dialog
            act(dialog)
            return
        waited["ms"] += 20
        if waited["ms"] < within_ms:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return answer
