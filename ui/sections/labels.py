"""The Labels section (supervisors): units waiting for a label, the label as it prints, a
batch sent to the bench's printer, a reprint with its reason, and the job log with the
printer's faults.  Roles and audit live in the core (receiving_station.labels.jobs); printing goes
through the bench's one LabelWorker (the printer has one owner).

Keys: Alt+L opens it; ↑/↓ choose (Shift/Ctrl select several, Ctrl+A all); P prints the
selected waiting labels (all shown when none is selected); R reprints the selected unit's label
(asks why); W switches waiting / job log; Ctrl+R reads again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.enums import LabelJobStatus
from receiving_station.figures.shifts import SHIFTS, Period
from receiving_station.i18n.text import Text, message_of
from receiving_station.i18n.vocabulary import word
from receiving_station.labels import jobs as core
from receiving_station.labels.jobs import LabelFilter, LabelOutcome, LabelRow
from receiving_station.labels.layout import LabelSet, render_pdf
from ui.dialogs import TextDialog
from ui.i18n import say, site_writing, tr, writing
from ui.sections.base import Choices, LiveSection, filter_grid, refill
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import label as theme_label

# In the order a supervisor reads a job: which unit, how its label is doing and since when,
# what it is and where it goes; the free text last ("Reason / fault": it may be cut at the
# table's edge, its tooltip says it whole).
COLUMNS = (
    Text("labels_view", "LPN"),
    Text("labels_view", "Status"),
    Text("labels_view", "Queued"),
    Text("labels_view", "SKU"),
    Text("labels_view", "Description"),
    Text("labels_view", "Grade"),
    Text("labels_view", "Disposition"),
    Text("labels_view", "Bin"),
    Text("labels_view", "Bench"),
    Text("labels_view", "Reprints"),
    Text("labels_view", "Reason / fault"),
)
STATUS_COLUMN, REASON_COLUMN = 1, len(COLUMNS) - 1
STATUS_COLOURS: dict[str, str] = {
    LabelJobStatus.QUEUED: AMBER,
    LabelJobStatus.FAILED: RED,
    LabelJobStatus.PRINTED: GREEN,
}
PERIODS = (
    (Text("labels_view", "today"), 0),
    (Text("labels_view", "yesterday"), 1),
    (Text("labels_view", "last 7 days"), 6),
    (Text("labels_view", "any time"), None),
)
ANY_ZONE = Text("labels_view", "any zone")


class LabelsSection(LiveSection):
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

        self.title = theme_label("", "message")
        self.summary = theme_label("", "muted")
        self._counts: tuple[int, int, int, int] | None = None
        self.mode = Choices()
        self.mode.add(Text("labels_view", "waiting for a label"))
        self.mode.add(Text("labels_view", "job log (every job)"))
        self.zone = Choices()
        self.zone.add(ANY_ZONE, None)
        self.disposition = Choices()
        self.disposition.add(Text("labels_view", "any disposition"), None)
        for name in ("restock", "refurbish", "repair", "return_to_vendor", "quarantine"):
            self.disposition.add(word(name), name)
        self.period = Choices()
        for text, days in PERIODS:
            self.period.add(text, days)
        self.period.setCurrentIndex(len(PERIODS) - 1)  # any time
        self.shift = Choices()
        self.shift.add(Text("shifts", "any shift"), None)
        for shift in SHIFTS:
            self.shift.add(shift.choice, shift.name)
        filters = filter_grid(
            (
                (Text("labels_view", "Show"), self.mode),
                (Text("labels_view", "Zone"), self.zone),
                (Text("labels_view", "Disposition"), self.disposition),
                (Text("labels_view", "Queued"), self.period),
                (Text("labels_view", "Shift"), self.shift),
            ),
            self._on_filter_changed,
        )

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self._fit_columns(True)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.preview = QLabel("")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(420)
        self.preview_caption = theme_label("", "muted")
        self.preview_caption.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.preview_title = theme_label("", "title")
        side_layout.addWidget(self.preview_title)
        side_layout.addWidget(self.preview, 1)
        side_layout.addWidget(self.preview_caption)

        self.print_button = QPushButton("")
        self.reprint_button = QPushButton("")
        self.mode_button = QPushButton("")
        self.refresh_button = QPushButton("")
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
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([say(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("labels_view", "label jobs"))
        self.preview.setAccessibleName(tr("labels_view", "label preview"))
        if self.preview_pdf is None:
            self.preview.setText(tr("labels_view", "Choose a label to see it as it prints"))
        self.preview_title.setText(tr("labels_view", "As it prints"))
        self.print_button.setText(tr("labels_view", "&Print selected (P)"))
        self.reprint_button.setText(tr("labels_view", "&Reprint… (R)"))
        self.mode_button.setText(tr("labels_view", "&Waiting / job log (W)"))
        self.refresh_button.setText(tr("labels_view", "Refresh (Ctrl+R)"))
        for button in (
            self.print_button,
            self.reprint_button,
            self.mode_button,
            self.refresh_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        self._say_counts()
        if self.rows:
            self._fill_table(self.rows, set(self.selected_job_ids()))
            self._say_caption()
        super().retranslate()

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
            self.show_outcome(
                Text(
                    "labels_view",
                    "Could not read the labels: {problem}",
                    problem=message_of(result),
                ),
                RED,
            )
            return
        rows, zones = result
        refill(self.zone, zones, ANY_ZONE)
        if rows != self.rows:  # (read again every 5 s: mostly nothing changed)
            selected = set(self.selected_job_ids())  # (of the rows shown until now)
            self.rows = rows
            self._fill_table(rows, selected)
        waiting = sum(1 for row in rows if row.status in core.WAITING)
        failed = sum(1 for row in rows if row.status == LabelJobStatus.FAILED)
        printed = sum(1 for row in rows if row.status == LabelJobStatus.PRINTED)
        reprints = sum(1 for row in rows if row.is_reprint)
        self._counts = (waiting, failed, printed, reprints)
        self._say_counts()
        if rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self.shown.emit()

    def _say_counts(self) -> None:
        if self._counts is None:
            self.title.setText(tr("labels_view", "Labels waiting"))
            return
        waiting, failed, printed, reprints = self._counts
        if self.waiting_only:
            self.title.setText(tr("labels_view", "Labels waiting"))
            self.summary.setText(
                (
                    tr(
                        "labels_view",
                        "{n} label(s) waiting, {failed} failed at the printer",
                        n=waiting,
                        failed=failed,
                    )
                    if failed
                    else tr("labels_view", "{n} label(s) waiting", n=waiting)
                )
                + " · "
                + tr("labels_view", "P prints the selected (or all shown) · R reprints · W job log")
            )
        else:
            self.title.setText(
                tr("labels_view", "Label jobs of {lpn}", lpn=self.lpn)
                if self.lpn
                else tr("labels_view", "Label job log")
            )
            self.summary.setText(
                tr(
                    "labels_view",
                    "{n} job(s): {printed} printed, {waiting} waiting, {failed} failed, "
                    "reprints: {reprints} · W: waiting labels",
                    n=len(self.rows),
                    printed=printed,
                    waiting=waiting,
                    failed=failed,
                    reprints=reprints,
                )
            )

    def _fit_columns(self, fit: bool) -> None:
        """Every column as wide as its widest text, the last (free text) what is left; off
        while the table is filled: each item set would measure every row again (375 jobs
        took 50 s to fill, every 5 s)."""
        header = self.table.horizontalHeader()
        if not fit:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _fill_table(self, rows: list[LabelRow], selected: set[int]) -> None:
        """The rows, the jobs `selected` chosen again (where they moved to, or none: the
        selection is by job, not by row, so the preview names the row that is marked)."""
        self.table.setSortingEnabled(False)
        self._fit_columns(False)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            fault = row.error if row.status == LabelJobStatus.FAILED else None
            status = say(word(row.status))
            cells = (
                row.lpn,
                status + (f" ({row.attempts}×)" if row.attempts > 1 else ""),
                writing().datetime(row.created_at),
                row.sku,
                row.description,
                row.grade,
                say(word(row.disposition)),
                row.bin,
                row.station,
                str(row.reprints) if row.reprints else "",
                fault or (row.reason or ""),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.job_id)
                if c == STATUS_COLUMN:
                    item.setForeground(QColor(STATUS_COLOURS.get(row.status, MUTED)))
                if c == REASON_COLUMN:
                    item.setToolTip(text)  # the column may be cut at the table's edge
                    if fault:
                        item.setForeground(QColor(RED))
                self.table.setItem(r, c, item)
            if row.job_id in selected:  # (all of them: selectRow would keep the last)
                self.table.selectionModel().select(
                    self.table.model().index(r, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._fit_columns(True)

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
        job_id, labels, size, site = row.job_id, self.label_set, self.label_size, site_writing()

        def load() -> tuple[str, bytes]:
            with self.sessions() as session:
                data = core.label_data_of_job(session, job_id, site)
            return data.lpn, render_pdf(labels, [data], size)

        self.worker.call(load, self._show_preview)

    def _show_preview(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.preview.setText(
                tr("labels_view", "No preview: {problem}", problem=message_of(result))
            )
            return
        lpn, pdf = result
        self.preview_pdf = pdf
        image = pdf_page_image(pdf, self.preview.width() - 20)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._say_caption()
        self.previewed.emit(lpn)

    def _say_caption(self) -> None:
        row = self.selected_row()
        if row is None or self.preview_pdf is None:
            return
        caption = tr(
            "labels_view",
            "{lpn} · {template} label, {size} in · {status}",
            lpn=row.lpn,
            template=word(row.template),
            size=self.label_size,
            status=word(row.status),
        )
        self.preview_caption.setText(caption + (f" · {row.error}" if row.error else ""))

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
            self.show_outcome(
                Text(
                    "labels_view",
                    "No label is waiting here. To print one again, choose it and press R.",
                ),
                AMBER,
            )
            return
        operator_id, _role, station_id = actor  # the core reads the role itself

        def run() -> list[int]:
            return core.queue_batch(
                self.sessions, ids, operator_id=operator_id, station_id=station_id
            )

        self.worker.call(run, self._on_batch_queued)

    def _on_batch_queued(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(message_of(result), RED)
            return
        for job_id in result:
            self.printer.put(job_id)
        self.show_outcome(
            Text("labels_view", "{n} label(s) sent to the printer, in order.", n=len(result)),
            GREEN,
        )

    def reprint_selected(self, reason: str | None = None) -> None:
        row = self.selected_row()
        actor = self.actor()
        if row is None or actor is None:
            return
        if reason is None:
            reason = TextDialog.ask(
                self,
                tr("labels_view", "Reprint a label"),
                tr(
                    "labels_view",
                    "Why is the label of {lpn} printed again? (torn, smudged, lost, wrong bin ...)",
                    lpn=row.lpn,
                )
                + "\n"
                + tr("labels_view", "It has been reprinted {n} time(s) before.", n=row.reprints),
            )
            if reason is None:
                return
        operator_id, _role, station_id = actor  # the core reads the role itself
        lpn = row.lpn

        def run() -> core.Reprint:
            return core.reprint_label(
                self.sessions,
                lpn=lpn,
                reason=reason or "",
                operator_id=operator_id,
                station_id=station_id,
            )

        self.worker.call(run, self._on_reprint_queued)

    def _on_reprint_queued(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(message_of(result), RED)
            return
        self.printer.put(result.job_id)
        self.show_outcome(
            Text(
                "labels_view",
                "Reprint {n} of {lpn} sent to the printer.",
                n=result.reprints,
                lpn=result.lpn,
            ),
            GREEN,
        )

    def _on_printer_printed(self, outcome: LabelOutcome) -> None:
        if self.isVisible():
            self.show_outcome(outcome.message, GREEN if outcome.printed else RED)
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
