"""The Labels section (supervisors): units waiting for a label, the label as it prints, a
batch sent to the bench's printer, a reprint with its reason, and the job log with the
printer's faults.  Roles and audit live in the core (receiving_station.labels); printing goes
through the bench's one LabelWorker (the printer has one owner).

Keys: Alt+L opens it; ↑/↓ choose (Shift/Ctrl select several, Ctrl+A all); P prints the
selected waiting labels (all shown when none is selected); R reprints the selected unit's label
(asks why); W switches waiting / job log; Ctrl+R reads again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.models import LabelJob
from receiving_station import labels as core
from receiving_station.label_layout import LabelSet, render_pdf
from receiving_station.labels import LabelFilter, LabelOutcome, LabelRow
from receiving_station.shifts import SHIFTS, Period
from ui.section import LiveSection, filter_grid, refill
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import label as theme_label

COLUMNS = (
    "LPN",
    "SKU",
    "Description",
    "Grade",
    "Disposition",
    "Bin",
    "Bench",
    "Queued",
    "Status",
    "Reprints",
    "Reason / fault",
)
STATUS_COLOURS = {"queued": AMBER, "failed": RED, "printed": GREEN}
PERIODS = {"today": 0, "yesterday": 1, "last 7 days": 6, "any time": None}


class LabelsView(LiveSection):
    """`actor()` gives (operator id, role, station id) of whoever is signed in, or None;
    `printer` is the bench's LabelWorker (jobs are put on its queue)."""

    shown = Signal()  # the list was drawn (tests)
    previewed = Signal(str)  # the LPN whose label the preview shows (tests)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Callable[[], tuple[int, str, int | None] | None],
        printer: Any,
        labels: LabelSet,
        size: str = "4x2",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("labels-view", 5000, parent)
        self.sessions, self.actor, self.printer = sessions, actor, printer
        self.label_set, self.label_size = labels, size
        self.rows: list[LabelRow] = []
        self.waiting_only = True
        self.lpn: str | None = None  # a scanned LPN: only its jobs
        self.preview_pdf: bytes | None = None
        self._preview_for: int | None = None
        printer.printed.connect(self._on_printer_printed)

        self.title = theme_label("Labels waiting", "message")
        self.summary = theme_label("", "muted")
        self.mode = QComboBox()
        self.mode.addItems(["waiting for a label", "job log (every job)"])
        self.zone = QComboBox()
        self.zone.addItem("any zone", None)
        self.disposition = QComboBox()
        self.disposition.addItem("any disposition", None)
        for name in ("restock", "refurbish", "repair", "return_to_vendor", "quarantine"):
            self.disposition.addItem(name.replace("_", " "), name)
        self.period = QComboBox()
        for name, days in PERIODS.items():
            self.period.addItem(name, days)
        self.period.setCurrentIndex(list(PERIODS).index("any time"))
        self.shift = QComboBox()
        self.shift.addItem("any shift", None)
        for shift in SHIFTS:
            self.shift.addItem(
                f"{shift.name} ({shift.start_hour:02d}-{shift.end_hour:02d})", shift.name
            )
        filters = filter_grid(
            (
                ("Show", self.mode),
                ("Zone", self.zone),
                ("Disposition", self.disposition),
                ("Queued", self.period),
                ("Shift", self.shift),
            ),
            self._on_filter_changed,
        )

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName("label jobs")
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.preview = QLabel("Choose a label to see it as it prints")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(420)
        self.preview.setAccessibleName("label preview")
        self.preview_caption = theme_label("", "muted")
        self.preview_caption.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(theme_label("As it prints", "title"))
        side_layout.addWidget(self.preview, 1)
        side_layout.addWidget(self.preview_caption)

        self.print_button = QPushButton("&Print selected (P)")
        self.reprint_button = QPushButton("&Reprint… (R)")
        self.mode_button = QPushButton("&Waiting / job log (W)")
        self.refresh_button = QPushButton("Refresh (Ctrl+R)")
        self.print_button.clicked.connect(self.print_selected)
        self.reprint_button.clicked.connect(lambda: self.reprint_selected())
        self.mode_button.clicked.connect(self.toggle_mode)
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        for button in (
            self.print_button,
            self.reprint_button,
            self.mode_button,
            self.refresh_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.keys = {
            (Qt.Key.Key_R, True): self.refresh,
            (Qt.Key.Key_P, False): self.print_selected,
            (Qt.Key.Key_R, False): self.reprint_selected,
            (Qt.Key.Key_W, False): self.toggle_mode,
        }
        self.listen_for_keys(self.table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setSizes([1100, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- reading ---------------------------------------------------------------------------------

    def current_filter(self) -> LabelFilter:
        days = self.period.currentData()
        windows = None
        if days is not None or self.shift.currentData():
            today = dt.date.today()
            first = (
                today - dt.timedelta(days=days)
                if days is not None
                else today - dt.timedelta(days=365)
            )
            last = today - dt.timedelta(days=1) if days == 1 else today
            windows = tuple(Period(first, last, self.shift.currentData()).windows())
        return LabelFilter(
            waiting_only=self.waiting_only,
            zone=self.zone.currentData(),
            disposition=self.disposition.currentData(),
            windows=windows,
            lpn=self.lpn,
        )

    def refresh(self) -> None:
        wanted = self.current_filter()

        def load() -> tuple[list[LabelRow], list[str]]:
            with self.sessions() as session:
                return core.label_rows(session, wanted), core.label_zones(session)

        self.worker.call(load, self._show_rows)

    def _show_rows(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.say(f"Could not read the labels: {result}", RED)
            return
        rows, zones = result
        refill(self.zone, zones, "any zone")
        selected = set(self.selected_job_ids())
        self.rows = rows
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            fault = row.error if row.status == "failed" else None
            cells = (
                row.lpn,
                row.sku,
                row.description,
                row.grade,
                row.disposition.replace("_", " "),
                row.bin,
                row.station,
                f"{row.created_at.astimezone():%d %b %H:%M}",
                row.status + (f" ({row.attempts}×)" if row.attempts > 1 else ""),
                str(row.reprints) if row.reprints else "",
                fault or (row.reason or ""),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.job_id)
                if c == 8:
                    item.setForeground(QColor(STATUS_COLOURS.get(row.status, MUTED)))
                if c == 10 and fault:
                    item.setForeground(QColor(RED))
                self.table.setItem(r, c, item)
            if row.job_id in selected:
                self.table.selectRow(r)
        waiting = sum(1 for row in rows if row.status in core.WAITING)
        failed = sum(1 for row in rows if row.status == "failed")
        if self.waiting_only:
            self.title.setText("Labels waiting")
            self.summary.setText(
                f"{waiting} label(s) waiting"
                + (f", {failed} failed at the printer" if failed else "")
                + " · P prints the selected (or all shown) · R reprints · W job log"
            )
        else:
            self.title.setText(f"Label jobs of {self.lpn}" if self.lpn else "Label job log")
            printed = sum(1 for row in rows if row.status == "printed")
            reprints = sum(1 for row in rows if row.is_reprint)
            self.summary.setText(
                f"{len(rows)} job(s): {printed} printed, {waiting} waiting, {failed} failed, "
                f"{reprints} reprint(s) · W: waiting labels"
            )
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self.shown.emit()

    def _on_filter_changed(self) -> None:
        self.waiting_only = self.mode.currentIndex() == 0
        self.lpn = None
        self.refresh()

    def find_lpn(self, code: str) -> None:
        """A scanned label: show every job of that unit (to reprint it, say)."""
        self.lpn = code.strip().upper()
        self.waiting_only = False
        self.mode.blockSignals(True)
        self.mode.setCurrentIndex(1)
        self.mode.blockSignals(False)
        self.refresh()

    def toggle_mode(self) -> None:
        self.mode.setCurrentIndex(1 - self.mode.currentIndex())

    def selected_job_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].job_id for r in rows if r < len(self.rows)]

    def selected_row(self) -> LabelRow | None:
        ids = self.selected_job_ids()
        return next((row for row in self.rows if ids and row.job_id == ids[0]), None)

    # -- preview -----------------------------------------------------------------------------

    def _on_table_selection_changed(self) -> None:
        row = self.selected_row()
        if row is None or row.job_id == self._preview_for:
            return
        self._preview_for = row.job_id
        job_id, labels, size = row.job_id, self.label_set, self.label_size

        def load() -> tuple[str, bytes]:
            with self.sessions() as session:
                job = session.get(LabelJob, job_id)
                assert job is not None
                data = core.label_data(session, job)
            return data.lpn, render_pdf(labels, [data], size)

        self.worker.call(load, self._show_preview)

    def _show_preview(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.preview.setText(f"No preview: {result}")
            return
        lpn, pdf = result
        self.preview_pdf = pdf
        image = pdf_page_image(pdf, self.preview.width() - 20)
        self.preview.setPixmap(QPixmap.fromImage(image))
        row = self.selected_row()
        if row is not None:
            self.preview_caption.setText(
                f"{row.lpn} · {row.template.replace('_', ' ')} label, {self.label_size} in · "
                f"{row.status}" + (f" · {row.error}" if row.error else "")
            )
        self.previewed.emit(lpn)

    # -- acting ------------------------------------------------------------------------------

    def print_selected(self) -> None:
        actor = self.actor()
        if actor is None:
            return
        ids = [
            job
            for job in self.selected_job_ids()
            if any(r.job_id == job and r.status in core.WAITING for r in self.rows)
        ]
        if not ids:
            ids = [row.job_id for row in self.rows if row.status in core.WAITING]
        if not ids:
            self.say("No label is waiting here. To print one again, choose it and press R.", AMBER)
            return
        operator_id, role, station_id = actor

        def run() -> list[int]:
            return core.queue_batch(
                self.sessions, ids, operator_id=operator_id, role=role, station_id=station_id
            )

        self.worker.call(run, self._on_batch_queued)

    def _on_batch_queued(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.say(str(result), RED)
            return
        for job_id in result:
            self.printer.put(job_id)
        self.say(f"{len(result)} label(s) sent to the printer, in order.", GREEN)

    def reprint_selected(self, reason: str | None = None) -> None:
        row = self.selected_row()
        actor = self.actor()
        if row is None or actor is None:
            return
        if reason is None:
            dialog = QInputDialog(self)
            dialog.setWindowTitle("Reprint a label")
            dialog.setLabelText(
                f"Why is the label of {row.lpn} printed again? (torn, smudged, lost, wrong "
                f"bin ...)\nIt has been reprinted {row.reprints} time(s) before."
            )
            dialog.setMinimumWidth(700)
            if not dialog.exec():
                return
            reason = dialog.textValue()
        operator_id, role, station_id = actor
        lpn = row.lpn

        def run() -> core.Reprint:
            return core.reprint_label(
                self.sessions,
                lpn=lpn,
                reason=reason or "",
                operator_id=operator_id,
                role=role,
                station_id=station_id,
            )

        self.worker.call(run, self._on_reprint_queued)

    def _on_reprint_queued(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.say(str(result), RED)
            return
        self.printer.put(result.job_id)
        self.say(f"Reprint {result.reprints} of {result.lpn} sent to the printer.", GREEN)

    def _on_printer_printed(self, outcome: LabelOutcome) -> None:
        if self.isVisible():
            self.say(outcome.message, GREEN if outcome.printed else RED)
            self.soon.start()


def pdf_page_image(pdf: bytes, width: int) -> QImage:
    """The first page of a PDF drawn `width` pixels wide, on white (QtPdf: PDFium)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    page = document.pagePointSize(0)
    scale = max(1, width) / page.width()
    size = QSize(round(page.width() * scale), round(page.height() * scale))
    image = document.render(0, size)
    white = QImage(size, QImage.Format.Format_RGB32)
    white.fill(QColor("white"))
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    document.close()
    return white
