"""PDF test label (reportlab), for sites that print labels through CUPS or keep files.

Unit labels as PDF come from the site's templates (receiving_station.labels.layout); this page
needs nothing but the printer.
"""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from devices.printers.zpl import SIZES


def sample_pdf(note: str, size: str = "4x2") -> bytes:
    """One page of the label's size: a title, a Code 128 and `note` (the printer)."""
    try:
        width_in, height_in = SIZES[size]
    except KeyError:
        raise ValueError(f"label size {size!r}: one of {', '.join(SIZES)}") from None
    width, height = width_in * inch, height_in * inch
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle("Receiving Station test label")
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(0.15 * inch, height - 0.35 * inch, "Receiving Station test label")
    Code128("LPN0000000017", barHeight=0.6 * inch, barWidth=1.2).drawOn(
        canvas, 0.15 * inch, height - 1.1 * inch
    )
    canvas.setFont("Helvetica", 10)
    canvas.drawString(0.15 * inch, height - 1.35 * inch, note[:70])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
