"""Import of expected returns: samples, re-import, broken files, all-or-nothing, on both DBs."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from db.engine import session_factory
from db.enums import Role
from db.models import AuditEntry, Operator, Parcel, Product, ProductGtin, Rma, RmaLine, Station
from receiving_station.cli import main
from receiving_station.importing.files import read_returns
from receiving_station.importing.importer import import_file, import_text
from receiving_station.importing.reading import CSV_COLUMNS
from receiving_station.importing.records import ImportFailed, Problem
from receiving_station.receiving.results import Actor
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
TODAY = dt.date(2026, 11, 24)

HEADER = "rma_number,order_number,market,channel,sku,quantity,unit_price,currency"


def count(engine: Engine, model: type) -> int:
    with session_factory(engine)() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def problems_of(text: str, file_format: str = "csv") -> list[Problem]:
    with pytest.raises(ImportFailed) as caught:
        read_returns(text, file_format, today=TODAY)
    return caught.value.problems


# -- the samples --------------------------------------------------------------------------------


def test_sample_files_import_and_reimport_without_duplicates(engine: Engine) -> None:
    first = import_file(engine, SAMPLES / "returns.csv")
    assert (first.rmas_created, first.lines_created, first.parcels_created) == (3, 4, 3)
    assert first.products_created == 4
    second = import_file(engine, SAMPLES / "returns.json")
    assert (second.rmas_created, second.lines_created, second.parcels_created) == (2, 2, 2)

    again = import_file(engine, SAMPLES / "returns.csv")
    assert (again.rmas_created, again.rmas_updated, again.rmas_unchanged) == (0, 0, 3)
    assert "3 unchanged" in again.summary()
    import_file(engine, SAMPLES / "returns.json")
    assert count(engine, Rma) == 5
    assert count(engine, RmaLine) == 6
    assert count(engine, Parcel) == 5
    assert count(engine, Product) == 6

    with session_factory(engine)() as session:
        rma = session.scalar(select(Rma).where(Rma.number == "RMA-SE-100001"))
        assert rma is not None
        assert (rma.market, rma.channel, rma.status) == ("SE", "post", "expected")
        assert rma.purchase_date == dt.date(2026, 11, 2)
        assert [(line.line_no, line.sku, line.quantity) for line in rma.lines] == [
            (1, "JKT-2231-M", 1),
            (2, "TSH-0101-S", 2),
        ]
        assert rma.lines[0].unit_price == Decimal("499.00")
        assert rma.lines[0].gtin == "07312345678909"
        assert [p.tracking_number for p in rma.parcels] == ["RR123456785SE"]
        assert rma.parcels[0].carrier == "postnord"
        exchange = session.scalar(select(Rma).where(Rma.number == "RMA-NO-200042"))
        assert exchange is not None and exchange.exchange_sku == "SHO-4410-43"
        phone = session.scalar(select(RmaLine).where(RmaLine.sku == "PHN-A15-128"))
        assert phone is not None and phone.serials_shipped == ["359876543210987"]
        assert phone.line_no == 1  # numbered by position when the file gives no line_no
        dhl = session.scalar(select(Parcel).where(Parcel.tracking_number == "1234567891"))
        assert dhl is not None and dhl.carrier == "dhl"
        gtin = session.get(ProductGtin, "07350000000047")
        assert gtin is not None and gtin.product.sku == "PHN-A15-128"
        assert gtin.product.category == "electronics"
        audits = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        assert [a.entity_id for a in audits] == [
            "returns.csv",
            "returns.json",
            "returns.csv",
            "returns.json",
        ]


def test_reimport_updates_changed_fields_lines_and_parcels(engine: Engine, tmp_path: Path) -> None:
    import_file(engine, SAMPLES / "returns.csv")
    changed = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    changed = changed.replace("anna.lindqvist@example.se", "anna@example.org")
    lines = changed.splitlines()
    lines = [line for line in lines if ",2,TSH-0101-S," not in line]  # line 2 withdrawn
    lines.append(
        "RMA-DE-300007,SO-912345,Jonas Becker,jonas.becker@example.de,DE,post,2026-11-10,"
        "2026-11-12,refund,,2,CBL-USB-C,,USB-C cable,electronics,2,9.95,EUR,,defective,0.080,"
        "00340123450000000017,"
    )
    path = tmp_path / "returns-v2.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(engine, path)
    assert (result.rmas_created, result.rmas_updated, result.rmas_unchanged) == (0, 2, 1)
    assert (result.lines_created, result.lines_removed) == (1, 1)
    assert result.parcels_created == 1
    with session_factory(engine)() as session:
        anna = session.scalar(select(Rma).where(Rma.number == "RMA-SE-100001"))
        assert anna is not None and anna.customer_email == "anna@example.org"
        assert anna.source == "returns-v2.csv"
        assert [line.sku for line in anna.lines] == ["JKT-2231-M"]
        jonas = session.scalar(select(Rma).where(Rma.number == "RMA-DE-300007"))
        assert jonas is not None
        assert sorted(p.tracking_number for p in jonas.parcels) == [
            "00340123450000000017",  # DHL's 20-digit number as DHL writes it
            "1Z999AA10123456784",
        ]


# -- all or nothing ---------------------------------------------------------------------------


def test_one_bad_row_and_nothing_is_written(engine: Engine) -> None:
    text = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    text += (
        "RMA-SE-100002,SO-1,Eva,eva@example.se,SE,post,2026-11-02,,refund,,1,X-1,,,apparel,"
        "one,10.00,SEK,,,,,\n"
    )
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, text, "csv", source="bad.csv")
    assert [str(p) for p in caught.value.problems] == [
        "line 6, quantity: 'one' is not a whole number"
    ]
    assert count(engine, Rma) == 0
    assert count(engine, Product) == 0
    assert count(engine, AuditEntry) == 0


def _workflow_with_received_unit(engine: Engine) -> tuple[Workflow, Actor]:
    sessions = session_factory(engine)
    with sessions.begin() as session:
        staff = Operator(badge_code="B-1001", name="Sara", role=Role.STAFF.value)
        bench = Station(name="BENCH-01")
        session.add_all([staff, bench])
        session.flush()
        actor = Actor(staff.id, bench.id)
    workflow = Workflow(sessions, load_rules())
    opened = workflow.open_parcel(actor, "RR123456785SE")
    assert opened.parcel is not None
    workflow.receive_unit(actor, opened.parcel.parcel_id, "7312345678909")
    return workflow, actor


def test_lines_with_received_units_are_never_removed_or_reduced(engine: Engine) -> None:
    import_file(engine, SAMPLES / "returns.csv")
    _workflow_with_received_unit(engine)
    text = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    without_jacket = "\n".join(
        line for line in text.splitlines() if ",1,JKT-2231-M," not in line
    ).replace("anna.lindqvist@example.se", "changed@example.se")
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, without_jacket + "\n", "csv", source="v2.csv")
    assert any(
        "line 1 (JKT-2231-M) of RMA-SE-100001 has received units" in str(p)
        for p in caught.value.problems
    )
    other_sku = text.replace(",1,JKT-2231-M,7312345678909,", ",1,JKT-2231-L,,")
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, other_sku, "csv", source="v3.csv")
    assert "already has 1 received unit of JKT-2231-M" in str(caught.value.problems[0])
    with session_factory(engine)() as session:  # nothing of either attempt was written
        anna = session.scalar(select(Rma).where(Rma.number == "RMA-SE-100001"))
        assert anna is not None and anna.customer_email == "anna.lindqvist@example.se"
        assert session.scalar(select(func.count()).select_from(RmaLine)) == 4
    # Raising the quantity of a line with received units is fine.
    more = text.replace(
        ",1,JKT-2231-M,7312345678909,Rain jacket Storm M,apparel,1,",
        ",1,JKT-2231-M,7312345678909,Rain jacket Storm M,apparel,2,",
    )
    assert import_text(engine, more, "csv", source="v4.csv").lines_updated == 1


def test_database_conflicts_are_problems(engine: Engine) -> None:
    import_file(engine, SAMPLES / "returns.csv")
    stolen_parcel = json.dumps(
        [
            {
                "rma_number": "RMA-SE-999999",
                "order_number": "SO-9",
                "market": "SE",
                "channel": "post",
                "lines": [
                    {
                        "sku": "OTHER-1",
                        "gtin": "7312345678909",
                        "quantity": 1,
                        "unit_price": "10.00",
                        "currency": "SEK",
                    }
                ],
                "parcels": ["RR123456785SE"],
            }
        ]
    )
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, stolen_parcel, "json")
    messages = [str(p) for p in caught.value.problems]
    assert (
        "[0].lines[0], gtin: 07312345678909 belongs to SKU JKT-2231-M in the product list, "
        "not OTHER-1"
    ) in messages
    assert "[0].parcels[0], tracking_number: RR123456785SE already belongs to RMA-SE-100001" in (
        messages
    )
    assert count(engine, Rma) == 3


def test_an_announced_blind_parcel_is_linked_to_its_rma(engine: Engine) -> None:
    sessions = session_factory(engine)
    with sessions.begin() as session:
        staff = Operator(badge_code="B-1001", name="Sara", role=Role.STAFF.value)
        bench = Station(name="BENCH-01")
        session.add_all([staff, bench])
        session.flush()
        actor = Actor(staff.id, bench.id)
    workflow = Workflow(sessions, load_rules())
    blind = workflow.open_parcel(actor, "1Z999AA10123456784")
    assert blind.parcel is not None and blind.parcel.rma is None
    result = import_file(engine, SAMPLES / "returns.csv")
    assert result.parcels_updated == 1
    with sessions() as session:
        parcel = session.scalar(
            select(Parcel).where(Parcel.tracking_number == "1Z999AA10123456784")
        )
        assert parcel is not None and parcel.rma is not None
        assert parcel.rma.number == "RMA-DE-300007"
        assert parcel.status == "open"


def test_rma_slip_scan_finds_a_number_stored_without_the_prefix(engine: Engine) -> None:
    text = HEADER + ",tracking_number\n2026-000777,SO-7,SE,post,SKU-7,1,100.00,SEK,\n"
    import_text(engine, text, "csv")
    sessions = session_factory(engine)
    with sessions.begin() as session:
        staff = Operator(badge_code="B-1001", name="Sara", role=Role.STAFF.value)
        bench = Station(name="BENCH-01")
        session.add_all([staff, bench])
        session.flush()
        actor = Actor(staff.id, bench.id)
    opened = Workflow(sessions, load_rules()).open_parcel(actor, "RMA-2026-000777")
    assert opened.parcel is not None and opened.parcel.rma is not None
    assert opened.parcel.rma.number == "2026-000777"


# -- broken files: each problem with its line or record and field -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["line 1: the first line must name the columns (see docs)"]),
        (HEADER + "\n", ["file: no returns in the file"]),
        (
            "rma_number,order_number,market,channel,sku,qty,unit_price,currency\n",
            ["line 1, qty: unknown column", "line 1, quantity: required column is missing"],
        ),
        (HEADER + ",sku\n", ["line 1, sku: the column is named twice"]),
        (HEADER + "\nRMA-1,SO-1,SE,post,A,1\n", ["line 2: 6 fields where the header has 8"]),
        (
            HEADER + "\nRMA-1,,SE,post,A,1,1.00,SEK\n",
            ["line 2, order_number: is required and missing"],
        ),
        (HEADER + "\nRMA-1,SO-1,Sweden,post,A,1,1.00,SEK\n", ["line 2, market: 'SWEDEN'"]),
        (HEADER + "\nRMA-1,SO-1,SE,pigeon,A,1,1.00,SEK\n", ["line 2, channel: 'pigeon'"]),
        (
            HEADER + "\nRMA-1,SO-1,SE,post,A,1,-1.00,SEK\n",
            ["line 2, unit_price: -1.00 is negative"],
        ),
        (
            HEADER + "\nRMA-1,SO-1,SE,post,A,1,1.005,SEK\n",
            ["line 2, unit_price: 1.005 has more than 2 decimals"],
        ),
        (
            HEADER + "\nRMA-1,SO-1,SE,post,A,1,NaN,SEK\n",
            ["line 2, unit_price: 'NaN' is not a number"],
        ),
        (HEADER + "\nRMA-1,SO-1,SE,post,A,1000,1.00,SEK\n", ["line 2, quantity: 1000 must be"]),
        (
            HEADER + "\nRMA-1,SO-1,SE,post,A,1,1200.50,JPY\n",
            ["line 2, unit_price: 1200.50 has more decimals than JPY has (0)"],
        ),
        (HEADER + "\nRMA-1,SO-1,SE,post,A,1,1.00,kronor\n", ["line 2, currency: 'KRONOR'"]),
        (
            HEADER + ",gtin\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,4006381333932\n",
            ["line 2, gtin: 4006381333932: the check digit should be 1"],
        ),
        (
            HEADER + ",gtin\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,12345\n",
            ["line 2, gtin: '12345' is not a GTIN"],
        ),
        (
            HEADER + ",purchase_date,delivery_date\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,2026-11-10,"
            "2026-11-01\n",
            ["line 2, delivery_date: 2026-11-01 is before the purchase date 2026-11-10"],
        ),
        (
            HEADER + ",purchase_date\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,24/11/2026\n",
            ["line 2, purchase_date: '24/11/2026' is not a date: write YYYY-MM-DD"],
        ),
        (
            HEADER + ",purchase_date\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,2027-06-01\n",
            ["line 2, purchase_date: 2027-06-01 is in the future"],
        ),
        (
            HEADER + ",requested_resolution\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,exchange\n",
            ["line 2, exchange_sku: an exchange needs the SKU to send instead"],
        ),
        (
            HEADER + ",customer_email\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,anna-at-example\n",
            ["line 2, customer_email: 'anna-at-example' is not an e-mail address"],
        ),
        (
            HEADER + ",serials\nRMA-1,SO-1,SE,post,A,2,1.00,SEK,SN1|SN1\n",
            ["line 2, serials: 'SN1' is listed twice"],
        ),
        (
            HEADER + ",tracking_number\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,RR123456784SE\n",
            ["line 2, tracking_number: RR123456784SE: looks like a postnord number but the check"],
        ),
        (
            HEADER + ",tracking_number\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,LPN000000017\n",
            ["line 2, tracking_number: LPN000000017 is a lpn, not a parcel"],
        ),
        (
            HEADER
            + ",tracking_number,carrier\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,1Z999AA10123456784,dhl\n",
            ["line 2, carrier: 'dhl', but 1Z999AA10123456784 is a ups number"],
        ),
        (
            HEADER + "\nRMA-1,SO-1,SE,post,A,1,1.00,SEK\nRMA-1,SO-1,NO,post,B,1,1.00,SEK\n",
            ["line 3, market: NO differs from SE on line 2 for the same RMA"],
        ),
        (
            HEADER
            + ",line_no\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,1\nRMA-1,SO-1,SE,post,B,1,1.00,SEK,1\n",
            ["line 3, line_no: line 1 of RMA-1 is also on line 2"],
        ),
        (
            HEADER + ",gtin\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,4006381333931\n"
            "RMA-2,SO-2,SE,post,B,1,1.00,SEK,4006381333931\n",
            ["line 3, gtin: 04006381333931 is SKU A on line 2, not B"],
        ),
        (
            HEADER + ',tracking_number\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,"unclosed\n',
            ["line 2: broken CSV"],
        ),
    ],
)
def test_broken_csv_names_line_and_field(text: str, expected: list[str]) -> None:
    messages = [str(p) for p in problems_of(text)]
    for wanted in expected:
        assert any(message.startswith(wanted) for message in messages), (wanted, messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"returns": [', ["line 1: not valid JSON"]),
        ('{"rmas": []}', ['file: expected {"returns": [...]} or a list of returns']),
        ("[1]", ["[0]: each return must be an object"]),
        (
            '[{"rma_number": "RMA-1", "order_number": "1", "market": "SE", "channel": "post"}]',
            ["[0], lines: a return needs a list of at least one line"],
        ),
        (
            '{"returns": [{"rma_number": "RMA-1", "order_number": "1", "market": "SE", '
            '"channel": "post", "colour": "red", "lines": [{"sku": "A", "quantity": 1.5, '
            '"unit_price": "1.00", "currency": "SEK", "size": "M"}]}]}',
            [
                "returns[0], colour: unknown field",
                "returns[0].lines[0], size: unknown field",
                "returns[0].lines[0], quantity: '1.5' is not a whole number",
            ],
        ),
        (
            '[{"rma_number": ["RMA-1"], "order_number": "1", "market": "SE", "channel": "post",'
            ' "lines": [{"sku": "A", "quantity": 1, "unit_price": 1, "currency": "SEK"}],'
            ' "parcels": [{"carrier": "ups"}]}]',
            [
                "[0], rma_number: must be a single value, not a list or object",
                "[0].parcels[0], tracking_number: is required and missing",
            ],
        ),
    ],
)
def test_broken_json_names_record_and_field(text: str, expected: list[str]) -> None:
    messages = [str(p) for p in problems_of(text, "json")]
    for wanted in expected:
        assert any(message.startswith(wanted) for message in messages), (wanted, messages)


def test_excel_style_csv_semicolons_bom_and_decimal_comma(engine: Engine) -> None:
    text = "\ufeff" + HEADER.replace(",", ";") + "\nRMA-1;SO-1;se;Post;A-1;1;499,00;sek\n"
    result = import_text(engine, text, "csv")
    assert result.rmas_created == 1
    with session_factory(engine)() as session:
        line = session.scalar(select(RmaLine))
        assert line is not None
        assert (line.unit_price, line.currency, line.rma.market, line.rma.channel) == (
            Decimal("499.00"),
            "SEK",
            "SE",
            "post",
        )


def test_not_utf8_is_refused_with_its_line(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\nRMA-1,SO-1,SE,post,Å-1,1,1.00,SEK\n").encode("latin-1"))
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, path)
    assert str(caught.value.problems[0]) == "line 2: not UTF-8 text: save the file as UTF-8"


# -- the CLI --------------------------------------------------------------------------------------


def test_cli_exit_codes(
    tmp_path: Path, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(SAMPLES / "returns.csv"), "--database", database_url]) == 0
    assert "3 returns (3 new" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\nRMA-1,SO-1,SE,post,A,x,1.00,SEK\n", encoding="utf-8")
    assert main(["import", str(bad), "--database", database_url]) == 2
    err = capsys.readouterr().err
    assert "nothing imported, 1 problem:" in err
    assert "line 2, quantity: 'x' is not a whole number" in err
    assert main(["import", str(tmp_path / "missing.csv"), "--database", database_url]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_shows_the_import_going_on_as_a_progress_bar(
    tmp_path: Path,
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Checking (the file's lines) then writing (the returns), each with its rate and the time
    left, on stderr: the summary alone on stdout, for a script to read."""
    monkeypatch.setattr("receiving_station.importing.files.PROGRESS_EVERY", 2)
    monkeypatch.setattr("receiving_station.importing.writing.CHUNK", 2)
    rows = [f"RMA-P-{n},SO-P-{n},SE,post,P-1,1,10.00,SEK" for n in range(1, 6)]
    feed = tmp_path / "feed.csv"
    feed.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    argv = ["import", str(feed), "--database", database_url]
    assert main([*argv, "--progress"]) == 0
    captured = capsys.readouterr()
    assert "5 returns (5 new" in captured.out and "%" not in captured.out
    bars = captured.err.replace("\r", "\n")
    assert "checking: 100%" in bars and "6/6" in bars and "lines/s" in bars
    assert "writing: 100%" in bars and "5/5" in bars and "returns/s" in bars
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "\nRMA-1,SO-1,SE,post,A,x,1.00,SEK\n", encoding="utf-8")
    assert main(["import", str(bad), "--database", database_url, "--progress"]) == 2
    err = capsys.readouterr().err
    assert "checking: 100%" in err and "writing" not in err
    assert err.rstrip().endswith("line 2, quantity: 'x' is not a whole number")
    assert main([*argv, "--no-progress"]) == 0  # (stderr is not a terminal here either)
    assert capsys.readouterr().err == ""


