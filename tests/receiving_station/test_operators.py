"""Operators added, given a PIN and deactivated by IT (issue #25: from a bare bench to a
signed-in operator), each change audited; bad input refused with what to do."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import Engine, select

from db.engine import session_factory
from db.migrate import upgrade_database
from db.models import AuditEntry
from receiving_station.auth import SignInPolicy
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.cli import main
from receiving_station.operators import OperatorError, add_operator, set_active, set_pin
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules


def test_added_operators_sign_in_and_a_deactivated_one_does_not(engine: Engine) -> None:
    upgrade_database(engine)
    sessions = session_factory(engine)
    add_operator(sessions, name="Eva Strand", badge="B-S1", role="supervisor", pin="4321")
    staff = add_operator(sessions, name="Sara Holm", badge="B-S2", role="staff", pin=None)
    assert staff.active and not staff.has_pin
    bench = BenchController(Workflow(sessions, load_rules()), sessions, "BENCH-09")
    bench.handle(BenchInput("scan", "B-S2"))
    assert bench.state.stage == Stage.READY and bench.state.operator is not None
    bench.handle(BenchInput("logout", "done"))
    assert bench.authorise_close("B-S1", "4321").allowed
    set_pin(sessions, "B-S1", "5555")
    assert not bench.authorise_close("B-S1", "4321").allowed
    set_active(sessions, "B-S2", False)
    bench.handle(BenchInput("scan", "B-S2"))
    assert bench.state.operator is None
    with session_factory(engine)() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[:2] == ["operator_added", "operator_added"]
    assert "operator_pin_set" in actions and "operator_deactivated" in actions


@pytest.mark.parametrize(
    ("kw", "reason"),
    [
        ({"role": "lead", "pin": None}, "signs in with badge and PIN"),
        ({"role": "boss"}, "role 'boss'"),
        ({"pin": "12"}, "4 to 12 digits"),
        ({"name": "Eve\n[fake]"}, "no control characters"),
        ({"badge": ""}, "a badge's code is B-"),
        ({"badge": "1Z999AA10123456784"}, "reads other codes as parcels"),
        ({"language": "xx"}, "language 'xx'"),
    ],
)
def test_refused(engine: Engine, kw: dict[str, object], reason: str) -> None:
    upgrade_database(engine)
    values: dict[str, object] = {"name": "A", "badge": "B-Q1", "role": "staff", "pin": "1234"}
    with pytest.raises(OperatorError, match=reason):
        add_operator(session_factory(engine), **{**values, **kw})  # type: ignore[arg-type]


def test_the_cli(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    db = ["--database", str(tmp_path / "ops.sqlite3")]
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert (
        main(["operators", "add", "--name", "Leo", "--badge", "b-l1", "--role", "lead", *db]) == 0
    )
    assert main(["operators", "add", "--name", "X", "--badge", "b-l1", "--role", "staff",
                 "--no-pin", *db]) == 2  # fmt: skip
    assert "already someone's" in capsys.readouterr().err
    assert main(["operators", "deactivate", "b-l1", *db]) == 0
    capsys.readouterr()
    assert main(["operators", "list", *db]) == 0 and capsys.readouterr().out == ""
    assert main(["operators", "list", "--all", *db]) == 0
    assert '"active": false' in capsys.readouterr().out
    assert SignInPolicy().needs_pin("lead")
