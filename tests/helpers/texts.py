"""What a person sees in the window: every visible text, as a screen reader would also say it."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QWidget,
)


def visible_texts(root: QWidget, *, demo: bool = False) -> list[tuple[str, str]]:
    """(where, text) for what a person sees, and what a screen reader says, in `root`; the
    demo panel's only with `demo`."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (
            not demo and (widget.objectName() == "demoPanel" or _in_demo(widget))
        ):
            continue
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if widget.accessibleName():
            found.append((where + " (accessible name)", widget.accessibleName()))
        if isinstance(widget, QLabel):
            found.append((where, re.sub(r"<[^>]+>|&nbsp;", " ", widget.text())))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QListWidget):
            found += [(where, widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    found.append((where + " header", header.text()))
            for row in range(min(widget.rowCount(), 20)):
                found += [
                    (f"{where} cell {row},{column}", item.text())
                    for column in range(widget.columnCount())
                    if (item := widget.item(row, column)) is not None
                ]
        elif isinstance(widget, QTableView):  # a model's table (the exception queue)
            model = widget.model()
            for column in range(model.columnCount()):
                found.append(
                    (where + " header", str(model.headerData(column, Qt.Orientation.Horizontal)))
                )
            for row in range(min(model.rowCount(), 20)):
                for column in range(model.columnCount()):
                    found.append(
                        (f"{where} cell {row},{column}", str(model.index(row, column).data() or ""))
                    )
        elif isinstance(widget, QTextBrowser):
            found.append((where, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            found += [(where + " choice", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [
                (where + " tab", widget.tabText(i))
                for i in range(widget.count())
                if widget.isTabVisible(i)
            ]
    return found


def _in_demo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "demoPanel":
            return True
        parent = parent.parentWidget()
    return False
