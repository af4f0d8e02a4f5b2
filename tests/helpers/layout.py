"""Is it readable as a person sees it: the table cells and headers whose text does not fit its
column (Qt would cut it with "…"), the columns out of sight without scrolling sideways, and the
texts a QtCharts chart draws (axis labels, slice labels, legend, title) with their sizes.

The widths are measured the way Qt's item views lay a text out: the font's advance plus the
style's margins (an item: PM_FocusFrameHMargin + 1 on each side and the grid line; a header:
PM_HeaderMargin on each side, measured bold as QHeaderView.sectionSizeFromContents does).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QGraphicsTextItem, QStyle, QTableView


def _text_width(font: QFont, text: str) -> int:
    """In whole pixels, rounded up: Qt lays a text out in fractions of a pixel and cuts it
    when it is wider than its room by any of them."""
    metrics = QFontMetricsF(font)
    return ceil(max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0))


def _title(view: QTableView, column: int) -> str:
    return str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")


def cut_texts(view: QTableView, may_elide: tuple[int, ...] = ()) -> list[str]:
    """Every header and cell of a shown column (all loaded rows) whose text is wider than its
    column leaves room for, but the columns `may_elide` (free text, said in full in a tooltip
    or the detail); each as 'column: text (needs n px, has m)'."""
    model, header, style = view.model(), view.horizontalHeader(), view.style()
    cell_margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    grid = 1 if view.showGrid() else 0
    header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    header_font = QFont(header.font())
    header_font.setBold(True)
    cut: list[str] = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column) or column in may_elide:
            continue
        width = view.columnWidth(column)
        title = _title(view, column)
        needed = _text_width(header_font, title) + header_margin
        if needed > width:
            cut.append(f"{title} (header): {title!r} (needs {needed} px, has {width})")
        for row in range(model.rowCount()):
            index = model.index(row, column, QModelIndex())
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            font = model.data(index, Qt.ItemDataRole.FontRole)
            font = font if isinstance(font, QFont) else view.font()
            needed = _text_width(font, text) + cell_margin + grid
            if needed > width:
                cut.append(f"{title}: {text!r} (needs {needed} px, has {width})")
    return cut


def out_of_sight(view: QAbstractItemView, columns: tuple[int, ...]) -> list[str]:
    """The columns of `columns` that do not lie wholly in the table's visible width without
    scrolling sideways (the view scrolled to its left edge first)."""
    view.horizontalScrollBar().setValue(0)
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    visible = view.viewport().width()
    return [
        str(view.model().headerData(column, Qt.Orientation.Horizontal))
        for column in columns
        if header.sectionViewportPosition(column) + header.sectionSize(column) > visible
    ]


@dataclass(frozen=True)
class ChartText:
    text: str
    pixel_size: int
    rect: QRectF  # where it is drawn, in the chart's scene


def chart_texts(chart_view: Any) -> list[ChartText]:
    """The texts a QChartView shows (title, axis labels, slice labels, legend) as drawn: the
    shown ones that say something."""
    texts = []
    for item in chart_view.scene().items():
        obj = item.toGraphicsObject()
        if not isinstance(obj, QGraphicsTextItem) or not obj.isVisible():
            continue
        text = obj.toPlainText()
        if not text.strip():
            continue
        rect = obj.mapRectToScene(obj.boundingRect())
        texts.append(ChartText(text, QFontInfo(obj.font()).pixelSize(), rect))
    return texts
