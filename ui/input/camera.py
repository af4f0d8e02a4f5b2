"""Photos of poor-grade units: the bench's camera through QtMultimedia where one is present,
a simulated camera otherwise (demo mode, or a bench without one).

The image is saved as JPEG on a short-lived thread, never on the GUI thread, and its path is
handed to the bench as a `photo` input.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

log = logging.getLogger(__name__)


class Camera(QObject):
    photo_taken = Signal(str)  # path of the saved image
    failed = Signal(str)  # why no photo could be taken, for a person

    def __init__(self, photo_dir: Path, *, simulated: bool, parent: QObject | None = None):
        super().__init__(parent)
        self.photo_dir = photo_dir
        self.simulated = simulated
        self._capture: Any = None
        self._camera: Any = None
        self._pending: str = ""
        if not simulated:
            self._open_real_camera()

    @property
    def description(self) -> str:
        if self._camera is not None:
            return "camera"
        return "simulated camera"

    def _open_real_camera(self) -> None:
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QImageCapture,
                QMediaCaptureSession,
                QMediaDevices,
            )
        except ImportError as exc:
            log.warning("no camera: QtMultimedia is not available (%s)", exc)
            self.simulated = True
            return
        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            log.info("no camera found: photos come from the simulated camera")
            self.simulated = True
            return
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(device, self)
        self._capture = QImageCapture(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._capture.imageCaptured.connect(self._on_capture_image_captured)
        self._capture.errorOccurred.connect(
            lambda _id, _error, text: self.failed.emit(f"the camera failed: {text}")
        )
        self._camera.start()

    def take(self, caption: str) -> None:
        """Take one photo; `photo_taken` or `failed` follows."""
        self._pending = caption
        if self._capture is not None and not self.simulated:
            if not self._capture.isReadyForCapture():
                self.failed.emit("the camera is not ready yet: press P again in a moment")
                return
            self._capture.capture()
            return
        self._save(self._simulated_image(caption), caption)

    def _on_capture_image_captured(self, _request: int, image: QImage) -> None:
        self._save(image, self._pending)

    def _save(self, image: QImage, caption: str) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        safe = "".join(c for c in caption if c.isalnum() or c in "-_")[:40] or "unit"
        path = self.photo_dir / f"{safe}-{stamp}.jpg"

        def save() -> None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                if not image.save(str(path), "JPG", 85):  # type: ignore[call-overload]
                    raise OSError(f"could not write {path}")
            except Exception as exc:  # a full disk, a bad path: say so, take no photo
                self.failed.emit(f"the photo could not be saved: {exc}")
                return
            self.photo_taken.emit(str(path))

        threading.Thread(target=save, name="photo-save", daemon=True).start()

    @staticmethod
    def _simulated_image(caption: str) -> QImage:
        image = QImage(800, 600, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, 800, 600)
        gradient.setColorAt(0, QColor("#3b4a5a"))
        gradient.setColorAt(1, QColor("#1a2129"))
        painter.fillRect(image.rect(), gradient)
        painter.setPen(QColor("#f4f6f8"))
        font = QFont()
        font.setPixelSize(44)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRect(0, 180, 800, 80), Qt.AlignmentFlag.AlignCenter, "SIMULATED CAMERA")
        font.setPixelSize(32)
        painter.setFont(font)
        painter.drawText(QRect(0, 280, 800, 60), Qt.AlignmentFlag.AlignCenter, caption)
        painter.drawText(
            QRect(0, 340, 800, 60),
            Qt.AlignmentFlag.AlignCenter,
            dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
        )
        painter.end()
        return image
