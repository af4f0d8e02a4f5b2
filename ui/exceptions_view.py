"""The Exceptions section (leads and supervisors): the queue of exceptions raised at the
benches, fetched from the database a page at a time as the table scrolls (a Qt model over
`review_queue.queue_page`, keyset paging), with filters, sort, search, SLA ageing and counts
per type; the chosen exception's whole story beside it; and the lead's actions, on one
exception or on a selection.  Every action is checked and audited in the core
(`receiving_station.review`); this view only asks and shows.  Nothing here waits on the
database: reads and actions run on the view's worker thread.

Keys (in the table): C claim, X release, A approve the refund in full, Shift+A in part,
J reject and return to the customer, K ask customer service to contact the customer,
G re-grade or change the disposition, D close with a note, N add a note, S reassign
(supervisors), P show the photos large, Ctrl+F search, Ctrl+R refresh; Ctrl+A selects all
loaded rows for a bulk action.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.enums import Disposition, ExceptionStatus, ExceptionType, Role
from db.types import utcnow
from receiving_station import review
from receiving_station.auth import has_role
from receiving_station.review_queue import (
    SORTS,
    ExceptionDetail,
    QueueFilter,
    QueuePage,
    QueueRow,
    counts_by_type,
    exception_detail,
    queue_page,
)
from ui.section import LiveSection
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import font as theme_font
from ui.theme import label as theme_label
from ui.workers import TaskWorker

PAGE = 200
NO_PARENT = QModelIndex()
RELOAD_AT_MOST = 2000  # a refresh reloads what was loaded, up to this many rows


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[QueueRow, dt.datetime], str]
    sort: str | None = None  # a key of review_queue.SORTS


def _ago(then: dt.datetime, now: dt.datetime) -> str:
    return _span(now - then)


def _span(delta: dt.timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // (24 * 60)} d"


def sla_text(row: QueueRow, now: dt.datetime) -> str:
    """The SLA column in words, so colour is never the only signal."""
    state = row.sla_state(now)
    if state == "resolved":
        return "resolved"
    if state == "overdue":
        return f"OVERDUE {_span(now - row.sla_due)}"
    return f"due in {_span(row.sla_due - now)}" + (" !" if state == "due soon" else "")


def _words(value: str | None) -> str:
    return (value or "").replace("_", " ")


COLUMNS = (
    Column("#", lambda r, n: str(r.exception_id)),
    Column("Type", lambda r, n: _words(r.type), "type"),
    Column(
        "Status", lambda r, n: r.status + (f" · {r.claimed_by}" if r.claimed_by else ""), "status"
    ),
    Column("SLA", sla_text, "due"),
    Column("Age", lambda r, n: _ago(r.created_at, n), "created"),
    Column("RMA", lambda r, n: r.rma_number or ""),
    Column("Mkt", lambda r, n: r.market or ""),
    Column("Tracking", lambda r, n: r.tracking_number or ""),
    Column("Carrier", lambda r, n: r.carrier or ""),
    Column("LPN", lambda r, n: r.lpn or ""),
    Column("Station", lambda r, n: r.station or ""),
    Column("Summary", lambda r, n: r.summary),
)
SLA_COLUMN = 3
SLA_COLOURS = {"overdue": RED, "due soon": AMBER}
BLACK = QColor("#000000")

STATUS_CHOICES = (
    ("Open and claimed", (ExceptionStatus.OPEN.value, ExceptionStatus.CLAIMED.value)),
    ("Open (nobody on it)", (ExceptionStatus.OPEN.value,)),
    ("Claimed", (ExceptionStatus.CLAIMED.value,)),
    ("Resolved", (ExceptionStatus.RESOLVED.value,)),
    ("All", ()),
)
AGE_CHOICES = (
    ("Any age", None),
    ("Older than 1 hour", dt.timedelta(hours=1)),
    ("Older than 4 hours", dt.timedelta(hours=4)),
    ("Older than 1 day", dt.timedelta(days=1)),
    ("Older than 3 days", dt.timedelta(days=3)),
)


class ExceptionsModel(QAbstractTableModel):
    """The queue as a table model: rows arrive a page at a time (`canFetchMore` /
    `fetchMore`, which the view calls as it scrolls); pages are read on the worker thread."""

    loaded = Signal()  # a page or a reload arrived (the view re-selects, tests wait)
    counted = Signal()  # the counts per type of the current filter arrived
    failed = Signal(str)

    def __init__(
        self, sessions: sessionmaker[Session], worker: TaskWorker, counter: TaskWorker
    ) -> None:
        super().__init__()
        self.sessions, self.worker, self.counter = sessions, worker, counter
        self.rows: list[QueueRow] = []
        self.next_after: tuple[Any, int] | None = None
        self.queue_filter = QueueFilter()
        self.sort_key, self.descending = "due", False
        self.counts: dict[str, int] = {}
        self.counts_generation = -1
        self._cache: dict[int, tuple[Any, ...]] = {}
        self.overdue = 0  # among the loaded rows
        self.now = utcnow()
        self._generation = 0
        self._fetching = False

    # -- Qt model --
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = COLUMNS[section]
        if column.sort == self.sort_key:
            return f"{column.title} {'▼' if self.descending else '▲'}"
        return column.title

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        # Called for every visible cell and role at each paint: answer from what was worked
        # out once per row (`_cells`), and say nothing quickly for the roles not used.
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole or role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != SLA_COLUMN:
                return None
            colour = self._cells(index.row())[-1]
            if colour is None:
                return None
            return colour if role == Qt.ItemDataRole.BackgroundRole else BLACK
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[index.row()].exception_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()].summary
        return None

    def _cells(self, number: int) -> tuple[Any, ...]:
        """A row's texts, then its SLA colour (None: on time)."""
        cells = self._cache.get(number)
        if cells is None:
            row = self.rows[number]
            colour = SLA_COLOURS.get(row.sla_state(self.now))
            cells = (
                *(column.value(row, self.now) for column in COLUMNS),
                QColor(colour) if colour else None,
            )
            self._cache[number] = cells
        return cells

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and self.next_after is not None and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, after = self._generation, self.next_after
        f, key, desc = self.queue_filter, self.sort_key, self.descending

        def load() -> QueuePage:
            with self.sessions() as session:
                return queue_page(session, f, sort=key, descending=desc, after=after, limit=PAGE)

        self.worker.call(load, lambda result: self._on_page(generation, result))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort
        if key is None:
            return
        self.sort_by(key, order == Qt.SortOrder.DescendingOrder)

    # -- ours --
    def sort_by(self, key: str, descending: bool) -> None:
        if key not in SORTS:
            raise ValueError(key)
        self.sort_key, self.descending = key, descending
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.reload(keep=False)

    def set_filter(self, queue_filter: QueueFilter) -> None:
        self.queue_filter = queue_filter
        self.reload(keep=False)

    def reload(self, *, keep: bool = True) -> None:
        """Read the first page again (with `keep`, as many rows as are loaded now, so a
        refresh does not throw away where the lead scrolled to) and the counts per type."""
        self._generation += 1
        generation = self._generation
        self._fetching = True
        limit = min(max(PAGE, len(self.rows)), RELOAD_AT_MOST) if keep else PAGE
        f, key, desc = self.queue_filter, self.sort_key, self.descending

        def load() -> QueuePage:
            with self.sessions() as session:
                return queue_page(session, f, sort=key, descending=desc, limit=limit)

        def count() -> dict[str, int] | None:
            if generation != self._generation:
                return None  # the lead asked for something else meanwhile
            with self.sessions() as session:
                return counts_by_type(session, f)

        # The counts once the rows are in, on their own thread: counting every match costs more
        # than a page, and the next filter's rows must not wait behind this one's count.
        def loaded(result: Any) -> None:
            self._on_page(generation, result, reset=True)
            if generation == self._generation:
                self.counter.call(count, lambda counts: self._on_counts(generation, counts))

        self.worker.call(load, loaded)

    def _on_counts(self, generation: int, result: Any) -> None:
        if generation != self._generation or result is None or isinstance(result, Exception):
            return  # (a failure was said with the page)
        self.counts, self.counts_generation = result, generation
        self.counted.emit()

    @property
    def counts_current(self) -> bool:
        return self.counts_generation == self._generation

    def _on_page(self, generation: int, result: Any, *, reset: bool = False) -> None:
        if generation != self._generation:
            return  # a newer filter, sort or refresh was asked for meanwhile
        self._fetching = False
        if isinstance(result, Exception):
            self.failed.emit(f"Could not read the exception queue: {result}")
            return
        self.now = utcnow()
        self._cache.clear()
        page = result
        overdue = sum(1 for r in page.rows if r.sla_state(self.now) == "overdue")
        if reset:
            self.overdue = overdue
            self.beginResetModel()
            self.rows = list(page.rows)
            self.next_after = page.next_after
            self.endResetModel()
        else:
            self.overdue += overdue
            if page.rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self.rows.extend(page.rows)
                self.endInsertRows()
            self.next_after = page.next_after
        self.loaded.emit()

    def row_of(self, exception_id: int) -> int | None:
        for number, row in enumerate(self.rows):
            if row.exception_id == exception_id:
                return number
        return None


