"""The Exceptions section (leads and supervisors): the queue of exceptions raised at the
benches, fetched from the database a page at a time as the table scrolls (a Qt model over
`exceptions.queue.queue_page`, keyset paging), with filters, sort, search, SLA ageing and counts
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
import re
from collections.abc import Callable, Mapping
from html import escape
from math import ceil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.enums import Disposition, ExceptionStatus, ExceptionType, Role
from db.types import utcnow
from receiving_station.auth import has_role
from receiving_station.exceptions import actions
from receiving_station.exceptions.queue import ExceptionDetail, QueueFilter, exception_detail
from receiving_station.exceptions.stakes import AtStake, MoneyAtStake, money_at_stake
from receiving_station.i18n.text import Text, message_of
from receiving_station.i18n.vocabulary import word
from ui.dialogs import ChoiceDialog, MoneyDialog, TextDialog
from ui.i18n import say, tr, writing
from ui.sections.base import Choices, LiveSection
from ui.sections.exceptions.detail import detail_html
from ui.sections.exceptions.model import COLUMNS, SUMMARY_COLUMN, ExceptionsModel
from ui.sections.exceptions.photos import PhotoDialog
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import font as theme_font
from ui.theme import label as theme_label
from ui.workers import TaskWorker

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
        header.setStretchLastSection(True)  # the summary: what is left (see _fit_columns)
        self.table.setFont(theme_font("muted"))
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
        self.model.failed.connect(lambda text: self._show_outcome_line(text, RED))
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
        self._fit_columns()  # the titles and the rows' texts said in another language
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

    def _fit_columns(self, first: int = 0) -> None:
        """Each column as wide as its title and its widest text from row `first` on (0: the
        rows were read again; else a page came, and a column only grows), so none is cut;
        the summary, last, takes what is left and may be cut (its tooltip and the detail say
        it whole): a lead scrolls sideways for the rest rather than read "RMA-DE-0000…".
        Measured here rather than by ResizeToContents, which asks every row's size again at
        each change, a stall in a queue of thousands."""
        header, style = self.table.horizontalHeader(), self.table.style()
        bold = QFont(header.font())
        bold.setBold(True)  # as QHeaderView measures a title
        # (a text's width in fractions of a pixel, rounded up: "window" 236.25 px wide in a
        # 236-pixel room is "wind…")
        cells, titles = QFontMetricsF(self.table.font()), QFontMetricsF(bold)
        metric = QStyle.PixelMetric
        # a cell's text margins (as QCommonStyle lays out an item) and its grid line
        cell_margin = 2 * (style.pixelMetric(metric.PM_FocusFrameHMargin, None, self.table) + 1)
        cell_margin += 1 if self.table.showGrid() else 0
        title_margin = 2 * style.pixelMetric(metric.PM_HeaderMargin, None, header)
        for column in range(SUMMARY_COLUMN):
            texts = set(self.model.texts(column, first))  # (a column repeats itself)
            widest = ceil(max(map(cells.horizontalAdvance, texts), default=0)) + cell_margin
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(widest, ceil(titles.horizontalAdvance(title)) + title_margin)
            if first:
                width = max(width, self.table.columnWidth(column))
            self.table.setColumnWidth(column, width)

    def _on_model_loaded(self) -> None:
        self._fit_columns(self.model.new_from)
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
        # The lead chose again while a reload was on its way: that choice is what the reload
        # selects again, not the one it started with (it jumped back to it).
        ids = self.selected_ids()
        if self._wanted and ids:
            self._wanted = set(ids)
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
            self._show_outcome_line(message_of(result), RED)
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
            self._show_outcome_line(Text("exceptions_view", "This exception has no photos."), MUTED)
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
        self._act(Text("exceptions_view", "claimed"), actions.claim_exception)

    def release_selected(self) -> None:
        self._act(Text("exceptions_view", "released"), actions.release_exception)

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
            self._show_outcome_line(
                Text("exceptions_view", "Choose an exception first (↑/↓)."), MUTED
            )
            return
        if action == "part" and len(ids) != 1:
            self._show_outcome_line(
                Text("exceptions_view", "Approve in part one exception at a time."), MUTED
            )
            return

        def read() -> list[MoneyAtStake]:
            with self.sessions() as session:
                return money_at_stake(session, ids)

        self.worker.call(read, lambda stakes: self._on_stakes_read(action, ids, stakes))

    def _on_stakes_read(self, action: str, ids: list[int], stakes: Any) -> None:
        if isinstance(stakes, Exception):
            self._show_outcome_line(message_of(stakes), RED)
            return
        held = [
            stake
            for stake in stakes
            if stake.paid is not None and not stake.released and stake.resolution != AtStake.NOTHING
        ]
        if not held:
            self._show_outcome_line(
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
                actions.reject_return,
                ids=ids,
                note=dialog.reason,
            )
        elif action == "part":
            assert dialog.amount is not None
            self._act(
                Text("exceptions_view", "{amount} refunded", amount=dialog.amount),
                actions.approve_refund,
                ids=ids,
                amount=dialog.amount,
                reason=dialog.reason,
            )
        else:
            self._act(
                Text("exceptions_view", "refund approved in full"), actions.approve_refund, ids=ids
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
                actions.ask_customer_contact,
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
            self._act(
                Text("exceptions_view", "closed"), actions.close_exception, ids=ids, note=note
            )

    def note_selected(self, text: str | None = None) -> None:
        ids = self.selected_ids()  # the subject, fixed before any dialog opens
        if not ids:
            return
        text = self._ask(
            Text("exceptions_view", "Add a note"), Text("exceptions_view", "Note:"), text
        )
        if text is not None:
            self._act(Text("exceptions_view", "noted"), actions.add_note, ids=ids, text=text)

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
                actions.regrade_unit,
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
                self._show_outcome_line(
                    Text("exceptions_view", "There is no lead to reassign to."), RED
                )
                return
            name = ChoiceDialog.ask(
                self, tr("exceptions_view", "Reassign"), tr("exceptions_view", "Give it to:"), names
            )
            if name is None:
                return
            to_operator_id = leads[names.index(name)][0]
        self._act(
            Text("exceptions_view", "reassigned"),
            actions.reassign_exception,
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
            self._show_outcome_line(
                Text("exceptions_view", "Choose an exception first (↑/↓)."), MUTED
            )
            return
        if actor is None:
            return
        operator_id, _role, station_id = actor  # the core reads the role itself
        arguments = {**arguments, "operator_id": operator_id, "station_id": station_id}

        def run() -> list[actions.BulkOutcome]:
            return actions.apply_to_many(
                self.sessions, ids, lambda s, i, **kw: action(s, i, now=utcnow(), **kw), **arguments
            )

        self._wanted = set(ids)
        self.worker.call(run, lambda result: self._on_action_done(done_text, result))

    def _on_action_done(self, done_text: Text, result: Any) -> None:
        if isinstance(result, Exception):
            self._show_outcome_line(message_of(result), RED)
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
                    # a refusal that names the exception itself is said as it is
                    else outcome.message
                    if re.search(rf"\b{outcome.exception_id}\b", outcome.message)
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
            self._show_outcome_line(
                text, RED if refused and not done else (AMBER if refused else GREEN)
            )
            if done:
                self.changed.emit()
        self.refresh()

    def _show_outcome_line(self, text: str, colour: Any) -> None:
        self.show_outcome(text, colour)
        self.shown.emit()
