"""What a person sees in the window: every visible text, as a screen reader would also say it."""

from __future__ import annotations

import itertools
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


# Little words every language repeats ("the parcel ... the scale"): a phrase of them and one
# other word is no repetition; "signed out ... signed out" and "held for ... held for" are.
_LITTLE = {
    word
    for words in (
        "a an the of to in on at by for and or it its is with from",  # en
        "en ett den det de och att på av för med till från",  # sv
        "et ei og på av for til fra",  # nb
        "af og til",  # da
        "een het de van op in met voor naar",  # nl
        "der die das den dem des ein eine und zu im am von für mit",  # de
    )
    for word in words.split()
}


def faults(text: str) -> list[str]:
    """What is wrong with one text a person reads: a "(s)" plural; a word twice in a row; a
    phrase said twice in one sentence ("signed out (signed out)", "exception 70: exception
    70"); a code (an LPN, an RMA) said twice in one sentence.  Lines and the parts of a legend
    ("P prints ... · R prints again") are sentences of their own."""
    found = []
    if "(s)" in text:
        found.append('a "(s)" plural')
    for line in text.splitlines():
        words = re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", line.lower())
        doubled = [a for a, b in itertools.pairwise(words) if a == b and not a.isdigit()]
        if doubled:
            found.append(f"{doubled[0]!r} twice in a row")
        for sentence in line.split("·"):
            words = re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", sentence.lower())
            pairs = [(a, b) for a, b in itertools.pairwise(words) if _phrase(a, b)]
            again = sorted({p for p in pairs if pairs.count(p) > 1})
            if again:
                found.append(f"{' '.join(again[0])!r} said twice")
            codes = re.findall(r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{6,}\b", sentence)
            repeated = sorted({c for c in codes if codes.count(c) > 1})
            if repeated:
                found.append(f"{repeated[0]} said twice")
    return found


def _phrase(a: str, b: str) -> bool:
    """Two words that say something together: no little word, one a word of three letters or
    more, a number with them of two digits or more ("exception 70"; not "1 item", "0 min")."""
    if {a, b} & _LITTLE:
        return False
    if not any(len(w) >= 3 and not w.isdigit() for w in (a, b)):
        return False
    return all(len(w) >= 2 for w in (a, b) if w.isdigit())
