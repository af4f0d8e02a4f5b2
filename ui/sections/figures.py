"""The Figures section (supervisors): the shift at a glance, by period, shift, market and
bench; the refunds export and the shift report from the same screen.

The figures are worked out by the database on the section's worker thread
(receiving_station.figures.reports); charts are QtCharts, built the first time the section is shown
(so the bench's start-up does not pay for them).

Keys: Alt+I opens it; Ctrl+R reads again; E exports refunds as CSV; S saves the shift report.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from receiving_station.figures import reports
from receiving_station.figures.reports import FigureFilter, Figures, format_minutes
from receiving_station.figures.shifts import SHIFT_WORDS, SHIFTS, Period
from receiving_station.i18n.text import Money, Text, message_of
from receiving_station.i18n.vocabulary import word
from ui.i18n import say, tr, writing
from ui.sections.base import Choices, LiveSection, filter_grid, name_scroll_buttons, refill
from ui.theme import ACCENT, AMBER, GREEN, MUTED, PANEL, RED, TEXT, paint
from ui.theme import font as theme_font
from ui.theme import label as theme_label

PERIODS = (
    (Text("figures_view", "today"), (0, 0)),
    (Text("figures_view", "yesterday"), (1, 1)),
    (Text("figures_view", "last 7 days"), (6, 0)),
    (Text("figures_view", "last 30 days"), (29, 0)),
    (Text("figures_view", "last 365 days"), (364, 0)),
)
TILES = (
    ("units", Text("figures_view", "Units received")),
    ("rate", Text("figures_view", "Units / hour")),
    ("exceptions", Text("figures_view", "Exceptions / 100 units")),
    ("refund", Text("figures_view", "Receipt → refund (median · p90)")),
    ("stock", Text("figures_view", "Dock → stock (median · p90)")),
)
UNITS = Text("figures_view", "Units")
ACTIVE_HOURS = Text("figures_view", "Active hours")
PER_HOUR = Text("figures_view", "Units / hour")
EVERY_MARKET = Text("figures_view", "every market")
EVERY_BENCH = Text("figures_view", "every bench")
MINIMUM_CHART_HEIGHT = 260
GRADE_COLOURS = {"A": GREEN, "B": "#7cc242", "C": AMBER, "D": "#f06a28", "F": RED}


class FiguresSection(LiveSection):
    shown = Signal()  # the figures were drawn (tests)

    def __init__(
        self, sessions: sessionmaker[Session], site: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__("figures-view", 60_000, parent)
        self.sessions, self.site = sessions, site
        self.figures: Figures | None = None
        self._charts: dict[str, Any] | None = None

        self.period = Choices()
        for text, days in PERIODS:
            self.period.add(text, days)
        self.shift = Choices()
        self.shift.add(Text("shifts", "all day"), None)
        for shift in SHIFTS:
            self.shift.add(shift.choice, shift.name)
        self.market = Choices()
        self.market.add(EVERY_MARKET, None)
        self.station = Choices()
        self.station.add(EVERY_BENCH, None)
        filters = filter_grid(
            (
                (Text("figures_view", "Period"), self.period),
                (Text("figures_view", "Shift"), self.shift),
                (Text("figures_view", "Market"), self.market),
                (Text("figures_view", "Bench"), self.station),
            ),
            self.refresh,
        )
        self.export_button = QPushButton("")
        self.report_button = QPushButton("")
        self.export_button.clicked.connect(lambda: self.export_refunds())
        self.report_button.clicked.connect(lambda: self.save_report())
        filters.setColumnStretch(4, 1)

        self.tiles: dict[str, QLabel] = {}
        self.tile_titles: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        for key, _title in TILES:
            tile = QWidget()
            tile.setAutoFillBackground(True)
            paint(tile, bg=PANEL)
            inner = QVBoxLayout(tile)
            value = theme_label("–", "big")
            self.tile_titles[key] = theme_label("", "muted")
            inner.addWidget(self.tile_titles[key])
            inner.addWidget(value)
            self.tiles[key] = value
            tiles.addWidget(tile)

        self.charts_area = QWidget()
        self.charts_grid = QGridLayout(self.charts_area)
        # A chart of many categories is as tall as their names need (see _draw_charts): the
        # charts scroll when they do not fit (each chart takes the keyboard and is scrolled to)
        charts_scroll = QScrollArea()
        charts_scroll.setWidget(self.charts_area)
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        charts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        charts_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tables = QTabWidget()
        self.columns = {
            "operators": (Text("figures_view", "Operator"), UNITS, ACTIVE_HOURS, PER_HOUR),
            "benches": (Text("figures_view", "Bench"), UNITS, ACTIVE_HOURS, PER_HOUR),
            "skus": (
                Text("figures_view", "SKU"),
                Text("figures_view", "Description"),
                UNITS,
                Text("figures_view", "Reasons"),
                Text("figures_view", "Grades"),
                Text("figures_view", "Check"),
            ),
            "markets": (Text("figures_view", "Market"), UNITS),
        }
        self.operators = _table(len(self.columns["operators"]))
        self.benches = _table(len(self.columns["benches"]))
        self.skus = _table(len(self.columns["skus"]))
        self.markets = _table(len(self.columns["markets"]))
        self.table_titles = (
            (self.operators, "operators", Text("figures_view", "Operators")),
            (self.benches, "benches", Text("figures_view", "Benches")),
            (self.skus, "skus", Text("figures_view", "Returned most")),
            (self.markets, "markets", Text("figures_view", "Markets and shifts")),
        )
        for table, _key, _title in self.table_titles:
            self.tables.addTab(table, "")
        self.table = self.operators
        self.keys = {
            (Qt.Key.Key_R, True): self.refresh,
            (Qt.Key.Key_E, False): self.export_refunds,
            (Qt.Key.Key_S, False): self.save_report,
        }
        self.listen_for_keys(self.operators, self.benches, self.skus, self.markets)

        body = QHBoxLayout()
        body.addWidget(charts_scroll, 3)
        body.addWidget(self.tables, 2)
        layout = QVBoxLayout(self)
        self.title = theme_label("", "message")
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)
        # the outcome line and the buttons share the last row: off the filter row (which stays
        # narrow at a large text size) and no taller than before
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.report_button)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(tr("figures_view", "Shift figures"))
        self.export_button.setText(tr("figures_view", "E&xport refunds CSV… (E)"))
        self.report_button.setText(tr("figures_view", "&Shift report PDF… (S)"))
        for button in (self.export_button, self.report_button):
            button.setAccessibleName(button.text().replace("&", ""))
        for key, title in TILES:
            self.tile_titles[key].setText(say(title))
            self.tiles[key].setAccessibleName(say(title))
        for number, (table, key, title) in enumerate(self.table_titles):
            self.tables.setTabText(number, say(title))
            table.setHorizontalHeaderLabels([say(c) for c in self.columns[key]])
            table.setAccessibleName(say(title))
        name_scroll_buttons(self.tables)
        self.tables.setAccessibleName(
            tr("figures_view", "figures by operator, bench, SKU and market")
        )
        if self.figures is not None:
            self._show_figures(self.figures)
        super().retranslate()

    def current_filter(self) -> FigureFilter:
        back, end = self.period.currentData()
        today = dt.date.today()
        period = Period(
            today - dt.timedelta(days=back),
            today - dt.timedelta(days=end),
            self.shift.currentData(),
        )
        return FigureFilter(
            period, market=self.market.currentData(), station=self.station.currentData()
        )

    def refresh(self) -> None:
        wanted = self.current_filter()

        def load() -> tuple[Figures, list[str], list[str]]:
            with self.sessions() as session:
                return (
                    reports.shift_figures(session, wanted),
                    reports.markets(session),
                    reports.stations(session),
                )

        self.worker.call(load, self._show)

    def _show(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(
                Text(
                    "figures_view",
                    "Could not work out the figures: {problem}",
                    problem=message_of(result),
                ),
                RED,
            )
            return
        figures, markets, stations = result
        refill(self.market, markets, EVERY_MARKET)
        refill(self.station, stations, EVERY_BENCH)
        self.figures = figures
        self._show_figures(figures)
        self.show_outcome(
            Text(
                "figures_view",
                "{period} · worked out {time}",
                period=figures.filter.period.describe(),
                time=figures.computed_at.astimezone().time(),
            ),
            MUTED,
        )
        self.shown.emit()

    def _show_figures(self, figures: Figures) -> None:
        w = writing()
        active = sum(r.active_hours for r in figures.by_operator)
        self.tiles["units"].setText(w.number(figures.units))
        self.tiles["rate"].setText(w.number(figures.units / active, 1) if active else "–")
        self.tiles["exceptions"].setText(
            w.number(figures.exception_rate(), 1) if figures.units else "–"
        )
        paint(self.tiles["exceptions"], fg=RED if figures.exception_rate() >= 15 else TEXT)
        r, s = figures.receipt_to_refund, figures.dock_to_stock
        self.tiles["refund"].setText(
            f"{say(format_minutes(r.median_minutes))} · {say(format_minutes(r.p90_minutes))}"
        )
        self.tiles["stock"].setText(
            f"{say(format_minutes(s.median_minutes))} · {say(format_minutes(s.p90_minutes))}"
        )
        _fill(
            self.operators,
            [tuple(x.cells(w.number)) for x in figures.by_operator],
        )
        _fill(
            self.benches,
            [tuple(x.cells(w.number)) for x in figures.by_station],
        )
        _fill(
            self.skus,
            [
                (
                    x.sku,
                    x.description,
                    w.number(x.units),
                    ", ".join(f"{say(k)} {n}" for k, n in x.reasons[:3]),
                    " ".join(f"{g}:{n}" for g, n in x.grades),
                    "⚠ " + tr("figures_view", "'{reason}' dominates", reason=x.dominant_reason)
                    if x.dominant_reason
                    else "",
                )
                for x in figures.returned_most
            ],
            flag_column=5,
        )
        _fill(
            self.markets,
            [(k, w.number(v)) for k, v in figures.by_market.items()]
            + [
                (tr("figures_view", "{shift} shift", shift=SHIFT_WORDS.get(k, k)), w.number(v))
                for k, v in figures.by_shift.items()
            ],
        )
        self._draw_charts(figures)

    # -- charts --------------------------------------------------------------------------------

    def _draw_charts(self, figures: Figures) -> None:
        from PySide6.QtCharts import (
            QBarCategoryAxis,
            QBarSeries,
            QBarSet,
            QChart,
            QChartView,
            QHorizontalBarSeries,
            QPieSeries,
            QValueAxis,
        )

        if self._charts is None:
            self._charts = {}
            # The bars by name span the width: QtCharts gives an axis' names at most 0.4 of
            # its chart's width, and "outside the return window" needs 250 px at 20 px.
            for name, place in (
                ("hours", (0, 0, 1, 1)),
                ("grades", (0, 1, 1, 1)),
                ("dispositions", (1, 0, 1, 2)),
                ("exceptions", (2, 0, 1, 2)),
            ):
                view = QChartView()
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumHeight(MINIMUM_CHART_HEIGHT)
                self.charts_grid.addWidget(view, *place)
                self._charts[name] = view

        # Chart text is the section's body text: read a metre from the screen, as the tables.
        body = theme_font("base", bold=False)
        title_font = theme_font("base", bold=True)

        def chart(title: str) -> Any:
            c = QChart()
            c.setTitle(title)
            c.setTitleFont(title_font)
            c.setLocalizeNumbers(True)
            c.setLocale(QLocale(writing().locale))
            c.setBackgroundBrush(QColor(PANEL))
            c.setTitleBrush(QColor(TEXT))
            c.legend().setFont(body)
            c.legend().setLabelColor(QColor(TEXT))
            c.setMargins(QMargins(4, 4, 4, 4))
            return c

        def counts_axis(top: int, intervals: int) -> Any:
            """A value axis of counts: whole numbers only, a tick on each (a localised "%d" is
            not a format QtCharts knows: its labels came out empty or rounded, "0 0 1 1 2")."""
            step = _count_step(top, intervals)
            axis = QValueAxis()
            axis.setLabelFormat("%.0f")
            axis.setLabelsFont(body)
            axis.setLabelsColor(QColor(TEXT))
            axis.setRange(0, step * (top // step + 1))  # room above the highest bar
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0)
            axis.setTickInterval(step)
            return axis

        def bars(title: str, data: dict[Any, int], colour: str, horizontal: bool = False) -> Any:
            c = chart(title)
            series = QHorizontalBarSeries() if horizontal else QBarSeries()
            values = QBarSet(say(UNITS))
            values.setColor(QColor(colour))
            values.append([float(v) for v in data.values()])
            series.append(values)
            c.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([str(k) for k in data] or [""])
            categories.setLabelsColor(QColor(TEXT))
            categories.setLabelsFont(body)
            axis = counts_axis(max([*data.values(), 0]), 3 if horizontal else 4)
            c.addAxis(
                categories,
                Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom,
            )
            c.addAxis(
                axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
            )
            series.attachAxis(categories)
            series.attachAxis(axis)
            c.legend().hide()
            return c

        def hours(title: str, by_hour: dict[int, int]) -> Any:
            """24 bars, one per hour, on a value axis: a category axis gives each of 24 names
            a 24th of the width, too little for "06" (it showed "…").  The hours named are
            every fourth, from 02, so the shifts' starts (06, 14, 22) are among them."""
            c = chart(title)
            series = QBarSeries()
            values = QBarSet(say(UNITS))
            values.setColor(QColor(ACCENT))
            values.append([float(by_hour.get(h, 0)) for h in range(24)])
            series.append(values)
            c.addSeries(series)
            clock = QValueAxis()  # bar h stands at h
            clock.setRange(-0.5, 23.5)
            clock.setTickType(QValueAxis.TickType.TicksDynamic)
            clock.setTickAnchor(2)
            clock.setTickInterval(4)
            clock.setLabelFormat("%.0f")
            clock.setLabelsFont(body)
            clock.setLabelsColor(QColor(TEXT))
            axis = counts_axis(max([*by_hour.values(), 0]), 4)
            c.addAxis(clock, Qt.AlignmentFlag.AlignBottom)
            c.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(clock)
            series.attachAxis(axis)
            c.legend().hide()
            return c

        titles = {
            "hours": tr("figures_view", "Units per hour of the day"),
            "grades": tr("figures_view", "Grades"),
            "dispositions": tr("figures_view", "Dispositions"),
            "exceptions": tr("figures_view", "Exceptions by type"),
        }
        for name, title in titles.items():
            self._charts[name].setAccessibleName(title)
        self._charts["hours"].setChart(hours(titles["hours"], figures.by_hour_of_day))
        # The grades named in a legend beside the pie: a label on a slice too small for it
        # was hidden by QtCharts (outside the plot) or drawn over its neighbour's.
        pie = chart(titles["grades"])
        series = QPieSeries()
        for grade, count in figures.grades.items():
            piece = series.append(f"{grade} {count}", count)
            piece.setColor(QColor(GRADE_COLOURS.get(grade, MUTED)))
        pie.addSeries(series)
        pie.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        pie.legend().show()
        self._charts["grades"].setChart(pie)
        # A bar a name: as tall as the names need, one a line with QtCharts' room around it
        # (squeezed, it wrote "..." for every name), and the title's and the axis' lines.
        line = QFontMetrics(body).height() * 3 // 2
        for name, data, colour in (
            ("dispositions", figures.dispositions, GREEN),
            ("exceptions", figures.exceptions, AMBER),
        ):
            named = {say(word(k)): v for k, v in data.items()}
            self._charts[name].setChart(bars(titles[name], named, colour, horizontal=True))
            self._charts[name].setMinimumHeight(max(MINIMUM_CHART_HEIGHT, line * (len(named) + 5)))

    # -- exports -------------------------------------------------------------------------------

    def export_refunds(self, path: str | None = None) -> None:
        wanted = self.current_filter()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("figures_view", "Export refunds"),
                f"refunds-{wanted.period.first}-{wanted.period.last}.csv",
                "CSV (*.csv)",
            )
            if not path:
                return
        target = Path(path)
        reader = writing()

        def run() -> Text:
            import io

            from receiving_station.figures.exports import released_refunds, totals, write_csv

            start, end = wanted.period.bounds
            with self.sessions() as session:
                rows = released_refunds(session, start, end)
            buffer = io.StringIO()
            write_csv(rows, buffer, reader)
            target.write_text(buffer.getvalue(), encoding="utf-8", newline="")
            sums = Text.joined(
                "; ",
                [
                    Text(
                        "figures_view",
                        "{market}: {amount}",
                        market=t.market,
                        amount=Money(t.refunded, t.currency),
                    )
                    for t in totals(rows)
                ],
            )
            return (
                Text(
                    "figures_view",
                    "{n} refunded unit(s) written to {path} ({sums})",
                    n=len(rows),
                    path=str(target),
                    sums=sums,
                )
                if rows
                else Text(
                    "figures_view", "{n} refunded unit(s) written to {path}", n=0, path=str(target)
                )
            )

        self.worker.call(run, self._on_saved)

    def save_report(self, path: str | None = None) -> None:
        figures = self.figures
        if figures is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                tr("figures_view", "Shift report"),
                f"shift-report-{figures.filter.period.first}.pdf",
                "PDF (*.pdf)",
            )
            if not path:
                return
        target = Path(path)
        reader = writing()

        def run() -> Text:
            from receiving_station.figures.shift_report import shift_report_pdf

            target.write_bytes(shift_report_pdf(figures, site=self.site, writing=reader))
            return Text("figures_view", "Shift report written to {path}", path=str(target))

        self.worker.call(run, self._on_saved)

    def _on_saved(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.show_outcome(
                Text("figures_view", "Not saved: {problem}", problem=message_of(result)), RED
            )
        else:
            self.show_outcome(result, GREEN)


def _count_step(top: int, intervals: int) -> int:
    """The step between the ticks of an axis of counts up to `top`: 1, 2 or 5 times a power
    of ten, the smallest that needs at most `intervals` steps to pass `top`."""
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power):
            if top // step + 1 <= intervals:
                return step
        power *= 10


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], flag_column: int = -1) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c == flag_column and value:
                item.setForeground(QColor(AMBER))
            table.setItem(r, c, item)
