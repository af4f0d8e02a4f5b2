"""Signing in: scan a badge (anywhere on this screen), or choose a name and type the PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_station.bench import OperatorInfo
from ui.theme import label, paint


class LoginView(QWidget):
    """`on_login(badge, pin)` is called when a name is chosen and a PIN typed."""

    def __init__(self, station: str, on_login: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName("loginView")
        self._on_login = on_login
        root = QVBoxLayout(self)
        root.setContentsMargins(60, 40, 60, 40)
        root.setSpacing(16)
        title = label(f"Receiving Station · {station}", "big")
        root.addWidget(title)
        self.prompt = label("Scan your badge", "prompt")
        root.addWidget(self.prompt)
        hint = label("… or choose your name, type your PIN and press Enter", "muted")
        root.addWidget(hint)
        row = QHBoxLayout()
        root.addLayout(row, 1)
        self.names = QListWidget()
        self.names.setAccessibleName("Operators")
        self.names.setMinimumWidth(420)
        row.addWidget(self.names, 2)
        side = QVBoxLayout()
        row.addLayout(side, 1)
        pin_label = QLabel("PIN")
        side.addWidget(pin_label)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName("PIN")
        self.pin.setMaxLength(12)
        pin_label.setBuddy(self.pin)
        side.addWidget(self.pin)
        self.sign_in = QPushButton("Sign in")
        self.sign_in.setAccessibleName("Sign in")
        side.addWidget(self.sign_in)
        self.error = label("")
        side.addWidget(self.error)
        side.addStretch(1)
        self.sign_in.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        self.names.itemActivated.connect(lambda _item: self.pin.setFocus())
        self.setTabOrder(self.names, self.pin)
        self.setTabOrder(self.pin, self.sign_in)

    def set_operators(self, operators: list[OperatorInfo]) -> None:
        self.names.clear()
        for operator in operators:
            item = QListWidgetItem(f"{operator.name}   ({operator.role})")
            item.setData(Qt.ItemDataRole.UserRole, operator.badge)
            self.names.addItem(item)
        if operators:
            self.names.setCurrentRow(0)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        paint(self.error, fg="#ff6b6b", bold=True)
        self.pin.clear()

    def reset(self) -> None:
        self.pin.clear()
        self.error.setText("")
        self.names.setFocus()

    def _submit(self) -> None:
        item = self.names.currentItem()
        if item is None:
            self.show_error("choose your name first")
            return
        pin = self.pin.text()
        if not pin:
            self.show_error("type your PIN")
            self.pin.setFocus()
            return
        self._on_login(str(item.data(Qt.ItemDataRole.UserRole)), pin)
        self.pin.clear()
