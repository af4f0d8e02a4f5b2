"""Kiosk mode (`receiving-station --kiosk`): the window full screen without decorations, which
staff cannot close by accident; closing asks for a supervisor's badge and PIN, checked in the
database at that moment (receiving_station.bench.sign_in.authorise_close).  A station that
cannot start says why on its screen, where the people at the bench look, not only in the
journal, and exits for systemd to start it again.

Threading: GUI thread; the check runs on the bench worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from receiving_station.bench.sign_in import CloseAnswer
from receiving_station.i18n.text import Text
from ui.dialogs import BenchDialog
from ui.i18n import say, tr
from ui.theme import BACKGROUND, RED, TEXT, paint
from ui.theme import label as theme_label

#: The exit status of a kiosk a supervisor closed: its systemd unit does not start it again
#: (RestartPreventExitStatus=); every other end of the process is restarted.
CLOSED_BY_SUPERVISOR = 0


class CloseDialog(BenchDialog):
    """Closing a kiosk bench: a supervisor scans their badge (or types it) and types the PIN."""

    def __init__(
        self,
        parent: QWidget | None,
        check: Callable[[str, str, Callable[[CloseAnswer], None]], None],
    ) -> None:
        super().__init__(parent, tr("kiosk", "Close the station"))
        self._check = check
        self.body.addWidget(
            theme_label(
                tr(
                    "kiosk",
                    "Only a supervisor closes this station: scan your badge, type your PIN and "
                    "press Enter. Esc goes back to work.",
                )
            )
        )
        self.badge = QLineEdit()
        self.badge.setAccessibleName(tr("kiosk", "Supervisor's badge"))
        self.badge.setPlaceholderText(tr("kiosk", "Supervisor's badge"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(tr("kiosk", "PIN"))
        self.pin.setPlaceholderText(tr("kiosk", "PIN"))
        self.body.addWidget(self.badge)
        self.body.addWidget(self.pin)
        confirm = self.buttons(tr("kiosk", "Close the station (Enter)"))
        confirm.clicked.connect(self._on_confirm_clicked)
        self.badge.returnPressed.connect(self.pin.setFocus)
        self.pin.returnPressed.connect(self._on_confirm_clicked)
        self.badge.setFocus()
        self.answer: CloseAnswer | None = None
        self._busy = False

    def accepts_scan(self, code: str) -> bool:
        """A scanned badge fills the badge field; the PIN is typed next."""
        self.badge.setText(code.strip())
        self.pin.clear()
        self.pin.setFocus()
        return True

    def _on_confirm_clicked(self) -> None:
        if self._busy:
            return
        if not self.badge.text().strip():
            self.refuse(Text("kiosk", "Scan your supervisor badge first."))
            self.badge.setFocus()
            return
        if not self.pin.text():
            self.refuse(Text("kiosk", "Type your PIN, then press Enter."))
            self.pin.setFocus()
            return
        self._busy = True
        self._check(self.badge.text(), self.pin.text(), self._on_answer)

    def _on_answer(self, answer: CloseAnswer) -> None:
        self._busy = False
        self.pin.clear()
        if answer.allowed:
            self.answer = answer
            self.accept()
            return
        self.refuse(answer.text)
        self.pin.setFocus()


def show_refusal(message: str, seconds: int) -> None:
    """The station could not start (configuration, database): say so full screen, in the
    station's language, for `seconds`; the caller exits for systemd to try again."""
    existing = QApplication.instance()
    _app = existing if isinstance(existing, QApplication) else QApplication([])
    screen = QWidget()
    screen.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    paint(screen, bg=BACKGROUND, fg=TEXT)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(60, 60, 60, 60)
    layout.addStretch(1)
    heading = theme_label(tr("kiosk", "The station cannot start"), "prompt", fg=RED)
    layout.addWidget(heading)
    layout.addWidget(theme_label(message))  # plain text: it may quote a file or a server
    countdown = theme_label("")
    layout.addWidget(countdown)
    layout.addStretch(1)
    left = [seconds]

    def tick() -> None:
        countdown.setText(
            say(
                Text(
                    "kiosk",
                    "It tries again in {n} s. Tell the site's IT if this stays.",
                    n=left[0],
                )
            )
        )
        left[0] -= 1
        if left[0] < 0:
            loop.quit()

    loop = QEventLoop()  # its own loop: the application is not told to quit (nothing else ran)
    timer = QTimer(screen)
    timer.timeout.connect(tick)
    timer.start(1000)
    tick()
    screen.showFullScreen()
    try:
        loop.exec()
    finally:
        timer.stop()
        screen.close()
        screen.deleteLater()


def kiosk_window(window: Any) -> None:
    """Show the window as a kiosk: full screen, no frame or title bar."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    window.showFullScreen()
