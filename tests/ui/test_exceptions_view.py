"""The lead's Exceptions section: the queue read in pages, filters, search by scan, sort, the
detail, actions and bulk actions by keyboard; asserted on screen and in the database.  Staff
do not see the section, and the core refuses them even when the view is driven anyway."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select, update

from db.engine import session_factory, write_transaction
from db.enums import ExceptionType
from db.models import AuditEntry, ExceptionCase, OutboxEvent, ReceivedUnit
from db.types import utcnow
from receiving_station.bench.state import Stage
from tests.helpers.dialogs import answer_dialog
from tests.helpers.window import TIMEOUT, badge_and_pin, scan, sign_in, wait_stage, walk_all
from ui.sections.exceptions.model import COLUMNS, PAGE


def _open_exceptions(qtbot, window):  # type: ignore[no-untyped-def]
    view = window.exceptions_view
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        qtbot.keyClick(window.bench_view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is view
    return view


def _says(qtbot, view, text: str) -> None:  # type: ignore[no-untyped-def]
    """An action's outcome, as the lead reads it (other refreshes may come and go meanwhile)."""
    try:
        qtbot.waitUntil(lambda: text in view.message.text(), timeout=TIMEOUT)
    except Exception as exc:  # pytest-qt's TimeoutError
        raise AssertionError(
            f"waited for {text!r}; the section says {view.message.text()!r}"
        ) from exc


def _column(view, title: str) -> list[str]:  # type: ignore[no-untyped-def]
    number = next(i for i, c in enumerate(COLUMNS) if c.title == title)
    model = view.model
    return [model.data(model.index(r, number)) for r in range(model.rowCount())]


def _held(engine) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with session_factory(engine)() as session:
        return session.execute(
            select(ExceptionCase.id, ReceivedUnit.lpn)
            .join(ReceivedUnit, ReceivedUnit.id == ExceptionCase.unit_id)
            .where(
                ReceivedUnit.status == "held",
                ReceivedUnit.rma_line_id.is_not(None),
                ExceptionCase.status == "open",
            )
            .order_by(ExceptionCase.id)
        ).first()  # type: ignore[return-value]


