"""The Upstream section (leads and supervisors): events waiting for or refused by the shop's
system, each event's attempts and errors, and the two things a lead can do: retry it now, or
resolve it by hand with a note.  Every action is checked and audited in the core
(receiving_station.upstream.events); this view only asks and shows.

Keys: Alt+U opens it, ↑/↓ choose an event, R retries it, H resolves it by hand, Ctrl+R
refreshes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.enums import OutboxState
from db.types import utcnow
from receiving_station.i18n.text import Text, message_of
from receiving_station.i18n.vocabulary import word
from receiving_station.upstream import events as upstream_events
from receiving_station.upstream.events import EventView
from ui.dialogs import TextDialog
from ui.i18n import say, tr
from ui.sections.base import LiveSection
from ui.theme import AMBER, GREEN, MUTED, RED
from ui.theme import label as theme_label

COLUMNS = (
    Text("upstream_view", "Event"),
    Text("upstream_view", "State"),
    Text("upstream_view", "Kind"),
    Text("upstream_view", "RMA"),
    Text("upstream_view", "Attempts"),
    Text("upstream_view", "Next try"),
    Text("upstream_view", "Last error"),
)
STATE_COLOURS: dict[str, str] = {
    OutboxState.REFUSED: RED,
    OutboxState.PENDING: AMBER,
    OutboxState.SENDING: AMBER,
    OutboxState.SENT: GREEN,
}


class UpstreamSection(LiveSection):
    """Lists open upstream events; `actor()` gives (operator id, role, station id) of whoever
    is signed in, or None."""

    changed = Signal()  # an action went through (the status bar recounts)
    shown = Signal()  # a list or a detail was drawn (tests)

    def __init__(
        self,
        sessions: sessionmaker[Session],
        actor: Callable[[], tuple[int, str, int | None] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("upstream-view", 5000, parent)
        self.sessions, self.actor = sessions, actor
        self.events: list[EventView] = []

        self.title = theme_label("", "message")
        self.summary = theme_label("", "muted")
        self._counts: upstream_events.Backlog | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.retry_button = QPushButton("")
        self.resolve_button = QPushButton("")
        self.refresh_button = QPushButton("")
        self.retry_button.clicked.connect(self.retry_selected)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.keys = {
            (Qt.Key.Key_R, True): self.refresh,
            (Qt.Key.Key_R, False): self.retry_selected,
            (Qt.Key.Key_H, False): self.resolve_selected,
        }
        self.listen_for_keys(self.table)

        buttons = QHBoxLayout()
        for button in (self.retry_button, self.resolve_button, self.refresh_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([500, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("upstream_view", "Upstream events"))
        self.table.setHorizontalHeaderLabels([say(column) for column in COLUMNS])
        self.table.setAccessibleName(tr("upstream_view", "upstream events"))
        self.detail.setAccessibleName(tr("upstream_view", "event detail and attempts"))
        self.retry_button.setText(tr("upstream_view", "&Retry now (R)"))
        self.resolve_button.setText(tr("upstream_view", "Resolve by &hand… (H)"))
        self.refresh_button.setText(tr("upstream_view", "Refresh (Ctrl+R)"))
        for button in (self.retry_button, self.resolve_button, self.refresh_button):
            button.setAccessibleName(button.text().replace("&", ""))
        if self._counts is not None:
            self._show_events((self.events, self._counts), again=True)  # in the new words
        super().retranslate()

    # -- reading --
    def refresh(self) -> None:
        def load() -> tuple[list[EventView], upstream_events.Backlog]:
            with self.sessions() as session:
                return upstream_events.list_events(session), upstream_events.backlog(session)

        self.worker.call(load, self._show_events)

    def _show_events(self, result: Any, *, again: bool = False) -> None:
        if isinstance(result, Exception):
            self.show_outcome(
                Text(
                    "upstream_view",
                    "Could not read the upstream events: {problem}",
                    problem=message_of(result),
                ),
                RED,
            )
            return
        events, counts = result
        selected = self.selected_event_id()
        unchanged = not again and events == self.events and self.table.rowCount() == len(events)
        self.events, self._counts = events, counts
        self.summary.setText(
            tr(
                "upstream_view",
                "{waiting} waiting to be sent ({failing} failing), {refused} refused by upstream",
                waiting=counts.waiting,
                failing=counts.failing,
                refused=counts.refused,
            )
            if events
            else tr("upstream_view", "Everything has been sent upstream.")
        )
        if unchanged:  # every 5 s: the table stays as it is (and where the lead scrolled to)
            self.shown.emit()
            return
        self._fit_columns(False)
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            values = (
                str(event.event_id),
                say(word(event.state)),
                say(word(event.kind)),
                event.rma_number or "",
                str(event.attempts),
                event.next_attempt_at.astimezone().strftime("%H:%M:%S")
                if event.state == OutboxState.PENDING
                else "",
                event.last_error or "",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1:
                    item.setForeground(QColor(STATE_COLOURS.get(event.state, MUTED)))
                self.table.setItem(row, column, item)
            if event.event_id == selected:
                self.table.selectRow(row)
        self._fit_columns(True)
        if self.table.currentRow() < 0 and events:
            self.table.selectRow(0)
        self.shown.emit()

    def _fit_columns(self, fit: bool) -> None:
        """Columns as wide as their texts, the last what is left; off while the table is
        filled, as each item set would measure every row again (200 events: 5.8 s)."""
        header = self.table.horizontalHeader()
        if not fit:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            return
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)

    def selected_event_id(self) -> int | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.events):
            return self.events[row].event_id
        return None

    def _on_table_selection_changed(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            self.detail.setPlainText("")
            return

        def load() -> EventView:
            with self.sessions() as session:
                return upstream_events.event_detail(session, event_id)

        self.worker.call(load, self._show_detail)

    def _show_detail(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(message_of(result), RED)
            return
        view: EventView = result
        lines = [
            tr(
                "upstream_view",
                "Event {id}: {kind} for {rma}",
                id=view.event_id,
                kind=word(view.kind),
                rma=view.rma_number or "-",
            ),
            tr("upstream_view", "About: {subject}", subject=view.subject),
            f"Idempotency-Key: {view.idempotency_key}",
            tr(
                "upstream_view",
                "State: {state}, {n} attempt(s)",
                n=view.attempts,
                state=word(view.state),
            )
            + (
                ", "
                + tr(
                    "upstream_view",
                    "upstream's reference {reference}",
                    reference=view.upstream_reference,
                )
                if view.upstream_reference
                else ""
            ),
        ]
        if view.resolution_note:
            lines.append(tr("upstream_view", "Resolved by hand: {note}", note=view.resolution_note))
        if view.last_error:
            lines.append(tr("upstream_view", "Last error: {error}", error=view.last_error))
        lines.append("")
        lines.append(tr("upstream_view", "Attempts:"))
        for attempt in view.attempt_log:
            lines.append(
                f"  {attempt.at.astimezone():%Y-%m-%d %H:%M:%S}  {attempt.outcome:8} "
                f"HTTP {attempt.http_status or '-':>3}  {attempt.duration_ms} ms  "
                f"{attempt.error or ''}  ({attempt.dispatcher})"
            )
        if not view.attempt_log:
            lines.append("  " + tr("upstream_view", "none yet"))
        lines += [
            "",
            tr("upstream_view", "What is sent:"),
            json.dumps(view.payload, indent=2, ensure_ascii=False),
        ]
        self.detail.setPlainText("\n".join(lines))
        self.shown.emit()

    # -- acting --
    def retry_selected(self) -> None:
        self._act("retry", None)

    def resolve_selected(self, note: str | None = None) -> None:
        event_id = self.selected_event_id()  # the subject, fixed before the dialog opens
        if event_id is None:
            return
        if not note:
            note = TextDialog.ask(
                self,
                tr("upstream_view", "Resolve by hand"),
                tr(
                    "upstream_view",
                    "Why is this event resolved by hand? (e.g. refunded in the shop's admin)",
                ),
            )
            if note is None:
                return
        self._act("resolve", note, event_id)

    def _act(self, action: str, note: str | None, event_id: int | None = None) -> None:
        event_id = self.selected_event_id() if event_id is None else event_id
        actor = self.actor()
        if event_id is None or actor is None:
            return
        operator_id, _role, station_id = actor  # the core reads the role itself

        def run() -> EventView:
            return upstream_events.act_on_event(
                self.sessions,
                action,
                event_id,
                operator_id=operator_id,
                now=utcnow(),
                note=note or "",
                station_id=station_id,
            )

        self.worker.call(run, self._on_action_done)

    def _on_action_done(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(message_of(result), RED)
            return
        view: EventView = result
        if view.state == OutboxState.RESOLVED:
            self.show_outcome(
                Text(
                    "upstream_view",
                    "Event {id} resolved by hand: it will not be sent.",
                    id=view.event_id,
                ),
                GREEN,
            )
        else:
            self.show_outcome(
                Text("upstream_view", "Event {id} will be sent again now.", id=view.event_id),
                GREEN,
            )
        self.changed.emit()
        self.refresh()