# -- never crash ----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from(["csv", "json"]))
def test_reading_arbitrary_text_never_crashes(text: str, file_format: str) -> None:
    try:
        records = read_returns(text, file_format, today=TODAY)
    except ImportFailed as exc:
        assert exc.problems
        assert all(str(problem) for problem in exc.problems)
    else:
        assert records


_cell = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20),
    st.sampled_from(["", "1", "0", "SE", "post", "499.00", "2026-11-01", "RMA-1", "7312345678909"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_cell, min_size=len(CSV_COLUMNS), max_size=len(CSV_COLUMNS)), max_size=4))
def test_arbitrary_csv_cells_never_crash(rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    try:
        read_returns(buffer.getvalue(), "csv", today=TODAY)
    except ImportFailed as exc:
        assert exc.problems


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(
                st.sampled_from(["rma_number", "lines", "parcels", "sku", "quantity", "x"]),
                children,
                max_size=4,
            )
        ),
        max_leaves=12,
    )
)
def test_arbitrary_json_never_crashes(value: object) -> None:
    try:
        read_returns(json.dumps(value), "json", today=TODAY)
    except ImportFailed as exc:
        assert exc.problems


FIELDS = ["order_number", "customer_name", "sku", "description", "unit_price", "gtin",
          "purchase_date", "quantity", "tracking_number"]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(FIELDS), value=st.text(max_size=40))
