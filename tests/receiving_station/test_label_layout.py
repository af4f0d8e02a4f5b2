"""Unit labels: each template at each size and resolution, as ZPL and as PDF.

The rendered labels are read back the way a person and a scanner would: the ZPL through a
Zebra emulation (Zebrash), the PDF through PDFium, the LPN's Code 128 decoded by ZXing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from receiving_station.labels.layout import (
    TEMPLATES,
    LabelData,
    LabelTemplateError,
    load_label_set,
    render_pdf,
    render_zpl,
)
from tests.helpers.label_images import (
    ZplJob,
    barcodes,
    pdf_texts,
    render_pdf_images,
    render_zpl_images,
)

LABELS = load_label_set()
SIZES = {"4x2": (4.0, 2.0), "4x6": (4.0, 6.0)}
DISPOSITION = {
    "restock": "restock",
    "refurbish": "refurbish",
    "quarantine": "quarantine",
    "return_to_vendor": "return_to_vendor",
}
TITLES = {
    "restock": "RESTOCK",
    "refurbish": "REFURBISH",
    "quarantine": "QUARANTINE - HOLD",
    "return_to_vendor": "RETURN TO VENDOR",
}


def unit(template: str, **changes: str) -> LabelData:
    values = {
        "lpn": "LPN0000004711",
        "sku": "JKT-2231-M",
        "description": "Rain jacket, storm blue",
        "grade": "B",
        "disposition": DISPOSITION[template],
        "bin": "AP-12-3",
        "date": "2026-11-25",
        "station": "BENCH-02",
        "rma": "RMA-SE-100045",
        "reason": "weight 0.41 kg short",
        "operator": "Anna Berg",
        "template": template,
    }
    values.update(changes)
    return LabelData(**values)  # type: ignore[arg-type]


def field_texts(zpl: bytes) -> list[str]:
    """The data of every ^FD field, hex escapes decoded as the printer does under ^CI28."""
    out = []
    for raw in re.findall(rb"\^FD(.*?)\^FS", zpl, flags=re.S):
        out.append(re.sub(rb"_([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), raw).decode())
    return out


CASES = [(t, s, d) for t in TEMPLATES for s in SIZES for d in (203, 300)]


def test_every_template_size_and_resolution_says_what_it_must() -> None:
    for template, size, dpi in CASES:
        zpl = render_zpl(LABELS, unit(template), size, dpi)
        text = zpl.decode("ascii")
        width, height = SIZES[size]
        assert text.startswith("^XA\n^CI28\n") and text.endswith("^XZ")
        assert f"^PW{round(width * dpi)}" in text and f"^LL{round(height * dpi)}" in text
        fields = field_texts(zpl)
        joined = " | ".join(fields)
        assert TITLES[template] in fields, (template, size, fields)
        assert "B" in fields  # the grade, on its own
        for value in ("LPN0000004711", "JKT-2231-M", "2026-11-25", "BENCH-02"):
            assert value in joined, (template, size, value)
        assert "Rain jacket, storm blue" in joined
        assert "AP-12-3" in joined  # the destination bin
        if template == "quarantine":
            assert "do not restock: weight 0.41 kg short" in joined.replace(" | ", " ")
        assert text.count("^BC") == 1 and "^FH_^FDLPN0000004711^FS" in text


def test_zpl_labels_print_a_barcode_that_scans_back_to_the_lpn() -> None:
    jobs = [
        ZplJob(render_zpl(LABELS, unit(t, lpn=f"LPN{n:010d}"), s, d), *SIZES[s], d)
        for n, (t, s, d) in enumerate(CASES, start=7001)
    ]
    images = render_zpl_images(jobs)
    for n, ((template, size, dpi), image) in enumerate(zip(CASES, images, strict=True), 7001):
        width, height = SIZES[size]
        dpmm = {203: 8, 300: 12}[dpi]
        assert abs(image.size[0] - width * 25.4 * dpmm) < 2
        assert abs(image.size[1] - height * 25.4 * dpmm) < 2
        assert barcodes(image) == [(f"LPN{n:010d}", "Code128")], (template, size, dpi)


def test_pdf_labels_scan_back_and_read_as_the_zpl_does() -> None:
    for template in TEMPLATES:
        for size, (width, height) in SIZES.items():
            data = unit(template, description="Tröja åäö ÆØ ß, long enough to wrap " * 3)
            pdf = render_pdf(LABELS, [data], size)
            (image,) = render_pdf_images(pdf, dpi=300)
            assert abs(image.size[0] - width * 300) < 2 and abs(image.size[1] - height * 300) < 2
            assert barcodes(image) == [("LPN0000004711", "Code128")], (template, size)
            (text,) = pdf_texts(pdf)
            for value in (TITLES[template], "LPN0000004711", "JKT-2231-M", "BENCH-02"):
                assert value in text, (template, size, value, text)
            assert "Tröja åäö ÆØ ß" in text
            # The same lines as the printed label, broken at the same words.
            for line in field_texts(render_zpl(LABELS, data, size, 203)):
                assert line in text, (line, text)


def test_a_batch_is_one_pdf_with_a_page_per_label() -> None:
    batch = [unit("restock", lpn=f"LPN{n:010d}") for n in range(1, 6)]
    pdf = render_pdf(LABELS, batch, "4x2")
    images = render_pdf_images(pdf)
    assert [barcodes(image) for image in images] == [
        [(f"LPN{n:010d}", "Code128")] for n in range(1, 6)
    ]


HOSTILE = "^XZ~JA^FDboom^FS~JR_41 \x03\x1b[0m ~DGR:EVIL.GRF,1,1,FF"


def test_hostile_text_in_any_field_prints_as_text_and_commands_nothing() -> None:
    data = unit(
        "quarantine",
        sku=HOSTILE[:20],
        description=HOSTILE,
        station="~JR^XZ",
        rma="^XA^FDx",
        reason=HOSTILE,
        operator="_~^",
        bin="^MMC",
    )
    for size in SIZES:
        zpl = render_zpl(LABELS, data, size, 203)
        text = zpl.decode("ascii")
        assert "~" not in text  # no ~ command at all
        assert text.count("^XA") == 1 and text.count("^XZ") == 1
        commands = re.findall(r"\^([A-Z@][A-Z0-9]?)", re.sub(r"\^FD.*?\^FS", "^FD^FS", text))
        assert set(commands) <= {
            "XA",
            "CI",
            "PW",
            "LL",
            "LH",
            "FO",
            "GB",
            "FS",
            "A0",
            "FB",
            "FR",
            "FH",
            "FD",
            "BY",
            "BC",
            "PQ",
            "XZ",
        }, commands
        fields = field_texts(zpl)
        assert any("^XZ~JA^FDboom^FS~JR_41" in f for f in fields)  # printed, as text
        assert "~JR^XZ" in " ".join(fields)
    # And the printer emulation still prints one label whose barcode scans.
    (image,) = render_zpl_images([ZplJob(render_zpl(LABELS, data, "4x2", 203), 4, 2, 203)])
    assert barcodes(image) == [("LPN0000004711", "Code128")]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80), st.text(max_size=30))
def test_no_text_can_escape_its_field(description: str, sku: str) -> None:
    zpl = render_zpl(LABELS, unit("restock", description=description, sku=sku), "4x6", 300)
    text = zpl.decode("ascii")  # every byte outside ASCII is escaped
    assert "~" not in text and text.count("^XA") == 1 and text.count("^XZ") == 1
    for raw in re.findall(r"\^FD(.*?)\^FS", text, flags=re.S):
        assert "^" not in raw and "\n" not in raw


def test_long_text_is_cut_with_an_ellipsis_within_its_lines() -> None:
    data = unit("restock", description="word " * 80)
    fields = field_texts(render_zpl(LABELS, data, "4x6", 203))
    wrapped = [f for f in fields if f.startswith("word")]
    assert len(wrapped) == 3 and wrapped[-1].endswith("...")
    # 4x2 puts SKU and description on one line
    (line,) = [f for f in field_texts(render_zpl(LABELS, data, "4x2", 203)) if "word" in f]
    assert line.startswith("JKT-2231-M word") and line.endswith("...")


def test_barcode_data_the_printer_would_read_as_commands_is_refused() -> None:
    with pytest.raises(LabelTemplateError, match="Code 128"):
        render_zpl(LABELS, unit("restock", lpn="LPN>:1"), "4x2", 203)


def test_a_site_adjusts_a_template_and_a_layout(tmp_path: Path) -> None:
    shipped = Path(LABELS.sources[0]).read_text()
    (tmp_path / "templates.toml").write_text(
        shipped.replace('title = "RESTOCK"', 'title = "TILLBAKA I LAGER"')
    )
    layout = Path(LABELS.layout("4x2").source).read_text()
    (tmp_path / "4x2.toml").write_text(
        layout.replace('text = "{date}  {station}  {rma}"', 'text = "{zone} / {operator}"')
    )
    site = load_label_set(tmp_path)
    fields = field_texts(render_zpl(site, unit("restock"), "4x2", 203))
    assert "TILLBAKA I LAGER" in fields and "AP / Anna Berg" in fields
    assert site.layout("4x6").source == LABELS.layout("4x6").source  # not copied: shipped


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        (
            "templates.toml",
            ('title = "RESTOCK"', 'title = "{colour}"'),
            r"templates.toml \[restock\]: unknown field \{colour\}",
        ),
        ("templates.toml", ("[quarantine]", "[quarantined]"), r"no \[quarantine\] template"),
        ("4x2.toml", ('kind = "barcode"', 'kind = "qr"'), "element 4: kind 'qr'"),
        (
            "4x2.toml",
            ("module = 0.375", "module = 0.375\ncolour = 1"),
            "element 4: unknown setting colour",
        ),
        ("4x2.toml", ("x = 5\n", "x = 1\n"), "less than ten bars of white"),
        ("4x2.toml", ("height_in = 2", "height_in = 3"), "height_in = 2"),
        ("4x6.toml", ("size = 18", 'size = "big"'), "size must be a number"),
        ("4x6.toml", ("[[element]]", "[[element"), "4x6.toml: "),
    ],
)
def test_a_wrong_site_file_is_named_with_what_to_fix(
    tmp_path: Path, file: str, change: tuple[str, str], message: str
) -> None:
    source = {
        "templates.toml": LABELS.sources[0],
        "4x2.toml": LABELS.layout("4x2").source,
        "4x6.toml": LABELS.layout("4x6").source,
    }[file]
    text = Path(source).read_text()
    assert change[0] in text
    (tmp_path / file).write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(LabelTemplateError, match=message):
        load_label_set(tmp_path)


def test_a_missing_site_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(LabelTemplateError, match="does not exist"):
        load_label_set(tmp_path / "nowhere")
