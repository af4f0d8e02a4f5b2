"""The lead's Upstream section: a refused refund shows with upstream's reason and attempts;
the lead retries it and resolves it by hand from the keyboard; staff never see the section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from db.engine import session_factory
from db.models import AuditEntry, ExceptionCase, OutboxEvent
from receiving_station.bench.state import Stage
from tests.helpers.upstream import queue_refused_refund
from tests.helpers.window import TIMEOUT, badge_and_pin, sign_in, wait_stage


def _state(engine, key: str) -> str | None:  # type: ignore[no-untyped-def]
    with session_factory(engine)() as session:
        return session.scalar(select(OutboxEvent.state).where(OutboxEvent.subject == key))


def test_a_lead_sees_a_refused_refund_retries_and_resolves_it(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, _ = demo
    queue_refused_refund(engine)  # its total does not add up
    window.dispatcher.wake()
    qtbot.waitUntil(lambda: _state(engine, "refund:LPN-UP-1") == "refused", timeout=TIMEOUT)
    window.backlog.count_now()
    qtbot.waitUntil(
        lambda: "1 refused" in window.station_status.labels["upstream"].text(), timeout=TIMEOUT
    )

    # Staff do not see the section.
    sign_in(qtbot, window)
    assert not window.tabs.isTabVisible(3)
    qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
    wait_stage(qtbot, window, Stage.SIGNED_OUT)

    badge_and_pin(qtbot, window, "B-2001")  # the shift lead's badge
    wait_stage(qtbot, window, Stage.READY)
    assert window.tabs.isTabVisible(3)
    view = window.upstream_view
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        qtbot.keyClick(window.bench_view, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.table.rowCount() >= 1, timeout=TIMEOUT)
    row = next(r for r, e in enumerate(view.events) if e.subject == "refund:LPN-UP-1")
    assert view.table.item(row, 1).text() == "refused"
    assert "total_mismatch" in view.table.item(row, 6).text()
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: "Attempts:" in view.detail.toPlainText(), timeout=TIMEOUT)
    assert "refused" in view.detail.toPlainText() and "HTTP 422" in view.detail.toPlainText()

    # R: retry now. Upstream refuses it again (the total is still wrong): a second attempt.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "will be sent again" in view.message.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _state(engine, "refund:LPN-UP-1") == "refused", timeout=TIMEOUT)
    with session_factory(engine)() as session:
        event = session.scalar(select(OutboxEvent).where(OutboxEvent.subject == "refund:LPN-UP-1"))
        assert event.attempts == 2
        statuses = sorted(
            session.scalars(
                select(ExceptionCase.status).where(ExceptionCase.outbox_event_id == event.id)
            )
        )
        assert statuses == [
            "open",
            "resolved",
        ]  # the retry closed the first; upstream raised a new one

    # H: resolved by hand with the reason (the dialog's text, given directly here).
    view.refresh()
    qtbot.waitUntil(lambda: any(e.attempts == 2 for e in view.events), timeout=TIMEOUT)
    view.table.selectRow(
        next(r for r, e in enumerate(view.events) if e.subject == "refund:LPN-UP-1")
    )
    view.resolve_selected(note="refunded in the shop's admin by hand")
    qtbot.waitUntil(lambda: "resolved by hand" in view.message.text(), timeout=TIMEOUT)
    assert _state(engine, "refund:LPN-UP-1") == "resolved"
    with session_factory(engine)() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_type == "outbox_event")
            )
        )
        assert {"upstream_refused", "upstream_event_retried", "upstream_event_resolved"} <= set(
            actions
        )
    qtbot.waitUntil(
        lambda: "refused" not in window.station_status.labels["upstream"].text(), timeout=TIMEOUT
    )