def test_any_text_in_any_field_is_read_or_refused_by_line_and_field(field: str, value: str) -> None:
    """Property (issue #20): whatever a field holds, the reader either takes the file or names
    each problem by its line and field; it never raises anything else, and no control
    character (NUL, which PostgreSQL cannot store, among them) reaches a record."""
    sample = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    header, first, *rest = sample.splitlines()
    names = header.split(",")
    cells = first.split(",")
    cells[names.index(field)] = '"' + value.replace('"', '""') + '"'
    text = "\n".join([header, ",".join(cells), *rest]) + "\n"
    try:
        records = read_returns(text, "csv", today=TODAY)
    except ImportFailed as failed:
        assert failed.problems and all(p.where and p.message for p in failed.problems)
        return
    for record in records:
        for value_ in [
            *vars(record).values(),
            *(v for line in record.lines for v in vars(line).values()),
        ]:
            if isinstance(value_, str):
                assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value_), value_


def test_a_nul_in_a_field_is_refused_naming_it_on_both_databases(engine: Engine) -> None:
    sample = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    text = sample.replace("Anna Lindqvist", "Anna\x00Lindqvist")
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, text, "csv")
    assert any(
        p.field == "customer_name" and "U+0000" in p.message for p in caught.value.problems
    ), caught.value.problems
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Rma)) == 0


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("quantity", "\u0661", "digits 0-9"),  # Arabic-Indic 1, which int() would take
        ("unit_price", "\u0664\u0669\u0669.00", "digits 0-9"),
        ("unit_price", "\uff14\uff19\uff19", "digits 0-9"),  # full-width
        ("unit_price", "1_000.00", "not a number"),  # Decimal() would take these
        ("unit_price", "1e3", "not a number"),
        ("unit_price", "+499.00", "not a number"),
        ("unit_price", "Infinity", "not a number"),
        ("purchase_date", "\u0662\u0660\u0662\u0666-11-02", "digits 0-9"),
    ],
)
def test_numbers_and_dates_only_in_the_documented_form(field: str, value: str, says: str) -> None:
    sample = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    header, first, *rest = sample.splitlines()
    cells = first.split(",")
    cells[header.split(",").index(field)] = value
    with pytest.raises(ImportFailed) as caught:
        read_returns("\n".join([header, ",".join(cells), *rest]) + "\n", "csv", today=TODAY)
    assert any(p.field == field and says in p.message for p in caught.value.problems), (
        caught.value.problems
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested far deeper"),  # json.loads: RecursionError
        ('[{"rma_number": ' + "9" * 10_000 + "}]", "not readable as JSON"),  # int() limit
        ('{"returns": 5}', "expected"),
    ],
)
def test_a_json_file_that_is_no_return_file_is_one_problem(text: str, says: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_returns(text, "json", today=TODAY)
    assert [p.where for p in caught.value.problems] == ["file"]
    assert says in caught.value.problems[0].message


_JSON_KEYS = ["returns", "rma_number", "order_number", "customer_name", "market", "channel",
              "purchase_date", "lines", "parcels", "sku", "gtin", "quantity", "unit_price",
              "currency", "line_no", "serials", "tracking_number"]  # fmt: skip
_ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(_JSON_KEYS), children, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ANY_JSON)
def test_any_json_is_read_or_refused_with_problems(value: object) -> None:
    """Property (issue #20): whatever JSON a file holds, the reader takes it or names its
    problems; it never raises anything else."""
    try:
        read_returns(json.dumps(value), "json", today=TODAY)
    except ImportFailed as failed:
        assert failed.problems


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        (lambda r: r.update(parcels=[f"PARCEL{n:06d}" for n in range(100)]), "tracking_number",
         "100 parcels; at most 99"),
        (lambda r: r["lines"][0].update(serials=[f"SN{n}" for n in range(1000)]), "serials",
         "1000 serial numbers; at most 999"),
        (lambda r: r["lines"][0].update(description="x" * 1_000_000), "description",
         "1000000 characters long"),
    ],
)  # fmt: skip
def test_a_return_too_big_for_a_bench_is_refused_in_words(
    change: Callable[[dict[str, Any]], None], field: str, says: str
) -> None:
    """Size limits (issue #20): what one return may hold is bounded, said per field."""
    data = json.loads((SAMPLES / "returns.json").read_text(encoding="utf-8"))
    change(data["returns"][0])
    with pytest.raises(ImportFailed) as caught:
        read_returns(json.dumps(data), "json", today=TODAY)
    assert [(p.field, says in p.message) for p in caught.value.problems] == [(field, True)], (
        caught.value.problems
    )


