"""The Qt binding keeps Python's reference counts: a bench runs all shift long, so a leak per
call would end in a crash (PySide6 6.12.0 lost a reference to None on every void call)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100, "the Qt binding leaks references to None"
