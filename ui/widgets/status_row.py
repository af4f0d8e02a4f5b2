"""The status bar's facts (bench, operator, devices, upstream) in one row, or in two when the
text is too wide for the window: a large text size (`[display] font_size`), a long name or a
narrow screen never cuts a fact off ("Sara Holm (medew…").

Threading: GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


class StatusRow(QWidget):
    def __init__(self, labels: Sequence[QLabel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = list(labels)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(0)
        self.grid.setVerticalSpacing(0)
        # never wider than the window lets it be: two rows, rather than a window wider than
        # the screen (a layout would otherwise ask for every fact's width in one row)
        self.setMinimumWidth(1)
        self.columns = 0
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.arrange)
        self._place(len(self.labels))

    @property
    def rows(self) -> int:
        return -(-len(self.labels) // self.columns)

    def needed_width(self) -> int:
        return sum(label.sizeHint().width() for label in self.labels)

    def arrange(self) -> None:
        """One row when every fact fits the width there is, else two."""
        width = self.width()
        one_row = width <= 0 or self.needed_width() <= width
        self._place(len(self.labels) if one_row else -(-len(self.labels) // 2))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for label in self.labels:
            self.grid.removeWidget(label)
        for number, label in enumerate(self.labels):
            self.grid.addWidget(label, number // columns, number % columns)
        for column in range(len(self.labels)):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(columns - 1, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._soon.start()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a fact's text changed its width
            self._soon.start()
        return super().event(event)
