"""The bench window driven as a person and a scanner would: keys at scanner speed through the
wedge filter, the simulated serial scanner, scale, printer and camera of demo mode; checking
what the screen shows and what the database holds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from db.engine import create_engine_for_url, session_factory
from db.models import ExceptionCase, LabelJob, OutboxEvent, Parcel, ReceivedUnit
from receiving_station.bench.state import Stage
from tests.helpers.window import TIMEOUT, key, open_window, scan, sign_in, take_parcel, wait_stage
from ui.input.scan_filter import WedgeScanFilter


def test_a_demo_parcel_from_scan_to_label_and_refund(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    normal = scenarios["normal"]
    assert window.stack.currentWidget() is window.login
    sign_in(qtbot, window)
    assert not window.tabs.isTabVisible(1)  # staff: no Exceptions section
    scan(qtbot, window, normal.parcel_code)
    wait_stage(qtbot, window, Stage.PARCEL)
    view = window.bench_view
    rma = view.state.parcel.rma
    assert view.parcel_title.text() == rma.number
    assert rma.customer_name in view.parcel_facts.text()
    assert view.lines.rowCount() == len(rma.lines)
    assert "inside" in view.window_status.text()
    window.demo.put(normal.weight_kg)
    qtbot.waitUntil(
        lambda: (
            "measured" in view.weight_compare.text() and "not yet" not in view.weight_compare.text()
        ),
        timeout=TIMEOUT,
    )
    assert "STABLE" in view.weight_stable.text()
    assert view.weight_value.text().startswith(str(normal.weight_kg))

    window.demo.scan(normal.item_codes[0])
    wait_stage(qtbot, window, Stage.CHECKLIST)
    assert view.unit_title.text().startswith("LPN")
    assert view.checklist.count() == len(view.state.questions)
    assert "Y / N" in view.prompt.text()
    while view.state.stage == Stage.CHECKLIST:
        key(qtbot, window, "Y")
    key(qtbot, window, "1")
    assert view.state.stage == Stage.DECIDE
    assert view.decision_title.text() == "RESTOCK"
    assert "refund" in view.decision_money.text() and "grade-a" in view.decision_rule.text()
    key(qtbot, window, "ESC")  # step back: grade again
    assert view.state.stage == Stage.GRADE and view.decision_title.text() == ""
    key(qtbot, window, "2")
    key(qtbot, window, "ENTER")
    assert view.state.unit is None and "confirmed" in view.message.text()
    # The label reaches the (simulated) printer; the refund is queued in the outbox.
    qtbot.waitUntil(lambda: len(window.demo.printer_sim.labels) == 1, timeout=TIMEOUT)
    lpn = window.bench.controller.state.activity[-1].message.split()[0]
    assert lpn.encode() in window.demo.printer_sim.labels[0]
    with session_factory(engine)() as session:
        unit = session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn))
        assert unit is not None and unit.status == "confirmed" and unit.grade == "B"
        kinds = set(session.scalars(select(OutboxEvent.kind)))
        assert "refund" in kinds

    def label_status() -> str | None:
        with session_factory(engine)() as session:
            return session.scalar(select(LabelJob.status).where(LabelJob.lpn == lpn))

    qtbot.waitUntil(lambda: label_status() == "printed", timeout=TIMEOUT)

    # The refund reaches the demo shop (the sandbox upstream demo mode starts) by itself.
    def refund_state() -> str | None:
        with session_factory(engine)() as session:
            return session.scalar(
                select(OutboxEvent.state).where(OutboxEvent.subject == f"refund:{lpn}")
            )

    qtbot.waitUntil(lambda: refund_state() == "sent", timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: "all sent" in window.station_status.labels["upstream"].text(), timeout=TIMEOUT
    )
    qtbot.waitUntil(lambda: "refunds 1," in window.demo_panel.shop.text(), timeout=TIMEOUT)
    assert window.flash.last_feedback == "accepted"
    assert window.sounds.played[-1] == "accepted"

    # The second item, then F9 closes the parcel.
    window.demo.scan(normal.item_codes[1])
    wait_stage(qtbot, window, Stage.CHECKLIST)
    while view.state.stage == Stage.CHECKLIST:
        key(qtbot, window, "Y")
    key(qtbot, window, "4")  # D: a photo first
    assert view.state.stage == Stage.PHOTO and window.flash.last_feedback == "attention"
    key(qtbot, window, "P")
    wait_stage(qtbot, window, Stage.DECIDE)
    assert "1 photo taken" in view.unit_facts.text()
    photo = Path(view.state.photos[0])
    assert photo.exists() and photo.stat().st_size > 1000
    key(qtbot, window, "ENTER")
    key(qtbot, window, "F9")
    assert view.state.stage == Stage.READY and view.parcel_title.text() == "No parcel open"


@pytest.mark.parametrize(
    ("name", "on_screen", "raised"),
    [
        ("light_parcel", "WEIGHT MISMATCH", "weight_mismatch"),
        ("blind", "BLIND RETURN", "blind_return"),
        ("late", "OUTSIDE", "outside_window"),
        ("serial_mismatch", "serial mismatch", "serial_mismatch"),
        ("wrong_item", "wrong item", "wrong_item"),
        ("non_returnable", "non-returnable", "non_returnable"),
        ("extra_item", "unexpected item", "unexpected_item"),
    ],
)
def test_exceptions_show_as_what_they_are(
    qtbot, window, demo, name: str, on_screen: str, raised: str
) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    sign_in(qtbot, window)
    scenario = scenarios[name]
    seen: list[str] = []

    def collect(update) -> None:  # type: ignore[no-untyped-def]
        view = window.bench_view
        seen.extend(
            label.text()
            for label in (
                view.parcel_title,
                view.window_status,
                view.weight_compare,
                view.unit_facts,
                view.decision_money,
                view.message,
            )
        )

    window.update_shown.connect(collect)
    take_parcel(qtbot, window, scenario)
    text = "\n".join(seen)
    assert on_screen in text, text
    assert "HELD" in text or "held" in text
    assert "attention" in window.sounds.played
    # ... and the case waits in the exception queue, with its evidence.
    with session_factory(engine)() as session:
        parcel_id = session.scalar(
            select(Parcel.id).where(Parcel.tracking_number == scenario.parcel_code)
        )
        found = session.scalars(
            select(ExceptionCase).where(ExceptionCase.parcel_id == parcel_id)
        ).all()
    assert raised in {e.type for e in found}
    assert all(e.status == "open" and e.evidence for e in found)


def test_closing_with_items_missing_waits_for_the_f9_key_again(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ui.theme import AMBER, shade

    engine, scenarios = demo
    normal = scenarios["normal"]
    sign_in(qtbot, window)
    take_parcel(qtbot, window, replace(normal, item_codes=normal.item_codes[:1]))
    view = window.bench_view
    prompt_colour = view.prompt.palette().window().color().name()

    def missing_items() -> int:
        with session_factory(engine)() as session:
            return session.scalar(
                select(func.count())
                .select_from(ExceptionCase)
                .where(ExceptionCase.type == "missing_item", ExceptionCase.status == "open")
            )

    before = missing_items()
    key(qtbot, window, "F9")
    assert view.state.closing is not None and view.state.parcel is not None
    assert "Press F9 again" in view.prompt.text() and "Esc keeps it open" in view.prompt.text()
    assert "still expects 1 of 2 items" in view.message.text()
    assert view.prompt.palette().window().color().name() == QColor(shade(AMBER)).name()
    assert window.flash.last_feedback == "attention"

    # The close command's barcode cannot confirm it (it asks again); Esc keeps the parcel.
    before_scan = window.bench.controller.state
    scan(qtbot, window, "CMD:CLOSE_PARCEL")
    qtbot.waitUntil(lambda: window.bench.controller.state is not before_scan, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: view.state is window.bench.controller.state, timeout=TIMEOUT)
    assert view.state.closing is not None and view.state.parcel is not None
    key(qtbot, window, "ESC")
    assert view.state.closing is None and view.state.parcel is not None
    assert "Not closed" in view.message.text()
    assert view.prompt.palette().window().color().name() == prompt_colour
    assert missing_items() == before

    key(qtbot, window, "F9")
    key(qtbot, window, "F9")
    wait_stage(qtbot, window, Stage.READY)
    assert view.parcel_title.text() == "No parcel open" and missing_items() == before + 1


@pytest.fixture
def focused_field(qtbot) -> Iterator[tuple[QLineEdit, list[str]]]:  # type: ignore[no-untyped-def]
    """A focused text field with the wedge filter installed, and the scans it reports."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    wedge = WedgeScanFilter()
    scans: list[str] = []
    wedge.scan_received.connect(lambda s: scans.append(s.code))
    QApplication.instance().installEventFilter(wedge)
    try:
        yield field, scans
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_a_staff_key_in_a_text_field_is_typing_not_a_scan(qtbot, focused_field) -> None:  # type: ignore[no-untyped-def]
    field, scans = focused_field
    for char in "4711":
        qtbot.keyClick(field, char, delay=90)  # a person: far slower than 50 ms a key
    qtbot.waitUntil(lambda: field.text() == "4711", timeout=TIMEOUT)
    qtbot.keyClick(field, Qt.Key.Key_Return, delay=90)
    assert scans == []
    qtbot.keyClicks(field, "RMA-SE-0000001")  # a scanner, into the same field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert scans == ["RMA-SE-0000001"] and field.text() == "4711"


