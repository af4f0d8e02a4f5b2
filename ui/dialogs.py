"""The window's own dialogs: they say when a scan came while they were open (a scan never
types into their fields, and nothing behind them changes), and the money dialog asks for a
confirmation no scanner can give.

- `BenchDialog`: the base.  `accepts_scan(code)` says whether this dialog wants scans (none of
  these do); `refuse(text)` shows why an input was not taken, in the dialog, where the person
  is looking.
- `TextDialog`, `ChoiceDialog`: a line of text (a note, a reason) and a choice from a list.
- `MoneyDialog`: approve a refund in full or in part, or reject a return.  It shows whose money
  and how much (per unit, and the total per currency), takes the amount and the reason where
  they are needed, and confirms only by Ctrl+Enter or a click on its Confirm button: a
  scanner types characters and Enter, never Ctrl+Enter, and plain Enter here only says how.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from receiving_station.amounts import AmountError, parse_amount, totals
from receiving_station.exceptions.stakes import AtStake, MoneyAtStake
from receiving_station.i18n.text import Money, Text
from ui.i18n import say, tr, writing
from ui.theme import PANEL, RED, TEXT, paint
from ui.theme import label as theme_label

MONEY_ACTIONS = ("full", "part", "reject")
SHOWN_STAKES = 8  # units listed by name; more are counted


class BenchDialog(QDialog):
    """A modal dialog of the window: a line for what it could not take (a scan, a bad value)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(700)
        paint(self, bg=PANEL, fg=TEXT)  # no window manager draws a frame round it at a bench
        self.problem = theme_label("", "message", fg=RED)
        self.problem.setVisible(False)
        self.problem.setAccessibleName(tr("dialogs", "what was not taken"))
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 16, 16, 16)
        self.heading = theme_label(title, "prompt")  # as the bench's own next-step bar
        self.body.addWidget(self.heading)

    def done(self, result: int) -> None:
        """Closed: the keyboard back to the window.  A kiosk session has no window manager to
        give it back, and without it the bench's next scan would reach no window."""
        super().done(result)
        owner = self.parentWidget()
        if owner is not None and owner.window().isVisible():
            owner.window().activateWindow()

    def accepts_scan(self, code: str) -> bool:
        """Take a scan meant for this dialog; False: the dialog does not ask for scans."""
        return False

    def refuse(self, text: str) -> None:
        self.problem.setText(say(text))
        self.problem.setVisible(True)
        self.adjustSize()  # room for the line, without squeezing the others

    def buttons(self, confirm: str, cancel: str | None = None) -> QPushButton:
        row = QHBoxLayout()
        row.addStretch(1)
        cancel_button = QPushButton(cancel or tr("dialogs", "Cancel (Esc)"))
        cancel_button.setAccessibleName(cancel_button.text())
        cancel_button.setAutoDefault(False)
        cancel_button.clicked.connect(self.reject)
        confirm_button = QPushButton(confirm)
        confirm_button.setAccessibleName(confirm)
        confirm_button.setAutoDefault(False)
        row.addWidget(cancel_button)
        row.addWidget(confirm_button)
        self.body.addWidget(self.problem)
        self.body.addLayout(row)
        self.cancel_button = cancel_button
        return confirm_button


