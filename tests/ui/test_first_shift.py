"""What a new operator notices in the first hour (issue #21): the decision says what happens for
the customer (an exchange released, nothing to refund), the checklist marks the answer of an
item in order ✔ and the other ⚠ whichever word it is, the question asked now is readable, a
section of another role says so when its key is pressed, and the demo bar stops explaining
how to sign in once someone has."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from db.engine import session_factory, write_transaction
from db.models import Parcel, Rma, RmaLine
from receiving_station.bench.state import Stage
from tests.helpers.window import TIMEOUT, key, scan, sign_in, wait_stage
from ui.theme import ACCENT, HIGH_CONTRAST, shade


def _rma_of(engine, parcel_code: str):  # type: ignore[no-untyped-def]
    with session_factory(engine)() as session:
        rma_id = session.scalar(select(Parcel.rma_id).where(Parcel.tracking_number == parcel_code))
        return session.get(Rma, rma_id)


def _open_with_weight(qtbot, window, scenario) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, scenario.parcel_code)
    wait_stage(qtbot, window, Stage.PARCEL)
    window.demo.put(scenario.weight_kg)
    qtbot.waitUntil(
        lambda: window.bench_view.state.parcel.measured_weight_kg is not None, timeout=TIMEOUT
    )


def _item(qtbot, window, code: str, answers: str) -> None:  # type: ignore[no-untyped-def]
    window.demo.scan(code)
    wait_stage(qtbot, window, Stage.CHECKLIST)
    for answer in answers:
        key(qtbot, window, answer)


def test_the_decision_says_what_happens_for_the_customer(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    normal = scenarios["normal"]
    rma = _rma_of(engine, normal.parcel_code)
    with write_transaction(session_factory(engine)) as session:
        found = session.get(Rma, rma.id)
        found.requested_resolution, found.exchange_sku = "exchange", "SKU-NEW-M"
    sign_in(qtbot, window)
    _open_with_weight(qtbot, window, normal)
    view = window.bench_view
    _item(qtbot, window, normal.item_codes[0], "YYNN")
    key(qtbot, window, "2")
    assert view.decision_money.text() == "exchange SKU-NEW-M released"
    assert "restock, the exchange is released." in view.message.text()  # no amount refunded
    key(qtbot, window, "ENTER")
    qtbot.waitUntil(lambda: view.state.unit is None, timeout=TIMEOUT)
    assert "exchange released" in view.message.text()

    # The customer asked for money back after all, for an item that cost nothing.
    with write_transaction(session_factory(engine)) as session:
        session.get(Rma, rma.id).requested_resolution = "refund"
        for line in session.scalars(select(RmaLine).where(RmaLine.rma_id == rma.id)):
            line.unit_price = Decimal("0.00")
    _item(qtbot, window, normal.item_codes[1], "YYNN")
    key(qtbot, window, "2")
    assert view.decision_money.text() == "nothing to refund"


def test_the_checklist_marks_the_answer_of_an_item_in_order(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    _, scenarios = demo
    normal = scenarios["normal"]  # apparel: tags? packaging? worn or washed? stains?
    sign_in(qtbot, window)
    _open_with_weight(qtbot, window, normal)
    view = window.bench_view
    _item(qtbot, window, normal.item_codes[0], "YY")
    # The question asked now: black on the accent colour, readable in both themes.
    current = view.checklist.item(2)
    assert current.background().color() == QColor(shade(ACCENT))
    assert current.foreground().color() == QColor("#000000")
    for accent in (ACCENT, HIGH_CONTRAST[ACCENT]):
        assert _contrast(accent, "#000000") >= 7  # WCAG AAA
    key(qtbot, window, "N")  # "Worn or washed?" no: the good answer
    assert view.checklist.item(2).text().endswith("✔ no")
    assert view.message.palette().window().color() == QColor(shade("#1fa83a"))  # green
    key(qtbot, window, "Y")  # "Stains or odour?" yes: worth a second look
    assert view.checklist.item(3).text().endswith("⚠ yes")
    assert "✖" not in "".join(view.checklist.item(i).text() for i in range(4))
    assert view.message.text() == "Stains or odour? yes"
    assert view.message.palette().window().color() == QColor(shade("#f0a800"))  # amber


def test_another_roles_section_says_whose_it_is(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, window)
    assert window.demo_panel.help.text().startswith("DEMO  ·  F5")  # signed in: no sign-in help
    qtbot.keyClick(window.bench_view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(
        lambda: "Exceptions is for shift leads and supervisors" in window.bench_view.message.text(),
        timeout=TIMEOUT,
    )
    qtbot.keyClick(window.bench_view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.bench_view.message.text() == "Labels is for supervisors"
    assert window.tabs.currentWidget() is window.bench_view
    qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
    wait_stage(qtbot, window, Stage.SIGNED_OUT)
    assert "sign in: badge B-1001" in window.demo_panel.help.text()


def _contrast(one: str, other: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)
