"""The demo panel under the sections (demo mode only): how to sign in and drive the simulated
devices (F5 the next demo parcel, F6 on the scale, F7 its next item, F8 off the scale), which
demo return is on the bench, and what the sandbox shop received.  The texts keep the
"main_window" translation context they were written in.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from receiving_station.demo.data import Scenario
from receiving_station.i18n.text import Text
from ui.i18n import tr
from ui.input.device_hub import DemoDevices
from ui.theme import DEMO, paint
from ui.theme import label as theme_label


class DemoPanel(QWidget):
    """`keys` are the function keys the window passes on (keys no widget took);
    `feedback(kind, text)` says a refusal the window's way (flash, sound, message)."""

    def __init__(
        self,
        demo: DemoDevices,
        scenarios: list[Scenario],
        feedback: Callable[[str, Text], None],
        *,
        earlier_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.demo, self.scenarios, self.feedback = demo, scenarios, feedback
        self.setObjectName("demoPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.help = QLabel("")
        paint(self.help, fg="#000000", bg=DEMO, bold=True)
        self.help.setContentsMargins(8, 4, 8, 4)
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.earlier = theme_label("", "muted")
        self.earlier.setVisible(earlier_run)
        layout.addWidget(self.earlier)
        self.now = theme_label("", "muted")
        layout.addWidget(self.now)
        self.shop = theme_label("", "muted")
        layout.addWidget(self.shop)
        self._index = -1
        self._item = 0
        self._shop: dict | None = None
        self._signed_in = False
        self.keys = {
            Qt.Key.Key_F5: self.next_parcel,
            Qt.Key.Key_F6: self.weigh,
            Qt.Key.Key_F7: self.next_item,
            Qt.Key.Key_F8: self.unload,
        }

    def show_signed_in(self, signed_in: bool) -> None:
        """Before sign-in the bar says how to sign in; after it, the keys that drive the demo."""
        if signed_in != self._signed_in:
            self._signed_in = signed_in
            self.retranslate()

    def retranslate(self) -> None:
        """Called by the window's `retranslate` (not on its own LanguageChange: once is enough)."""
        self.help.setText(
            tr(
                "main_window",
                "DEMO  ·  F5 scan the next demo parcel  ·  F6 put it on the scale  ·  F7 scan "
                "its next item  ·  F8 take it off the scale",
            )
            if self._signed_in
            else tr(
                "main_window",
                "DEMO  ·  sign in: badge B-1001 (staff), or badge B-2001 / B-3001 and then PIN "
                "1234 (lead, supervisor)",
            )
        )
        self.earlier.setText(
            tr(
                "main_window",
                "Demo data from an earlier run: start over with ./station demo --fresh",
            )
        )
        self.shop.setAccessibleName(tr("main_window", "demo shop"))
        if self._shop is not None:
            self.show_shop(self._shop)
        self._show_now()

    def show_shop(self, summary: dict) -> None:
        """What the sandbox shop received (the backlog worker counts it)."""
        self._shop = summary
        self.shop.setText(
            tr(
                "main_window",
                "Demo shop (a sandbox of the shop's system) received: refunds {refunds}, "
                "exchange releases {exchanges}, customer messages {messages}",
                refunds=summary.get("refunds", 0),
                exchanges=summary.get("exchanges", 0),
                messages=summary.get("status_events", 0),
            )
        )
        platform = summary.get("platform")
        if isinstance(platform, dict):  # --platform shopify|woocommerce: its stand-in's books
            self.shop.setText(
                self.shop.text()
                + "\n"
                + tr(
                    "main_window",
                    "{platform} stand-in (its returns' units go there): refunds {refunds}, "
                    "units processed {units}",
                    platform=str(platform.get("name", ""))
                    .capitalize()
                    .replace("commerce", "Commerce"),
                    refunds=platform.get("refunds", 0),
                    units=platform.get("units_processed", platform.get("refunds", 0)),
                )
            )

    def _show_now(self) -> None:
        scenario = self.scenario
        if scenario is None:
            self.now.setText(
                tr(
                    "main_window",
                    "{n} demo returns: press F5 for the first",
                    n=len(self.scenarios),
                )
            )
            return
        self.now.setText(
            tr(
                "main_window",
                "demo return {number} of {count}: {name}, {description}  ({n} item(s) for F7)",
                n=len(scenario.item_codes),
                number=self._index + 1,
                count=len(self.scenarios),
                name=scenario.name,
                description=scenario.description,
            )
        )

    @property
    def scenario(self) -> Scenario | None:
        if 0 <= self._index < len(self.scenarios):
            return self.scenarios[self._index]
        return None

    def next_parcel(self) -> None:
        if not self.scenarios:
            return
        self._index = (self._index + 1) % len(self.scenarios)
        self._item = 0
        self._show_now()
        self.demo.put(Decimal(0))
        self.demo.scan(self.scenarios[self._index].parcel_code)

    def weigh(self) -> None:
        scenario = self.scenario
        if scenario is not None and scenario.weight_kg is not None:
            self.demo.put(scenario.weight_kg)

    def unload(self) -> None:
        self.demo.put(Decimal(0))

    def next_item(self) -> None:
        scenario = self.scenario
        if scenario is None:
            return
        if self._item >= len(scenario.item_codes):
            self.feedback(
                "attention",
                Text(
                    "main_window",
                    "no more demo items in this parcel: F9 closes it, F5 scans the next",
                ),
            )
            return
        self.demo.scan(scenario.item_codes[self._item])
        self._item += 1
