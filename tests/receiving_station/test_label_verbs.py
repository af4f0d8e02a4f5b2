"""`receiving-station labels restock`: one unit's label from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from db.engine import session_factory
from db.models import ReceivedUnit
from receiving_station.cli import main
from receiving_station.demo.data import generate_demo_data
from receiving_station.i18n.language import Writing
from tests.helpers.bench import TODAY, make_bench, walk
from tests.helpers.label_images import (
    ZplJob,
    barcodes,
    pdf_texts,
    render_pdf_images,
    render_zpl_images,
)


def _confirmed_lpn(engine: Engine) -> tuple[str, str, str]:
    summary = generate_demo_data(engine, returns=20, seed=5, today=TODAY)
    bench = make_bench(engine)
    from receiving_station.bench.state import BenchInput

    bench.handle(BenchInput("scan", "B-1001"))
    assert walk(bench, summary.scenarios[0], grade_key="1") == []
    with session_factory(engine)() as session:
        unit = session.scalars(  # the unit this bench confirmed, not one of the history's
            select(ReceivedUnit)
            .where(ReceivedUnit.confirmed_at.is_not(None))
            .order_by(ReceivedUnit.id.desc())
        ).first()
        assert unit is not None and unit.sku and unit.confirmed_at
        # the day as an English label writes it (the site's language: English here)
        return unit.lpn, unit.sku, Writing().date(unit.confirmed_at.astimezone().date())


def test_renders_one_units_label_as_zpl_and_pdf(
    engine: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lpn, sku, day = _confirmed_lpn(engine)
    zpl_file, pdf_file = tmp_path / "label.zpl", tmp_path / "label.pdf"
    base = ["labels", "restock", "--database", database_url, "--lpn", lpn.lower()]
    assert main([*base, "--format", "zpl", "--output", str(zpl_file), "--dpi", "300"]) == 0
    assert f"label for {lpn} (4x2 in, 300 dpi) written to" in capsys.readouterr().out
    zpl = zpl_file.read_bytes()
    assert b"^PW1200" in zpl and sku.encode() in zpl and b"BENCH-01" in zpl
    assert day.encode() in zpl  # the day it was confirmed, not today
    (image,) = render_zpl_images([ZplJob(zpl, 4, 2, 300)])
    assert barcodes(image) == [(lpn, "Code128")]

    assert main([*base, "--format", "pdf", "--size", "4x6", "--output", str(pdf_file)]) == 0
    pdf = pdf_file.read_bytes()
    (page,) = render_pdf_images(pdf)
    assert barcodes(page) == [(lpn, "Code128")]
    (text,) = pdf_texts(pdf)
    assert sku in text and text.split()[0] in ("RESTOCK", "REFURBISH")

    forced = tmp_path / "q.zpl"
    assert main([*base, "--template", "quarantine", "--output", str(forced)]) == 0
    assert b"QUARANTINE - HOLD" in forced.read_bytes()


def test_an_unknown_lpn_or_template_is_a_clear_error(
    engine: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.zpl"
    status = main(
        [
            "labels",
            "restock",
            "--database",
            database_url,
            "--lpn",
            "LPN9999999999",
            "--format",
            "zpl",
            "--output",
            str(out),
        ]
    )
    assert status == 1 and not out.exists()
    assert "no unit with LPN LPN9999999999" in capsys.readouterr().err
    status = main(
        [
            "labels",
            "restock",
            "--database",
            database_url,
            "--lpn",
            "LPN1",
            "--template",
            "bin",
            "--output",
            str(out),
        ]
    )
    assert status == 2 and "--template 'bin': one of restock" in capsys.readouterr().err
    bad = tmp_path / "site"
    bad.mkdir()
    (bad / "templates.toml").write_text("[restock]\ntitle = '{nope}'\n")
    status = main(
        [
            "labels",
            "restock",
            "--database",
            database_url,
            "--lpn",
            "LPN1",
            "--templates",
            str(bad),
            "--output",
            str(out),
        ]
    )
    assert status == 2 and "unknown field {nope}" in capsys.readouterr().err
