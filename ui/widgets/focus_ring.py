"""A ring around whatever has the keyboard, thick and yellow, so a person working by keyboard
alone always sees where the next key goes.

Fusion's own focus marks are thin and differ per control (a dotted rectangle on a button, a
tinted frame on a list); a style sheet would make Qt paint every widget through its slow path
(see ui/theme.py).  One transparent widget over the window, moved when the focus moves, costs
nothing between focus changes.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget

from ui.theme import FOCUS

WIDTH = 3


class FocusRing(QWidget):
    """Drawn over `window`'s central widget, around the focused control inside it.  A control
    that is a whole section (the bench, which takes every key) gets no ring: the section is
    what the person sees."""

    def __init__(self, host: QWidget, *, skip: tuple[QWidget, ...] = ()) -> None:
        super().__init__(host)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._skip = skip
        self.target: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        host = self.parentWidget()
        if new is None or host is None or new in self._skip or not host.isAncestorOf(new):
            self.target = None
            self.hide()
            return
        self.target = new
        new.installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Hide,
            QEvent.Type.Show,
        ):
            self.follow()
        return False

    def follow(self) -> None:
        """Around the target as it is now (called when it moves, resizes or hides)."""
        target, host = self.target, self.parentWidget()
        if target is None or host is None or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(host, target.rect().topLeft())
        box = QRect(top_left, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self.setGeometry(box.intersected(host.rect()))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(FOCUS))
        pen.setWidth(WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
