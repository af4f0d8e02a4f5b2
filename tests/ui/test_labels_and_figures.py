"""The supervisors' Labels and Figures sections, by keyboard, asserted on screen, at the
(simulated) printer and in the database.  Staff and leads do not see them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from db.engine import session_factory
from db.models import AuditEntry, LabelJob, ReceivedUnit
from receiving_station.bench.state import Stage
from receiving_station.figures.shifts import Period
from tests.helpers.label_images import ZplJob, barcodes, pdf_texts, render_zpl_images
from tests.helpers.window import TIMEOUT, badge_and_pin, scan, sign_in, wait_stage, walk_all


def _open(qtbot, window, key, view):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT):
        qtbot.keyClick(window.bench_view, key, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is view


def test_a_supervisor_prints_reprints_and_reads_the_figures(  # type: ignore[no-untyped-def]
    qtbot, window, demo, tmp_path: Path
) -> None:
    engine, scenarios = demo
    walk_all(engine, scenarios)  # another bench confirmed units; their labels wait
    sessions = session_factory(engine)
    with sessions() as session:
        waiting = session.scalar(
            select(func.count()).select_from(LabelJob).where(LabelJob.status == "queued")
        )
        start, end = Period(dt.date.today(), dt.date.today()).bounds
        units_today = session.scalar(
            select(func.count())
            .select_from(ReceivedUnit)
            .where(ReceivedUnit.received_at >= start, ReceivedUnit.received_at < end)
        )
    assert waiting and waiting >= 5

    # Staff see neither section; Alt+L / Alt+I do nothing.
    sign_in(qtbot, window)
    assert not window.tabs.isTabVisible(2) and not window.tabs.isTabVisible(4)
    qtbot.keyClick(window.bench_view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.bench_view
    qtbot.keyClick(window.bench_view, Qt.Key.Key_F12)
    wait_stage(qtbot, window, Stage.SIGNED_OUT)

    badge_and_pin(qtbot, window, "B-3001")  # the supervisor
    wait_stage(qtbot, window, Stage.READY)
    view = window.labels_view
    with qtbot.waitSignal(view.previewed, timeout=TIMEOUT) as preview:
        _open(qtbot, window, Qt.Key.Key_L, view)
    assert view.table.rowCount() == waiting
    assert f"{waiting} labels waiting" in view.summary.text()
    first = view.rows[0]
    assert preview.args == [first.lpn] and not view.preview.pixmap().isNull()
    assert view.preview_pdf and first.lpn in " ".join(pdf_texts(view.preview_pdf))

    # Two selected, P: both print, in order, and the batch is audited.
    printer = window.demo.printer_sim
    before = len(printer.labels)
    view.table.selectRow(0)
    view.table.selectionModel().select(
        view.table.model().index(1, 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = view.selected_job_ids()
    assert len(chosen) == 2
    qtbot.keyClick(view.table, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: len(printer.labels) == before + 2, timeout=TIMEOUT)
    printed = printer.labels[before:]
    lpns = [row.lpn for row in view.rows[:2]]
    assert [lpn.encode() in label for lpn, label in zip(lpns, printed, strict=True)] == [True] * 2
    images = render_zpl_images([ZplJob(label, 4, 2, 203) for label in printed])
    assert [barcodes(image) for image in images] == [[(lpn, "Code128")] for lpn in lpns]
    qtbot.waitUntil(lambda: view.table.rowCount() == waiting - 2, timeout=TIMEOUT)
    with sessions() as session:
        assert {session.get(LabelJob, j).status for j in chosen} == {"printed"}  # type: ignore[union-attr]
        batch = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "label_batch_printed")
        ).one()
        assert batch.details["jobs"] == chosen

    # A torn label scanned in this section: that unit's jobs; R with a reason reprints it.
    scan(qtbot, window, lpns[0])
    qtbot.waitUntil(lambda: f"Label jobs of {lpns[0]}" in view.title.text(), timeout=TIMEOUT)
    assert [row.lpn for row in view.rows] == [lpns[0]]
    assert window.tabs.currentWidget() is view  # the scan did not go to the bench
    view.table.selectRow(0)
    view.reprint_selected("  ")
    qtbot.waitUntil(lambda: "Say why" in view.message.text(), timeout=TIMEOUT)
    view.reprint_selected("torn on the conveyor")
    qtbot.waitUntil(lambda: len(printer.labels) == before + 3, timeout=TIMEOUT)
    assert lpns[0].encode() in printer.labels[-1]
    qtbot.waitUntil(lambda: len(view.rows) == 2 and view.rows[0].is_reprint, timeout=TIMEOUT)
    assert view.rows[0].reason == "torn on the conveyor" and view.rows[0].reprints == 1
    with sessions() as session:
        reprint = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "label_reprinted")
        ).one()
        assert reprint.entity_id == lpns[0] and reprint.details["reason"] == "torn on the conveyor"

    # Figures: Alt+I, today's units; E and S save the refunds CSV and the shift report.
    figures = window.figures_view
    _open(qtbot, window, Qt.Key.Key_I, figures)
    assert figures.tiles["units"].text() == str(units_today)
    assert figures.operators.rowCount() >= 1 and figures.skus.rowCount() >= 1
    csv_file, pdf_file = tmp_path / "refunds.csv", tmp_path / "report.pdf"
    figures.export_refunds(str(csv_file))
    qtbot.waitUntil(lambda: "written to" in figures.message.text(), timeout=TIMEOUT)
    # for a person: the columns named, local times, the locale's numbers (English here)
    assert csv_file.read_text(encoding="utf-8-sig").startswith(
        "accepted (local time),RMA,order,market"
    )
    figures.save_report(str(pdf_file))
    qtbot.waitUntil(lambda: "Shift report written" in figures.message.text(), timeout=TIMEOUT)
    assert "Units received" in " ".join(pdf_texts(pdf_file.read_bytes()))
    assert QApplication.instance() is not None
