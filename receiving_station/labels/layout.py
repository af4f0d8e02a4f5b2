"""Label templates and layouts -> ZPL bytes and PDF bytes, from one description.

A *template* (restock, refurbish, quarantine, return_to_vendor) says what a label's banner
and instruction line read; a *layout* (one per label size, 4x2 and 4x6) places text, boxes and
the LPN's Code 128 in millimetres from the top-left corner.  Both are TOML files in
`resources/labels/`; a site's own folder (`[printer] label_templates` in station.toml) can
replace any of them.  The same layout is drawn as ZPL at 203 or 300 dpi and as PDF, and the
text is wrapped and cut once, in Python, so the preview, the PDF and the printed ZPL break
lines at the same words.

Every piece of data goes to the printer inside `^FH_^FD ... ^FS` with `^`, `~`, `_`, control
characters and every non-ASCII byte as `_hh` hex escapes (`^CI28` makes the printer read
them back as UTF-8), so a product called `^XZ~JA` prints as text and commands nothing.

Threading: pure functions over immutable objects; call from any thread.
"""

from __future__ import annotations

import io
import string
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from devices.printers.zpl import DOTS_PER_MM, SIZES, escape
from receiving_station.i18n.language import catalog
from receiving_station.paths import RESOURCES

SHIPPED = RESOURCES / "labels"
TEMPLATES = ("restock", "refurbish", "quarantine", "return_to_vendor")
FONT = "Helvetica-Bold"
#: ZPL font 0's capital letters fill about three quarters of the cell height it is given;
#: Helvetica's fill 0.718 of the point size.  This keeps the PDF's letters as tall as the
#: printed ones.
_PDF_POINTS_PER_MM_CELL = 0.75 / 0.718 * mm
#: Printed text uses ZPL font 0 at this width for its height (`^A0N,h,w`); a line of it is then
#: about 0.72 of Helvetica Bold's width (measured: 941 dots for a 100-dot-high, 50-dot-wide
#: line that Helvetica Bold draws 2,090 dots wide).  The PDF draws Helvetica Bold condensed to
#: CONDENSE, and wrapping measures with it, a little wider than the print, so a line that
#: fits the PDF fits the printed label.
ZPL_WIDTH_PER_HEIGHT = 0.8
CONDENSE = 0.76
#: A Code 128 reader needs ten narrow bars of white either side.
_QUIET_MODULES = 10


class LabelTemplateError(ValueError):
    """A template or layout file is wrong; the message names the file, element and setting."""


@dataclass(frozen=True)
class LabelData:
    """What one unit's label says (the template adds its title and instruction)."""

    lpn: str
    sku: str
    description: str
    grade: str
    disposition: str
    bin: str
    date: str
    station: str
    rma: str = ""
    reason: str = ""
    operator: str = ""
    template: str = "restock"
    language: str = "en"  # the language its template's shipped texts are printed in

    @property
    def zone(self) -> str:
        """The warehouse zone: the destination bin's first part (`AP-12-3` -> `AP`)."""
        return zone_of(self.bin)


def zone_of(bin_location: str) -> str:
    """A bin's warehouse zone: its first part (`AP-12-3` -> `AP`)."""
    return bin_location.split("-", 1)[0] if bin_location else ""


#: What a template's title and instruction may name, and what a layout's text may name.
TEMPLATE_FIELDS = frozenset(
    [f.name for f in fields(LabelData) if f.name not in ("template", "language")] + ["zone"]
)
#: The translations' context of the shipped templates' titles and instructions.
TEMPLATES_CONTEXT = "label_templates"
LAYOUT_FIELDS = TEMPLATE_FIELDS | {"title", "instruction"}


@dataclass(frozen=True)
class Element:
    kind: str  # box, text, barcode
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0
    size: float = 0.0
    text: str = ""
    lines: int = 1
    reverse: bool = False
    fill: bool = False
    thickness: float = 0.3
    align: str = "left"
    module: float = 0.375


@dataclass(frozen=True)
class Layout:
    size: str
    width_in: float
    height_in: float
    elements: tuple[Element, ...]
    source: str

    @property
    def width_mm(self) -> float:
        return self.width_in * 25.4

    @property
    def height_mm(self) -> float:
        return self.height_in * 25.4


@dataclass(frozen=True)
class Template:
    name: str
    title: str
    instruction: str


