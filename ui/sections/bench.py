"""The Bench section: parcel, live weight, unit with checklist and grade keys, decision, and
the parcel's activity.  It draws the `BenchState` it is given and turns keys into bench inputs;
it never touches the database or a device.

Threading: GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from devices.events import WeightReading
from receiving_station.bench.state import BenchState, BenchUpdate, Stage
from receiving_station.i18n.text import Money, Weight
from receiving_station.i18n.vocabulary import word
from receiving_station.rules import GradeDef
from ui.i18n import Retranslating, say, tr, writing
from ui.theme import (
    ACCENT,
    AMBER,
    FEEDBACK_COLOURS,
    GREEN,
    MUTED,
    PROMPT,
    RED,
    TEXT,
    font,
    label,
    paint,
    panel_frame,
    shade,
)

KEYS = {
    Qt.Key.Key_Return: "ENTER",
    Qt.Key.Key_Enter: "ENTER",
    Qt.Key.Key_Escape: "ESC",
    Qt.Key.Key_F4: "F4",
    Qt.Key.Key_F9: "F9",
    Qt.Key.Key_F12: "F12",
    Qt.Key.Key_Y: "Y",
    Qt.Key.Key_N: "N",
    Qt.Key.Key_P: "P",
    Qt.Key.Key_W: "W",
}


def _label(text: str = "", name: str = "base", wrap: bool = True) -> QLabel:
    item = label(text, {"value": "base", "panelTitle": "title"}.get(name, name), wrap=wrap)
    item.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return item


class Panel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        panel_frame(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 10, 14, 12)
        self.layout_.setSpacing(6)
        self.heading = _label("", "panelTitle")
        self.layout_.addWidget(self.heading)

    def set_title(self, title: str) -> None:
        self.heading.setText(title)
        self.setAccessibleName(title)


def _money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None:
        return "—"
    return say(Money(amount, currency or ""))


class BenchSection(Retranslating, QWidget):
    """Draws bench state; `on_key(name)` is called for each bench key pressed here."""

    def __init__(self, grades: tuple[GradeDef, ...], on_key: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("benchView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._on_key = on_key
        self._last_message: str = ""
        self._grades = grades
        self._grade_keys = {g.key: g for g in grades}
        self.state: BenchState | None = None
        self.live: WeightReading | None = None
        self._drawn_lines: tuple[tuple[int, int], ...] = ()
        self._drawn_checklist: object = None
        self._drawn_activity: tuple[object, ...] = ()

        root = QVBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(8)
        self.prompt = _label("", "prompt")
        self.message = _label("", "message")
        root.addWidget(self.prompt)
        root.addWidget(self.message)

        grid = QGridLayout()
        grid.setSpacing(8)
        root.addLayout(grid, 1)

        # -- parcel --------------------------------------------------------------------------
        self.parcel_panel = Panel()
        self.parcel_title = _label("", "big")
        self.parcel_facts = _label("")
        self.window_status = _label("")
        self.lines = QTableWidget(0, 5)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # a long name wraps onto a second line rather than ending in "…"
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.lines.resizeRowsToContents())
        for w in (self.parcel_title, self.parcel_facts, self.window_status):
            self.parcel_panel.layout_.addWidget(w)
        self.parcel_panel.layout_.addWidget(self.lines, 1)

        # -- weight --------------------------------------------------------------------------
        self.weight_panel = Panel()
        self.weight_value = _label("— kg", "big", wrap=False)
        self.weight_stable = _label("", wrap=False)
        self.weight_compare = _label("")
        row = QHBoxLayout()
        row.addWidget(self.weight_value)
        row.addSpacing(16)
        row.addWidget(self.weight_stable, 1)
        self.weight_panel.layout_.addLayout(row)
        self.weight_panel.layout_.addWidget(self.weight_compare)

        # -- unit ----------------------------------------------------------------------------
        self.unit_panel = Panel()
        self.unit_title = _label("", "big")
        self.unit_facts = _label("")
        self.checklist = QListWidget()
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklist.setFont(font("list"))
        self.grade_keys = _label("", "list")
        self.grade_keys.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.unit_title, self.unit_facts):
            self.unit_panel.layout_.addWidget(w)
        self.unit_panel.layout_.addWidget(self.checklist, 1)
        self.unit_panel.layout_.addWidget(self.grade_keys)

        # -- decision ------------------------------------------------------------------------
        self.decision_panel = Panel()
        self.decision_title = _label("", "big")
        self.decision_money = _label("", "message")
        self.decision_rule = _label("", "muted")
        for w in (self.decision_title, self.decision_money, self.decision_rule):
            self.decision_panel.layout_.addWidget(w)
        self.decision_panel.layout_.addStretch(1)

        # -- activity ------------------------------------------------------------------------
        self.activity_panel = Panel()
        self.activity = QListWidget()
        self.activity.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.activity.setFont(font("status"))
        self.activity_panel.layout_.addWidget(self.activity, 1)

        grid.addWidget(self.parcel_panel, 0, 0, 2, 1)
        grid.addWidget(self.unit_panel, 0, 1, 2, 1)
        grid.addWidget(self.weight_panel, 0, 2)
        grid.addWidget(self.decision_panel, 1, 2)
        grid.addWidget(self.activity_panel, 2, 0, 1, 3)
        # four lines of the activity: the newest few, the panels above keep the room
        self.activity.setMaximumHeight((QFontMetrics(font("status")).lineSpacing() + 6) * 4 + 8)
        self.activity.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activity.setTextElideMode(Qt.TextElideMode.ElideRight)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(0, 0)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 0)
        self.retranslate()

    # -- language --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The fixed texts in the language in use, and the state drawn again in it."""
        self.setAccessibleName(tr("bench_view", "Bench"))
        self.prompt.setAccessibleName(tr("bench_view", "What to do next"))
        self.message.setAccessibleName(tr("bench_view", "Last result"))
        self.parcel_panel.set_title(tr("bench_view", "Parcel"))
        self.weight_panel.set_title(tr("bench_view", "Weight"))
        self.unit_panel.set_title(tr("bench_view", "Item"))
        self.decision_panel.set_title(tr("bench_view", "Decision"))
        self.activity_panel.set_title(tr("bench_view", "Activity"))
        self.lines.setHorizontalHeaderLabels(
            [
                tr("bench_view", "SKU"),
                tr("bench_view", "Item"),
                tr("bench_view", "Exp."),
                tr("bench_view", "In"),
                tr("bench_view", "Left"),
            ]
        )
        self.lines.setAccessibleName(tr("bench_view", "Expected lines"))
        self.weight_value.setAccessibleName(tr("bench_view", "Weight on the scale"))
        self.checklist.setAccessibleName(tr("bench_view", "Checklist"))
        self.activity.setAccessibleName(tr("bench_view", "Activity"))
        if self._last_message:
            self.message.setText(say(self._last_message))
        self._drawn_lines, self._drawn_checklist, self._drawn_activity = (), None, ()
        self.activity.clear()
        if self.state is not None:
            self.show_state(self.state)
        else:
            self.parcel_title.setText(tr("bench_view", "No parcel open"))
            self._draw_weight()

    def show_message(self, message: str) -> None:
        """A message from outside the bench flow (the database is back, a device): kept, so it
        is said again in the next language."""
        self._last_message = message
        self.message.setText(say(message))

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        name = KEYS.get(Qt.Key(event.key()))
        text = event.text()
        if name is None and text in self._grade_keys:
            name = text
        if name is None:
            super().keyPressEvent(event)
            return
        self._on_key(name)

    # -- drawing -------------------------------------------------------------------------------

    def show_update(self, update: BenchUpdate) -> None:
        if update.changed:  # a repeated weight and such leave the last message standing
            colour = FEEDBACK_COLOURS[update.feedback.value]
            self.show_message(update.message)
            paint(self.message, bg=colour, fg="#000000")
        self.show_state(update.state)

    def show_state(self, state: BenchState) -> None:
        self.state = state
        self.prompt.setText(say(state.prompt))
        # F9 asked to close a parcel with items missing: the prompt waits for the answer in amber
        if state.closing is not None:
            paint(self.prompt, fg="#000000", bg=AMBER)
        else:
            paint(self.prompt, fg=TEXT, bg=PROMPT)
        self._draw_parcel(state)
        self._draw_weight()
        self._draw_unit(state)
        self._draw_decision(state)
        self._draw_activity(state)

    def show_weight(self, reading: WeightReading) -> None:
        self.live = reading
        self._draw_weight()

    def _draw_parcel(self, s: BenchState) -> None:
        p = s.parcel
        if p is None:
            self.parcel_title.setText(tr("bench_view", "No parcel open"))
            self.parcel_facts.setText(
                tr("bench_view", "Scan the carrier label or the RMA barcode.")
            )
            self.window_status.setText("")
            self.lines.setRowCount(0)
            self._drawn_lines = ()
            return
        if p.rma is None:
            self.parcel_title.setText(tr("bench_view", "BLIND RETURN"))
            self.parcel_facts.setText(
                tr(
                    "bench_view",
                    "Parcel {tracking} ({carrier})\nNo RMA: receive the items, a lead finds the "
                    "customer.",
                    tracking=p.tracking_number,
                    carrier=p.carrier or tr("bench_view", "carrier unknown"),
                )
            )
            self.window_status.setText("")
            self.lines.setRowCount(0)
            self._drawn_lines = ()
            return
        r = p.rma
        self.parcel_title.setText(r.number)
        purchase = (
            writing().date(r.purchase_date) if r.purchase_date else tr("bench_view", "unknown")
        )
        wants = say(word(r.requested_resolution))
        if r.exchange_sku:
            wants += " → " + r.exchange_sku
        self.parcel_facts.setText(
            tr(
                "bench_view",
                "{customer}\n{market} · {channel} · order {order}\nbought {bought} · wants "
                "{wants}\nparcel {tracking}",
                customer=r.customer_name,
                market=r.market,
                channel=word(r.channel),
                order=r.order_number,
                bought=purchase,
                wants=wants,
                tracking=p.tracking_number,
            )
        )
        inside = r.window.inside
        mark = "✔ " if inside else "✖ "
        self.window_status.setText(mark + say(r.window.describe()))
        paint(self.window_status, fg=GREEN if inside else RED, bold=True)
        rows = tuple((line.line_id, line.received) for line in r.lines)
        if self._drawn_lines == rows:
            return
        self._drawn_lines = rows
        self.lines.setRowCount(len(r.lines))
        for row, line in enumerate(r.lines):
            values = [
                line.sku,
                line.description,
                str(line.quantity),
                str(line.received),
                str(line.remaining),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4 and line.remaining == 0:
                    item.setForeground(Qt.GlobalColor.green)
                self.lines.setItem(row, column, item)
        self.lines.resizeRowsToContents()

    def _draw_weight(self) -> None:
        live = self.live
        if live is None or live.value is None:
            self.weight_value.setText("— kg")
            self.weight_stable.setText(
                live.error if live and live.error else tr("bench_view", "no reading")
            )
            paint(self.weight_stable, fg=MUTED, bold=False)
        else:
            self.weight_value.setText(f"{writing().number(live.value)} {live.unit}")
            if live.overload or live.underload:
                text = (
                    tr("bench_view", "OVERLOAD") if live.overload else tr("bench_view", "UNDERLOAD")
                )
                colour = RED
            elif live.stable:
                text, colour = "● " + tr("bench_view", "STABLE"), GREEN
            else:
                text, colour = "○ " + tr("bench_view", "moving…"), AMBER
            self.weight_stable.setText(text)
            paint(self.weight_stable, fg=colour, bold=True)
        p = self.state.parcel if self.state else None
        if p is None:
            self.weight_compare.setText("")
            return
        expected = (
            say(Weight(p.expected_weight_kg))
            if p.expected_weight_kg is not None
            else tr("bench_view", "unknown")
        )
        measured = (
            say(Weight(p.measured_weight_kg))
            if p.measured_weight_kg is not None
            else tr("bench_view", "not yet")
        )
        text = tr(
            "bench_view",
            "expected {expected}\nmeasured {measured}",
            expected=expected,
            measured=measured,
        )
        if p.weight_tolerance_kg is not None:
            text += f" (± {say(Weight(p.weight_tolerance_kg))})"
        if p.weight_mismatch:
            text += "\n⚠ " + tr("bench_view", "WEIGHT MISMATCH: refund held")
            paint(self.weight_compare, fg=AMBER, bold=True)
        else:
            paint(self.weight_compare, fg=TEXT, bold=False)
        self.weight_compare.setText(text)

    def _draw_unit(self, s: BenchState) -> None:
        u = s.unit
        signature = (u, s.answers, s.questions, s.stage, s.pending_grade, s.photos)
        if signature == self._drawn_checklist:
            return
        self._drawn_checklist = signature
        self.checklist.clear()
        if u is None:
            self.unit_title.setText("")
            self.unit_facts.setText(
                tr("bench_view", "Scan an item out of the parcel.") if s.parcel else ""
            )
            self.grade_keys.setText("")
            return
        self.unit_title.setText(u.lpn)
        facts = [f"{u.sku or tr('bench_view', 'unknown SKU')} · {u.description}"]
        facts.append(
            tr("bench_view", "line {line}", line=u.line_no)
            if u.line_no
            else tr("bench_view", "not on the RMA")
        )
        if u.needs_serial or u.serial:
            facts.append(
                tr("bench_view", "serial {serial}", serial=u.serial)
                if u.serial
                else tr("bench_view", "serial: scan it")
            )
        if u.flags:
            facts.append("⚠ " + ", ".join(say(word(f)) for f in u.flags))
        if s.photos:
            facts.append(tr("bench_view", "{n} photo(s) taken", n=len(s.photos)))
        self.unit_facts.setText("\n".join(facts))
        answered = dict(s.answers)
        for index, question in enumerate(s.questions):
            concern = False
            if question.key in answered:
                said = answered[question.key]
                concern = said != question.good  # "Worn or washed? yes" is the concern
                mark = ("⚠ " if concern else "✔ ") + (
                    tr("bench_view", "yes") if said else tr("bench_view", "no")
                )
            elif index == len(s.answers):
                mark = "►  Y / N"
            else:
                mark = ""
            item = QListWidgetItem(f"{say(question.question)}   {mark}")
            if index == len(s.answers) and s.stage == Stage.CHECKLIST:
                # the question asked now: the palette's highlight (black on the accent colour)
                item.setBackground(QColor(shade(ACCENT)))
                item.setForeground(QColor("#000000"))
            elif concern:
                item.setForeground(QColor(shade(AMBER)))
            self.checklist.addItem(item)
        parts = []
        for grade in self._grades:
            chosen = u.grade == grade.code or s.pending_grade == grade.code
            style = f"background:{shade(ACCENT)};color:#000;" if chosen else ""
            camera = " " + tr("bench_view", "(photo)") if grade.requires_photo else ""
            mark = "► " if chosen else ""  # not by colour alone
            parts.append(
                f"<span style='{style}'>&nbsp;{mark}<b>{grade.key}</b> {grade.code} "
                f"{html.escape(say(grade.label))}{camera}&nbsp;</span>"
            )
        self.grade_keys.setText("<br>".join(parts))

    def _draw_decision(self, s: BenchState) -> None:
        u = s.unit
        d = s.decision
        if u is None or (d is None and u.status != "graded"):
            for label in (self.decision_title, self.decision_money, self.decision_rule):
                label.setText("")
            return
        disposition = d.disposition if d else (u.disposition or "")
        refund = d.refund_amount if d else u.refund_amount
        fee = d.restocking_fee if d else u.restocking_fee
        hold = d.hold if d else u.status == "held" or "hold" in (u.rule_reason or "")
        self.decision_title.setText(say(word(disposition)).upper())
        rma = s.parcel.rma if s.parcel is not None else None
        # What happens for the customer when Enter confirms: the exchange goes out, the refund
        # is paid, nothing (no amount), or it waits for a lead.
        if rma is not None and rma.requested_resolution == "exchange":
            money = (
                "⚠ " + tr("bench_view", "EXCHANGE HELD: a lead decides")
                if hold
                else tr("bench_view", "exchange {sku} released", sku=rma.exchange_sku or "")
            )
        else:  # the refund and its fee, "nothing to refund", and whether a lead decides it
            lines = []
            if refund:
                lines.append(tr("bench_view", "refund {amount}", amount=_money(refund, u.currency)))
                if fee:
                    lines.append(
                        tr("bench_view", "restocking fee {amount}", amount=_money(fee, u.currency))
                    )
            elif not hold:
                lines.append(tr("bench_view", "nothing to refund"))
            if hold:
                lines.append("⚠ " + tr("bench_view", "REFUND HELD: a lead decides"))
            money = "\n".join(lines)
        self.decision_money.setText(money)
        paint(self.decision_money, fg=AMBER if hold else GREEN, bold=True)
        rule = d.rule_id if d else u.rule_id
        self.decision_rule.setText(
            tr("bench_view", "rule {rule}  (why: see the message above)", rule=rule)
        )
        self.decision_rule.setToolTip(say(d.explanation) if d else (u.rule_reason or ""))

    def _draw_activity(self, s: BenchState) -> None:
        """Newest first; only the entries that are new since the last drawing are added."""
        drawn = self._drawn_activity
        entries = s.activity
        known = set(map(id, drawn))
        fresh = [entry for entry in entries if id(entry) not in known]
        if len(fresh) == len(entries) and drawn:
            self.activity.clear()  # a different history (another bench state): start again
        for entry in fresh:
            mark = {"accepted": "✔", "attention": "⚠", "error": "✖"}[entry.feedback.value]
            item = QListWidgetItem(
                f"{entry.at.astimezone().strftime('%H:%M:%S')}  {mark} {say(entry.message)}"
            )
            colour = {"accepted": TEXT, "attention": AMBER, "error": RED}[entry.feedback.value]
            item.setForeground(QColor(shade(colour)))
            self.activity.insertItem(0, item)
        while self.activity.count() > len(entries):
            self.activity.takeItem(self.activity.count() - 1)
        self._drawn_activity = entries