class TextDialog(BenchDialog):
    """One line of text: Enter takes it (a person's Enter; a scanner's never reaches here)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, text: str = "") -> None:
        super().__init__(parent, title)
        label = theme_label(prompt)
        self.field = QLineEdit(text)
        self.field.setAccessibleName(prompt)
        label.setBuddy(self.field)
        self.body.addWidget(label)
        self.body.addWidget(self.field)
        ok = self.buttons(tr("dialogs", "OK (Enter)"))
        ok.clicked.connect(self._on_ok_clicked)
        self.field.returnPressed.connect(self._on_ok_clicked)
        self.field.setFocus()

    def _on_ok_clicked(self) -> None:
        if not self.field.text().strip():
            self.refuse(Text("dialogs", "Type something first, or Esc to cancel."))
            return
        self.accept()

    def value(self) -> str:
        return self.field.text()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str) -> str | None:
        dialog = cls(parent, title, prompt)
        try:
            return dialog.value() if dialog.exec() else None
        finally:
            dialog.deleteLater()


class ChoiceDialog(BenchDialog):
    def __init__(
        self, parent: QWidget | None, title: str, prompt: str, choices: Sequence[str]
    ) -> None:
        super().__init__(parent, title)
        label = theme_label(prompt)
        self.choices = QComboBox()
        self.choices.addItems(list(choices))
        self.choices.setAccessibleName(prompt)
        label.setBuddy(self.choices)
        self.body.addWidget(label)
        self.body.addWidget(self.choices)
        ok = self.buttons(tr("dialogs", "OK (Enter)"))
        ok.clicked.connect(self.accept)
        self.choices.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, prompt: str, choices: Sequence[str]
    ) -> str | None:
        dialog = cls(parent, title, prompt, choices)
        try:
            return dialog.choices.currentText() if dialog.exec() else None
        finally:
            dialog.deleteLater()


class MoneyDialog(BenchDialog):
    """Approve in full, approve in part, or reject: the units and amounts at stake, fixed when
    the dialog opens, and a confirmation by Ctrl+Enter or a click."""

    def __init__(self, parent: QWidget | None, action: str, stakes: Sequence[MoneyAtStake]) -> None:
        assert action in MONEY_ACTIONS
        titles = {
            "full": Text("dialogs", "Approve the refund in full"),
            "part": Text("dialogs", "Approve the refund in part"),
            "reject": Text("dialogs", "Reject the return"),
        }
        super().__init__(parent, say(titles[action]))
        self.action = action
        self.stakes = tuple(stakes)
        self.amount: Decimal | None = None
        self.reason: str | None = None

        for stake in self.stakes[:SHOWN_STAKES]:
            self.body.addWidget(theme_label(say(stake_line(stake))))
        if len(self.stakes) > SHOWN_STAKES:
            more = Text("dialogs", "… and {n} more units", n=len(self.stakes) - SHOWN_STAKES)
            self.body.addWidget(theme_label(say(more)))

        self.amount_field: QLineEdit | None = None
        self.reason_field: QLineEdit | None = None
        if action == "part":
            prompt = tr("dialogs", "Amount to refund (at most {paid}):", paid=self._paid(0))
            self.amount_field = self._field(prompt)
            self.amount_field.textChanged.connect(self._on_amount_field_text_changed)
        if action in ("part", "reject"):
            prompt = (
                tr("dialogs", "Why less than in full?")
                if action == "part"
                else tr("dialogs", "Why is it rejected (the customer is told)?")
            )
            self.reason_field = self._field(prompt)

        self.summary = theme_label("", "message")
        self.body.addWidget(self.summary)
        self.body.addWidget(
            theme_label(tr("dialogs", "Ctrl+Enter or Confirm: do it · Esc: cancel"), "muted")
        )
        self.confirm_button = self.buttons(tr("dialogs", "Confirm (Ctrl+Enter)"))
        self.confirm_button.clicked.connect(self.confirm)
        self._show_summary()
        first = self.amount_field or self.reason_field or self.cancel_button
        first.setFocus()

    def _field(self, prompt: str) -> QLineEdit:
        label = theme_label(prompt)
        field = QLineEdit()
        field.setAccessibleName(prompt)
        label.setBuddy(field)
        self.body.addWidget(label)
        self.body.addWidget(field)
        return field

    # -- what it does ----------------------------------------------------------------------------

    def _on_amount_field_text_changed(self, _text: str) -> None:
        self._show_summary()

    def _parsed_amount(self) -> Decimal:
        """The typed amount in the currency's minor units, or AmountError saying why not."""
        assert self.amount_field is not None
        paid = self._paid(0)
        return parse_amount(self.amount_field.text(), paid.currency, writing().locale, paid.amount)

    def _paid(self, index: int) -> Money:
        paid = self.stakes[index].paid
        assert paid is not None  # the window opens the dialog only for units on an RMA line
        return paid

    def _show_summary(self) -> None:
        self.summary.setText(say(self._summary()))

    def _summary(self) -> Text:
        if self.action == "part":
            paid = self._paid(0)
            try:
                amount = self._parsed_amount()
            except AmountError:
                return Text("dialogs", "Type the amount to refund.")
            return Text(
                "dialogs",
                "Refunds {amount} of {paid}; {kept} is kept as a restocking fee.",
                amount=Money(amount, paid.currency),
                paid=paid,
                kept=Money(paid.amount - amount, paid.currency),
            )
        money = Text.joined(
            " + ",
            [
                Text("dialogs", "{money}", money=m)
                for m in totals(self._paid(i) for i in range(len(self.stakes)))
            ],
        )
        exchanges = sum(1 for stake in self.stakes if stake.resolution == AtStake.EXCHANGE)
        if self.action == "reject":
            return Text(
                "dialogs",
                "Withholds {money}: the customer gets nothing back for {n} units.",
                money=money,
                n=len(self.stakes),
            )
        if exchanges and exchanges == len(self.stakes):
            return Text("dialogs", "Releases the exchange of {n} units.", n=exchanges)
        return Text(
            "dialogs",
            "Refunds {money} for {n} units to the customer.",
            money=money,
            n=len(self.stakes),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.confirm()
            elif self.focusWidget() is self.cancel_button:
                self.reject()
            else:
                self.refuse(Text("dialogs", "Enter does not confirm here: press Ctrl+Enter."))
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def confirm(self) -> None:
        if self.action == "part":
            try:
                self.amount = self._parsed_amount()
            except AmountError as exc:
                self.refuse(exc.text)
                assert self.amount_field is not None
                self.amount_field.setFocus()
                return
        if self.reason_field is not None:
            reason = self.reason_field.text().strip()
            if not reason:
                self.refuse(
                    Text("dialogs", "Say why: the customer is told.")
                    if self.action == "reject"
                    else Text("dialogs", "Say why the refund is less than in full.")
                )
                self.reason_field.setFocus()
                return
            self.reason = reason
        self.accept()


def stake_line(stake: MoneyAtStake) -> Text:
    """One unit at stake, as the dialog lists it."""
    values: dict[str, Any] = {
        "lpn": stake.lpn or "—",
        "rma": stake.rma_number or "—",
        "customer": stake.customer_name or "—",
        "money": stake.paid,
    }
    if stake.resolution == AtStake.EXCHANGE:
        return Text("dialogs", "{lpn} · {rma} · {customer}: an exchange (paid {money})", **values)
    if stake.store_credit:
        return Text(
            "dialogs", "{lpn} · {rma} · {customer}: paid {money}, as store credit", **values
        )
    return Text("dialogs", "{lpn} · {rma} · {customer}: paid {money}", **values)
