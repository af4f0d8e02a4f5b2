"""The Figures section (supervisors): the shift at a glance, by period, shift, market and
bench; the refunds export and the shift report from the same screen.

The figures are worked out by the database on the section's worker thread
(receiving_station.reports); charts are QtCharts, built the first time the section is shown
(so the bench's start-up does not pay for them).

Keys: Alt+I opens it; Ctrl+R reads again; E exports refunds as CSV; S saves the shift report.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from receiving_station import reports
from receiving_station.reports import FigureFilter, Figures, format_minutes
from receiving_station.shifts import SHIFTS, Period
from ui.section import LiveSection, filter_grid, refill
from ui.theme import ACCENT, AMBER, GREEN, MUTED, PANEL, RED, TEXT, paint
from ui.theme import label as theme_label

PERIODS = {
    "today": (0, 0),
    "yesterday": (1, 1),
    "last 7 days": (6, 0),
    "last 30 days": (29, 0),
    "last 365 days": (364, 0),
}
GRADE_COLOURS = {"A": GREEN, "B": "#7cc242", "C": AMBER, "D": "#f06a28", "F": RED}


class FiguresView(LiveSection):
    shown = Signal()  # the figures were drawn (tests)

    def __init__(
        self, sessions: sessionmaker[Session], site: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__("figures-view", 60_000, parent)
        self.sessions, self.site = sessions, site
        self.figures: Figures | None = None
        self._charts: dict[str, Any] | None = None

        self.period = QComboBox()
        for name in PERIODS:
            self.period.addItem(name, name)
        self.shift = QComboBox()
        self.shift.addItem("all day", None)
        for shift in SHIFTS:
            self.shift.addItem(f"{shift.name} shift", shift.name)
        self.market = QComboBox()
        self.market.addItem("every market", None)
        self.station = QComboBox()
        self.station.addItem("every bench", None)
        filters = filter_grid(
            (
                ("Period", self.period),
                ("Shift", self.shift),
                ("Market", self.market),
                ("Bench", self.station),
            ),
            self.refresh,
        )
        self.export_button = QPushButton("&Export refunds CSV… (E)")
        self.report_button = QPushButton("&Shift report PDF… (S)")
        self.export_button.clicked.connect(lambda: self.export_refunds())
        self.report_button.clicked.connect(lambda: self.save_report())
        filters.addWidget(self.export_button, 1, 5)
        filters.addWidget(self.report_button, 1, 6)
        filters.setColumnStretch(4, 1)

        self.tiles: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        for key, title in (
            ("units", "Units received"),
            ("rate", "Units / hour"),
            ("exceptions", "Exceptions / 100 units"),
            ("refund", "Receipt → refund (median · p90)"),
            ("stock", "Dock → stock (median · p90)"),
        ):
            tile = QWidget()
            tile.setAutoFillBackground(True)
            paint(tile, bg=PANEL)
            inner = QVBoxLayout(tile)
            value = theme_label("–", "big")
            value.setAccessibleName(title)
            inner.addWidget(theme_label(title, "muted"))
            inner.addWidget(value)
            self.tiles[key] = value
            tiles.addWidget(tile)

        self.charts_area = QWidget()
        self.charts_grid = QGridLayout(self.charts_area)
        self.tables = QTabWidget()
        self.operators = _table(("Operator", "Units", "Active hours", "Units / hour"))
        self.benches = _table(("Bench", "Units", "Active hours", "Units / hour"))
        self.skus = _table(("SKU", "Description", "Units", "Reasons", "Grades", "Check"))
        self.markets = _table(("Market", "Units"))
        self.tables.addTab(self.operators, "Operators")
        self.tables.addTab(self.benches, "Benches")
        self.tables.addTab(self.skus, "Returned most")
        self.tables.addTab(self.markets, "Markets and shifts")
        self.table = self.operators
        self.keys = {
            (Qt.Key.Key_R, True): self.refresh,
            (Qt.Key.Key_E, False): self.export_refunds,
            (Qt.Key.Key_S, False): self.save_report,
        }
        self.listen_for_keys(self.operators, self.benches, self.skus, self.markets)

        body = QHBoxLayout()
        body.addWidget(self.charts_area, 3)
        body.addWidget(self.tables, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(theme_label("Shift figures", "message"))
        layout.addLayout(filters)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

    def current_filter(self) -> FigureFilter:
        back, end = PERIODS[self.period.currentData()]
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
            from sqlalchemy import select

            from db.models import Station

            with self.sessions() as session:
                return (
                    reports.shift_figures(session, wanted),
                    reports.markets(session),
                    list(session.scalars(select(Station.name).order_by(Station.name))),
                )

        self.worker.call(load, self._show)

    def _show(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.say(f"Could not work out the figures: {result}", RED)
            return
        figures, markets, stations = result
        refill(self.market, markets, "every market")
        refill(self.station, stations, "every bench")
        self.figures = figures
        active = sum(r.active_hours for r in figures.by_operator)
        self.tiles["units"].setText(str(figures.units))
        self.tiles["rate"].setText(f"{figures.units / active:.1f}" if active else "–")
        self.tiles["exceptions"].setText(
            f"{figures.exception_rate():.1f}" if figures.units else "–"
        )
        paint(self.tiles["exceptions"], fg=RED if figures.exception_rate() >= 15 else TEXT)
        r, s = figures.receipt_to_refund, figures.dock_to_stock
        self.tiles["refund"].setText(
            f"{format_minutes(r.median_minutes)} · {format_minutes(r.p90_minutes)}"
        )
        self.tiles["stock"].setText(
            f"{format_minutes(s.median_minutes)} · {format_minutes(s.p90_minutes)}"
        )
        _fill(
            self.operators,
            [(x.name, x.units, x.active_hours, f"{x.per_hour:.1f}") for x in figures.by_operator],
        )
        _fill(
            self.benches,
            [(x.name, x.units, x.active_hours, f"{x.per_hour:.1f}") for x in figures.by_station],
        )
        _fill(
            self.skus,
            [
                (
                    x.sku,
                    x.description,
                    x.units,
                    ", ".join(f"{k} {n}" for k, n in x.reasons[:3]),
                    " ".join(f"{g}:{n}" for g, n in x.grades),
                    f"⚠ '{x.dominant_reason}' dominates" if x.dominant_reason else "",
                )
                for x in figures.returned_most
            ],
            flag_column=5,
        )
        _fill(
            self.markets,
            [(k, v) for k, v in figures.by_market.items()]
            + [(f"{k} shift", v) for k, v in figures.by_shift.items()],
        )
        self._draw_charts(figures)
        self.say(
            f"{figures.filter.period.describe()} · worked out "
            f"{figures.computed_at.astimezone():%H:%M:%S}",
            MUTED,
        )
        self.shown.emit()

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
            for n, name in enumerate(("hours", "grades", "dispositions", "exceptions")):
                view = QChartView()
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumHeight(260)
                view.setAccessibleName(name)
                self.charts_grid.addWidget(view, n // 2, n % 2)
                self._charts[name] = view

        def chart(title: str) -> Any:
            c = QChart()
            c.setTitle(title)
            c.setBackgroundBrush(QColor(PANEL))
            c.setTitleBrush(QColor(TEXT))
            c.legend().setLabelColor(QColor(TEXT))
            c.setMargins(QMargins(4, 4, 4, 4))
            return c

        def bars(title: str, data: dict[Any, int], colour: str, horizontal: bool = False) -> Any:
            c = chart(title)
            series = QHorizontalBarSeries() if horizontal else QBarSeries()
            values = QBarSet("units")
            values.setColor(QColor(colour))
            values.append([float(v) for v in data.values()])
            series.append(values)
            c.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([str(k) for k in data] or [""])
            categories.setLabelsColor(QColor(TEXT))
            small = QFont()
            small.setPixelSize(10)
            categories.setLabelsFont(small)
            axis = QValueAxis()
            axis.setLabelFormat("%d")
            axis.setLabelsColor(QColor(TEXT))
            top = max([*data.values(), 1])
            axis.setRange(0, top * 1.1)
            axis.setTickType(QValueAxis.TickType.TicksDynamic)  # whole units only
            axis.setTickAnchor(0)
            axis.setTickInterval(max(1, math.ceil(top / 5)))
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

        # Every third hour named (the others' names are distinct zero-width blanks: a category
        # axis needs unique names and has no room for 24 of them).
        hours = {
            (f"{h:02d}" if h % 3 == 0 else "\u200b" * h): figures.by_hour_of_day.get(h, 0)
            for h in range(24)
        }
        self._charts["hours"].setChart(bars("Units per hour of the day", hours, ACCENT))
        pie = chart("Grades")
        series = QPieSeries()
        for grade, count in figures.grades.items():
            piece = series.append(f"{grade} {count}", count)
            piece.setColor(QColor(GRADE_COLOURS.get(grade, MUTED)))
            piece.setLabelVisible(True)
            piece.setLabelColor(QColor(TEXT))
        pie.addSeries(series)
        pie.legend().hide()
        self._charts["grades"].setChart(pie)
        self._charts["dispositions"].setChart(
            bars(
                "Dispositions",
                {k.replace("_", " "): v for k, v in figures.dispositions.items()},
                GREEN,
                horizontal=True,
            )
        )
        self._charts["exceptions"].setChart(
            bars(
                "Exceptions by type",
                {k.replace("_", " "): v for k, v in figures.exceptions.items()},
                AMBER,
                horizontal=True,
            )
        )

    # -- exports -------------------------------------------------------------------------------

    def export_refunds(self, path: str | None = None) -> None:
        wanted = self.current_filter()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Export refunds",
                f"refunds-{wanted.period.first}-{wanted.period.last}.csv",
                "CSV (*.csv)",
            )
            if not path:
                return
        target = Path(path)

        def run() -> str:
            import io

            from receiving_station.exports import released_refunds, totals, write_csv

            start, end = wanted.period.bounds
            with self.sessions() as session:
                rows = released_refunds(session, start, end)
            buffer = io.StringIO()
            write_csv(rows, buffer)
            target.write_text(buffer.getvalue(), encoding="utf-8", newline="")
            sums = "; ".join(f"{t.currency} {t.market}: {t.refunded:.2f}" for t in totals(rows))
            return f"{len(rows)} refunded unit(s) written to {target}" + (
                f" ({sums})" if sums else ""
            )

        self.worker.call(run, self._on_saved)

    def save_report(self, path: str | None = None) -> None:
        figures = self.figures
        if figures is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Shift report",
                f"shift-report-{figures.filter.period.first}.pdf",
                "PDF (*.pdf)",
            )
            if not path:
                return
        target = Path(path)

        def run() -> str:
            from receiving_station.shift_report import shift_report_pdf

            target.write_bytes(shift_report_pdf(figures, site=self.site))
            return f"Shift report written to {target}"

        self.worker.call(run, self._on_saved)

    def _on_saved(self, result: Any) -> None:
        if isinstance(result, Exception):
            self.say(f"Not saved: {result}", RED)
        else:
            self.say(str(result), GREEN)


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(columns[0])
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], flag_column: int = -1) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c == flag_column and value:
                item.setForeground(QColor(AMBER))
            table.setItem(r, c, item)
