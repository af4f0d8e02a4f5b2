"""What the leads' and supervisors' sections (Exceptions, Upstream, Labels, Figures) share: a
worker thread for their database reads, reading again when shown, every `interval_ms` while
shown, and soon after another bench changed something (`database_changed`, at most about three
times a second); filter rows whose captions and choices are said in the language in use."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QTabWidget, QToolButton, QWidget

from ui.i18n import Retranslating, say, tr
from ui.theme import paint
from ui.workers import TaskWorker

#: A section's keys: (key, with Ctrl) -> what it does.
Keys = dict[tuple[Qt.Key, bool], Callable[[], object]]


class LiveSection(Retranslating, QWidget):
    """Subclasses implement `refresh()` and set `self.table` (focused when shown).

    `message` is the line that says how an action went (`say`); `keys` are handled for the
    widgets given to `listen_for_keys` (an event filter rather than QShortcuts: shortcuts need
    an active window, which a bench under a bare X server may never have)."""

    table: Any  # the QTableView or QTableWidget of the subclass

    def __init__(self, name: str, interval_ms: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel("")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # outcomes name codes, customers
        self.message.setWordWrap(True)
        self._said: tuple[str, Any] | None = None
        self.message.setAccessibleName(tr("section", "outcome of the last action"))
        self.keys: Keys = {}
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

    def retranslate(self) -> None:
        """Subclasses set their own fixed texts, then call this."""
        self.message.setAccessibleName(tr("section", "outcome of the last action"))
        if self._said is not None:
            self.show_outcome(*self._said)

    def show_outcome(self, text: str, colour: Any) -> None:
        """How the last action went (a core Text is said again in the next language)."""
        self._said = (text, colour)
        self.message.setText(say(text))
        paint(self.message, fg=colour)

    def listen_for_keys(self, *widgets: QWidget) -> None:
        for widget in (self, *widgets):
            widget.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        mods = event.modifiers()
        if mods & ~Qt.KeyboardModifier.ControlModifier & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        action = self.keys.get((Qt.Key(event.key()), ctrl))
        if action is None:
            return False
        action()
        return True

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


class Choices(Retranslating, QComboBox):
    """A combo box whose choices may be sentences (`Text`): said again when the language
    changes, their data (what the code filters by) unchanged."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: list[Any] = []

    def add(self, text: Any, data: Any = None) -> None:
        self._texts.append(text)
        self.addItem(say(text), data)

    def clear(self) -> None:
        self._texts = []
        super().clear()

    def retranslate(self) -> None:
        for number, text in enumerate(self._texts):
            self.setItemText(number, say(text))


class Caption(Retranslating, QLabel):
    """A filter's caption over its box (the box's accessible name too), in the language in
    use."""

    def __init__(self, text: Any, buddy: QWidget) -> None:
        super().__init__()
        self.caption = text
        self.setBuddy(buddy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(say(self.caption))
        self.buddy().setAccessibleName(say(self.caption))


def name_scroll_buttons(tabs: QTabWidget) -> None:
    """A tab bar too narrow for its tabs shows two arrow buttons; Qt names them once, in the
    language of the moment it made them: name them in the language in use."""
    bar = tabs.tabBar()
    for name, text in (
        ("ScrollLeftButton", tr("section", "Scroll left")),
        ("ScrollRightButton", tr("section", "Scroll right")),
    ):
        button = bar.findChild(QToolButton, name)
        if button is not None:
            button.setAccessibleName(text)
            button.setToolTip(text)


def filter_grid(
    boxes: Iterable[tuple[Any, QComboBox]], on_change: Callable[[], object]
) -> QGridLayout:
    """Captions (Text) over their combo boxes, in a row; a change calls `on_change`."""
    grid = QGridLayout()
    for column, (text, box) in enumerate(boxes):
        box.currentIndexChanged.connect(on_change)
        grid.addWidget(Caption(text, box), 0, column)
        grid.addWidget(box, 1, column)
    return grid


def refill(box: Choices, values: list[str], everything: Any) -> None:
    """Offer `values` after the `everything` choice, keeping the current choice, quietly."""
    known = [box.itemData(i) for i in range(1, box.count())]
    if known == values:
        return
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.add(everything, None)
    for value in values:
        box.add(value, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    box.blockSignals(False)
