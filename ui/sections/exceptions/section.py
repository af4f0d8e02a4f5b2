"""The Exceptions section (leads and supervisors): the queue of exceptions raised at the
benches, fetched from the database a page at a time as the table scrolls (a Qt model over
`review_queue.queue_page`, keyset paging), with filters, sort, search, SLA ageing and counts
per type; the chosen exception's whole story beside it; and the lead's actions, on one
exception or on a selection.  Every action is checked and audited in the core
(`receiving_station.exceptions.actions`); this view only asks and shows.  Nothing here waits on the
database: reads and actions run on the view's worker thread.

Keys (in the table): C claim, X release, A approve the refund in full, Shift+A in part,
J reject and return to the customer, K ask customer service to contact the customer,
G re-grade or change the disposition, D close with a note, N add a note, S reassign
(supervisors), P show the photos large, Ctrl+F search, Ctrl+R refresh; Ctrl+A selects all
loaded rows for a bulk action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
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
from receiving_station.auth import has_role
from receiving_station.exceptions import actions as review
from receiving_station.exceptions.queue import (
    SORTS,
    ExceptionDetail,
    QueueFilter,
    QueuePage,
    QueueRow,
    counts_by_type,
    exception_detail,
    queue_page,
)
from receiving_station.i18n.text import Money, Text, message_of
from receiving_station.i18n.vocabulary import word
from ui.dialogs import ChoiceDialog, MoneyDialog, TextDialog
from ui.i18n import say, tr, writing
from ui.sections.base import Choices, LiveSection
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import font as theme_font
from ui.theme import label as theme_label
from ui.workers import TaskWorker

PAGE = 200
NO_PARENT = QModelIndex()
RELOAD_AT_MOST = 2000  # a refresh reloads what was loaded, up to this many rows


@dataclass(frozen=True)
class Column:
    title: Text
    value: Callable[[QueueRow, dt.datetime], str]
    sort: str | None = None  # a key of review_queue.SORTS


def _ago(then: dt.datetime, now: dt.datetime) -> str:
    return _span(now - then)


def _span(delta: dt.timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    if minutes < 60:
        return tr("exceptions_view", "{minutes} min", minutes=minutes)
    if minutes < 48 * 60:
        return tr(
            "exceptions_view",
            "{hours} h {minutes}",
            hours=minutes // 60,
            minutes=f"{minutes % 60:02d}",
        )
    return tr("exceptions_view", "{days} d", days=minutes // (24 * 60))


def sla_text(row: QueueRow, now: dt.datetime) -> str:
    """The SLA column in words, so colour is never the only signal."""
    state = row.sla_state(now)
    if state == "resolved":
        return say(word("resolved"))
    if state == "overdue":
        return tr("exceptions_view", "OVERDUE {time}", time=_span(now - row.sla_due))
    if state == "due soon":
        return tr("exceptions_view", "due in {time} !", time=_span(row.sla_due - now))
    return tr("exceptions_view", "due in {time}", time=_span(row.sla_due - now))


def _status(row: QueueRow) -> str:
    return say(word(row.status)) + (f" · {row.claimed_by}" if row.claimed_by else "")


COLUMNS = (
    Column(Text("exceptions_view", "#"), lambda r, n: str(r.exception_id)),
    Column(Text("exceptions_view", "Type"), lambda r, n: say(word(r.type)), "type"),
    Column(Text("exceptions_view", "Status"), lambda r, n: _status(r), "status"),
    Column(Text("exceptions_view", "SLA"), sla_text, "due"),
    Column(Text("exceptions_view", "Age"), lambda r, n: _ago(r.created_at, n), "created"),
    Column(Text("exceptions_view", "RMA"), lambda r, n: r.rma_number or ""),
    Column(Text("exceptions_view", "Mkt"), lambda r, n: r.market or ""),
    Column(Text("exceptions_view", "Tracking"), lambda r, n: r.tracking_number or ""),
    Column(Text("exceptions_view", "Carrier"), lambda r, n: r.carrier or ""),
    Column(Text("exceptions_view", "LPN"), lambda r, n: r.lpn or ""),
    Column(Text("exceptions_view", "Station"), lambda r, n: r.station or ""),
    Column(Text("exceptions_view", "Summary"), lambda r, n: say(r.summary)),
)
SLA_COLUMN = 3
SLA_COLOURS = {"overdue": RED, "due soon": AMBER}
BLACK = QColor("#000000")

STATUS_CHOICES = (
    (
        Text("exceptions_view", "Open and claimed"),
        (ExceptionStatus.OPEN.value, ExceptionStatus.CLAIMED.value),
    ),
    (Text("exceptions_view", "Open (nobody on it)"), (ExceptionStatus.OPEN.value,)),
    (Text("exceptions_view", "Claimed"), (ExceptionStatus.CLAIMED.value,)),
    (Text("exceptions_view", "Resolved"), (ExceptionStatus.RESOLVED.value,)),
    (Text("exceptions_view", "All"), ()),
)
AGE_CHOICES = (
    (Text("exceptions_view", "Any age"), None),
    (Text("exceptions_view", "Older than 1 hour"), dt.timedelta(hours=1)),
    (Text("exceptions_view", "Older than 4 hours"), dt.timedelta(hours=4)),
    (Text("exceptions_view", "Older than 1 day"), dt.timedelta(days=1)),
    (Text("exceptions_view", "Older than 3 days"), dt.timedelta(days=3)),
)
SORT_CHOICES = (
    (Text("exceptions_view", "SLA due first"), ("due", False)),
    (Text("exceptions_view", "Oldest first"), ("created", False)),
    (Text("exceptions_view", "By type"), ("type", False)),
    (Text("exceptions_view", "By status"), ("status", False)),
    (Text("exceptions_view", "Newest first"), ("created", True)),
)
ANY_TYPE = Text("exceptions_view", "Any type")
ANY_OPERATOR = Text("exceptions_view", "Any operator")


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
            return f"{say(column.title)} {'▼' if self.descending else '▲'}"
        return say(column.title)

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
            return say(self.rows[index.row()].summary)
        return None

    def retranslate(self) -> None:
        """The language changed: the rows' texts and the titles are said again."""
        self._cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

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
            self.failed.emit(
                tr(
                    "exceptions_view",
                    "Could not read the exception queue: {problem}",
                    problem=message_of(result),
                )
            )
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
        self.setWindowTitle(tr("exceptions_view", "Photos"))
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
            self.image.setText(
                tr(
                    "exceptions_view",
                    "The photo {path} cannot be read (moved or deleted?)",
                    path=path,
                )
            )
        else:
            self.image.setPixmap(
                pixmap.scaled(
                    QSize(1060, 760),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.caption.setText(
            tr(
                "exceptions_view",
                "{number} of {count}: {path}  (← → Esc)",
                number=self.current + 1,
                count=len(self.photos),
                path=path,
            )
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Right:
            self.show_photo(self.current + 1)
        elif event.key() == Qt.Key.Key_Left:
            self.show_photo(self.current - 1)
        else:
            super().keyPressEvent(event)


class ExceptionsSection(LiveSection):
    """The exception queue; `actor()` gives (operator id, role, station id) of whoever is
    signed in, or None; `operators()` the active operators (for the filter and reassign)."""

    changed = Signal()  # an action went through (the status bar recounts the backlog)
    shown = Signal()  # a page, a detail or an action's outcome was drawn (tests)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Callable[[], tuple[int, str, int | None] | None],
        grades: list[str],
        questions: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Read again every 30 s while shown: the SLA ageing moves on when nothing else changes.
        super().__init__("exceptions-view", 30_000, parent)
        self.sessions, self.actor, self.grades = sessions, actor, grades
        self.questions = dict(questions or {})  # checklist key -> question (rules)
        self.counter = TaskWorker("exceptions-counts", self)
        self.workers.append(self.counter)
        self.model = ExceptionsModel(sessions, self.worker, self.counter)
        self.detail: ExceptionDetail | None = None
        self.operators: list[tuple[int, str, str]] = []  # id, name, role

        self.summary = theme_label("", "muted")
        self.summary.setWordWrap(True)

        # -- filters -----------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.returnPressed.connect(self.apply_filters)
        # (Choices: said again in the next language by themselves)
        self.type_filter = Choices()
        self.type_filter.add(ANY_TYPE, None)
        for kind in ExceptionType:
            self.type_filter.add(word(kind.value), kind.value)
        self.status_filter = Choices()
        for text, statuses in STATUS_CHOICES:
            self.status_filter.add(text, statuses)
        self.age_filter = Choices()
        for text, age in AGE_CHOICES:
            self.age_filter.add(text, age)
        self.operator_filter = Choices()
        self.operator_filter.add(ANY_OPERATOR, None)
        self.station_filter = QLineEdit()
        self.market_filter = QLineEdit()
        self.market_filter.setMaxLength(2)
        self.carrier_filter = QLineEdit()
        for combo in (self.type_filter, self.status_filter, self.age_filter, self.operator_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.station_filter, self.market_filter, self.carrier_filter):
            edit.returnPressed.connect(self.apply_filters)
        self.sort_choice = Choices()
        for text, key in SORT_CHOICES:
            self.sort_choice.add(text, key)
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
        self.detail_text.setOpenLinks(False)
        self.detail_text.setFont(theme_font("muted"))
        self.photo_strip = QListWidget()
        self.photo_strip.setViewMode(QListWidget.ViewMode.IconMode)
        self.photo_strip.setIconSize(QSize(120, 90))
        self.photo_strip.setFixedHeight(120)
        self.photo_strip.itemActivated.connect(self._on_photo_strip_item_activated)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_text, 1)
        detail_layout.addWidget(self.photo_strip)

        # -- actions ------------------------------------------------------------------------
        self.buttons: dict[str, QPushButton] = {}
        action_row = QGridLayout()
        for name, slot in (
            ("claim", self.claim_selected),
            ("release", self.release_selected),
            ("approve", self.approve_selected),
            ("approve_part", self.approve_part_selected),
            ("reject", self.reject_selected),
            ("contact", self.contact_selected),
            ("regrade", self.regrade_selected),
            ("close", self.close_selected),
            ("note", self.note_selected),
            ("reassign", self.reassign_selected),
            ("refresh", self.refresh),
        ):
            button = QPushButton()
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
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            tr("exceptions_view", "Search: RMA, order, tracking number or LPN (Ctrl+F)")
        )
        for widget, name in (
            (self.search, tr("exceptions_view", "search by RMA, order, tracking number or LPN")),
            (self.type_filter, tr("exceptions_view", "exception type")),
            (self.status_filter, tr("exceptions_view", "status")),
            (self.age_filter, tr("exceptions_view", "age")),
            (self.operator_filter, tr("exceptions_view", "raised by operator")),
            (self.station_filter, tr("exceptions_view", "station")),
            (self.market_filter, tr("exceptions_view", "market")),
            (self.carrier_filter, tr("exceptions_view", "carrier")),
            (self.sort_choice, tr("exceptions_view", "sort")),
            (self.table, tr("exceptions_view", "exception queue")),
            (self.detail_text, tr("exceptions_view", "exception detail and evidence")),
            (self.photo_strip, tr("exceptions_view", "photos (P or Enter shows them large)")),
        ):
            widget.setAccessibleName(name)
        self.station_filter.setPlaceholderText(tr("exceptions_view", "Station"))
        self.market_filter.setPlaceholderText(tr("exceptions_view", "Market"))
        self.carrier_filter.setPlaceholderText(tr("exceptions_view", "Carrier"))
        for name, text in (
            ("claim", tr("exceptions_view", "Claim (C)")),
            ("release", tr("exceptions_view", "Release (X)")),
            ("approve", tr("exceptions_view", "Approve refund (A)")),
            ("approve_part", tr("exceptions_view", "…in part (Shift+A)")),
            ("reject", tr("exceptions_view", "Reject (J)")),
            ("contact", tr("exceptions_view", "Contact customer (K)")),
            ("regrade", tr("exceptions_view", "Re-grade (G)")),
            ("close", tr("exceptions_view", "Close (D)")),
            ("note", tr("exceptions_view", "Note (N)")),
            ("reassign", tr("exceptions_view", "Reassign (S)")),
            ("refresh", tr("exceptions_view", "Refresh (Ctrl+R)")),
        ):
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(text)
        self.model.retranslate()
        if self.model.counts_current:
            self._on_model_counted()
        if self.detail is not None:
            self.detail_text.setHtml(detail_html(self.detail, utcnow(), self.questions))
        elif not self.model.rows or len(self.selected_ids()) != 1:
            self._show_detail(None, selected=len(self.selected_ids()))
        super().retranslate()

    # -- life --
    def set_operators(self, operators: list[tuple[int, str, str]]) -> None:
        self.operators = operators
        current = self.operator_filter.currentData()
        self.operator_filter.blockSignals(True)
        self.operator_filter.clear()
        self.operator_filter.add(ANY_OPERATOR, None)
        for operator_id, name, _role in operators:
            self.operator_filter.add(name, operator_id)
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
            number = writing().number
            parts = ", ".join(
                f"{number(n)} {say(word(kind))}"
                for kind, n in sorted(counts.items(), key=lambda i: -i[1])
            )
            overdue = self.model.overdue
            loaded = number(len(self.model.rows))
            self.summary.setText(
                tr(
                    "exceptions_view",
                    "{count} match: {parts}. Loaded {loaded}, {overdue} of them overdue.",
                    count=number(total),
                    parts=parts,
                    loaded=loaded,
                    overdue=number(overdue),
                )
                if overdue
                else tr(
                    "exceptions_view",
                    "{count} match: {parts}. Loaded {loaded}.",
                    count=number(total),
                    parts=parts,
                    loaded=loaded,
                )
            )
        else:
            self.summary.setText(tr("exceptions_view", "No exception matches: the queue is clear."))
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
            self._say(message_of(result), RED)
            return
        self.detail = result
        self.photo_strip.clear()
        if result is None:
            self.detail_text.setHtml(
                "<p>"
                + escape(
                    tr(
                        "exceptions_view",
                        "{n} exceptions selected: the actions apply to each of them.",
                        n=selected,
                    )
                    if selected > 1
                    else tr("exceptions_view", "Choose an exception to see its evidence.")
                )
                + "</p>"
            )
            self.photo_strip.setVisible(False)
            self.shown.emit()
            return
        if self.selected_ids() != [result.row.exception_id]:
            return  # the selection moved on while this was read
        self.detail_text.setHtml(detail_html(result, utcnow(), self.questions))
        for path in result.photos:
            item = QListWidgetItem(QIcon(QPixmap(path)), Path(path).name)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.photo_strip.addItem(item)
        self.photo_strip.setVisible(bool(result.photos))
        self.shown.emit()

    def show_photos(self) -> QDialog | None:
        if self.detail is None or not self.detail.photos:
            self._say(Text("exceptions_view", "This exception has no photos."), MUTED)
            return None
        dialog = PhotoDialog(self.detail.photos, self)
        dialog.show_photo(max(self.photo_strip.currentRow(), 0))
        dialog.show()
        return dialog

    def _on_photo_strip_item_activated(self, _item: QListWidgetItem) -> None:
        self.show_photos()

    # -- acting --
    def _ask(self, title: Text, prompt: Text, given: str | None) -> str | None:
        if given is not None:
            return given
        return TextDialog.ask(self, say(title), say(prompt))

    def claim_selected(self) -> None:
        self._act(Text("exceptions_view", "claimed"), review.claim_exception)

    def release_selected(self) -> None:
        self._act(Text("exceptions_view", "released"), review.release_exception)

    def approve_selected(self) -> None:
        """A: the refund in full, after a confirmation that shows the money (see MoneyDialog)."""
        self._decide_money("full")

    def approve_part_selected(self) -> None:
        """Shift+A: the refund in part: the amount and why, then the confirmation."""
        self._decide_money("part")

    def reject_selected(self) -> None:
        """J: reject the return (the customer is told why and gets nothing back)."""
        self._decide_money("reject")

    def _decide_money(self, action: str) -> None:
        """Money is released or withheld only after the dialog: its subject (the exceptions
        chosen now) is fixed before it opens, whatever the queue does meanwhile."""
        ids = self.selected_ids()
        if not ids:
            self._say(Text("exceptions_view", "Choose an exception first (↑/↓)."), MUTED)
            return
        if action == "part" and len(ids) != 1:
            self._say(Text("exceptions_view", "Approve in part one exception at a time."), MUTED)
            return

        def read() -> list[review.MoneyAtStake]:
            with self.sessions() as session:
                return review.money_at_stake(session, ids)

        self.worker.call(read, lambda stakes: self._on_stakes_read(action, ids, stakes))

    def _on_stakes_read(self, action: str, ids: list[int], stakes: Any) -> None:
        if isinstance(stakes, Exception):
            self._say(message_of(stakes), RED)
            return
        held = [
            stake
            for stake in stakes
            if stake.paid is not None
            and not stake.released
            and stake.resolution != review.AtStake.NOTHING
        ]
        if not held:
            self._say(
                Text(
                    "exceptions_view",
                    "No refund is held for this choice: nothing to approve or reject.",
                ),
                MUTED,
            )
            return
        dialog = MoneyDialog(self, action, held)
        try:
            if not dialog.exec():
                return
        finally:
            dialog.deleteLater()
        if action == "reject":
            self._act(
                Text("exceptions_view", "rejected"),
                review.reject_return,
                ids=ids,
                note=dialog.reason,
            )
        elif action == "part":
            assert dialog.amount is not None
            self._act(
                Text("exceptions_view", "{amount} refunded", amount=dialog.amount),
                review.approve_refund,
                ids=ids,
                amount=dialog.amount,
                reason=dialog.reason,
            )
        else:
            self._act(
                Text("exceptions_view", "refund approved in full"), review.approve_refund, ids=ids
            )

    def contact_selected(self, message: str | None = None) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        message = self._ask(
            Text("exceptions_view", "Ask customer service"),
            Text("exceptions_view", "What should customer service ask the customer?"),
            message,
        )
        if message is not None:
            self._act(
                Text("exceptions_view", "customer service asked"),
                review.ask_customer_contact,
                ids=ids,
                message=message,
            )

    def close_selected(self, note: str | None = None) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        note = self._ask(
            Text("exceptions_view", "Close the exception"),
            Text("exceptions_view", "What was done?"),
            note,
        )
        if note is not None:
            self._act(Text("exceptions_view", "closed"), review.close_exception, ids=ids, note=note)

    def note_selected(self, text: str | None = None) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        text = self._ask(
            Text("exceptions_view", "Add a note"), Text("exceptions_view", "Note:"), text
        )
        if text is not None:
            self._act(Text("exceptions_view", "noted"), review.add_note, ids=ids, text=text)

    def regrade_selected(
        self, grade: str | None = None, disposition: str | None = None, note: str | None = None
    ) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        title = Text("exceptions_view", "Re-grade")
        if grade is None and disposition is None:
            options: list[tuple[str, str | None, str | None]] = [
                (tr("exceptions_view", "(keep the grade)"), None, None)
            ]
            options += [
                (tr("exceptions_view", "grade {grade}", grade=g), g, None) for g in self.grades
            ]
            options += [
                (
                    tr("exceptions_view", "disposition {disposition}", disposition=word(d.value)),
                    None,
                    d.value,
                )
                for d in Disposition
            ]
            labels = [text for text, _g, _d in options]
            choice = ChoiceDialog.ask(
                self, say(title), tr("exceptions_view", "New grade or disposition:"), labels
            )
            if choice is None or choice == labels[0]:
                return
            _text, grade, disposition = options[labels.index(choice)]
        note = self._ask(title, Text("exceptions_view", "Why?"), note)
        if note is not None:
            self._act(
                Text("exceptions_view", "re-graded"),
                review.regrade_unit,
                ids=ids,
                grade=grade,
                disposition=disposition,
                note=note,
            )

    def reassign_selected(self, to_operator_id: int | None = None) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        if to_operator_id is None:
            leads = [(i, n) for i, n, role in self.operators if has_role(role, Role.LEAD)]
            names = [n for _i, n in leads]
            if not names:
                self._say(Text("exceptions_view", "There is no lead to reassign to."), RED)
                return
            name = ChoiceDialog.ask(
                self, tr("exceptions_view", "Reassign"), tr("exceptions_view", "Give it to:"), names
            )
            if name is None:
                return
            to_operator_id = leads[names.index(name)][0]
        self._act(
            Text("exceptions_view", "reassigned"),
            review.reassign_exception,
            ids=ids,
            to_operator_id=to_operator_id,
        )

    def _act(
        self,
        done_text: Text,
        action: Callable[..., Any],
        *,
        ids: list[int] | None = None,
        **arguments: Any,
    ) -> None:
        ids = self.selected_ids() if ids is None else ids
        actor = self.actor()
        if not ids:
            self._say(Text("exceptions_view", "Choose an exception first (↑/↓)."), MUTED)
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

    def _on_action_done(self, done_text: Text, result: Any) -> None:
        if isinstance(result, Exception):
            self._say(message_of(result), RED)
        else:
            done = [o for o in result if o.done]
            refused = [o for o in result if not o.done]
            text: Text
            if len(result) == 1:
                outcome = result[0]
                text = (
                    Text(
                        "exceptions_view",
                        "Exception {id}: {done}.",
                        id=outcome.exception_id,
                        done=done_text,
                    )
                    if outcome.done
                    else Text(
                        "exceptions_view",
                        "Exception {id}: {problem}",
                        id=outcome.exception_id,
                        problem=outcome.message,
                    )
                )
            else:
                lines = [
                    Text(
                        "exceptions_view",
                        "{done} of {count} {what}.",
                        done=len(done),
                        count=len(result),
                        what=done_text,
                    )
                ]
                lines += [
                    Text("exceptions_view", "{id}: {problem}", id=o.exception_id, problem=o.message)
                    for o in refused[:5]
                ]
                if len(refused) > 5:
                    lines.append(
                        Text("exceptions_view", "… and {n} more refused.", n=len(refused) - 5)
                    )
                text = Text.joined("\n", lines)
            self._say(text, RED if refused and not done else (AMBER if refused else GREEN))
            if done:
                self.changed.emit()
        self.refresh()

    def _say(self, text: str, colour: Any) -> None:
        self.say(text, colour)
        self.shown.emit()


# The names of the facts the detail shows (review_queue._case_facts, the evidence the bench
# raised an exception with); a fact not named here is shown by its key, underscores as spaces.
FACTS = {
    "number": Text("exceptions_view", "number"),
    "order": Text("exceptions_view", "order"),
    "customer": Text("exceptions_view", "customer"),
    "market": Text("exceptions_view", "market"),
    "channel": Text("exceptions_view", "channel"),
    "purchase_date": Text("exceptions_view", "purchase date"),
    "requested": Text("exceptions_view", "requested"),
    "status": Text("exceptions_view", "status"),
    "tracking_number": Text("exceptions_view", "tracking number"),
    "carrier": Text("exceptions_view", "carrier"),
    "expected_weight_kg": Text("exceptions_view", "expected weight"),
    "measured_weight_kg": Text("exceptions_view", "measured weight"),
    "weight_mismatch": Text("exceptions_view", "weight mismatch"),
    "lpn": Text("exceptions_view", "LPN"),
    "sku": Text("exceptions_view", "SKU"),
    "serial": Text("exceptions_view", "serial number"),
    "grade": Text("exceptions_view", "grade"),
    "disposition": Text("exceptions_view", "disposition"),
    "refund_amount": Text("exceptions_view", "refund"),
    "refund": Text("exceptions_view", "refund"),
    "currency": Text("exceptions_view", "currency"),
    "rule": Text("exceptions_view", "rule"),
    "why": Text("exceptions_view", "why"),
    "expected_kg": Text("exceptions_view", "expected weight"),
    "measured_kg": Text("exceptions_view", "measured weight"),
    "tolerance_kg": Text("exceptions_view", "tolerance"),
    "difference_kg": Text("exceptions_view", "difference"),
    "serials_shipped": Text("exceptions_view", "serials shipped"),
    "serial_scanned": Text("exceptions_view", "serial scanned"),
    "scanned_code": Text("exceptions_view", "code scanned"),
    "scan": Text("exceptions_view", "scan"),
    "window": Text("exceptions_view", "return window"),
    "days_allowed": Text("exceptions_view", "days allowed"),
    "days_since": Text("exceptions_view", "days since"),
    "basis": Text("exceptions_view", "counted from"),
    "expected_lines": Text("exceptions_view", "expected lines"),
    "missing_lines": Text("exceptions_view", "missing lines"),
    "parcels": Text("exceptions_view", "parcels"),
    "checklist": Text("exceptions_view", "checklist"),
    "flags": Text("exceptions_view", "flags"),
    "photos": Text("exceptions_view", "photos"),
    "explanation": Text("exceptions_view", "explanation"),
    "proposed_disposition": Text("exceptions_view", "proposed disposition"),
    "proposed_refund": Text("exceptions_view", "proposed refund"),
}
WORD_FACTS = {
    "status",
    "channel",
    "requested",
    "disposition",
    "proposed_disposition",
    "flags",
    "basis",
}
AMOUNT_FACTS = {"proposed_refund", "refund", "fee"}
# What a history line shows of its audit details: what people wrote, and the facts a lead
# weighs (the rest, event keys and raw scans, is for IT, in the audit log).
HISTORY_FACTS = (
    "note",
    "message",
    "reason",
    "lpn",
    "measured_kg",
    "expected_kg",
    "serial",
    "grade",
    "disposition",
    "refund",
    "status",
)


def _fact_name(key: str) -> str:
    known = FACTS.get(key)
    return say(known) if known is not None else key.replace("_", " ")


def _value(value: Any, key: str = "", questions: Mapping[str, str] | None = None) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if isinstance(value, bool):
        return tr("exceptions_view", "yes") if value else tr("exceptions_view", "no")
    if key.endswith("_kg") and isinstance(value, Decimal | int | float | str):
        try:
            return writing().weight(Decimal(str(value)))
        except InvalidOperation:
            return str(value)
    if key in AMOUNT_FACTS and isinstance(value, str):
        try:
            return writing().number(Decimal(value))
        except InvalidOperation:
            return value
    if key in WORD_FACTS and isinstance(value, str):
        return say(word(value))
    if isinstance(value, list):
        return ", ".join(_value(item, key, questions) for item in value)
    if isinstance(value, dict):
        if key == "checklist":
            return _answers(value, questions or {})
        if key == "scan":  # the identification's workings: the code as scanned says it
            return str(value.get("input") or "–")
        if "line_no" in value:  # an RMA line
            return tr(
                "exceptions_view",
                "line {line}: {sku} × {quantity}",
                line=value.get("line_no"),
                sku=value.get("sku") or "",
                quantity=value.get("missing", value.get("quantity")),
            )
        return "; ".join(f"{_fact_name(k)}: {_value(v, k, questions)}" for k, v in value.items())
    if isinstance(value, dt.datetime | dt.date | Decimal | Text | Money):
        return say(value)
    return str(value)


def _answers(checklist: Mapping[str, Any], questions: Mapping[str, str]) -> str:
    """Checklist answers as the questions read ('Does it power on? yes')."""
    return ", ".join(
        f"{say(questions.get(k, k.replace('_', ' ')))} {_value(bool(v))}"
        for k, v in checklist.items()
    )


def _table(facts: Mapping[str, Any], questions: Mapping[str, str] | None = None) -> str:
    cells = "".join(
        f"<tr><td style='color:{MUTED};padding-right:12px'>{escape(_fact_name(k))}</td>"
        f"<td>{escape(_value(v, k, questions))}</td></tr>"
        for k, v in facts.items()
    )
    return f"<table>{cells}</table>"


def _log(lines: Any, empty: str) -> str:
    def details(line: Any) -> str:
        shown = [
            f"{_fact_name(k)}: {_value(line.details[k], k)}"
            for k in HISTORY_FACTS
            if isinstance(line.details, dict) and line.details.get(k) not in (None, "")
        ]
        return f" <span style='color:{MUTED}'>{escape('; '.join(shown))}</span>" if shown else ""

    items = [
        f"<li>{escape(writing().datetime(line.at))} <b>{escape(say(word(line.action)))}</b>"
        f" {escape(line.operator or '')}{details(line)}</li>"
        for line in lines
    ]
    return (
        f"<ul>{''.join(items)}</ul>" if items else f"<p style='color:{MUTED}'>{escape(empty)}</p>"
    )


def detail_html(
    detail: ExceptionDetail, now: dt.datetime, questions: Mapping[str, str] | None = None
) -> str:
    """One exception's whole story as the detail pane shows it, in the reader's language;
    `questions` names the checklist's answers (key -> question)."""
    row = detail.row
    state = row.sla_state(now)
    colour = SLA_COLOURS.get(state, GREEN if state != "resolved" else MUTED)

    def heading(text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    status = (
        tr("exceptions_view", "{status} by {name}", status=word(row.status), name=row.claimed_by)
        if row.claimed_by
        else say(word(row.status))
    )
    raised = (
        tr("exceptions_view", "raised {at} at {station}", at=row.created_at, station=row.station)
        if row.station
        else tr("exceptions_view", "raised {at}", at=row.created_at)
    )
    parts = [
        f"<h2>#{row.exception_id} {escape(say(word(row.type)))}</h2>",
        f"<p><b>{escape(say(row.summary))}</b></p>",
        f"<p>{escape(status)}"
        f" · <span style='color:{colour}'>{escape(sla_text(row, now))}</span>"
        f" · {escape(raised)}</p>",
    ]
    if detail.resolution:
        parts.append(
            "<p>"
            + escape(tr("exceptions_view", "Resolved:"))
            + f" <b>{escape(say(word(detail.resolution)))}</b> "
            f"{escape(detail.resolution_note or '')}</p>"
        )
    case = detail.case
    if "rma" in case:
        parts += [heading(tr("exceptions_view", "Return")), _table(case["rma"])]
    if "parcel" in case:
        parts += [heading(tr("exceptions_view", "Parcel")), _table(case["parcel"])]
    if "unit" in case:
        unit = dict(case["unit"])
        checklist = unit.pop("checklist", {}) or {}
        currency = unit.pop("currency", None)
        if unit.get("refund_amount") is not None and currency:
            unit["refund_amount"] = Money(Decimal(str(unit["refund_amount"])), currency)
        parts += [heading(tr("exceptions_view", "Unit")), _table(unit)]
        if checklist:
            answers = _answers(checklist, questions or {})
            parts.append(
                "<p>"
                + escape(tr("exceptions_view", "Checklist: {answers}", answers=answers))
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
        titles = (
            tr("exceptions_view", "#"),
            tr("exceptions_view", "SKU"),
            tr("exceptions_view", "Description"),
            tr("exceptions_view", "Expected"),
            tr("exceptions_view", "Found"),
            tr("exceptions_view", "Serials shipped"),
        )
        parts.append(
            heading(tr("exceptions_view", "Expected vs found"))
            + "<table cellpadding='3'><tr>"
            + "".join(f"<th>{escape(t)}</th>" for t in titles)
            + f"</tr>{rows}</table>"
        )
    # The evidence the bench raised it with, less what the unit's facts above say already
    # (in the reader's language: the evidence keeps the bench's English explanation)
    shown_above = set(case["unit"]) | {"explanation", "checklist"} if "unit" in case else set()
    evidence = {k: v for k, v in detail.evidence.items() if k not in shown_above}
    if evidence:
        parts += [heading(tr("exceptions_view", "Evidence")), _table(evidence, questions)]
    if detail.upstream_attempts:
        parts.append(heading(tr("exceptions_view", "Upstream attempts")) + "<ul>")
        for at, outcome, status_code, error in detail.upstream_attempts:
            parts.append(
                f"<li>{escape(writing().datetime(at))} {escape(say(word(outcome)))} "
                f"HTTP {status_code or '–'} {escape(error or '')}</li>"
            )
        parts.append("</ul>")
    parts += [
        heading(tr("exceptions_view", "Notes")),
        _log(detail.notes, tr("exceptions_view", "No notes yet (N adds one).")),
        heading(tr("exceptions_view", "History")),
        _log(detail.history, tr("exceptions_view", "No history.")),
        heading(tr("exceptions_view", "Scan log")),
        _log(detail.scan_log, tr("exceptions_view", "No bench activity recorded.")),
    ]
    return "".join(parts)
