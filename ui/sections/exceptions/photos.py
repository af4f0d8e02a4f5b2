"""The unit's photos, large (P or Enter in the Exceptions section)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.theme import label as theme_label


class PhotoDialog(QDialog):
    """The unit's photos, large; ←/→ step through them, Esc closes."""

    def __init__(self, photos: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("exceptions_view", "Photos"))
        self.photos, self.current = photos, 0
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = theme_label("", "muted")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.caption)
        self.resize(1100, 850)
        self.show_photo(0)

    def show_photo(self, number: int) -> None:
        if not self.photos:
            return
        self.current = number % len(self.photos)
        path = self.photos[self.current]
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.image.setText(
                tr(
                    "exceptions_view",
                    "The photo {path} cannot be read (moved or deleted?)",
                    path=path,
                )
            )
        else:
            self.image.setPixmap(
                pixmap.scaled(
                    QSize(1060, 760),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.caption.setText(
            tr(
                "exceptions_view",
                "{number} of {count}: {path}  (← → Esc)",
                number=self.current + 1,
                count=len(self.photos),
                path=path,
            )
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Right:
            self.show_photo(self.current + 1)
        elif event.key() == Qt.Key.Key_Left:
            self.show_photo(self.current - 1)
        else:
            super().keyPressEvent(event)
