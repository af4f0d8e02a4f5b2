"""The printable sheet of command barcodes: scan one to act without touching the keyboard
(close the parcel, grade A, yes / no, confirm, step back, ...).

    receiving-station command-sheet --output docs/command-barcodes.pdf

Each barcode is Code 128 of `CMD:<NAME>` (see identify.COMMANDS), large enough for a hand
scanner at arm's length, with the action and its key printed beside it.
"""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from receiving_station.codes.identify import COMMAND_PREFIX, COMMANDS

#: The key that does the same at the bench, shown beside each barcode.
KEYS = {
    "CLOSE_PARCEL": "F9",
    "CONFIRM": "Enter",
    "BACK": "Esc",
    "GRADE_A": "1",
    "GRADE_B": "2",
    "GRADE_C": "3",
    "GRADE_D": "4",
    "GRADE_F": "5",
    "YES": "Y",
    "NO": "N",
    "PHOTO": "P",
    "CANCEL_UNIT": "F4",
    "LOGOUT": "F12",
    "REPRINT": "",
}


def command_sheet_pdf(title: str = "Receiving Station: command barcodes") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0, invariant=1)  # reproducible
    canvas.setTitle(title)
    height = A4[1]
    top = height - 20 * mm
    row = 24 * mm
    per_page = int((top - 15 * mm) // row)

    def heading() -> None:
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(15 * mm, height - 14 * mm, title)

    heading()
    for index, (name, action) in enumerate(COMMANDS.items()):
        slot = index % per_page
        if index and slot == 0:
            canvas.showPage()
            heading()
        y = top - (slot + 1) * row + 6 * mm
        code = f"{COMMAND_PREFIX}{name}"
        barcode = Code128(code, barHeight=14 * mm, barWidth=0.42 * mm, quiet=True)
        barcode.drawOn(canvas, 12 * mm, y)
        canvas.setFont("Helvetica-Bold", 13)
        canvas.drawString(120 * mm, y + 8 * mm, action[:1].upper() + action[1:])
        canvas.setFont("Helvetica", 10)
        key = KEYS.get(name, "")
        canvas.drawString(120 * mm, y + 3 * mm, code + (f"   (key: {key})" if key else ""))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
