"""Feedback a person notices without looking at the text: a full-window colour flash and a
distinct sound for accepted / attention / error (the message says the same in words)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from receiving_station.paths import RESOURCES
from ui.theme import FEEDBACK_COLOURS, shade

log = logging.getLogger(__name__)


class FlashOverlay(QWidget):
    """A translucent layer over the whole window, shown for a moment in the feedback colour."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colour = QColor(0, 0, 0, 0)
        self._timer = QTimer(self)
        self._timer.setObjectName("flash-timer")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.last_feedback: str | None = None
        self.hide()

    def flash(self, feedback: str, milliseconds: int = 280) -> None:
        self.last_feedback = feedback
        colour = QColor(shade(FEEDBACK_COLOURS.get(feedback, "#ffffff")))
        colour.setAlpha(150 if feedback == "error" else 110)
        self._colour = colour
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()
        self._timer.start(milliseconds if feedback != "error" else milliseconds * 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colour)


class Sounds(QObject):
    """QSoundEffect per feedback kind; silent (logged once) where QtMultimedia or an audio
    device is missing, so a bench without speakers still works."""

    def __init__(self, parent: QObject | None = None, enabled: bool = True) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] = {}
        self.played: list[str] = []
        if not enabled:
            return
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as exc:  # PySide6-Addons missing
            log.warning("no sounds: QtMultimedia is not available (%s)", exc)
            return
        for name in FEEDBACK_COLOURS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(RESOURCES / "sounds" / f"{name}.wav")))
            effect.setVolume(0.9)
            self._effects[name] = effect

    def play(self, feedback: str) -> None:
        self.played.append(feedback)
        del self.played[:-20]
        effect = self._effects.get(feedback)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
