"""The status bar's lasting facts: the station, who is signed in, the database, the devices and
the upstream backlog, one label each in a `StatusRow`, in the language in use.

The window adds `row` to its QStatusBar and hands this what it learns (a device's state, the
operator, the backlog's counts); the passing messages (`statusBar().showMessage`) stay the
window's.  The texts keep the "main_window" translation context they were written in.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from receiving_station.bench.sign_in import OperatorInfo
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word
from receiving_station.upstream.events import Backlog
from ui.i18n import say, tr
from ui.theme import AMBER, GREEN, MUTED, RED, font, paint
from ui.widgets.status_row import StatusRow

if TYPE_CHECKING:  # the dispatcher (and httpx) load only when upstream is set up
    from receiving_station.upstream.dispatcher import DispatcherThread

STATE_COLOURS = {"connected": GREEN, "connecting": AMBER, "faulted": RED, "disconnected": RED}
FACTS = ("station", "operator", "database", "scanner", "scale", "printer", "upstream")


class StationStatus:
    """The labels of the status bar's facts, by name (`FACTS`), and the row that holds them."""

    DEVICE_NAMES = {
        "station": Text("main_window", "station"),
        "operator": Text("main_window", "operator"),
        "upstream": Text("main_window", "upstream"),
        "database": Text("main_window", "database"),
        "scanner": Text("main_window", "scanner"),
        "scale": Text("main_window", "scale"),
        "printer": Text("main_window", "printer"),
    }
    DEVICE_STATES = {
        "connected": Text("main_window", "ok"),
        "connecting": Text("main_window", "connecting"),
        "faulted": Text("main_window", "faulted"),
        "disconnected": Text("main_window", "disconnected"),
    }

    def __init__(self, station: str) -> None:
        self.station = station
        self.labels: dict[str, QLabel] = {}
        for name in FACTS:
            label = QLabel("")
            label.setFont(font("status"))
            label.setMargin(4)
            label.setContentsMargins(10, 0, 10, 0)
            self.labels[name] = label
        self.row = StatusRow(list(self.labels.values()))
        self.devices: dict[str, tuple[str, str]] = {}  # device -> (state, message)
        self.backlog: Backlog | None = None  # the last counts shown
        for device in ("scanner", "scale", "printer"):
            self.show_device(device, "connecting", Text("main_window", "starting"))
        self.labels["upstream"].setText(tr("main_window", "upstream: …"))
        self.show_device("database", "connecting", Text("main_window", "starting"))

    def retranslate(self, operator: OperatorInfo | None) -> None:
        """The facts said again in the language in use (the backlog: `show_backlog` again)."""
        self.labels["station"].setText(tr("main_window", "Station {station}", station=self.station))
        for name, label in self.labels.items():
            label.setAccessibleName(say(self.DEVICE_NAMES[name]))
        self.show_operator(operator)
        for device, (state, message) in list(self.devices.items()):
            self.show_device(device, state, message)

    def show_operator(self, operator: OperatorInfo | None) -> None:
        label = self.labels["operator"]
        if operator is None:
            label.setText(tr("main_window", "signed out"))
        else:
            label.setText(f"{operator.name} ({say(word(operator.role))})")

    def show_device(self, device: str, state: str, message: str) -> None:
        label = self.labels.get(device)
        if label is None:
            return
        self.devices[device] = (state, message)
        symbol = "●" if state == "connected" else ("◐" if state == "connecting" else "✖")
        name = say(self.DEVICE_NAMES.get(device, device))
        label.setText(f"{name} {symbol} {say(self.DEVICE_STATES.get(state, state))}")
        label.setToolTip(say(message))
        label.setAccessibleDescription(say(message))
        paint(label, fg=STATE_COLOURS.get(state, MUTED))

    def show_backlog(
        self,
        counts: Backlog | None,
        dispatcher: DispatcherThread | None,
        upstream_note: str | None,
    ) -> None:
        """The outbox's counts (None: the database did not answer); `dispatcher` is this
        bench's sender, if it sends, and `upstream_note` why it does not."""
        label = self.labels["upstream"]
        self.backlog = counts
        if counts is None:
            label.setText(tr("main_window", "upstream: database unreachable"))
            label.setToolTip("")
            paint(label, fg=RED)
            return
        status = dispatcher.status if dispatcher is not None else None
        parts = [
            tr("main_window", "{n} to send", n=counts.waiting)
            if counts.waiting
            else tr("main_window", "all sent")
        ]
        if counts.failing:
            parts.append(tr("main_window", "{n} failing", n=counts.failing))
        if counts.refused:
            parts.append(tr("main_window", "{n} refused", n=counts.refused))
        fault = status.problem if status is not None and status.fault else None
        if dispatcher is None:
            parts.append(
                say(upstream_note)
                if upstream_note
                else tr("main_window", "not sending from this bench")
            )
        elif fault:
            parts.append(tr("main_window", "FAULT"))
        label.setText(tr("main_window", "upstream: {state}", state=", ".join(parts)))
        detail = fault or counts.last_error or (status.problem if status else None)
        label.setToolTip(
            "\n".join(
                filter(
                    None,
                    [
                        tr("main_window", "sending to {url}", url=status.upstream)
                        if status
                        else upstream_note,
                        tr("main_window", "last problem: {detail}", detail=detail)
                        if detail
                        else None,
                    ],
                )
            )
        )
        bad = counts.refused or counts.failing or fault
        paint(label, fg=RED if bad else (AMBER if counts.waiting else GREEN))
