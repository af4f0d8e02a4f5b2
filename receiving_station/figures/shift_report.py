"""The shift report as PDF (reportlab): the Figures screen on paper, for the shift hand-over."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from receiving_station.escaping import pdf_text
from receiving_station.figures.reports import Figures, format_minutes
from receiving_station.i18n.language import Writing
from receiving_station.i18n.text import Text
from receiving_station.i18n.vocabulary import word


def shift_report_pdf(figures: Figures, *, site: str = "", writing: Writing | None = None) -> bytes:
    """The report in `writing`'s language and locale (the supervisor's who saves it; English
    by default, as the CLI writes it)."""
    w = writing or Writing()

    def tr(context: str, source: str, /, **values: Any) -> str:
        return _latin(w.say(Text(context, source, **values)))

    def span(minutes: int | None) -> str:
        return _latin(w.say(format_minutes(minutes)))

    def number(value: float | int, places: int | None = None) -> str:
        return _latin(w.number(value, places))

    styles = getSampleStyleSheet()
    f = figures.filter
    scope = ", ".join(
        _latin(x)
        for x in (
            w.say(f.period.describe()),
            tr("shift_report", "market {market}", market=f.market) if f.market else "",
            f.station or "",
        )
        if x
    )
    r, d = figures.receipt_to_refund, figures.dock_to_stock
    title = (
        tr("shift_report", "Shift report - {site}", site=site)
        if site
        else tr("shift_report", "Shift report")
    )
    story: list = [
        Paragraph(pdf_text(title), styles["Title"]),
        Paragraph(pdf_text(scope), styles["Heading3"]),
        Paragraph(
            pdf_text(tr("shift_report", "Computed {at}", at=figures.computed_at)),
            styles["Normal"],
        ),
        Spacer(1, 4 * mm),
        _table(
            [
                [tr("shift_report", "Units received"), number(figures.units)],
                [
                    tr("shift_report", "Exceptions"),
                    tr(
                        "shift_report",
                        "{count} ({rate} per 100 units)",
                        count=number(figures.exception_count),
                        rate=number(figures.exception_rate(), 1),
                    ),
                ],
                [
                    tr("shift_report", "Receipt to refund accepted"),
                    tr(
                        "shift_report",
                        "median {median}, p90 {p90} ({count} refunds)",
                        median=span(r.median_minutes),
                        p90=span(r.p90_minutes),
                        count=number(r.count),
                    ),
                ],
                [
                    tr("shift_report", "Dock to stock"),
                    tr(
                        "shift_report",
                        "median {median}, p90 {p90} ({count} units)",
                        median=span(d.median_minutes),
                        p90=span(d.p90_minutes),
                        count=number(d.count),
                    ),
                ],
            ],
            header=False,
        ),
        Spacer(1, 4 * mm),
    ]
    units, none = tr("shift_report", "Units"), tr("shift_report", "none")
    if figures.by_hour_of_day:
        story += [
            Paragraph(
                pdf_text(tr("shift_report", "Units per hour of the day")), styles["Heading3"]
            ),
            _hours_chart(figures),
        ]
    rates = [
        tr("shift_report", "Units"),
        tr("shift_report", "Active hours"),
        tr("shift_report", "Units / hour"),
    ]
    story += [
        Paragraph(pdf_text(tr("shift_report", "Operators")), styles["Heading3"]),
        _table(
            [[tr("shift_report", "Operator"), *rates]]
            + [x.cells(number) for x in figures.by_operator],
            none=none,
        ),
        Paragraph(pdf_text(tr("shift_report", "Benches")), styles["Heading3"]),
        _table(
            [[tr("shift_report", "Bench"), *rates]] + [x.cells(number) for x in figures.by_station],
            none=none,
        ),
        Paragraph(pdf_text(tr("shift_report", "Grades and dispositions")), styles["Heading3"]),
        _table(
            [[tr("shift_report", "Grade"), units]]
            + [[k, number(v)] for k, v in figures.grades.items()],
            none=none,
        ),
        Spacer(1, 2 * mm),
        _table(
            [[tr("shift_report", "Disposition"), units]]
            + [[_latin(w.say(word(k))), number(v)] for k, v in figures.dispositions.items()],
            none=none,
        ),
        Paragraph(pdf_text(tr("shift_report", "Exceptions by type")), styles["Heading3"]),
        _table(
            [
                [
                    tr("shift_report", "Type"),
                    tr("shift_report", "Count"),
                    tr("shift_report", "Per 100 units"),
                ]
            ]
            + [
                [_latin(w.say(word(k))), number(v), number(figures.exception_rate(k), 1)]
                for k, v in figures.exceptions.items()
            ],
            none=none,
        ),
        Paragraph(pdf_text(tr("shift_report", "Returned most")), styles["Heading3"]),
        _table(
            [["SKU", units, tr("shift_report", "Reasons"), tr("shift_report", "Grades"), ""]]
            + [
                [
                    Paragraph(
                        f"{pdf_text(_latin(s.sku))}<br/><font size=7>{pdf_text(_latin(s.description))}</font>"
                    ),
                    number(s.units),
                    Paragraph(
                        ", ".join(f"{pdf_text(_latin(w.say(k)))} {n}" for k, n in s.reasons[:3])
                    ),
                    ", ".join(f"{g} {n}" for g, n in s.grades),
                    tr("shift_report", "CHECK") if s.dominant_reason else "",
                ]
                for s in figures.returned_most
            ],
            widths=[55 * mm, 15 * mm, 60 * mm, 30 * mm, 15 * mm],
            none=none,
        ),
        Paragraph(
            pdf_text(
                tr(
                    "shift_report",
                    "CHECK: one reason explains most returns of this SKU: its description, "
                    "photos or size chart may mislead customers.",
                )
            ),
            styles["Italic"],
        ),
    ]
    if len(figures.by_market) > 1:
        story += [
            Paragraph(pdf_text(tr("shift_report", "Markets")), styles["Heading3"]),
            _table(
                [[tr("shift_report", "Market"), units]]
                + [[k, number(v)] for k, v in figures.by_market.items()],
                none=none,
            ),
        ]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=f"{title} {scope}",
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
    )
    doc.build(story)
    return buffer.getvalue()


def _latin(text: str) -> str:
    """What the PDF's standard fonts (Latin-1) can draw: CLDR's narrow no-break space (in
    numbers and times of some locales) as a no-break space, anything else outside Latin-1 as
    '?'.  Every letter of the station's six languages is in Latin-1."""
    text = text.replace("\u202f", "\u00a0").replace("\u2212", "-").replace("\u2013", "-")
    return text.encode("latin-1", errors="replace").decode("latin-1")


def _table(
    rows: list[list],
    *,
    header: bool = True,
    widths: list[float] | None = None,
    none: str = "none",
) -> Table:
    if header and len(rows) == 1:
        rows = [*rows, [none] + [""] * (len(rows[0]) - 1)]
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
