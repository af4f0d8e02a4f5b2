"""One evidence schema per exception type (receiving_station/exceptions/evidence.py), whoever
writes it: the bench walking every demo scenario, and the demo's own history."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, select

from db.engine import session_factory, write_transaction
from db.enums import ExceptionStatus, ExceptionType
from db.migrate import alembic_config, upgrade_database
from db.models import ExceptionCase
from db.types import utcnow
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import generate_demo_data
from receiving_station.exceptions.evidence import EVIDENCE_OF, evidence_keys
from tests.helpers.bench import TODAY, make_bench, walk


def _wrong(exception: ExceptionCase) -> list[str]:
    required, allowed = evidence_keys(ExceptionType(exception.type))
    keys = set(exception.evidence)
    wrong = [f"{exception.type} {exception.id}: unknown {key!r}" for key in keys - allowed]
    if "rule" not in keys:  # a hold decided at confirmation carries the inspection only
        wrong += [f"{exception.type} {exception.id}: no {key!r}" for key in required - keys]
    return wrong


def test_every_exception_the_bench_and_the_demo_write_follows_its_schema(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=60, seed=3, today=TODAY)
    bench = make_bench(engine)
    bench.handle(BenchInput("scan", "B-1001"))
    for scenario in summary.scenarios:
        assert walk(bench, scenario) == [], scenario.name
    with session_factory(engine)() as session:
        exceptions = list(session.scalars(select(ExceptionCase)))
    types = {e.type for e in exceptions}
    assert {"blind_return", "serial_mismatch", "weight_mismatch", "unexpected_item"} <= types
    assert [w for e in exceptions for w in _wrong(e)] == []
    # the weighing's and the confirmation's weights are one name
    assert not any("measured_weight_kg" in e.evidence for e in exceptions)
    assert any("measured_kg" in e.evidence and "grade" in e.evidence for e in exceptions)


def test_every_exception_type_has_a_schema() -> None:
    assert set(EVIDENCE_OF) == set(ExceptionType)


def test_the_upgrade_renames_the_old_weight_keys(engine: Engine) -> None:
    """Evidence kept before the schema (migration 0010) says measured_kg and expected_kg after
    the upgrade; where both names were there, the weighing's value stays."""
    now = utcnow()
    with write_transaction(session_factory(engine)) as session:
        for evidence in (
            {"lpn": "LPN-1", "measured_weight_kg": "1.200", "expected_weight_kg": "1.750"},
            {"measured_kg": "1.100", "measured_weight_kg": "1.200", "grade": "C"},
            {"scan": {"input": "x"}},
        ):
            session.add(
                ExceptionCase(
                    type="review",
                    status=ExceptionStatus.OPEN.value,
                    summary="held",
                    evidence=evidence,
                    created_at=now,
                    sla_due=now,
                )
            )
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")
    upgrade_database(engine)
    with session_factory(engine)() as session:
        kept = [e.evidence for e in session.scalars(select(ExceptionCase).order_by("id"))]
    assert kept == [
        {"lpn": "LPN-1", "measured_kg": "1.200", "expected_kg": "1.750"},
        {"measured_kg": "1.100", "grade": "C"},
        {"scan": {"input": "x"}},
    ]
