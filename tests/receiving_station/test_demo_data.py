"""Demo data: deterministic, valid codes everywhere, every scenario behaves at the real bench."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import (
    ExceptionCase,
    Operator,
    Parcel,
    Product,
    ProductGtin,
    ReceivedUnit,
    Rma,
    RmaLine,
    Station,
)
from receiving_station.auth import verify_pin
from receiving_station.cli import main
from receiving_station.codes.checkdigits import gs1_mod10
from receiving_station.codes.identify import CodeKind, identify
from receiving_station.codes.lpn import next_lpn
from receiving_station.demo.data import (
    DEMO_PIN,
    SCENARIOS,
    DemoDataError,
    generate_demo_data,
    scenarios_in,
)
from receiving_station.receiving.results import Actor
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.helpers.processes import run_main

TODAY = dt.date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[2]


NOW = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)


def _dump(engine: Engine) -> list[tuple[object, ...]]:
    with session_factory(engine)() as session:
        rows: list[tuple[object, ...]] = []
        rows += session.execute(
            select(Rma.number, Rma.customer_email, Rma.market, Rma.delivery_date).order_by(Rma.id)
        ).all()
        rows += session.execute(
            select(RmaLine.sku, RmaLine.unit_price, RmaLine.serials_shipped).order_by(RmaLine.id)
        ).all()
        rows += session.execute(select(Parcel.tracking_number).order_by(Parcel.id)).all()
        rows += session.execute(
            select(ReceivedUnit.lpn, ReceivedUnit.grade, ReceivedUnit.refund_amount).order_by(
                ReceivedUnit.id
            )
        ).all()
        return rows


def _fresh(tmp_path, name: str) -> Engine:  # type: ignore[no-untyped-def]
    engine = create_engine_for_url(str(tmp_path / name))
    upgrade_database(engine)
    return engine


def test_same_seed_same_data_other_seed_other_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    one, two, three = (_fresh(tmp_path, f"{n}.sqlite3") for n in ("one", "two", "three"))
    generate_demo_data(one, returns=300, seed=5, today=TODAY)
    generate_demo_data(two, returns=300, seed=5, today=TODAY)
    generate_demo_data(three, returns=300, seed=6, today=TODAY)
    assert _dump(one) == _dump(two)
    assert _dump(one) != _dump(three)


def test_demo_data_is_realistic_and_every_code_is_valid(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=3000, seed=1, today=TODAY)
    assert summary.returns == 3000
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(Rma)) == 3000
        markets = set(session.scalars(select(Rma.market).distinct()))
        assert markets == {"SE", "NO", "DK", "NL", "DE"}
        categories = set(session.scalars(select(RmaLine.category).distinct()))
        assert {"apparel", "shoes", "electronics", "home", "hygiene"} <= categories

        carriers: set[str] = set()
        for tracking, carrier in session.execute(select(Parcel.tracking_number, Parcel.carrier)):
            ident = identify(tracking)
            assert ident.kind == CodeKind.PARCEL and ident.valid, tracking
            if ident.carrier:
                assert ident.carrier == carrier, (tracking, carrier, ident.carrier)
            carriers.add(carrier or "")
            if ident.sscc:
                carriers.add("sscc")
        assert {
            "ups",
            "usps",
            "fedex",
            "dhl",
            "dpd",
            "postnord",
            "bring",
            "s10",
            "gls",
            "postnl",
            "helthjem",
            "instabox",
            "dao",
            "dbschenker",
            "sscc",
        } <= carriers

        for (gtin,) in session.execute(select(ProductGtin.gtin)):
            assert len(gtin) == 14 and gs1_mod10(gtin[:-1]) == gtin[-1]
            assert identify(gtin.removeprefix("0")).kind == CodeKind.ITEM

        for line in session.scalars(select(RmaLine).where(RmaLine.category == "electronics")):
            assert len(line.serials_shipped) == line.quantity
        assert not session.scalar(
            select(Product.returnable).where(Product.category == "hygiene").limit(1)
        )

        late = session.scalar(
            select(func.count())
            .select_from(Rma)
            .where(Rma.status == "expected", Rma.delivery_date < TODAY - dt.timedelta(days=40))
        )
        assert late and late > 30  # about 4 %

        # History for the figures screens: decided by the real rules, some held.
        units = session.scalars(select(ReceivedUnit)).all()
        assert len(units) == summary.processed_units > 200
        assert all(u.rule_id and u.rule_reason and u.confirmed_at for u in units)
        assert {u.grade for u in units} == {"A", "B", "C", "D", "F"}
        assert {"held", "confirmed"} == {u.status for u in units}
        assert any("wrong_item" in u.flags for u in units)
        open_exceptions = session.scalar(
            select(func.count()).select_from(ExceptionCase).where(ExceptionCase.status == "open")
        )
        assert open_exceptions == summary.open_exceptions > 0
        types = set(session.scalars(select(ExceptionCase.type).distinct()))
        assert {"blind_return", "weight_mismatch", "wrong_item"} <= types

        operator = session.scalar(select(Operator).where(Operator.badge_code == "B-1001"))
        assert operator is not None and operator.pin_hash
        assert verify_pin(DEMO_PIN, operator.pin_hash)
        assert session.scalar(select(func.count()).select_from(Station)) == 4


def test_lpn_numbering_continues_after_the_history(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=500, seed=2, today=TODAY)
    with session_factory(engine).begin() as session:
        lpn = next_lpn(session)
        assert session.scalar(select(ReceivedUnit).where(ReceivedUnit.lpn == lpn)) is None
        assert int(lpn[3:12]) == summary.processed_units + 1
    # New rows get fresh keys after explicit-key inserts (PostgreSQL sequences were moved on).
    with session_factory(engine).begin() as session:
        session.add(Station(name="BENCH-99"))
        session.flush()


def test_refuses_a_database_that_has_data(engine: Engine) -> None:
    generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    with pytest.raises(DemoDataError, match="already has"):
        generate_demo_data(engine, returns=10, seed=1, today=TODAY)


def _actor(session: Session, badge: str, station: str) -> Actor:
    operator = session.scalar(select(Operator).where(Operator.badge_code == badge))
    bench = session.scalar(select(Station).where(Station.name == station))
    assert operator is not None and bench is not None
    return Actor(operator.id, bench.id)


EXPECTED_EXCEPTIONS = {
    "normal": set(),
    "serialised": set(),
    "late": {"outside_window"},
    "non_returnable": {"non_returnable"},
    "serial_mismatch": {"serial_mismatch"},
    "wrong_item": {"wrong_item", "missing_item"},  # the wrong item came instead of line 2
    "light_parcel": {"weight_mismatch"},
    "extra_item": {"unexpected_item"},
    "blind": {"blind_return"},
}


def test_every_scenario_behaves_at_the_bench(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=50, seed=3, today=TODAY)
    assert [s.name for s in summary.scenarios] == list(SCENARIOS)
    assert set(EXPECTED_EXCEPTIONS) == set(SCENARIOS)
    sessions = session_factory(engine)
    with sessions() as session:
        assert scenarios_in(session) == summary.scenarios
        actor = _actor(session, "B-1001", "BENCH-01")
        before = set(session.scalars(select(ExceptionCase.id)))
    workflow = Workflow(sessions, load_rules(), clock=lambda: NOW)
    for scenario in summary.scenarios:
        opened = workflow.open_parcel(actor, scenario.parcel_code)
        assert opened.parcel is not None
        parcel_id = opened.parcel.parcel_id
        if scenario.weight_kg is not None:
            workflow.record_weight(actor, parcel_id, scenario.weight_kg)
        for code in scenario.item_codes:
            received = workflow.receive_unit(actor, parcel_id, code)
            assert received.unit is not None
            questions = workflow.rules.checklist(received.unit.category or "default")
            graded = workflow.grade_unit(
                actor, received.unit.unit_id, "A", {q.key: True for q in questions}
            )
            assert graded.decision is not None
            workflow.confirm_unit(actor, received.unit.unit_id)
        workflow.close_parcel(actor, parcel_id, accept_missing=True)
        with sessions() as session:
            raised = {
                e.type
                for e in session.scalars(
                    select(ExceptionCase).where(
                        ExceptionCase.parcel_id == parcel_id, ExceptionCase.id.not_in(before)
                    )
                )
            }
        assert raised == EXPECTED_EXCEPTIONS[scenario.name], scenario


def test_cli_demo_data(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    database = str(tmp_path / "demo.sqlite3")
    assert main(["demo-data", "--database", database, "--returns", "100", "--seed", "4"]) == 0
    out = capsys.readouterr().out
    assert "demo data: 100 returns" in out
    assert "try at the bench:" in out and "blind" in out
    assert main(["demo-data", "--database", database, "--returns", "100"]) == 2
    assert "already has rmas" in capsys.readouterr().err
    assert main(["demo-data", "--database", database, "--returns", "-1"]) == 2


def test_weights_and_money_are_decimal(engine: Engine) -> None:
    generate_demo_data(engine, returns=20, seed=9, today=TODAY)
    with session_factory(engine)() as session:
        line = session.scalars(select(RmaLine)).first()
        assert line is not None
        assert isinstance(line.unit_price, Decimal) and isinstance(line.expected_weight_kg, Decimal)


def test_demo_mode_creates_the_demo_database_once(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The real command, in its own process: it opens the window, saves it and exits (its
    shop, labels and photos in a data directory of its own, not the user's)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    database = str(tmp_path / "demo.sqlite3")
    shot = ["--screenshot", str(tmp_path / "demo.png"), "--no-sound"]
    first = run_main(["--demo", "--database", database, *shot])
    assert first.returncode == 0, first.stderr
    assert "creating the demo database" in first.stderr
    assert "200 still expected)" in first.stdout and "blind" in first.stdout
    assert "history:" in first.stderr and (tmp_path / "data" / "receiving-station").is_dir()
    assert "PIN 1234" in first.stdout
    second = run_main(["--demo", "--database", database, *shot])
    assert second.returncode == 0, second.stderr
    assert "creating" not in second.stderr and "200 still expected)" in second.stdout
