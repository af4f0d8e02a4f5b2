"""What the leads' sections (Exceptions, Upstream) share: a worker thread for their database
reads, reading again when shown, every `interval_ms` while shown, and soon after another bench
changed something (`database_changed`, at most about three times a second)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ui.workers import TaskWorker


class LiveSection(QWidget):
    """Subclasses implement `refresh()` and set `self.table` (focused when shown)."""

    table: Any  # the QTableView or QTableWidget of the subclass

    def __init__(self, name: str, interval_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = TaskWorker(name, self)
        self.workers = [self.worker]
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(300)
        self.soon.timeout.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setObjectName(f"{name}-refresh")
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        for worker in self.workers:
            worker.start()

    def stop(self) -> None:
        self.timer.stop()
        for worker in self.workers:
            worker.stop()

    def database_changed(self) -> None:
        """Another bench changed something this section shows: read again soon, if on screen."""
        if self.isVisible() and not self.soon.isActive():
            self.soon.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()
        self.table.setFocus()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.timer.stop()
