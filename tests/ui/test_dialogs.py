"""The window's dialogs show text from outside (a customer's name from the shop, a scanned
code) as it is: never as markup."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from receiving_station.exceptions.stakes import AtStake, MoneyAtStake
from receiving_station.i18n.text import Money
from ui.dialogs import MoneyDialog

HOSTILE = "<img src='/etc/passwd'><b>Anna</b>"


def test_a_customers_name_and_a_scanned_code_are_shown_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    stake = MoneyAtStake(
        exception_id=1,
        lpn="LPN0000000017",
        rma_number="RMA-SE-0000001",
        customer_name=HOSTILE,
        resolution=AtStake.REFUND,
        paid=Money(Decimal("669.00"), "SEK"),
    )
    dialog = MoneyDialog(None, "full", [stake])
    qtbot.addWidget(dialog)
    dialog.refuse(f"{HOSTILE} was not taken")
    labels = dialog.findChildren(QLabel)
    shown = [label for label in labels if HOSTILE in label.text()]
    assert len(shown) == 2  # the unit's line and the refusal
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
