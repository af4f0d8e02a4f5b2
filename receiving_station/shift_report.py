"""The shift report as PDF (reportlab): the Figures screen on paper, for the shift hand-over."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from receiving_station.reports import Figures, format_minutes


def shift_report_pdf(figures: Figures, *, site: str = "") -> bytes:
    styles = getSampleStyleSheet()
    f = figures.filter
    scope = ", ".join(
        x
        for x in (f.period.describe(), f"market {f.market}" if f.market else "", f.station or "")
        if x
    )
    story: list = [
        Paragraph(f"Shift report{' - ' + site if site else ''}", styles["Title"]),
        Paragraph(scope, styles["Heading3"]),
        Paragraph(f"Computed {figures.computed_at.astimezone():%Y-%m-%d %H:%M}", styles["Normal"]),
        Spacer(1, 4 * mm),
        _table(
            [
                ["Units received", f"{figures.units}"],
                [
                    "Exceptions",
                    f"{figures.exception_count} ({figures.exception_rate():.1f} per 100 units)",
                ],
                [
                    "Receipt to refund accepted",
                    f"median {format_minutes(figures.receipt_to_refund.median_minutes)}, "
                    f"p90 {format_minutes(figures.receipt_to_refund.p90_minutes)} "
                    f"({figures.receipt_to_refund.count} refunds)",
                ],
                [
                    "Dock to stock",
                    f"median {format_minutes(figures.dock_to_stock.median_minutes)}, "
                    f"p90 {format_minutes(figures.dock_to_stock.p90_minutes)} "
                    f"({figures.dock_to_stock.count} units)",
                ],
            ],
            header=False,
        ),
        Spacer(1, 4 * mm),
    ]
    if figures.by_hour_of_day:
        story += [Paragraph("Units per hour of the day", styles["Heading3"]), _hours_chart(figures)]
    story += [
        Paragraph("Operators", styles["Heading3"]),
        _table(
            [["Operator", "Units", "Active hours", "Units / hour"]]
            + [[r.name, r.units, r.active_hours, f"{r.per_hour:.1f}"] for r in figures.by_operator]
        ),
        Paragraph("Benches", styles["Heading3"]),
        _table(
            [["Bench", "Units", "Active hours", "Units / hour"]]
            + [[r.name, r.units, r.active_hours, f"{r.per_hour:.1f}"] for r in figures.by_station]
        ),
        Paragraph("Grades and dispositions", styles["Heading3"]),
        _table(
            [["Grade", "Units"]] + [[k, v] for k, v in figures.grades.items()],
        ),
        Spacer(1, 2 * mm),
        _table([["Disposition", "Units"]] + [[k, v] for k, v in figures.dispositions.items()]),
        Paragraph("Exceptions by type", styles["Heading3"]),
        _table(
            [["Type", "Count", "Per 100 units"]]
            + [
                [k.replace("_", " "), v, f"{figures.exception_rate(k):.1f}"]
                for k, v in figures.exceptions.items()
            ]
        ),
        Paragraph("Returned most", styles["Heading3"]),
        _table(
            [["SKU", "Units", "Reasons", "Grades", ""]]
            + [
                [
                    Paragraph(f"{s.sku}<br/><font size=7>{_escape(s.description)}</font>"),
                    s.units,
                    Paragraph(", ".join(f"{_escape(r)} {n}" for r, n in s.reasons[:3])),
                    ", ".join(f"{g} {n}" for g, n in s.grades),
                    "CHECK" if s.dominant_reason else "",
                ]
                for s in figures.returned_most
            ],
            widths=[55 * mm, 15 * mm, 60 * mm, 30 * mm, 15 * mm],
        ),
        Paragraph(
            "CHECK: one reason explains most returns of this SKU: its description, photos or "
            "size chart may mislead customers.",
            styles["Italic"],
        ),
    ]
    if len(figures.by_market) > 1:
        story += [
            Paragraph("Markets", styles["Heading3"]),
            _table([["Market", "Units"]] + [[k, v] for k, v in figures.by_market.items()]),
        ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"Shift report {scope}",
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    doc.build(story)
    return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list], *, header: bool = True, widths: list[float] | None = None) -> Table:
    if header and len(rows) == 1:
        rows = [*rows, ["none"] + [""] * (len(rows[0]) - 1)]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    if header:
        style += [
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e0e0e0")),
        ]
    table.setStyle(TableStyle(style))
    return table


def _hours_chart(figures: Figures) -> Drawing:
    hours = list(range(24))
    drawing = Drawing(180 * mm, 45 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 8 * mm
    chart.width, chart.height = 165 * mm, 34 * mm
    chart.data = [[figures.by_hour_of_day.get(h, 0) for h in hours]]
    chart.categoryAxis.categoryNames = [f"{h:02d}" for h in hours]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#1565c0")
    drawing.add(chart)
    return drawing
