"""PDF labels (reportlab), for sites that print through an office printer or keep files."""

from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from devices.printers.zpl import SIZES, LabelContent


def pdf_label(content: LabelContent, size: str = "4x2") -> bytes:
    """One label page: the same content as the ZPL label, LPN as Code 128."""
    try:
        width_in, height_in = SIZES[size]
    except KeyError:
        raise ValueError(f"label size {size!r}: one of {', '.join(SIZES)}") from None
    width, height = width_in * inch, height_in * inch
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height))
    canvas.setTitle(f"Label {content.lpn}")
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(
        0.15 * inch,
        height - 0.35 * inch,
        f"{content.disposition.upper().replace('_', ' ')}  {content.grade}",
    )
    barcode = Code128(content.lpn, barHeight=0.6 * inch, barWidth=1.2)
    barcode.drawOn(canvas, 0.1 * inch, height - 1.1 * inch)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(0.15 * inch, height - 1.3 * inch, content.lpn)
    canvas.drawString(
        0.15 * inch, height - 1.5 * inch, f"{content.sku}  {content.description}"[:70]
    )
    canvas.drawString(
        0.15 * inch, height - 1.7 * inch, f"BIN {content.bin_location}  {content.rma}"
    )
    if content.note:
        canvas.drawString(0.15 * inch, 0.1 * inch, content.note[:70])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