def test_200_back_to_back_scans_at_2_ms_arrive_as_200_scans(qtbot, focused_field) -> None:  # type: ignore[no-untyped-def]
    field, scans = focused_field
    codes = [f"0{7350000000000 + i * 7:013d}"[-13:] + f"-{i:03d}" for i in range(200)]
    for code in codes:
        for char in code:
            qtbot.keyClick(field, char, delay=2)
        qtbot.keyClick(field, Qt.Key.Key_Return, delay=2)
    assert scans == codes
    assert field.text() == ""  # nothing leaked into the focused field


def test_pin_sign_in_roles_and_idle_sign_out(qtbot, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    window = open_window(qtbot, engine, scenarios, tmp_path, idle_minutes=0.01)  # 0.6 s
    try:
        login = window.login
        rows = [login.names.item(i).text() for i in range(login.names.count())]
        lead_row = next(i for i, text in enumerate(rows) if "(shift lead)" in text)
        login.names.setCurrentRow(lead_row)
        login.pin.setFocus()
        for digit in "1234":  # the right PIN, but a lead signs in with badge and PIN
            qtbot.keyClick(login.pin, digit, delay=80)
        qtbot.keyClick(login.pin, Qt.Key.Key_Return, delay=80)
        qtbot.waitUntil(lambda: "scan your badge first" in login.error.text(), timeout=TIMEOUT)
        scan(qtbot, window, "B-2001")  # the lead's badge: the screen asks for the PIN
        qtbot.waitUntil(
            lambda: login.pin.hasFocus() and "PIN" in login.error.text(), timeout=TIMEOUT
        )
        assert login.names.currentRow() == lead_row
        for digit in "0000":
            qtbot.keyClick(login.pin, digit, delay=80)
        qtbot.keyClick(login.pin, Qt.Key.Key_Return, delay=80)
        qtbot.waitUntil(lambda: "wrong PIN" in login.error.text(), timeout=TIMEOUT)
        login.pin.setFocus()
        for digit in "1234":
            qtbot.keyClick(login.pin, digit, delay=80)
        qtbot.keyClick(login.pin, Qt.Key.Key_Return, delay=80)
        wait_stage(qtbot, window, Stage.READY)
        assert window.tabs.isTabVisible(1) and not window.tabs.isTabVisible(2)  # a lead
        # Nobody touches the bench: signed out after the idle time.
        wait_stage(qtbot, window, Stage.SIGNED_OUT)
        assert window.stack.currentWidget() is window.login
        assert "idle" in window.bench.controller.state.activity[-1].message
    finally:
        window.close()


def test_screenshot_verb(tmp_path: Path) -> None:
    from tests.helpers.processes import run_main

    database = tmp_path / "demo.sqlite3"
    shot = tmp_path / "shot.png"
    done = run_main(  # the demo's photos and shop in a data directory of the test's own
        ["--demo", "--database", str(database), "--screenshot", str(shot), "--no-sound"],
        env={"XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with session_factory(create_engine_for_url(f"sqlite:///{database}"))() as session:
        from db.models import Rma

        # 200 returns expected, and the five weeks of work before today
        expected = select(func.count()).select_from(Rma).where(Rma.status == "expected")
        assert session.scalar(expected) == 200
        assert session.scalar(select(func.count()).select_from(Rma)) > 200
