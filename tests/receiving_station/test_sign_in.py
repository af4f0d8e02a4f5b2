"""Signing in by role (issue #20): a lead's or supervisor's badge alone does not sign in, a
PIN without the badge does not either, wrong PINs lock the operator for a while at every bench,
every failed sign-in is audited, another operator's badge mid-parcel asks before it takes over,
and a recording keeps no PIN but replays every outcome, the lock included."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import Engine, select

from db.engine import session_factory
from db.models import AuditEntry, Operator
from receiving_station.auth import SignInPolicy
from receiving_station.bench.controller import BenchController
from receiving_station.bench.recording import Recorder, read_recording, replay
from receiving_station.bench.state import BenchInput, Stage
from receiving_station.config import StationConfigError, parse_station_config
from receiving_station.demo.data import DEMO_PIN, generate_demo_data
from receiving_station.receiving.results import Feedback
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.helpers.bench import TODAY

STAFF, LEAD, SUPERVISOR = "B-1001", "B-2001", "B-3001"


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def _bench(
    engine: Engine, clock: Clock, policy: SignInPolicy | None = None, **kw: object
) -> BenchController:
    sessions = session_factory(engine)
    workflow = Workflow(sessions, load_rules(), clock=clock)
    return BenchController(workflow, sessions, "BENCH-01", clock=clock, sign_in=policy, **kw)  # type: ignore[arg-type]


def _failures(engine: Engine) -> list[dict[str, object]]:
    with session_factory(engine)() as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sign_in_failed").order_by(AuditEntry.id)
        )
        return [dict(r.details or {}) for r in rows]


def test_a_leads_badge_asks_for_the_pin_and_a_pin_needs_the_badge(engine: Engine) -> None:
    generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    bench = _bench(engine, Clock())
    staff = bench.handle(BenchInput("scan", STAFF))
    assert staff.feedback == Feedback.ACCEPTED and bench.state.operator is not None
    bench.handle(BenchInput("logout", "done"))

    for badge in (LEAD, SUPERVISOR):
        asked = bench.handle(BenchInput("scan", badge))
        assert asked.feedback == Feedback.ATTENTION and "type your PIN" in asked.message
        assert bench.state.operator is None and bench.state.stage == Stage.SIGNED_OUT
        assert bench.state.pin_for is not None and bench.state.pin_for.badge == badge
        signed = bench.handle(BenchInput("login", badge, pin=DEMO_PIN))
        assert signed.feedback == Feedback.ACCEPTED and bench.state.operator is not None
        assert bench.state.pin_for is None
        bench.handle(BenchInput("logout", "done"))
    # The name chosen and the PIN typed, without the badge: refused, audited.
    refused = bench.handle(BenchInput("login", SUPERVISOR, pin=DEMO_PIN))
    assert refused.feedback == Feedback.ERROR and "scan your badge first" in refused.message
    assert bench.state.operator is None
    assert _failures(engine)[-1]["reason"] == "no_badge"
    # Staff may sign in by name and PIN (their badge alone would do too).
    assert bench.handle(BenchInput("login", STAFF, pin=DEMO_PIN)).feedback == Feedback.ACCEPTED


def test_wrong_pins_lock_the_operator_for_a_while_and_are_audited(engine: Engine) -> None:
    generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    clock = Clock()
    bench = _bench(engine, clock, SignInPolicy(pin_attempts=3, lockout_minutes=10))
    bench.handle(BenchInput("scan", LEAD))
    first = bench.handle(BenchInput("login", LEAD, pin="0000"))
    assert first.feedback == Feedback.ERROR and "2 more before a lock" in first.message
    bench.handle(BenchInput("login", LEAD, pin="1111"))
    locked = bench.handle(BenchInput("login", LEAD, pin="2222"))
    assert "locked until" in locked.message
    # The right PIN now, and the badge again at another bench: still locked.
    assert "locked" in bench.handle(BenchInput("login", LEAD, pin=DEMO_PIN)).message
    other = _bench(engine, clock)
    assert "locked" in other.handle(BenchInput("scan", LEAD)).message
    assert bench.state.operator is None and other.state.operator is None
    reasons = [f["reason"] for f in _failures(engine)]
    assert reasons == ["wrong_pin", "wrong_pin", "wrong_pin", "locked", "locked"]
    assert _failures(engine)[2]["locked_until"]
    clock.now += dt.timedelta(minutes=11)  # the lock has passed
    bench.handle(BenchInput("scan", LEAD))
    assert bench.handle(BenchInput("login", LEAD, pin=DEMO_PIN)).feedback == Feedback.ACCEPTED
    with session_factory(engine)() as session:
        lead = session.scalar(select(Operator).where(Operator.badge_code == LEAD))
        assert lead is not None and lead.failed_sign_ins == 0


def test_another_badge_mid_parcel_asks_before_it_takes_over(engine: Engine) -> None:
    summary = generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    bench = _bench(engine, Clock())
    bench.handle(BenchInput("scan", STAFF))
    bench.handle(BenchInput("scan", summary.scenarios[0].parcel_code))
    assert bench.state.parcel is not None
    asked = bench.handle(BenchInput("scan", "B-1002"))
    assert asked.feedback == Feedback.ATTENTION and "scan" in asked.message
    assert "again to take over" in asked.message
    assert bench.state.operator is not None and bench.state.operator.badge == STAFF
    taken = bench.handle(BenchInput("scan", "B-1002"))
    assert taken.feedback == Feedback.ACCEPTED
    assert bench.state.operator is not None and bench.state.operator.badge == "B-1002"
    assert bench.state.parcel is not None  # still open, for whoever carries on
    # A lead taking over: asked, then the one at the bench steps away and the PIN comes next.
    bench.handle(BenchInput("scan", LEAD))
    asked = bench.handle(BenchInput("scan", LEAD))
    assert "type your PIN" in asked.message and bench.state.operator is None
    assert bench.handle(BenchInput("login", LEAD, pin=DEMO_PIN)).feedback == Feedback.ACCEPTED
    assert bench.state.operator is not None and bench.state.parcel is not None


def test_a_recording_keeps_no_pin_and_replays_the_failures_and_the_lock(
    engine: Engine, tmp_path: Path
) -> None:
    generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    log = tmp_path / "bench.jsonl"
    recorder = Recorder.to_file(log, "BENCH-01")
    bench = _bench(engine, Clock(), SignInPolicy(pin_attempts=3), recorder=recorder)
    bench.handle(BenchInput("scan", LEAD))
    for pin in ("0000", "1111", "2222"):
        bench.handle(BenchInput("login", LEAD, pin=pin))
    recorder.close()
    text = log.read_text()
    assert "0000" not in text and "2222" not in text and DEMO_PIN not in text
    logins = [json.loads(line) for line in text.splitlines() if '"login"' in line]
    assert [line["pin_ok"] for line in logins] == [False, False, False]

    fresh = tmp_path / "replayed.sqlite3"
    from db.engine import create_engine_for_url
    from db.migrate import upgrade_database

    other = create_engine_for_url(f"sqlite:///{fresh}")
    upgrade_database(other)
    generate_demo_data(other, returns=10, seed=1, today=TODAY)
    again = _bench(other, Clock(), SignInPolicy(pin_attempts=3))
    summary = replay(again, read_recording(iter(text.splitlines())))
    assert summary.by_feedback.get("error") == 3 and again.state.operator is None
    with session_factory(other)() as session:
        lead = session.scalar(select(Operator).where(Operator.badge_code == LEAD))
        assert lead is not None and lead.locked_until is not None
    other.dispose()


def test_the_sites_policy_is_read_and_checked_from_the_station_file() -> None:
    config = parse_station_config(
        "[station]\nbadge_only_roles = []\npin_attempts = 3\nlockout_minutes = 30\n"
    )
    assert config.sign_in.needs_pin("staff") and config.sign_in.pin_attempts == 3
    assert not parse_station_config("").sign_in.needs_pin("staff")
    assert parse_station_config("").sign_in.needs_pin("supervisor")
    for bad, setting in (
        ('badge_only_roles = ["boss"]', "badge_only_roles"),
        ('badge_only_roles = "staff"', "badge_only_roles"),
        ("pin_attempts = 1", "pin_attempts"),
        ("lockout_minutes = 0", "lockout_minutes"),
    ):
        try:
            parse_station_config(f"[station]\n{bad}\n")
        except StationConfigError as exc:
            assert setting in str(exc) and exc.line == 2
        else:
            raise AssertionError(bad)


def test_a_kiosk_closes_for_a_supervisors_badge_and_pin_only(engine: Engine) -> None:
    """Issue #25: closing a kiosk bench is checked in the database at that moment: a staff or
    lead badge, an unknown or deactivated one, a wrong or missing PIN, a locked supervisor are
    refused and audited; a wrong PIN counts towards the lock as at sign-in."""
    generate_demo_data(engine, returns=10, seed=1, today=TODAY)
    clock = Clock()
    bench = _bench(engine, clock, SignInPolicy(pin_attempts=3, lockout_minutes=15))

    def refused(badge: str, pin: str, reason: str | None, sentence: str) -> None:
        answer = bench.authorise_close(badge, pin)
        assert not answer.allowed and sentence in answer.text.source
        if reason is not None:
            with session_factory(engine)() as session:
                row = session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.action == "station_close_refused")
                    .order_by(AuditEntry.id.desc())
                ).first()
            assert row is not None and dict(row.details or {})["reason"] == reason

    refused(STAFF, DEMO_PIN, "not_supervisor", "is not a supervisor")
    refused(LEAD, DEMO_PIN, "not_supervisor", "is not a supervisor")
    refused("B-9999", DEMO_PIN, "unknown_badge", "is not known here")
    refused(SUPERVISOR, "", None, "wrong PIN")
    refused(SUPERVISOR, "0000", None, "wrong PIN")
    refused(SUPERVISOR, "0001", None, "locked until")  # the third: locked
    refused(SUPERVISOR, DEMO_PIN, "locked", "is locked")  # the right PIN, but locked
    clock.now += dt.timedelta(minutes=16)
    answer = bench.authorise_close(f"  {SUPERVISOR}\n", DEMO_PIN)
    assert answer.allowed and answer.operator_id is not None
    with session_factory(engine)() as session:
        closed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "station_closed")
        ).all()
        assert [row.operator_id for row in closed] == [answer.operator_id]
        supervisor = session.scalars(select(Operator).where(Operator.badge_code == SUPERVISOR))
        operator = supervisor.one()
        assert operator.failed_sign_ins == 0 and operator.locked_until is None
        operator.active = False  # deactivated since: their badge no longer closes anything
        session.commit()
    refused(SUPERVISOR, DEMO_PIN, "unknown_badge", "is not known here")
