"""Every text that leaves the station is escaped for where it lands, in one place per kind.

Order numbers, SKUs, product descriptions, customers' names and reasons come from the shop's
import or from people; none of it may act as a command where it lands:

- a CSV cell (`csv_cell`, `csv_row`): a spreadsheet runs a cell that starts with `=`, `+`,
  `-`, `@`, a tab or a carriage return as a formula (`=HYPERLINK(...)`, `+cmd|' /C calc'!A0`,
  DDE).  OWASP's rule: such a cell is written with a leading `'`, which spreadsheets show as
  text and do not run.  A number the station formats itself (`-12.50`, `1 234,50`) is left as
  it is: it is not a formula.  The `csv` module quotes separators and quotes.
- a PDF paragraph (`pdf_text`): reportlab's Paragraph reads a small markup (`<b>`, `<img>`,
  `<a href>`, `<font>`); text put into one is escaped, so `<img src=...>` prints as written
  instead of embedding a file from the disk.
- a ZPL label field: `devices.printers.zpl.escape` (^FH hex escapes), used by labels/layout.py.
- the window's rich text: `html.escape` in ui/ (labels are plain text unless they say so).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# a number as the station writes it: a sign, digits, and the marks and spaces that group them
_NUMBER = re.compile(r"-?\d[\d.,'\u00a0\u202f ]*")


def csv_cell(value: object) -> str:
    """The value as a CSV cell a spreadsheet shows and never runs."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_row(values: Iterable[object]) -> list[str]:
    return [csv_cell(value) for value in values]


def pdf_text(text: str) -> str:
    """Text for a reportlab Paragraph, shown as written: its markup characters escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
