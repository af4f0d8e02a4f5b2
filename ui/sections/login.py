"""Signing in: scan a badge (anywhere on this screen), or choose a name and type the PIN; and
choose the language the window speaks (kept with the operator from then on)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_station.bench.sign_in import OperatorInfo
from receiving_station.i18n.language import LANGUAGES
from receiving_station.i18n.vocabulary import word
from ui.i18n import Retranslating, alt_letter, language, mnemonic, say, tr, use_language
from ui.theme import label, paint


class LoginSection(Retranslating, QWidget):
    """`on_login(badge, pin)` is called when a name is chosen and a PIN typed."""

    def __init__(self, station: str, on_login: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName("loginView")
        self._on_login = on_login
        self._station = station
        self._operators: list[OperatorInfo] = []
        self._error: str = ""
        self._mark = ""  # "✖ " before a refusal, nothing before a question
        self.chosen: str | None = None  # a language chosen here, for whoever signs in next
        root = QVBoxLayout(self)
        root.setContentsMargins(60, 40, 60, 40)
        root.setSpacing(16)
        self.title = label("", "big")
        root.addWidget(self.title)
        self.prompt = label("", "prompt")
        root.addWidget(self.prompt)
        self.hint = label("", "muted")
        root.addWidget(self.hint)
        row = QHBoxLayout()
        root.addLayout(row, 1)
        self.names = QListWidget()
        self.names.setMinimumWidth(420)
        row.addWidget(self.names, 2)
        side = QVBoxLayout()
        row.addLayout(side, 1)
        self.pin_label = QLabel("")
        side.addWidget(self.pin_label)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_label.setBuddy(self.pin)
        side.addWidget(self.pin)
        self.sign_in = QPushButton("")
        side.addWidget(self.sign_in)
        self.error = label("")
        side.addWidget(self.error)
        side.addStretch(1)
        self.language_label = QLabel("")
        side.addWidget(self.language_label)
        self.languages = QComboBox()
        for code, name in LANGUAGES.items():
            self.languages.addItem(name, code)  # each in its own name: found by its speakers
        self.language_label.setBuddy(self.languages)
        side.addWidget(self.languages)
        self.sign_in.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.languages.activated.connect(self._on_languages_activated)
        self.setTabOrder(self.names, self.pin)
        self.setTabOrder(self.pin, self.sign_in)
        self.setTabOrder(self.sign_in, self.languages)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("login", "Receiving Station · {station}", station=self._station))
        self.prompt.setText(tr("login", "Scan your badge"))
        self.hint.setText(tr("login", "… or choose your name, type your PIN and press Enter"))
        self.names.setAccessibleName(tr("login", "Operators"))
        self.pin_label.setText(tr("login", "&PIN"))
        self.pin.setAccessibleName(tr("login", "PIN"))
        self.sign_in.setText(tr("login", "Sign in"))
        self.sign_in.setAccessibleName(tr("login", "Sign in"))
        self.language_label.setText(tr("login", "&Language"))
        self.languages.setAccessibleName(tr("login", "Language"))
        self.languages.setToolTip(
            tr("login", "The window speaks this language; it is kept for you when you sign in")
        )
        self._show_language()
        self._fill_names()
        if self._error:
            self.error.setText(self._mark + say(self._error))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt + a label's underlined letter goes to its field (PIN, Language), also where Qt's
        own shortcuts do not fire (no active window: a kiosk without a window manager)."""
        pressed = alt_letter(event)
        if pressed is not None:
            for caption in (self.pin_label, self.language_label):
                buddy = caption.buddy()
                if buddy is not None and mnemonic(caption.text()) == pressed:
                    buddy.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    return
        super().keyPressEvent(event)

    def _show_language(self) -> None:
        index = self.languages.findData(language())
        if index >= 0 and index != self.languages.currentIndex():
            self.languages.setCurrentIndex(index)

    def _on_languages_activated(self, index: int) -> None:
        code = str(self.languages.itemData(index))
        self.chosen = code
        use_language(code)  # this screen speaks it now; the operator keeps it at sign-in

    def set_operators(self, operators: list[OperatorInfo]) -> None:
        self._operators = list(operators)
        self._fill_names()
        if operators:
            self.names.setCurrentRow(0)

    def _fill_names(self) -> None:
        row = self.names.currentRow()
        self.names.clear()
        for operator in self._operators:
            item = QListWidgetItem(f"{operator.name}   ({say(word(operator.role))})")
            item.setData(Qt.ItemDataRole.UserRole, operator.badge)
            self.names.addItem(item)
        if 0 <= row < self.names.count():
            self.names.setCurrentRow(row)

    def show_error(self, message: str) -> None:
        self._error, self._mark = message, "✖ "
        self.error.setText("✖ " + say(message))
        paint(self.error, fg="#ff6b6b", bold=True)
        self.pin.clear()

    def ask_pin(self, badge: str, message: str) -> None:
        """A badge was scanned whose holder must also type the PIN: their name chosen, the PIN
        field ready, the sentence saying so."""
        for row in range(self.names.count()):
            item = self.names.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == badge:
                self.names.setCurrentRow(row)
                break
        self._error, self._mark = message, ""  # said again if a language is chosen now
        self.error.setText(say(message))
        paint(self.error, fg="#ffd54f", bold=True)
        self.pin.clear()
        self.pin.setFocus()

    def reset(self) -> None:
        """Ready for the next person: no PIN, no error, no language chosen yet."""
        self.pin.clear()
        self._error = ""
        self.error.setText("")
        self.chosen = None
        self._show_language()
        self.names.setFocus()

    def _submit(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.show_error(tr("login", "choose your name first"))
            return
        pin = self.pin.text()
        if not pin:
            self.show_error(tr("login", "type your PIN"))
            self.pin.setFocus()
            return
        self._on_login(str(item.data(Qt.ItemDataRole.UserRole)), pin)
        self.pin.clear()
