"""The operators' guide says how far each text of the bench reads (issue #21): measured here
with the fonts the station finds, at the default and the large setting, against the guide's
table, so a change of sizes changes the guide too."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from ui.theme import apply_theme, font

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "operators-guide.md"
PIXEL_MM = 0.2767  # a 24-inch 1920 x 1080 screen
ROLES = {
    "the next step (top bar)": "prompt",
    "what happened (message bar)": "message",
    "parcel, LPN, weight, decision": "big",
    "checklist and grade keys": "list",
    "activity and status bar": "status",
    "body text, tables (leads, supervisors)": "base",
}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp)  # the usual size again for the tests after


def measured(role: str) -> str:
    chosen = font(role)
    capitals_mm = QFontMetricsF(chosen).capHeight() * PIXEL_MM
    farthest_m = capitals_mm / math.tan(math.radians(16 / 60)) / 1000
    return f"{chosen.pixelSize()} px, {capitals_mm:.1f} mm, {farthest_m:.1f} m"


def test_the_guide_says_how_far_each_text_reads(app: QApplication) -> None:
    rows = {
        what: (default, large)
        for what, default, large in re.findall(
            r"^\| ([^|]+?) \| (\d+ px, [^|]+?) \| (\d+ px, [^|]+?) \|$",
            GUIDE.read_text(encoding="utf-8"),
            re.M,
        )
    }
    assert set(rows) == set(ROLES)
    found = {}
    for size, column in ((20, 0), (26, 1)):
        apply_theme(app, font_size=size)
        for what, role in ROLES.items():
            found.setdefault(what, ["", ""])[column] = measured(role)
    assert {what: tuple(cells) for what, cells in found.items()} == rows
    # What the person at the bench reads while working reads from a metre, at the default.
    apply_theme(app)
    for role in ("prompt", "message", "big", "list", "status"):
        assert float(measured(role).rsplit(", ", 1)[1].removesuffix(" m")) >= 1.0, role