@dataclass(frozen=True)
class LabelSet:
    """The templates and layouts in force: the shipped ones with a site's files over them."""

    templates: Mapping[str, Template]
    layouts: Mapping[str, Layout]
    sources: tuple[str, ...] = field(default=())

    def template(self, name: str) -> Template:
        try:
            return self.templates[name]
        except KeyError:
            raise LabelTemplateError(
                f"no label template {name!r}: one of {', '.join(sorted(self.templates))}"
            ) from None

    def layout(self, size: str) -> Layout:
        try:
            return self.layouts[size]
        except KeyError:
            raise LabelTemplateError(
                f"label size {size!r}: one of {', '.join(sorted(self.layouts))}"
            ) from None


# -- loading ---------------------------------------------------------------------------------


def load_label_set(site_dir: Path | str | None = None) -> LabelSet:
    """The shipped templates and layouts, each file replaced by the site's copy if it has one.

    Raises LabelTemplateError naming the file and the setting when a file is wrong, so a site
    finds its mistake when the station starts, not on the first label."""
    return _load(str(Path(site_dir).expanduser().resolve()) if site_dir else None)


@lru_cache(maxsize=8)
def _load(site_dir: str | None) -> LabelSet:
    site = Path(site_dir) if site_dir else None
    if site is not None and not site.is_dir():
        raise LabelTemplateError(f"label templates folder {site} does not exist")

    def pick(name: str) -> Path:
        if site is not None and (site / name).is_file():
            return site / name
        return SHIPPED / name

    templates_path = pick("templates.toml")
    raw_templates = _read(templates_path)
    templates: dict[str, Template] = {}
    for name in TEMPLATES:
        entry = raw_templates.get(name)
        if not isinstance(entry, dict):
            raise LabelTemplateError(f"{templates_path}: no [{name}] template")
        title, instruction = entry.get("title"), entry.get("instruction", "")
        if not isinstance(title, str) or not isinstance(instruction, str):
            raise LabelTemplateError(f"{templates_path} [{name}]: title and instruction are text")
        where = f"{templates_path} [{name}]"
        _check_fields(title, where, TEMPLATE_FIELDS)
        _check_fields(instruction, where, TEMPLATE_FIELDS)
        templates[name] = Template(name, title, instruction)
    layouts = {size: _layout(pick(f"{size}.toml"), size) for size in SIZES}
    sources = (str(templates_path), *(layout.source for layout in layouts.values()))
    return LabelSet(templates, layouts, sources)


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise LabelTemplateError(f"cannot read {path}: {exc.strerror}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LabelTemplateError(f"{path}: {exc}") from exc


_KNOWN = {f.name for f in fields(Element)} | {"data"}  # a barcode's "data" is its text


def _layout(path: Path, size: str) -> Layout:
    raw = _read(path)
    width_in, height_in = SIZES[size]
    if (raw.get("width_in"), raw.get("height_in")) != (width_in, height_in):
        raise LabelTemplateError(
            f"{path}: width_in = {width_in:g} and height_in = {height_in:g} for the {size} label"
        )
    elements = []
    for number, item in enumerate(raw.get("element", []), start=1):
        where = f"{path} element {number}"
        unknown = set(item) - _KNOWN
        if unknown:
            raise LabelTemplateError(
                f"{where}: unknown setting {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(_KNOWN))}"
            )
        settings = {("text" if k == "data" else k): v for k, v in item.items()}
        try:
            element = Element(**settings)
        except TypeError as exc:
            raise LabelTemplateError(f"{where}: {exc}") from exc
        _check_element(element, where, width_in * 25.4, height_in * 25.4)
        elements.append(element)
    if not any(e.kind == "barcode" for e in elements):
        raise LabelTemplateError(f"{path}: no barcode element (the LPN must be scannable)")
    return Layout(size, width_in, height_in, tuple(elements), str(path))


def _check_element(e: Element, where: str, width: float, height: float) -> None:
    if e.kind not in ("box", "text", "barcode"):
        raise LabelTemplateError(f"{where}: kind {e.kind!r}: one of box, text, barcode")
    numbers = ("x", "y", "width", "height", "size", "thickness", "module")
    for name in numbers:
        value = getattr(e, name)
        if not isinstance(value, int | float) or value < 0:
            raise LabelTemplateError(f"{where}: {name} must be a number of millimetres >= 0")
    if e.x >= width or e.y >= height:
        raise LabelTemplateError(f"{where}: x, y ({e.x:g}, {e.y:g} mm) is off the label")
    if e.kind == "text":
        if e.size <= 0:
            raise LabelTemplateError(f"{where}: a text needs its letter height: size = 4")
        if not isinstance(e.lines, int) or e.lines < 1:
            raise LabelTemplateError(f"{where}: lines must be a whole number >= 1")
        if e.align not in ("left", "center", "right"):
            raise LabelTemplateError(f"{where}: align is left, center or right")
        _check_fields(e.text, where, LAYOUT_FIELDS)
    elif e.kind == "barcode":
        if e.height <= 0 or e.module <= 0:
            raise LabelTemplateError(f"{where}: a barcode needs height and module in mm")
        if e.x < _QUIET_MODULES * e.module:
            raise LabelTemplateError(
                f"{where}: x = {e.x:g} mm leaves a reader less than ten bars of white on the "
                f"left; make x at least {_QUIET_MODULES * e.module:g}"
            )
        _check_fields(e.text, where, LAYOUT_FIELDS)
    elif e.width <= 0 or e.height <= 0:
        raise LabelTemplateError(f"{where}: a box needs width and height")


def _check_fields(text: str, where: str, allowed: Iterable[str]) -> None:
    allowed = set(allowed)
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise LabelTemplateError(f"{where}: {text!r}: {exc}") from exc
    for name in names:
        if name not in allowed:
            raise LabelTemplateError(
                f"{where}: unknown field {{{name}}}; known: "
                + " ".join(f"{{{n}}}" for n in sorted(allowed))
            )


# -- filling in --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    """One element with its data filled in and its text broken into lines."""

    element: Element
    lines: tuple[str, ...]
    font_points: float = 0.0


def fill(labels: LabelSet, data: LabelData, size: str) -> tuple[Layout, list[Placed]]:
    """The layout for `size` with `data` filled in, text wrapped and cut to fit."""
    layout = labels.layout(size)
    template = labels.template(data.template)
    values = {f.name: str(getattr(data, f.name) or "") for f in fields(LabelData)}
    values["zone"] = data.zone
    values["disposition"] = data.disposition.replace("_", " ")
    # The shipped templates' texts in the label's language (a site's own texts as written)
    say = catalog(data.language).translate
    values["title"] = say(TEMPLATES_CONTEXT, template.title, None).format_map(values)
    values["instruction"] = (
        say(TEMPLATES_CONTEXT, template.instruction, None).format_map(values).strip(" :-")
    )
    placed = []
    for element in layout.elements:
        if element.kind == "box":
            placed.append(Placed(element, ()))
            continue
        # (CLDR's narrow no-break space, in some locales' numbers, is not in the PDF's font)
        text = " ".join(element.text.format_map(values).replace("\u202f", "\u00a0").split())
        if element.kind == "barcode":
            _check_barcode(text)
            placed.append(Placed(element, (text,)))
            continue
        points = element.size * _PDF_POINTS_PER_MM_CELL
        width = (element.width or (layout.width_mm - element.x)) * mm
        placed.append(Placed(element, _wrap(text, points, width, element.lines), points))
    return layout, placed


def _wrap(text: str, points: float, width: float, lines: int) -> tuple[str, ...]:
    """Break at spaces to fit `width` (points); the last line cut with '...' if more is left."""
    out: list[str] = []
    words = text.split(" ") if text else []
    current = ""
    while words and len(out) < lines:
        word = words[0]
        trial = f"{current} {word}" if current else word
        if _width(trial, points) <= width:
            current = trial
            words.pop(0)
            continue
        if not current:  # one word wider than the line: cut it
            cut = _fit(word, points, width)
            out.append(cut)
            words[0] = word[len(cut) :]
            continue
        out.append(current)
        current = ""
    if current and len(out) < lines:
        out.append(current)
    if words and out:
        last = out[-1]
        while last and _width(last + "...", points) > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "..."
    return tuple(out)


def _fit(word: str, points: float, width: float) -> str:
    end = len(word)
    while end > 1 and _width(word[:end], points) > width:
        end -= 1
    return word[:end]


def _width(text: str, points: float) -> float:
    return stringWidth(text, FONT, points) * CONDENSE


def _check_barcode(data: str) -> None:
    if not data or any(not (32 <= ord(c) < 127) or c in "^~>" for c in data):
        raise LabelTemplateError(
            f"barcode data {data!r}: Code 128 here takes printable ASCII without ^ ~ >"
        )


# -- ZPL ---------------------------------------------------------------------------------------


def render_zpl(labels: LabelSet, data: LabelData, size: str = "4x2", dpi: int = 203) -> bytes:
    """One label as ZPL II for a Zebra printer at `dpi` (203 or 300)."""
    if dpi not in DOTS_PER_MM:
        raise LabelTemplateError(f"dpi {dpi}: one of {', '.join(map(str, DOTS_PER_MM))}")
    layout, placed = fill(labels, data, size)
    dpmm = DOTS_PER_MM[dpi]

    def dots(value: float) -> int:
        return round(value * dpmm)

    out = [
        "^XA",
        "^CI28",
        f"^PW{round(layout.width_in * dpi)}",
        f"^LL{round(layout.height_in * dpi)}",
        "^LH0,0",
    ]
    for item in placed:
        e = item.element
        if e.kind == "box":
            border = dots(min(e.width, e.height)) if e.fill else max(1, dots(e.thickness))
            out.append(f"^FO{dots(e.x)},{dots(e.y)}^GB{dots(e.width)},{dots(e.height)},{border}^FS")
        elif e.kind == "barcode":
            module = max(1, dots(e.module))
            height = dots(e.height)
            # Mode A: the printer switches to subset C for runs of digits (a shorter symbol).
            out.append(
                f"^FO{dots(e.x)},{dots(e.y)}^BY{module},3,{height}"
                f"^BCN,{height},N,N,N,A^FH_^FD{escape(item.lines[0])}^FS"
            )
        else:
            cell = dots(e.size)
            width = dots(e.width or (layout.width_mm - e.x))
            justify = {"left": "L", "center": "C", "right": "R"}[e.align]
            for number, line in enumerate(item.lines):
                y = dots(e.y) + number * round(cell * 1.15)
                out.append(
                    f"^FO{dots(e.x)},{y}^A0N,{cell},{round(cell * ZPL_WIDTH_PER_HEIGHT)}"
                    f"^FB{width},1,0,{justify},0"
                    + ("^FR" if e.reverse else "")
                    + f"^FH_^FD{zpl_field(line)}^FS"
                )
    out.append("^PQ1")
    out.append("^XZ")
    return "\n".join(out).encode("ascii")


def zpl_field(text: str) -> str:
    """Field data for `^FH_`: the printer's command characters and every byte that is not
    plain ASCII as `_hh` (the UTF-8 bytes, which `^CI28` puts back together)."""
    ascii_safe = escape(text)
    if ascii_safe.isascii():
        return ascii_safe
    return "".join(
        char if char.isascii() else "".join(f"_{b:02X}" for b in char.encode("utf-8"))
        for char in ascii_safe
    )


# -- PDF ---------------------------------------------------------------------------------------


def render_pdf(labels: LabelSet, items: Iterable[LabelData], size: str = "4x2") -> bytes:
    """Labels as PDF pages of the label's own size (a batch is one document)."""
    layout = labels.layout(size)
    width, height = layout.width_in * inch, layout.height_in * inch
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=0)
    canvas.setCreator("Receiving Station")
    count = 0
    for data in items:
        if count == 0:
            canvas.setTitle(f"Label {data.lpn}")
        _, placed = fill(labels, data, size)
        _draw(canvas, placed, height)
        canvas.showPage()
        count += 1
    if count == 0:
        raise ValueError("no labels to render")
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, placed: list[Placed], page_height: float) -> None:
    for item in placed:
        e = item.element
        if e.kind == "box":
            canvas.setLineWidth(e.thickness * mm)
            canvas.rect(
                e.x * mm,
                page_height - (e.y + e.height) * mm,
                e.width * mm,
                e.height * mm,
                stroke=0 if e.fill else 1,
                fill=1 if e.fill else 0,
            )
        elif e.kind == "barcode":
            barcode = Code128(
                item.lines[0],
                barWidth=e.module * mm,
                barHeight=e.height * mm,
                humanReadable=False,
                quiet=False,
            )
            barcode.drawOn(canvas, e.x * mm, page_height - (e.y + e.height) * mm)
        else:
            canvas.saveState()
            text = canvas.beginText()
            text.setFont(FONT, item.font_points)
            text.setHorizScale(CONDENSE * 100)
            text.setFillGray(1 if e.reverse else 0)
            width = (e.width or 0) * mm
            for number, line in enumerate(item.lines):
                top = e.y + number * e.size * 1.15
                room = width - _width(line, item.font_points)
                shift = {"left": 0.0, "center": room / 2, "right": room}[e.align] if width else 0
                text.setTextOrigin(e.x * mm + shift, page_height - (top + e.size * 0.8) * mm)
                text.textOut(line)
            canvas.drawText(text)
            canvas.restoreState()
