"""Shift figures, the refunds export and the shift report, on a small data set whose every
figure is worked out by hand below (Stockholm time, 24 November 2026: UTC+1)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db.engine import session_factory
from db.models import (
    LabelJob,
    Operator,
    OutboxEvent,
    Parcel,
    ReceivedUnit,
    ReviewException,
    Rma,
    RmaLine,
    Station,
)
from receiving_station.cli import main
from receiving_station.figures.exports import RefundRow, released_refunds, totals, write_csv
from receiving_station.figures.reports import FigureFilter, format_minutes, shift_figures
from receiving_station.figures.shifts import Period
from tests.label_images import pdf_texts

DAY = dt.date(2026, 11, 24)


def local(hour: int, minute: int = 0, day: int = 24) -> dt.datetime:
    """A Stockholm wall-clock time in November (UTC+1), as UTC."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC) - dt.timedelta(hours=1)


# (operator, bench, received local (h, m, day), sku, reason, grade, disposition, market)
UNITS = [
    ("Anna", "BENCH-01", (8, 10, 24), "DRS-1", "too small", "A", "restock", "SE"),
    ("Anna", "BENCH-01", (8, 40, 24), "DRS-1", "too small", "A", "restock", "SE"),
    ("Anna", "BENCH-01", (9, 5, 24), "DRS-1", "too small", "B", "restock", "SE"),
    ("Anna", "BENCH-01", (13, 30, 24), "JKT-2", "defect", "C", "refurbish", "SE"),
    ("Ben", "BENCH-02", (14, 20, 24), "DRS-1", "too small", "A", "restock", "NL"),
    ("Ben", "BENCH-02", (14, 50, 24), "DRS-1", "changed mind", "B", "restock", "NL"),
    ("Ben", "BENCH-02", (15, 10, 24), "DRS-1", "changed mind", "B", "restock", "NL"),
    ("Ben", "BENCH-02", (15, 40, 24), "JKT-2", "defect", "C", "refurbish", "NL"),
    ("Ben", "BENCH-02", (15, 55, 24), "JKT-2", "defect", "D", "discard", "NL"),
    ("Ben", "BENCH-02", (23, 30, 24), "SHO-3", None, "A", "restock", None),  # blind
    ("Ben", "BENCH-02", (0, 30, 25), "JKT-2", "defect", "A", "restock", "NL"),  # night of 24th
]
# Refunds upstream accepted: unit index -> (minutes after the parcel's scan, amount, fee, method)
REFUNDS = {
    0: (60, Decimal("499.00"), Decimal("0.00"), "original_payment"),
    1: (120, Decimal("499.00"), Decimal("0.00"), "original_payment"),
    4: (30, Decimal("59.95"), Decimal("0.00"), "store_credit"),
    7: (600, Decimal("80.00"), Decimal("20.00"), "original_payment"),
}
# Restock labels printed: unit index -> minutes after the parcel's scan
LABELS_PRINTED = {0: 10, 1: 20, 2: 40}


def build(session: Session) -> None:
    operators = {
        name: Operator(badge_code=f"B-{n}", name=name, role="staff")
        for n, name in enumerate(("Anna", "Ben"))
    }
    stations = {name: Station(name=name) for name in ("BENCH-01", "BENCH-02")}
    session.add_all([*operators.values(), *stations.values()])
    session.flush()
    for n, (who, bench, (h, m, d), sku, reason, grade, disposition, market) in enumerate(UNITS):
        at = local(h, m, d)
        rma = line = None
        if market:
            rma = Rma(
                number=f"RMA-{market}-{n}",
                order_number=f"ORD-{n}",
                market=market,
                channel="post",
                requested_resolution="refund",
                status="open",
            )
            session.add(rma)
            session.flush()
            line = RmaLine(
                rma_id=rma.id,
                line_no=1,
                sku=sku,
                description=f"{sku} description",
                unit_price=Decimal("499.00"),
                currency="SEK" if market == "SE" else "EUR",
                reason_code=reason,
            )
            session.add(line)
        parcel = Parcel(
            tracking_number=f"TRK{n}",
            status="closed",
            rma_id=rma.id if rma else None,
            opened_at=at - dt.timedelta(minutes=5),
        )
        session.add(parcel)
        session.flush()
        unit = ReceivedUnit(
            lpn=f"LPN{n:010d}",
            parcel_id=parcel.id,
            rma_line_id=line.id if line else None,
            scanned_code=sku,
            sku=sku,
            status="confirmed",
            grade=grade,
            disposition=disposition,
            operator_id=operators[who].id,
            station_id=stations[bench].id,
            received_at=at,
            confirmed_at=at + dt.timedelta(minutes=1),
        )
        session.add(unit)
        session.flush()
        if n in REFUNDS:
            minutes, amount, fee, method = REFUNDS[n]
            unit.refund_amount, unit.restocking_fee = amount, fee
            session.add(
                OutboxEvent(
                    kind="refund",
                    rma_number=rma.number if rma else None,
                    idempotency_key=f"refund:{unit.lpn}",
                    state="sent",
                    payload={
                        "rma": rma.number if rma else "",
                        "units": [
                            {
                                "lpn": unit.lpn,
                                "sku": sku,
                                "grade": grade,
                                "amount": str(amount),
                                "restocking_fee": str(fee),
                            }
                        ],
                        "total": str(amount),
                        "currency": line.currency if line else "SEK",
                        "method": method,
                    },
                    sent_at=parcel.opened_at + dt.timedelta(minutes=minutes),
                    upstream_reference=f"R-{n}",
                )
            )
        if n in LABELS_PRINTED:
            printed = parcel.opened_at + dt.timedelta(minutes=LABELS_PRINTED[n])
            session.add(
                LabelJob(
                    unit_id=unit.id,
                    lpn=unit.lpn,
                    template="restock",
                    status="printed",
                    printed_at=printed,
                )
            )
            # A reprint much later does not make the unit's dock-to-stock longer.
            session.add(
                LabelJob(
                    unit_id=unit.id,
                    lpn=unit.lpn,
                    template="restock",
                    status="printed",
                    is_reprint=True,
                    reason="torn",
                    printed_at=printed + dt.timedelta(days=2),
                )
            )
    # A refund still waiting upstream, and one accepted the next day: neither is in the day.
    session.add(
        OutboxEvent(
            kind="refund",
            idempotency_key="refund:X1",
            state="pending",
            payload={"units": [{"lpn": "X1", "amount": "5.00"}]},
        )
    )
    session.add(
        OutboxEvent(
            kind="refund",
            idempotency_key="refund:X2",
            state="sent",
            sent_at=local(12, 0, 26),
            payload={"currency": "SEK", "units": [{"lpn": "X2", "amount": "7.00"}]},
        )
    )
    rma_se = session.scalars(select(Rma).where(Rma.market == "SE")).first()
    for kind, at, rma_id in (
        ("weight_mismatch", local(8, 15), rma_se.id if rma_se else None),
        ("blind_return", local(23, 31), None),
        ("serial_mismatch", local(10, 0, 23), None),  # the day before
    ):
        session.add(
            ReviewException(
                type=kind,
                status="open",
                created_at=at,
                sla_due=at + dt.timedelta(hours=24),
                rma_id=rma_id,
            )
        )
    session.commit()


@pytest.fixture
def figures_db(engine: Engine, stockholm: None) -> Engine:
    with session_factory(engine)() as session:
        build(session)
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
                .join(OutboxEvent, OutboxEvent.idempotency_key == "refund:" + ReceivedUnit.lpn)
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