def test_a_csv_field_beyond_the_readers_limit_is_one_problem() -> None:
    sample = (SAMPLES / "returns.csv").read_text(encoding="utf-8")
    header, first, *rest = sample.splitlines()
    cells = first.split(",")
    cells[header.split(",").index("description")] = "X" * 200_000
    with pytest.raises(ImportFailed) as caught:
        read_returns("\n".join([header, ",".join(cells), *rest]) + "\n", "csv", today=TODAY)
    assert [p.message for p in caught.value.problems] == [
        "broken CSV: field larger than field limit (131072)"
    ]


def test_a_file_written_in_chunks_is_still_all_or_nothing(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer lets go of each chunk's objects once flushed (memory bounded by the chunk,
    not the file): a problem in the last chunk still leaves nothing of the first ones, and a
    product or parcel written by an earlier chunk is found by a later one."""
    monkeypatch.setattr("receiving_station.importing.writing.CHUNK", 2)
    import_file(engine, SAMPLES / "returns.csv")  # owns RR123456785SE
    rows = [f"RMA-CH-{n},SO-CH-{n},SE,post,SHARED-1,1,10.00,SEK,TRK00000CH{n}" for n in range(1, 6)]
    rows[-1] = rows[-1].replace("TRK00000CH5", "RR123456785SE")  # the fifth: another's parcel
    text = "\n".join([HEADER + ",tracking_number", *rows]) + "\n"
    rmas, products = count(engine, Rma), count(engine, Product)
    with pytest.raises(ImportFailed) as caught:
        import_text(engine, text, "csv")
    assert [str(p) for p in caught.value.problems] == [
        "line 6, tracking_number: RR123456785SE already belongs to RMA-SE-100001"
    ]
    assert (count(engine, Rma), count(engine, Product)) == (rmas, products)
    text = text.replace("RR123456785SE", "TRK00000CH5")
    done = import_text(engine, text, "csv")
    assert (done.rmas_created, done.products_created, done.parcels_created) == (5, 1, 5)
    again = import_text(engine, text, "csv")
    assert (again.rmas_created, again.rmas_unchanged, again.products_created) == (0, 5, 0)


# -- a file read a record at a time (issue #23: any size in bounded memory) ----------------------


def test_rows_of_one_return_apart_in_the_file_are_one_return(engine: Engine) -> None:
    """A CSV export need not keep a return's rows together: rows of an RMA named earlier are
    kept as a part of it and merged when read back, numbered on from its earlier rows."""
    text = HEADER + "\nRMA-1,SO-1,SE,post,A,1,1.00,SEK\nRMA-2,SO-2,SE,post,B,1,1.00,SEK\n"
    text += "RMA-1,SO-1,SE,post,C,1,1.00,SEK\nRMA-2,SO-2,SE,post,D,2,1.00,SEK\n"
    records = read_returns(text, "csv", today=TODAY)
    assert [
        (r.number, r.where, [(x.line_no, x.sku, x.where) for x in r.lines]) for r in records
    ] == [
        ("RMA-1", "line 2", [(1, "A", "line 2"), (2, "C", "line 4")]),
        ("RMA-2", "line 3", [(1, "B", "line 3"), (2, "D", "line 5")]),
    ]
    result = import_text(engine, text, "csv")
    assert (result.rmas_created, result.lines_created) == (2, 4)
    parted = text.replace("RMA-1,SO-1,SE,post,C", "RMA-1,SO-1,NO,post,C")
    assert [str(p) for p in problems_of(parted)] == [
        "line 4, market: NO differs from SE on line 2 for the same RMA"
    ]
    numbered = HEADER + ",line_no\nRMA-1,SO-1,SE,post,A,1,1.00,SEK,1\n"
    numbered += "RMA-2,SO-2,SE,post,B,1,1.00,SEK,1\nRMA-1,SO-1,SE,post,C,1,1.00,SEK,1\n"
    assert [str(p) for p in problems_of(numbered)] == [
        "line 4, line_no: line 1 of RMA-1 is also on line 2"
    ]


def test_a_file_with_problems_in_rows_and_in_whole_returns_names_them_all() -> None:
    """A field's problem stops the import before writing; the problems only a whole return
    shows (a line number twice) are still named with it."""
    text = (
        HEADER + ",line_no\nRMA-1,SO-1,SE,post,A,x,1.00,SEK,1\nRMA-1,SO-1,SE,post,B,1,1.00,SEK,1\n"
    )
    text += "RMA-2,SO-2,SE,post,C,1,1.00,SEK,1\nRMA-2,SO-2,SE,post,D,1,1.00,SEK,1\n"
    assert [str(p) for p in problems_of(text)] == [
        "line 2, quantity: 'x' is not a whole number",
        "line 5, line_no: line 1 of RMA-2 is also on line 4",
    ]


def test_keys_named_twice_in_a_json_file_are_problems_where_they_are() -> None:
    data = json.loads((SAMPLES / "returns.json").read_text(encoding="utf-8"))
    first, second = data["returns"][:2]
    second["rma_number"] = first["rma_number"]
    second["parcels"] = [first["parcels"][0]["tracking_number"]]
    second["rma_number"] = "RMA-NL-400012"
    twice = {"returns": [first, second, {**second, "parcels": []}]}
    assert [str(p) for p in problems_of(json.dumps(twice), "json")] == [
        f"returns[1].parcels[0], tracking_number: {first['parcels'][0]['tracking_number']} also "
        f"belongs to {first['rma_number']} in this file",
        "returns[2], rma_number: RMA-NL-400012 is also on returns[1]",
    ]


@pytest.mark.parametrize("block", [1, 2, 7, 64])
def test_a_json_file_read_a_few_characters_at_a_time_reads_the_same(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSON reader takes a block of text at a time and lets go of what it has read: a
    return, a string or a number cut by a block's end is read whole, and a broken file's
    problem names the line json.loads names."""
    text = (SAMPLES / "returns.json").read_text(encoding="utf-8")
    whole = read_returns(text, "json", today=TODAY)
    lines = text.splitlines()
    late = next(n for n in range(len(lines) - 1, 0, -1) if lines[n].rstrip().endswith('",'))
    lines[late] = lines[late].rstrip().removesuffix(",")  # a comma left out near the end
    broken = "\n".join(lines) + "\n"
    with pytest.raises(json.JSONDecodeError) as decoding:
        json.loads(broken)
    monkeypatch.setattr("receiving_station.importing.jsontext.BLOCK", block)
    assert read_returns(text, "json", today=TODAY) == whole
    assert [str(p) for p in problems_of(broken, "json")] == [
        f"line {decoding.value.lineno}: not valid JSON: {decoding.value.msg}"
    ]
    assert [str(p) for p in problems_of('{"returns": [] , "x": 12', "json")] == [
        "line 1: not valid JSON: Expecting ',' delimiter"
    ]
    assert read_returns('[{"rma_number": "RMA-1", "order_number": 12345678901234567, '
                        '"market": "SE", "channel": "post", "lines": [{"sku": "A", '
                        '"quantity": 1, "unit_price": 1234.50, "currency": "SEK"}]}]',
                        "json", today=TODAY)[0].fields["order_number"] == "12345678901234567"  # fmt: skip


