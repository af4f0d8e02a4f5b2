"""The demo bench window for the window tests: a demo database (`demo`), the window built and
started on it (`open_window`, the `window` fixture), and driving it as a person and a scanner
would (`scan`, `key`, `sign_in`, `wait_stage`, `take_parcel`); `walk_all` has another bench
work every demo scenario, so the exception queue fills.

The fixtures reach the tests through tests/ui/conftest.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.config import StationConfig
from receiving_station.demo.data import Scenario, generate_demo_data
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.helpers.bench import walk
from ui.app import LaunchOptions, build_window

TIMEOUT = 10_000


@pytest.fixture
def demo(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = create_engine_for_url(f"sqlite:///{tmp_path / 'bench.sqlite3'}")
    upgrade_database(engine)
    summary = generate_demo_data(engine, returns=30, seed=11, today=dt.date.today())
    yield engine, {s.name: s for s in summary.scenarios}
    engine.dispose()


def open_window(qtbot, engine, scenarios, tmp_path: Path, idle_minutes: float = 10.0):  # type: ignore[no-untyped-def]
    options = LaunchOptions(
        engine=engine,
        rules=load_rules(),
        config=StationConfig(station="BENCH-03", idle_logout_minutes=idle_minutes),
        demo=True,
        scenarios=list(scenarios.values()),
        sounds=False,
        data_dir=tmp_path / "data",
    )
    window = build_window(options)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitSignal(window.ready, timeout=TIMEOUT):
        window.start()
    qtbot.waitUntil(
        lambda: window.hub.states.get("scale", ("",))[0] == "connected", timeout=TIMEOUT
    )
    return window


@pytest.fixture
def window(qtbot, demo, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    w = open_window(qtbot, engine, scenarios, tmp_path)
    yield w
    w.close()


def scan(qtbot, window, code: str) -> None:  # type: ignore[no-untyped-def]
    """A keyboard-wedge scan: characters at scanner speed, then Enter, into whatever has focus."""
    target = QApplication.focusWidget() or window
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def key(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    """A person pressing one key (it reaches the bench after the wedge filter lets it go)."""
    keys = {"ENTER": Qt.Key.Key_Return, "ESC": Qt.Key.Key_Escape, "F9": Qt.Key.Key_F9}
    before = window.bench.controller.state
    target = QApplication.focusWidget() or window.bench_view
    if name in keys:
        qtbot.keyClick(target, keys[name])
    else:
        qtbot.keyClicks(target, name.lower())
    qtbot.waitUntil(lambda: window.bench.controller.state is not before, timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: window.bench_view.state is window.bench.controller.state, timeout=TIMEOUT
    )


def wait_stage(qtbot, window, stage: Stage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: window.bench_view.state is not None and window.bench_view.state.stage == stage,
        timeout=TIMEOUT,
    )


def sign_in(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, "B-1001")
    wait_stage(qtbot, window, Stage.READY)
    assert window.stack.currentWidget() is window.tabs
    assert "Sara Holm" in window.station_status.labels["operator"].text()


def badge_and_pin(qtbot, window, badge: str, pin: str = "1234") -> None:  # type: ignore[no-untyped-def]
    """A lead or supervisor signs in: the badge scanned, then the PIN typed by hand on the
    sign-in screen, which asks for it (a person's pace: 80 ms a key)."""
    scan(qtbot, window, badge)
    login = window.login
    qtbot.waitUntil(
        lambda: (
            window.bench.controller.state.pin_for is not None
            and login.pin.hasFocus()
            and login.error.text() != ""  # the sentence asking for it, in the screen's language
        ),
        timeout=TIMEOUT,
    )
    for digit in pin:
        qtbot.keyClick(login.pin, digit, delay=80)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return, delay=80)
    wait_stage(qtbot, window, Stage.READY)


def take_parcel(qtbot, window, scenario: Scenario, grade: str = "2") -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, scenario.parcel_code)
    wait_stage(qtbot, window, Stage.PARCEL)
    if scenario.weight_kg is not None:
        window.demo.put(scenario.weight_kg)
        qtbot.waitUntil(
            lambda: (
                window.bench_view.state.parcel is not None
                and window.bench_view.state.parcel.measured_weight_kg == scenario.weight_kg
            ),
            timeout=TIMEOUT,
        )
    for code in scenario.item_codes:
        window.demo.scan(code)  # the simulated serial scanner
        qtbot.waitUntil(lambda: window.bench_view.state.unit is not None, timeout=TIMEOUT)
        while window.bench_view.state.stage == Stage.CHECKLIST:
            key(qtbot, window, "Y")
        key(qtbot, window, grade)
        if window.bench_view.state.stage == Stage.PHOTO:
            key(qtbot, window, "P")  # the simulated camera takes it; grading follows
            wait_stage(qtbot, window, Stage.DECIDE)
        assert window.bench_view.decision_title.text()
        key(qtbot, window, "ENTER")
        qtbot.waitUntil(lambda: window.bench_view.state.unit is None, timeout=TIMEOUT)


def walk_all(engine, scenarios) -> None:  # type: ignore[no-untyped-def]
    """Another bench (BENCH-01) works every demo scenario: the queue fills."""
    sessions = session_factory(engine)
    bench = BenchController(Workflow(sessions, load_rules()), sessions, "BENCH-01")
    bench.handle(BenchInput("scan", "B-1002"))
    for scenario in scenarios.values():
        assert walk(bench, scenario) == []
