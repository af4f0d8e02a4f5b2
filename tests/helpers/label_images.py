"""Rendered labels as images, and the barcodes read back from them (test helper).

ZPL is rendered by Zebrash (tests/tools/zpl-render, Node.js), an emulation of a Zebra printer
that is not ours, so a test checks what a printer would make of our bytes; PDF is rasterised
by PDFium (pypdfium2).  Barcodes are read with the ZXing decoder (zxing-cpp).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parent.parent / "tools" / "zpl-render"


def zpl_renderer_missing() -> str | None:
    """Why ZPL cannot be rendered here, or None.  In CI that is a failure, not a skip."""
    if shutil.which("node") is None:
        return "Node.js is not installed (./station test installs it: apt-get install nodejs npm)"
    if not (TOOL / "node_modules" / "zpl-renderer-js").is_dir():
        return f"the ZPL renderer is not installed: cd {TOOL} && npm ci"
    return None


def need_zpl_renderer() -> None:
    reason = zpl_renderer_missing()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must render ZPL labels: {reason}")
    pytest.skip(reason)


@dataclass(frozen=True)
class ZplJob:
    zpl: bytes
    width_in: float
    height_in: float
    dpi: int


def render_zpl_images(jobs: list[ZplJob]):  # type: ignore[no-untyped-def]
    """PIL images of the labels, as Zebrash draws them (one Node process for all)."""
    from PIL import Image

    need_zpl_renderer()
    dpmm = {203: 8, 300: 12}
    with tempfile.TemporaryDirectory() as tmp:
        plan = []
        for number, job in enumerate(jobs):
            source = Path(tmp) / f"{number}.zpl"
            source.write_bytes(job.zpl)
            plan.append(
                {
                    "zpl": str(source),
                    "png": str(Path(tmp) / f"{number}.png"),
                    "width_mm": job.width_in * 25.4,
                    "height_mm": job.height_in * 25.4,
                    "dpmm": dpmm[job.dpi],
                }
            )
        done = subprocess.run(
            ["node", str(TOOL / "render.cjs")],
            input=json.dumps(plan).encode(),
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        images = []
        for item in plan:
            with Image.open(item["png"]) as image:
                images.append(image.convert("L"))
        return images


def render_pdf_images(pdf: bytes, dpi: int = 203):  # type: ignore[no-untyped-def]
    """Each page of a PDF as a PIL image at `dpi`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72).to_pil().convert("L") for page in document]
    finally:
        document.close()


def pdf_texts(pdf: bytes) -> list[str]:
    """The text of each page, as a PDF reader extracts it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def barcodes(image) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(text, format) of every linear barcode the ZXing decoder finds in the image.

    Only the symbologies a bench's scanner is set up for (Code 128, and the retail EAN/UPC
    that a label must not seem to carry are left out: ZXing's EAN reader finds phantom EAN-13s
    in rows of large condensed digits, which a scanner set to Code 128 ignores too)."""
    import zxingcpp

    wanted = (zxingcpp.BarcodeFormat.Code128, zxingcpp.BarcodeFormat.Code39)
    return [
        (found.text, found.format.name) for found in zxingcpp.read_barcodes(image, formats=wanted)
    ]