def test_the_staging_file_gives_back_the_records_it_was_given() -> None:
    from receiving_station.importing.staging import Staging

    records = read_returns(
        (SAMPLES / "returns.json").read_text(encoding="utf-8"), "json", today=TODAY
    ) + read_returns((SAMPLES / "returns.csv").read_text(encoding="utf-8"), "csv", today=TODAY)
    staging = Staging()
    try:
        for record in records:
            assert staging.first(record.number, record.where) is None
            staging.put(record)
        assert staging.count == len(records)
        assert [parts for parts in staging.groups()] == [[record] for record in records]
    finally:
        staging.close()


def test_the_import_begins_its_transaction_when_its_first_records_are_read(
    engine: Engine,
) -> None:
    """A big file's reader checks it whole before the first record comes: the writer sends
    nothing meanwhile, so a server that ends transactions left idle (a site's bench role, one
    minute: resources/postgres/site-roles.sql) does not end the import's."""
    if engine.dialect.name != "postgresql":
        pytest.skip("the idle-in-transaction timeout is PostgreSQL's")
    import time

    from db.engine import create_engine_for_url
    from receiving_station.importing.writing import write_all

    records = read_returns((SAMPLES / "returns.json").read_text(encoding="utf-8"), "json")

    def slow_reader() -> Any:
        time.sleep(1.5)  # checking a big file whole
        yield from records

    impatient = create_engine_for_url(
        engine.url.render_as_string(hide_password=False),
        connect_args={"options": "-c idle_in_transaction_session_timeout=1000"},
    )
    try:
        result = write_all(
            impatient, slow_reader(), "slow file", None, None, total=lambda: 0, found=[]
        )
    finally:
        impatient.dispose()
    assert result.rmas_created == len(records)
