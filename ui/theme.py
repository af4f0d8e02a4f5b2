"""The bench's look: big type, high contrast, readable at arm's length in a bright hall."""

from __future__ import annotations

GREEN = "#1fa83a"
AMBER = "#f0a800"
RED = "#e0252b"
BACKGROUND = "#101418"
PANEL = "#1b2128"
TEXT = "#f4f6f8"
MUTED = "#a9b4bf"
ACCENT = "#4aa8ff"

FEEDBACK_COLOURS = {"accepted": GREEN, "attention": AMBER, "error": RED}

STYLE = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; font-size: 20px; }}
QFrame#panel {{ background: {PANEL}; border: 2px solid #2c3540; border-radius: 8px; }}
QLabel#panelTitle {{ color: {MUTED}; font-size: 16px; font-weight: bold;
    text-transform: uppercase; background: transparent; }}
QLabel#prompt {{ font-size: 30px; font-weight: bold; padding: 8px 14px; background: #0b2540;
    border: 2px solid {ACCENT}; border-radius: 8px; }}
QLabel#message {{ font-size: 24px; padding: 8px 14px; border-radius: 8px; }}
QLabel#big {{ font-size: 40px; font-weight: bold; background: transparent; }}
QLabel#value {{ font-size: 22px; background: transparent; }}
QLabel#muted {{ color: {MUTED}; background: transparent; }}
QLabel {{ background: transparent; }}
QListWidget, QTableWidget, QLineEdit {{ background: #0d1115; border: 2px solid #2c3540;
    border-radius: 6px; font-size: 20px; }}
QTableWidget {{ gridline-color: #2c3540; }}
QHeaderView::section {{ background: {PANEL}; color: {MUTED}; font-size: 16px; border: none;
    padding: 4px; }}
QListWidget::item:selected {{ background: {ACCENT}; color: #000; }}
QPushButton {{ background: #26303a; border: 2px solid #3a4654; border-radius: 6px;
    padding: 8px 16px; font-size: 20px; }}
QPushButton:focus, QLineEdit:focus, QListWidget:focus, QTableWidget:focus {{
    border: 3px solid {ACCENT}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ background: {PANEL}; color: {MUTED}; padding: 8px 22px; font-size: 18px;
    border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: #26303a; color: {TEXT}; }}
QStatusBar {{ background: #06090c; color: {TEXT}; font-size: 18px; }}
QStatusBar QLabel {{ padding: 2px 10px; }}
"""