class PhotoDialog(QDialog):
    """The unit's photos, large; ←/→ step through them, Esc closes."""

    def __init__(self, photos: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Photos")
        self.photos, self.current = photos, 0
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = theme_label("", "muted")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.caption)
        self.resize(1100, 850)
        self.show_photo(0)

    def show_photo(self, number: int) -> None:
        if not self.photos:
            return
        self.current = number % len(self.photos)
        path = self.photos[self.current]
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.image.setText(f"The photo {path} cannot be read (moved or deleted?)")
        else:
            self.image.setPixmap(
                pixmap.scaled(
                    QSize(1060, 760),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.caption.setText(f"{self.current + 1} of {len(self.photos)}: {path}  (← → Esc)")

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Right:
            self.show_photo(self.current + 1)
        elif event.key() == Qt.Key.Key_Left:
            self.show_photo(self.current - 1)
        else:
            super().keyPressEvent(event)


class ExceptionsView(LiveSection):
    """The exception queue; `actor()` gives (operator id, role, station id) of whoever is
    signed in, or None; `operators()` the active operators (for the filter and reassign)."""

    changed = Signal()  # an action went through (the status bar recounts the backlog)
    shown = Signal()  # a page, a detail or an action's outcome was drawn (tests)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Callable[[], tuple[int, str, int | None] | None],
        grades: list[str],
        parent: QWidget | None = None,
    ) -> None:
        # Read again every 30 s while shown: the SLA ageing moves on when nothing else changes.
        super().__init__("exceptions-view", 30_000, parent)
        self.sessions, self.actor, self.grades = sessions, actor, grades
        self.counter = TaskWorker("exceptions-counts", self)
        self.workers.append(self.counter)
        self.model = ExceptionsModel(sessions, self.worker, self.counter)
        self.detail: ExceptionDetail | None = None
        self.operators: list[tuple[int, str, str]] = []  # id, name, role

        self.summary = theme_label("", "muted")
        self.summary.setWordWrap(True)

        # -- filters -----------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search: RMA, order, tracking number or LPN (Ctrl+F)")
        self.search.setAccessibleName("search by RMA, order, tracking number or LPN")
        self.search.returnPressed.connect(self.apply_filters)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName("exception type")
        self.type_filter.addItem("Any type", None)
        for kind in ExceptionType:
            self.type_filter.addItem(_words(kind.value), kind.value)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("status")
        for text, statuses in STATUS_CHOICES:
            self.status_filter.addItem(text, statuses)
        self.age_filter = QComboBox()
        self.age_filter.setAccessibleName("age")
        for text, age in AGE_CHOICES:
            self.age_filter.addItem(text, age)
        self.operator_filter = QComboBox()
        self.operator_filter.setAccessibleName("raised by operator")
        self.operator_filter.addItem("Any operator", None)
        self.station_filter = QLineEdit()
        self.station_filter.setPlaceholderText("Station")
        self.station_filter.setAccessibleName("station")
        self.market_filter = QLineEdit()
        self.market_filter.setPlaceholderText("Market")
        self.market_filter.setAccessibleName("market")
        self.market_filter.setMaxLength(2)
        self.carrier_filter = QLineEdit()
        self.carrier_filter.setPlaceholderText("Carrier")
        self.carrier_filter.setAccessibleName("carrier")
        for combo in (self.type_filter, self.status_filter, self.age_filter, self.operator_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.station_filter, self.market_filter, self.carrier_filter):
            edit.returnPressed.connect(self.apply_filters)
        self.sort_choice = QComboBox()
        self.sort_choice.setAccessibleName("sort")
        for key, text in (
            ("due", "SLA due first"),
            ("created", "Oldest first"),
            ("type", "By type"),
            ("status", "By status"),
        ):
            self.sort_choice.addItem(text, (key, False))
        self.sort_choice.addItem("Newest first", ("created", True))
        self.sort_choice.currentIndexChanged.connect(self._on_sort_choice_changed)

        # -- table and detail -------------------------------------------------------------
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(False)  # the header click sorts in the database instead
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAccessibleName("exception queue")
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_section_clicked)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setFont(theme_font("muted"))
        for number, width in enumerate((60, 180, 150, 160, 85, 160, 50, 150, 70, 150, 105)):
            self.table.setColumnWidth(number, width)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.detail_text = QTextBrowser()
        self.detail_text.setAccessibleName("exception detail and evidence")
        self.detail_text.setOpenLinks(False)
        self.detail_text.setFont(theme_font("muted"))
        self.photo_strip = QListWidget()
        self.photo_strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_strip.setIconSize(QSize(120, 90))
        self.photo_strip.setFixedHeight(120)
        self.photo_strip.setAccessibleName("photos (P or Enter shows them large)")
        self.photo_strip.itemActivated.connect(self._on_photo_strip_item_activated)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_text, 1)
        detail_layout.addWidget(self.photo_strip)

        # -- actions ------------------------------------------------------------------------
        self.buttons: dict[str, QPushButton] = {}
        action_row = QGridLayout()
        for name, text, slot in (
            ("claim", "Claim (C)", self.claim_selected),
            ("release", "Release (X)", self.release_selected),
            ("approve", "Approve refund (A)", self.approve_selected),
            ("approve_part", "…in part (Shift+A)", self.approve_part_selected),
            ("reject", "Reject (J)", self.reject_selected),
            ("contact", "Contact customer (K)", self.contact_selected),
            ("regrade", "Re-grade (G)", self.regrade_selected),
            ("close", "Close (D)", self.close_selected),
            ("note", "Note (N)", self.note_selected),
            ("reassign", "Reassign (S)", self.reassign_selected),
            ("refresh", "Refresh (Ctrl+R)", self.refresh),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[name] = button
            action_row.addWidget(button, len(self.buttons) > 6, (len(self.buttons) - 1) % 6)

        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        combos = (self.type_filter, self.status_filter, self.age_filter, self.sort_choice)
        for column, combo in enumerate(combos, start=2):
            filters.addWidget(combo, 0, column)
        edits = (self.station_filter, self.market_filter, self.carrier_filter)
        filters.addWidget(self.operator_filter, 1, 0)
        for column, edit in enumerate(edits, start=1):
            filters.addWidget(edit, 1, column)
        for widget in (self.type_filter, self.status_filter, self.age_filter, self.sort_choice):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(12)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(action_row)

        # Keys handled here rather than as QShortcuts: shortcuts need an active window, which
        # a bench under a bare X server (no window manager) may never have.
        for watched in (self, self.table, self.detail_text, self.photo_strip):
            watched.installEventFilter(self)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.counted.connect(self._on_model_counted)
        self.model.failed.connect(lambda text: self._say(text, RED))
        self._wanted: set[int] = set()  # the exception ids to select again after a reload

        self.detail_soon = QTimer(self)
        self.detail_soon.setSingleShot(True)
        self.detail_soon.setInterval(120)
        self.detail_soon.timeout.connect(self._load_detail)

    # -- life --
    def set_operators(self, operators: list[tuple[int, str, str]]) -> None:
        self.operators = operators
        current = self.operator_filter.currentData()
        self.operator_filter.blockSignals(True)
        self.operator_filter.clear()
        self.operator_filter.addItem("Any operator", None)
        for operator_id, name, _role in operators:
            self.operator_filter.addItem(name, operator_id)
        index = self.operator_filter.findData(current)
        self.operator_filter.setCurrentIndex(max(index, 0))
        self.operator_filter.blockSignals(False)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers()
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if mods & ctrl:
            if key == Qt.Key.Key_R:
                self.refresh()
            elif key == Qt.Key.Key_F:
                self.search.setFocus()
                self.search.selectAll()
            else:
                return False
            return True
        if watched is self.photo_strip and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        plain = {
            Qt.Key.Key_C: self.claim_selected,
            Qt.Key.Key_X: self.release_selected,
            Qt.Key.Key_J: self.reject_selected,
            Qt.Key.Key_K: self.contact_selected,
            Qt.Key.Key_G: self.regrade_selected,
            Qt.Key.Key_D: self.close_selected,
            Qt.Key.Key_N: self.note_selected,
            Qt.Key.Key_S: self.reassign_selected,
            Qt.Key.Key_P: self.show_photos,
        }
        if key == Qt.Key.Key_A and mods == shift:
            self.approve_part_selected()
        elif key == Qt.Key.Key_A and not mods:
            self.approve_selected()
        elif key in plain and not mods:
            plain[Qt.Key(key)]()
        else:
            return False
        return True

    # -- reading --
    def refresh(self) -> None:
        """Read the queue again (keeping the selection and what was loaded): on show, after
        an action, on another bench's change, and every 30 s for the SLA ageing."""
        self._wanted = set(self.selected_ids()) or self._wanted
        self.model.reload()

    def current_filter(self) -> QueueFilter:
        age = self.age_filter.currentData()
        return QueueFilter(
            types=(self.type_filter.currentData(),) if self.type_filter.currentData() else (),
            statuses=tuple(self.status_filter.currentData() or ()),
            older_than=utcnow() - age if age else None,
            station=self.station_filter.text().strip() or None,
            operator_id=self.operator_filter.currentData(),
            market=self.market_filter.text().strip() or None,
            carrier=self.carrier_filter.text().strip() or None,
            search=self.search.text().strip() or None,
        )

    def find_code(self, code: str) -> None:
        """A scanned (or typed) RMA, order, tracking number or LPN: its exceptions, whatever
        their status."""
        self.search.setText(code.strip())
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(len(STATUS_CHOICES) - 1)  # "All"
        self.status_filter.blockSignals(False)
        self.apply_filters()
        self.table.setFocus()

    def apply_filters(self) -> None:
        self._wanted = set()
        self.model.set_filter(self.current_filter())

    def _on_sort_choice_changed(self) -> None:
        key, descending = self.sort_choice.currentData()
        self.model.sort_by(key, descending)

    def _on_header_section_clicked(self, column: int) -> None:
        key = COLUMNS[column].sort
        if key is None:
            return
        descending = not self.model.descending if key == self.model.sort_key else False
        self.model.sort_by(key, descending)

    def _on_model_counted(self) -> None:
        counts = self.model.counts
        total = sum(counts.values())
        if total:
            parts = ", ".join(
                f"{n:,} {_words(kind)}" for kind, n in sorted(counts.items(), key=lambda i: -i[1])
            )
            overdue = self.model.overdue
            self.summary.setText(
                f"{total:,} match: {parts}. Loaded {len(self.model.rows):,}"
                + (f", {overdue:,} of them overdue" if overdue else "")
                + "."
            )
        else:
            self.summary.setText("No exception matches: the queue is clear.")
        self.shown.emit()

    def _on_model_loaded(self) -> None:
        if self.model.counts_current:  # another page of the same query: "Loaded" grew
            self._on_model_counted()
        wanted, self._wanted = self._wanted, set()
        selection = self.table.selectionModel()
        rows = [r for r in (self.model.row_of(i) for i in wanted) if r is not None]
        if rows:
            selection.blockSignals(True)
            first = True
            for row in rows:
                index = self.model.index(row, 0)
                flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                if first:
                    selection.setCurrentIndex(index, flags)
                    first = False
                else:
                    selection.select(index, flags)
            selection.blockSignals(False)
            self.detail_soon.start()
        elif self.model.rows and not selection.hasSelection():
            self.table.selectRow(0)
        elif not self.model.rows:
            self._show_detail(None)
        self.shown.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].exception_id for r in rows if r < len(self.model.rows)]

    def _on_table_selection_changed(self) -> None:
        # Read the detail once the selection rests (holding ↓ runs through rows without
        # reading each one, and a reload's rows paint before the detail is read).
        self.detail_soon.start()

    def _load_detail(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self._show_detail(None, selected=len(ids))
            return
        exception_id = ids[0]

        def load() -> ExceptionDetail:
            with self.sessions() as session:
                return exception_detail(session, exception_id)

        self.worker.call(load, self._show_detail)

    def _show_detail(self, result: Any, *, selected: int = 0) -> None:
        if isinstance(result, Exception):
            self._say(str(result), RED)
            return
        self.detail = result
        self.photo_strip.clear()
        if result is None:
            self.detail_text.setHtml(
                f"<p>{selected} exceptions selected: the actions apply to each of them.</p>"
                if selected > 1
                else "<p>Choose an exception to see its evidence.</p>"
            )
            self.photo_strip.setVisible(False)
            self.shown.emit()
            return
        if self.selected_ids() != [result.row.exception_id]:
            return  # the selection moved on while this was read
        self.detail_text.setHtml(detail_html(result, utcnow()))
        for path in result.photos:
            item = QListWidgetItem(QIcon(QPixmap(path)), Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.photo_strip.addItem(item)
        self.photo_strip.setVisible(bool(result.photos))
        self.shown.emit()

    def show_photos(self) -> QDialog | None:
        if self.detail is None or not self.detail.photos:
            self._say("This exception has no photos.", MUTED)
            return None
        dialog = PhotoDialog(self.detail.photos, self)
        dialog.show_photo(max(self.photo_strip.currentRow(), 0))
        dialog.show()
        return dialog

    def _on_photo_strip_item_activated(self, _item: QListWidgetItem) -> None:
        self.show_photos()

    # -- acting --
    def _ask(self, title: str, prompt: str, given: str | None) -> str | None:
        if given is not None:
            return given
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(prompt)
        dialog.setMinimumWidth(700)
        return dialog.textValue() if dialog.exec() else None

    def claim_selected(self) -> None:
        self._act("claimed", review.claim_exception)

    def release_selected(self) -> None:
        self._act("released", review.release_exception)

    def approve_selected(self) -> None:
        self._act("refund approved in full", review.approve_refund)

    def approve_part_selected(self, amount: str | None = None, reason: str | None = None) -> None:
        if not self.selected_ids():
            return
        amount = self._ask("Approve in part", "Amount to refund (e.g. 12.50):", amount)
        if amount is None:
            return
        try:
            value = Decimal(amount.strip().replace(",", "."))
        except InvalidOperation:
            self._say(f"{amount!r} is not an amount: type it as 12.50", RED)
            return
        reason = self._ask("Approve in part", "Why less than in full?", reason)
        if reason is None:
            return
        self._act(f"{value} refunded", review.approve_refund, amount=value, reason=reason)

    def reject_selected(self, note: str | None = None) -> None:
        if not self.selected_ids():
            return
        note = self._ask("Reject the return", "Why is it rejected (the customer is told)?", note)
        if note is not None:
            self._act("rejected", review.reject_return, note=note)

    def contact_selected(self, message: str | None = None) -> None:
        if not self.selected_ids():
            return
        message = self._ask(
            "Ask customer service", "What should customer service ask the customer?", message
        )
        if message is not None:
            self._act("customer service asked", review.ask_customer_contact, message=message)

    def close_selected(self, note: str | None = None) -> None:
        if not self.selected_ids():
            return
        note = self._ask("Close the exception", "What was done?", note)
        if note is not None:
            self._act("closed", review.close_exception, note=note)

    def note_selected(self, text: str | None = None) -> None:
        if not self.selected_ids():
            return
        text = self._ask("Add a note", "Note:", text)
        if text is not None:
            self._act("noted", review.add_note, text=text)

    def regrade_selected(
        self, grade: str | None = None, disposition: str | None = None, note: str | None = None
    ) -> None:
        if not self.selected_ids():
            return
        if grade is None and disposition is None:
            choices = ["(keep the grade)"] + [f"grade {g}" for g in self.grades]
            choices += [f"disposition {_words(d.value)}" for d in Disposition]
            choice, ok = QInputDialog.getItem(
                self, "Re-grade", "New grade or disposition:", choices, 0, False
            )
            if not ok or choice == choices[0]:
                return
            if choice.startswith("grade "):
                grade = choice.removeprefix("grade ")
            else:
                disposition = choice.removeprefix("disposition ").replace(" ", "_")
        note = self._ask("Re-grade", "Why?", note)
        if note is not None:
            self._act(
                "re-graded", review.regrade_unit, grade=grade, disposition=disposition, note=note
            )

    def reassign_selected(self, to_operator_id: int | None = None) -> None:
        if not self.selected_ids():
            return
        if to_operator_id is None:
            leads = [(i, n) for i, n, role in self.operators if has_role(role, Role.LEAD)]
            names = [n for _i, n in leads]
            if not names:
                self._say("There is no lead to reassign to.", RED)
                return
            name, ok = QInputDialog.getItem(self, "Reassign", "Give it to:", names, 0, False)
            if not ok:
                return
            to_operator_id = leads[names.index(name)][0]
        self._act("reassigned", review.reassign_exception, to_operator_id=to_operator_id)

    def _act(self, done_text: str, action: Callable[..., Any], **arguments: Any) -> None:
        ids = self.selected_ids()
        actor = self.actor()
        if not ids:
            self._say("Choose an exception first (↑/↓).", MUTED)
            return
        if actor is None:
            return
        operator_id, role, station_id = actor
        arguments = {
            **arguments,
            "operator_id": operator_id,
            "role": role,
            "station_id": station_id,
        }

        def run() -> list[review.BulkOutcome]:
            return review.apply_to_many(
                self.sessions, ids, lambda s, i, **kw: action(s, i, now=utcnow(), **kw), **arguments
            )

        self._wanted = set(ids)
        self.worker.call(run, lambda result: self._on_action_done(done_text, result))

    def _on_action_done(self, done_text: str, result: Any) -> None:
        if isinstance(result, Exception):
            self._say(str(result), RED)
        else:
            done = [o for o in result if o.done]
            refused = [o for o in result if not o.done]
            if len(result) == 1:
                outcome = result[0]
                text = (
                    f"Exception {outcome.exception_id}: {done_text}."
                    if outcome.done
                    else f"Exception {outcome.exception_id}: {outcome.message}"
                )
            else:
                text = f"{len(done)} of {len(result)} {done_text}." + "".join(
                    f"\n{o.exception_id}: {o.message}" for o in refused[:5]
                )
                if len(refused) > 5:
                    text += f"\n… and {len(refused) - 5} more refused."
            self._say(text, RED if refused and not done else (AMBER if refused else GREEN))
            if done:
                self.changed.emit()
        self.refresh()

    def _say(self, text: str, colour: Any) -> None:
        self.say(text, colour)
        self.shown.emit()


def _value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, dt.datetime):
        return f"{value.astimezone():%Y-%m-%d %H:%M}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def _table(rows: list[tuple[str, Any]]) -> str:
    cells = "".join(
        f"<tr><td style='color:{MUTED};padding-right:12px'>{escape(k)}</td>"
        f"<td>{escape(_value(v))}</td></tr>"
        for k, v in rows
    )
    return f"<table>{cells}</table>"


def _log(lines: Any, empty: str) -> str:
    items = [
        f"<li>{line.at.astimezone():%m-%d %H:%M} <b>{escape(_words(line.action))}</b>"
        f" {escape(line.operator or '')}"
        + (
            f" <span style='color:{MUTED}'>{escape(_value(line.details))}</span>"
            if line.details
            else ""
        )
        + "</li>"
        for line in lines
    ]
    return f"<ul>{''.join(items)}</ul>" if items else f"<p style='color:{MUTED}'>{empty}</p>"


def detail_html(detail: ExceptionDetail, now: dt.datetime) -> str:
    """One exception's whole story as the detail pane shows it."""
    row = detail.row
    state = row.sla_state(now)
    colour = SLA_COLOURS.get(state, GREEN if state != "resolved" else MUTED)
    parts = [
        f"<h2>#{row.exception_id} {escape(_words(row.type))}</h2>",
        f"<p><b>{escape(row.summary)}</b></p>",
        f"<p>{escape(row.status)}"
        + (f" by {escape(row.claimed_by)}" if row.claimed_by else "")
        + f" · <span style='color:{colour}'>{escape(sla_text(row, now))}</span>"
        + f" · raised {escape(_value(row.created_at))}"
        + (f" at {escape(row.station)}" if row.station else "")
        + "</p>",
    ]
    if detail.resolution:
        parts.append(
            f"<p>Resolved: <b>{escape(_words(detail.resolution))}</b> "
            f"{escape(detail.resolution_note or '')}</p>"
        )
    case = detail.case
    if "rma" in case:
        parts += [
            "<h3>Return</h3>",
            _table([(k.replace("_", " "), v) for k, v in case["rma"].items()]),
        ]
    if "parcel" in case:
        parts += [
            "<h3>Parcel</h3>",
            _table([(k.replace("_", " "), v) for k, v in case["parcel"].items()]),
        ]
    if "unit" in case:
        unit = dict(case["unit"])
        checklist = unit.pop("checklist", {}) or {}
        parts += ["<h3>Unit</h3>", _table([(k.replace("_", " "), v) for k, v in unit.items()])]
        if checklist:
            parts.append(
                "<p>Checklist: "
                + escape(", ".join(f"{k} {'Y' if v else 'N'}" for k, v in checklist.items()))
                + "</p>"
            )
    if detail.lines:
        rows = "".join(
            f"<tr><td>{ln.line_no}</td><td>{escape(ln.sku)}</td><td>{escape(ln.description)}</td>"
            f"<td align='right'>{ln.expected}</td><td align='right'"
            + (f" style='color:{AMBER}'" if ln.received != ln.expected else "")
            + f">{ln.received}</td><td>{escape(', '.join(ln.serials_shipped))}</td></tr>"
            for ln in detail.lines
        )
        parts.append(
            "<h3>Expected vs found</h3><table cellpadding='3'><tr><th>#</th><th>SKU</th>"
            "<th>Description</th><th>Expected</th><th>Found</th><th>Serials shipped</th></tr>"
            f"{rows}</table>"
        )
    if detail.evidence:
        parts += [
            "<h3>Evidence</h3>",
            _table([(k.replace("_", " "), v) for k, v in detail.evidence.items()]),
        ]
    if detail.upstream_attempts:
        parts.append("<h3>Upstream attempts</h3><ul>")
        for at, outcome, status, error in detail.upstream_attempts:
            parts.append(
                f"<li>{at.astimezone():%m-%d %H:%M:%S} {escape(outcome)} "
                f"HTTP {status or '–'} {escape(error or '')}</li>"
            )
        parts.append("</ul>")
    parts += ["<h3>Notes</h3>", _log(detail.notes, "No notes yet (N adds one).")]
    parts += ["<h3>History</h3>", _log(detail.history, "No history.")]
    parts += ["<h3>Scan log</h3>", _log(detail.scan_log, "No bench activity recorded.")]
    return "".join(parts)
