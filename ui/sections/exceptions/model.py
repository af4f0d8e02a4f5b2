"""The exception queue as a Qt table model, read a page at a time on the section's worker
thread (`receiving_station.exceptions.queue.queue_page`, keyset paging), and its columns: what
each shows of a `QueueRow` (the SLA in words, `sla_text`) and which sort it asks the database for.

Threading: GUI thread; the reads run on the workers handed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session, sessionmaker

from db.types import utcnow
from receiving_station.exceptions.queue import (
    SORTS,
    QueueFilter,
    QueuePage,
    QueueRow,
    counts_by_type,
    queue_page,
)
from receiving_station.i18n.text import Text, message_of
from receiving_station.i18n.vocabulary import word
from ui.i18n import say, tr
from ui.theme import AMBER, RED
from ui.workers import TaskWorker

PAGE = 200
NO_PARENT = QModelIndex()
RELOAD_AT_MOST = 2000  # a refresh reloads what was loaded, up to this many rows


@dataclass(frozen=True)
class Column:
    title: Text
    value: Callable[[QueueRow, dt.datetime], str]
    sort: str | None = None  # a key of exceptions.queue.SORTS


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
SUMMARY_COLUMN = len(COLUMNS) - 1  # free text, last: it may be cut (its tooltip says it whole)
SLA_COLOURS = {"overdue": RED, "due soon": AMBER}
BLACK = QColor("#000000")


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
        self.new_from = 0  # the first row the last `loaded` brought (0: all of them)

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

    def texts(self, column: int, first: int = 0) -> list[str]:
        """A column's texts as the table shows them, from row `first` on."""
        return [self._cells(number)[column] for number in range(first, len(self.rows))]

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
            self.new_from = 0
            self.beginResetModel()
            self.rows = list(page.rows)
            self.next_after = page.next_after
            self.endResetModel()
        else:
            self.overdue += overdue
            self.new_from = len(self.rows)
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