def test_a_lead_works_the_queue_by_keyboard(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, scenarios = demo
    walk_all(engine, scenarios)
    with session_factory(engine)() as session:
        open_count = session.scalar(
            select(func.count())
            .select_from(ExceptionCase)
            .where(ExceptionCase.status != "resolved")
        )
    assert open_count >= 8

    # Staff: no section; and driven anyway, the core refuses them.
    sign_in(qtbot, window)
    view = window.exceptions_view
    assert not window.tabs.isTabVisible(1)
    qtbot.keyClick(window.bench_view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.bench_view
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.refresh()
    view.table.selectRow(0)
    view.claim_selected()  # what C does
    _says(qtbot, view, "needs a shift lead or above; you are signed in as staff")
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).where(ExceptionCase.status == "claimed")) == 0
    qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
    wait_stage(qtbot, window, Stage.SIGNED_OUT)

    # The lead: Alt+E opens the queue, SLA first, counts per type.
    badge_and_pin(qtbot, window, "B-2001")
    wait_stage(qtbot, window, Stage.READY)
    view = _open_exceptions(qtbot, window)
    assert view.model.rowCount() == open_count
    qtbot.waitUntil(lambda: f"{open_count:,} match" in view.summary.text(), timeout=TIMEOUT)
    assert "weight mismatch" in view.summary.text()
    due = [r.sla_due for r in view.model.rows]
    assert due == sorted(due)
    sla = _column(view, "SLA")
    assert all(text.startswith(("due in", "OVERDUE")) for text in sla)

    # Filter by type.
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.type_filter.setCurrentIndex(view.type_filter.findData("weight_mismatch"))
    assert set(_column(view, "Type")) == {"weight mismatch"}
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.type_filter.setCurrentIndex(0)

    # Sort by clicking a header: age (created), then again for newest first.
    age = next(i for i, c in enumerate(COLUMNS) if c.title == "Age")
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.table.horizontalHeader().sectionClicked.emit(age)
    assert view.model.sort_key == "created" and not view.model.descending
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.table.horizontalHeader().sectionClicked.emit(age)
    created = [r.created_at for r in view.model.rows]
    assert view.model.descending and created == sorted(created, reverse=True)

    # A held unit's LPN, scanned in this section, finds its exception: its story shows.
    exception_id, lpn = _held(engine)
    view.table.setFocus()
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        scan(qtbot, window, lpn)
    assert window.tabs.currentWidget() is view  # not taken as bench work
    assert view.search.text() == lpn
    assert exception_id in [r.exception_id for r in view.model.rows]
    assert set(_column(view, "LPN")) == {lpn}
    view.table.selectRow([r.exception_id for r in view.model.rows].index(exception_id))
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.row.exception_id == exception_id,
        timeout=TIMEOUT,
    )
    text = view.detail_text.toPlainText()
    for heading in ("Return", "Parcel", "Unit", "Expected vs found", "History", "Scan log"):
        assert heading in text, heading
    assert lpn in text

    # C claims, A approves the refund in full: resolved, the refund queued upstream.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    _says(qtbot, view, f"Exception {exception_id}: claimed")
    qtbot.waitUntil(lambda: "Leo Lindgren" in _column(view, "Status")[0], timeout=TIMEOUT)
    shown: list[str] = []

    def confirm(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        shown.append(dialog.action)
        dialog.confirm()  # the amount shown, then confirmed

    answer_dialog(confirm)
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    _says(qtbot, view, "refund approved")
    assert shown[-1] == "full" and any(lpn in text and "paid" in text for text in shown)
    with session_factory(engine)() as session:
        exception = session.get(ExceptionCase, exception_id)
        assert exception is not None and exception.status == "resolved"
        assert session.scalar(select(OutboxEvent.id).where(OutboxEvent.subject == f"refund:{lpn}"))
    qtbot.waitUntil(lambda: "resolved" in _column(view, "Status")[0], timeout=TIMEOUT)

    # Bulk: select everything still open, claim it all (C), add one note to each (N).
    view.search.clear()
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.status_filter.setCurrentIndex(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    ids = view.selected_ids()
    assert len(ids) == open_count - 1
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    _says(qtbot, view, f"{len(ids)} of {len(ids)} claimed")
    view.note_selected("checked at the end of the shift")
    _says(qtbot, view, f"{len(ids)} of {len(ids)} noted")
    with session_factory(engine)() as session:
        claimed = session.scalars(
            select(ExceptionCase.id).where(ExceptionCase.status == "claimed")
        ).all()
        notes = session.scalar(select(func.count()).where(AuditEntry.action == "exception_note"))
    assert sorted(claimed) == sorted(ids) and notes == len(ids)


def test_the_queue_reads_pages_as_the_table_scrolls(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, _ = demo
    now = utcnow()
    with write_transaction(session_factory(engine)) as session:
        # the queue holds these cases alone (the demo's draw may leave a case or two open)
        session.execute(
            update(ExceptionCase)
            .where(ExceptionCase.status != "resolved")
            .values(status="resolved", resolved_at=now)
        )
        session.add_all(
            ExceptionCase(
                type=ExceptionType.REVIEW.value,
                status="open",
                summary=f"case {number}",
                evidence={"n": number},
                created_at=now - dt.timedelta(minutes=number),
                sla_due=now + dt.timedelta(hours=4, minutes=-number),
            )
            for number in range(PAGE * 2 + 50)
        )
    badge_and_pin(qtbot, window, "B-2001")
    wait_stage(qtbot, window, Stage.READY)
    view = _open_exceptions(qtbot, window)
    model = view.model
    assert model.rowCount() == PAGE and model.canFetchMore()
    qtbot.waitUntil(lambda: f"{PAGE * 2 + 50:,} match" in view.summary.text(), timeout=TIMEOUT)
    # Scrolling to the bottom makes the view ask for the next page, and the next.
    for loaded in (PAGE * 2, PAGE * 2 + 50):
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            view.table.scrollToBottom()
        assert model.rowCount() == loaded
    assert not model.canFetchMore()
    ids = [r.exception_id for r in model.rows]
    assert len(set(ids)) == len(ids)  # no row twice across pages
    # A refresh keeps what was loaded and the selection.
    view.table.selectRow(PAGE + 10)
    chosen = view.selected_ids()
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == PAGE * 2 + 50 and view.selected_ids() == chosen


def _a_lead_on_a_held_refund(qtbot, window, demo):  # type: ignore[no-untyped-def]
    """The queue filled by another bench; a lead in Exceptions, a held refund's unit scanned
    there and its exception chosen."""
    engine, scenarios = demo
    walk_all(engine, scenarios)
    badge_and_pin(qtbot, window, "B-2001")
    wait_stage(qtbot, window, Stage.READY)
    view = _open_exceptions(qtbot, window)
    exception_id, lpn = _held(engine)
    view.table.setFocus()
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        scan(qtbot, window, lpn)
    view.table.selectRow([r.exception_id for r in view.model.rows].index(exception_id))
    return view, exception_id, lpn


def test_money_waits_for_its_window_and_the_window_for_ctrl_enter(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    """Shift+A opens the part dialog for the case chosen then: a scan while it is open is
    refused there and changes nothing behind it, plain Enter does not confirm, the amount
    typed as `1` leaves as "1.00", and choosing another case meanwhile does not move it."""
    engine, _scenarios = demo
    view, exception_id, lpn = _a_lead_on_a_held_refund(qtbot, window, demo)
    seen: dict[str, object] = {}

    def in_the_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["lines"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["action"] = dialog.action
        window._scanned("RMA-SE-0000001", "wedge")  # a scan: refused in the dialog
        seen["refused"] = dialog.problem.text()
        seen["search"] = view.search.text()
        dialog.amount_field.setText("1")
        dialog.reason_field.setText("scuffed sole")
        dialog.reason_field.setFocus()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # plain Enter: not confirmed
        qtbot.waitUntil(lambda: "Enter" in dialog.problem.text(), timeout=TIMEOUT)
        seen["after_enter"] = (dialog.isVisible(), dialog.problem.text())
        view.search.clear()  # the queue moves on behind the dialog
        view.apply_filters()
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["after_ctrl_enter"] = (dialog.isVisible(), dialog.problem.text())

    answer_dialog(in_the_dialog)
    shift = Qt.KeyboardModifier.ShiftModifier
    for key, text in ((Qt.Key.Key_Shift, ""), (Qt.Key.Key_A, "A")):
        QApplication.sendEvent(view.table, QKeyEvent(QEvent.Type.KeyPress, key, shift, text))
    qtbot.waitUntil(lambda: "after_ctrl_enter" in seen, timeout=TIMEOUT)
    assert seen["after_ctrl_enter"] == (False, "Enter does not confirm here: press Ctrl+Enter.")
    _says(qtbot, view, "refunded")
    assert seen["action"] == "part"
    assert any(lpn in line and "paid" in line for line in seen["lines"])  # type: ignore[attr-defined]
    assert "dialog is open" in seen["refused"]  # type: ignore[operator]
    assert seen["search"] == lpn  # the scan did not search behind the dialog
    assert seen["after_enter"] == (True, "Enter does not confirm here: press Ctrl+Enter.")
    with session_factory(engine)() as session:
        exception = session.get(ExceptionCase, exception_id)
        assert exception is not None and exception.status == "resolved"
        payload = session.scalar(
            select(OutboxEvent.payload).where(OutboxEvent.subject == f"refund:{lpn}")
        )
    assert payload["units"][0]["amount"] == "1.00" and payload["total"] == "1.00"


def test_a_rejection_shows_what_is_withheld_and_needs_a_reason(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    engine, _scenarios = demo
    view, exception_id, _lpn = _a_lead_on_a_held_refund(qtbot, window, demo)
    seen: dict[str, str] = {}

    def in_the_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["summary"] = dialog.summary.text()
        dialog.confirm()  # no reason yet: refused
        seen["refused"] = dialog.problem.text()
        dialog.reason_field.setText("worn, tags removed")
        dialog.confirm()

    answer_dialog(in_the_dialog)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_J)
    _says(qtbot, view, "rejected")
    assert "Withholds" in seen["summary"] and "nothing back" in seen["summary"]
    assert seen["refused"] == "Say why: the customer is told."
    with session_factory(engine)() as session:
        exception = session.get(ExceptionCase, exception_id)
        assert exception is not None and exception.status == "resolved"


def test_a_choice_made_while_the_queue_reloads_is_kept(qtbot, window, demo) -> None:  # type: ignore[no-untyped-def]
    """A refresh (every 30 s, or another bench's change) on its way while the lead moves to
    another exception: when the rows come back, the lead's new choice is selected, not the one
    the refresh started with (it jumped back, and its story with it)."""
    engine, scenarios = demo
    walk_all(engine, scenarios)
    badge_and_pin(qtbot, window, "B-2001")
    view = _open_exceptions(qtbot, window)
    assert view.model.rowCount() >= 3
    view.table.selectRow(0)
    first = view.model.rows[0].exception_id
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.row.exception_id == first)
    with qtbot.waitSignal(view.model.loaded, timeout=TIMEOUT):
        view.refresh()  # the rows are being read again ...
        view.table.selectRow(2)  # ... while the lead chooses another
        chosen = view.model.rows[2].exception_id
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.row.exception_id == chosen,
        timeout=TIMEOUT,
    )
    assert view.selected_ids() == [chosen]
