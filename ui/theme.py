"""The bench's look: big type, high contrast, readable at arm's length in a bright hall.

Built from Qt's Fusion style, a dark palette and fonts, not from style sheets: a style sheet
makes Qt paint every widget through its slow path (measured: the bench view painted 2.6 times
slower), and the bench repaints on every scan.  `paint()` sets a widget's colours and weight,
only when they change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QWidget

GREEN = "#1fa83a"
AMBER = "#f0a800"
RED = "#e0252b"
BACKGROUND = "#101418"
PANEL = "#1b2128"
FIELD = "#0d1115"
TEXT = "#f4f6f8"
MUTED = "#a9b4bf"
ACCENT = "#4aa8ff"
PROMPT = "#0b2540"
DEMO = "#ffd54a"

FEEDBACK_COLOURS = {"accepted": GREEN, "attention": AMBER, "error": RED}

#: pixel sizes by role, for the usual body text of 20 px.  What the person at the bench reads
#: while working, a metre from the screen, is larger: the checklist and grade keys ("list"),
#: the activity and the status bar ("status"); docs/operators-guide.md says for what distance.
SIZES = {
    "base": 20,
    "big": 40,
    "prompt": 30,
    "message": 24,
    "title": 15,
    "muted": 18,
    "list": 26,
    "status": 24,
}
FOCUS = "#ffd54a"  # the ring around the control that has the keyboard

#: the high-contrast theme: black and white, no greys, signals brighter (WCAG AAA on black)
HIGH_CONTRAST = {
    BACKGROUND: "#000000",
    PANEL: "#000000",
    FIELD: "#1c1c1c",  # fields and buttons stand out from the black (white text: 17:1)
    TEXT: "#ffffff",
    MUTED: "#ffffff",
    PROMPT: "#00005a",
    ACCENT: "#ffff00",
    GREEN: "#3cff5a",
    AMBER: "#ffc400",
    RED: "#ff5050",
    "#26303a": "#1c1c1c",
}


class _Look:
    colours: dict[str, str] = {}
    scale = 1.0


def apply_theme(app: QApplication, theme: str = "standard", font_size: int = 20) -> None:
    """The Fusion style with the bench's palette and fonts; `theme` "high-contrast" makes it
    black and white; `font_size` (body text, px) scales every text.  Called before the window
    is built."""
    _Look.colours = dict(HIGH_CONTRAST) if theme == "high-contrast" else {}
    _Look.scale = font_size / SIZES["base"]
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: FIELD,
        QPalette.ColorRole.AlternateBase: PANEL,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#26303a",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: PANEL,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Light: "#3a4654",
        QPalette.ColorRole.Mid: "#2c3540",
        QPalette.ColorRole.Dark: "#06090c",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(shade(colour)))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(shade(MUTED)))
    app.setPalette(palette)
    app.setFont(font("base"))


def shade(colour: str) -> str:
    """A colour of the standard theme as the theme in use paints it."""
    return _Look.colours.get(colour, colour)


def high_contrast() -> bool:
    return bool(_Look.colours)


#: sizes that hold for reading at a distance whatever the body text is, or grow with it once it
#: is larger: a larger body text does not make the bench's lists outgrow their panels
AT_LEAST = ("list", "status")


def font(role: str, *, bold: bool | None = None) -> QFont:
    f = QFont()
    if role in AT_LEAST:
        f.setPixelSize(max(SIZES[role], round(SIZES["base"] * _Look.scale)))
    else:
        f.setPixelSize(round(SIZES[role] * _Look.scale))
    f.setBold(bold if bold is not None else role in ("big", "prompt", "title", "message"))
    return f


def paint(
    widget: QWidget,
    *,
    fg: str | None = None,
    bg: str | None = None,
    bold: bool | None = None,
) -> None:
    """Colours (and boldness) of one widget; nothing is done when they are already so."""
    key = (fg, bg, bold)
    if widget.property("rs_paint") == repr(key):
        return
    widget.setProperty("rs_paint", repr(key))
    palette = widget.palette()
    if fg is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(shade(fg)))
        palette.setColor(QPalette.ColorRole.Text, QColor(shade(fg)))
    if bg is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(shade(bg)))
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)
    if bold is not None:
        f = widget.font()
        f.setBold(bold)
        widget.setFont(f)


def label(
    text: str = "", role: str = "base", *, wrap: bool = True, fg: str | None = None
) -> QLabel:
    item = QLabel(text)
    # Plain text: what a label shows may come from outside (a customer's name, a scanned code);
    # Qt would otherwise take text that starts like a tag as markup.  A label that is markup
    # (the grade list) says so itself.
    item.setTextFormat(Qt.TextFormat.PlainText)
    item.setFont(font(role))
    item.setWordWrap(wrap)
    if role == "title":
        fg = fg or MUTED
    if role == "muted":
        fg = fg or MUTED
    if role == "prompt":
        item.setMargin(10)
        paint(item, bg=PROMPT)
    if role == "message":
        item.setMargin(8)
    if fg:
        paint(item, fg=fg)
    return item


def panel_frame(frame: QFrame) -> None:
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setLineWidth(1)
    paint(frame, bg=PANEL, fg=TEXT)
