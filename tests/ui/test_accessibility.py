"""Working by keyboard and by eye: a visible ring on the control that has the keyboard, names
for screen readers on every control, the high-contrast theme, the font-size setting, and
feedback that is never colour alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from receiving_station.bench.state import Stage
from receiving_station.config import StationConfigError, parse_station_config
from tests.helpers.window import TIMEOUT, badge_and_pin, scan, wait_stage
from ui import theme


@pytest.fixture
def standard_look_afterwards() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_theme(app)


def test_the_ring_follows_the_keyboard_on_the_sign_in_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    login, ring = window.login, window.focus_ring
    login.names.setFocus()
    qtbot.waitUntil(lambda: ring.target is login.names, timeout=TIMEOUT)
    assert ring.isVisible()
    names_box = login.names.rect().translated(
        login.names.mapTo(ring.parentWidget(), login.names.rect().topLeft())
    )
    assert ring.geometry().contains(names_box)
    qtbot.keyClick(login.names, Qt.Key.Key_Tab)  # to the PIN, by keyboard
    qtbot.waitUntil(lambda: ring.target is login.pin, timeout=TIMEOUT)
    assert ring.geometry().contains(
        login.pin.rect().translated(
            login.pin.mapTo(ring.parentWidget(), login.pin.rect().topLeft())
        )
    )
    image = ring.grab().toImage()  # drawn: the focus colour on its edge
    assert image.pixelColor(1, image.height() // 2).name() == theme.FOCUS


def test_every_control_a_person_can_reach_has_a_name_for_screen_readers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def unnamed() -> list[str]:
        missing = []
        for widget in window.findChildren(QWidget):
            if (
                widget.isVisible()
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and widget.isEnabled()
                and not widget.accessibleName()
                and not isinstance(widget, QLabel)
                and widget.parentWidget() is not None
                and widget.parentWidget().isVisible()
                and type(widget).__name__ not in ("QScrollBar", "QTabBar")
                and not widget.objectName().startswith("qt_")
            ):
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        return missing

    assert unnamed() == []  # the sign-in screen
    scan(qtbot, window, "B-1001")
    wait_stage(qtbot, window, Stage.READY)
    assert unnamed() == []  # the bench
    qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
    wait_stage(qtbot, window, Stage.SIGNED_OUT)
    badge_and_pin(qtbot, window, "B-3001")  # a supervisor sees every section
    wait_stage(qtbot, window, Stage.READY)
    for index in range(1, window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed() == [], window.tabs.tabText(index)  # each section


def test_feedback_is_said_in_words_and_marks_not_only_in_colour(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, "B-1001")
    wait_stage(qtbot, window, Stage.READY)
    qtbot.keyClick(window.bench_view, Qt.Key.Key_Return)  # nothing to confirm: refused
    qtbot.waitUntil(
        lambda: "nothing to confirm yet" in window.bench_view.message.text(), timeout=TIMEOUT
    )
    assert window.flash.last_feedback == "error"
    newest = window.bench_view.activity.item(0).text()
    assert "✖" in newest and "nothing to confirm yet" in newest


def test_the_high_contrast_theme_is_black_and_white_with_bright_signals(
    qtbot, standard_look_afterwards
) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    theme.apply_theme(app, "high-contrast", 28)
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    muted = theme.label("waiting", "muted")
    qtbot.addWidget(muted)
    assert muted.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"  # no greys
    assert theme.font("base").pixelSize() == 28
    assert theme.font("big").pixelSize() == 56  # headings grow with the text
    assert app.font().pixelSize() == 28
    theme.apply_theme(app)
    assert theme.font("base").pixelSize() == 20
    assert app.palette().color(QPalette.ColorRole.Window).name() == theme.BACKGROUND


def test_the_display_settings_are_read_and_checked() -> None:
    config = parse_station_config('[display]\ntheme = "high-contrast"\nfont_size = 26\n')
    assert (config.display.theme, config.display.font_size) == ("high-contrast", 26)
    assert parse_station_config("").display.font_size == 20
    with pytest.raises(StationConfigError, match="theme: one of standard, high-contrast"):
        parse_station_config('[display]\ntheme = "dark"\n')
    with pytest.raises(StationConfigError, match="font_size must be whole pixels from 14 to 40"):
        parse_station_config("[display]\nfont_size = 90\n")


def test_the_status_bar_wraps_rather_than_cuts_at_a_large_text_size(  # type: ignore[no-untyped-def]
    qtbot, demo, tmp_path, standard_look_afterwards
) -> None:
    """At 30 px the bench, operator, devices and upstream facts take two rows, each shown
    whole; at the standard 20 px they fit one row of a 1600-pixel screen."""
    from tests.helpers.window import open_window

    engine, scenarios = demo
    app = QApplication.instance()
    for size, rows in ((30, 2), (20, 1)):
        theme.apply_theme(app, "standard", size)
        window = open_window(qtbot, engine, scenarios, tmp_path / str(size))
        try:
            window.resize(1600, 1000)
            scan(qtbot, window, "B-1001")
            wait_stage(qtbot, window, Stage.READY)
            row = window.station_status.row
            qtbot.waitUntil(lambda row=row, rows=rows: row.rows == rows, timeout=TIMEOUT)
            QApplication.processEvents()
            assert window.width() == 1600  # the facts do not widen the window either
            for name, label in window.station_status.labels.items():
                assert label.width() >= label.sizeHint().width(), (size, name, label.text())
        finally:
            window.close()
