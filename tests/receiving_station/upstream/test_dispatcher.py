"""The dispatcher against a real sandbox upstream over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from collections import Counter

import pytest
from sqlalchemy import Engine, func, select, update

from db.engine import session_factory, write_transaction
from db.enums import ExceptionType, OutboxState, Role
from db.models import ExceptionCase, Operator, OutboxAttempt, OutboxEvent
from db.types import utcnow
from receiving_station.auth import PermissionDenied
from receiving_station.demo.sandbox import SandboxServer
from receiving_station.upstream import events as lead
from receiving_station.upstream.adapters import FileAdapter, HttpAdapter, StationConnector
from receiving_station.upstream.contract import signature_problem
from receiving_station.upstream.dispatcher import (
    TAKE_BACK_SETTLE,
    Dispatcher,
    backoff_seconds,
    claim_events,
)
from tests.helpers.upstream import (
    SECRET,
    delivered_subjects,
    queue_events,
    refund_payload,
    sandbox_get,
    set_faults,
    subjects_by_key,
)


def _dispatcher(
    engine: Engine, url: str, *, secret: bytes = SECRET, timeout: float = 5.0, **kw
) -> Dispatcher:  # type: ignore[no-untyped-def]
    return Dispatcher(
        session_factory(engine),
        StationConnector(HttpAdapter(url, secret, timeout=timeout)),
        rng=random.Random(1),
        **kw,
    )


def _states(engine: Engine) -> dict[str, str]:
    with session_factory(engine)() as session:
        return dict(session.execute(select(OutboxEvent.subject, OutboxEvent.state)).all())


def _make_due(engine: Engine) -> None:
    """Skip the backoff wait (the tests check next_attempt_at where it matters)."""
    with write_transaction(session_factory(engine)) as session:
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.state == OutboxState.PENDING.value)
            .values(next_attempt_at=utcnow() - dt.timedelta(seconds=1))
        )


def test_everything_is_delivered_once_and_in_order_per_rma(
    engine: Engine, sandbox: SandboxServer
) -> None:
    keys = queue_events(engine, 20, per_rma=3)
    result = _dispatcher(engine, sandbox.url).drain()
    assert result.retried == result.refused == 0
    states = _states(engine)
    assert all(states[k] == "sent" for k in keys)
    # Each released refund also told upstream to notify the customer ("refunded").
    refunded = [k for k in states if ":refunded:" in k]
    assert len(refunded) == 60 and all(states[k] == "sent" for k in refunded)
    summary = sandbox_get(sandbox, "summary")
    assert summary["refunds"] == 60 and summary["status_events"] == 80
    assert summary["deliveries"] == {"applied": 140}
    # In order per RMA: upstream saw each RMA's received event before its refunds, and its
    # refunds in the order the bench made them.
    deliveries = sorted(sandbox_get(sandbox, "deliveries"), key=lambda d: d["id"])
    order = delivered_subjects(engine, deliveries)
    for r in range(20):
        rma = f"RMA-T-{r:05d}"
        mine = [k for k in order if rma in k or f"LPN{r:05d}" in k]
        expected = [f"status:{rma}:received:parcel:P{r}"] + [
            f"refund:LPN{r:05d}{u:02d}" for u in range(3)
        ]
        assert [k for k in mine if ":refunded:" not in k] == expected
    with session_factory(engine)() as session:
        event = session.scalar(
            select(OutboxEvent).where(OutboxEvent.subject == "refund:LPN0000000")
        )
        assert event.upstream_reference.startswith("RF-") and event.attempts == 1
        assert (
            session.scalar(select(OutboxAttempt.outcome).where(OutboxAttempt.event_id == event.id))
            == "sent"
        )


def test_a_refusal_becomes_an_exception_and_holds_that_rma_until_a_lead_acts(
    engine: Engine, sandbox: SandboxServer
) -> None:
    keys = queue_events(engine, 3, per_rma=2)
    # RMA-T-00001's first refund does not add up: upstream refuses it (422).
    with write_transaction(session_factory(engine)) as session:
        event = session.scalar(
            select(OutboxEvent).where(OutboxEvent.subject == "refund:LPN0000100")
        )
        event.payload = {**event.payload, "total": "99.00"}
        lead_op = Operator(name="Lea Lead", badge_code="B-2", role=Role.LEAD.value)
        staff = Operator(name="Sam Staff", badge_code="B-1", role=Role.STAFF.value)
        session.add_all([lead_op, staff])
    dispatcher = _dispatcher(engine, sandbox.url)
    result = dispatcher.drain()
    assert result.refused == 1
    states = _states(engine)
    assert states["refund:LPN0000100"] == "refused"
    assert states["refund:LPN0000101"] == "pending"  # held behind the refused one
    assert all(states[k] == "sent" for k in keys if "00001" not in k)
    with session_factory(engine)() as session:
        exception = session.scalar(select(ExceptionCase))
        assert exception.type == ExceptionType.UPSTREAM_REJECTED.value
        assert "total_mismatch" in exception.summary and "99.00" in exception.summary
        assert exception.evidence["http_status"] == 422
        refused = session.scalar(
            select(OutboxEvent).where(OutboxEvent.subject == "refund:LPN0000100")
        )
        assert exception.outbox_event_id == refused.id
        assert lead.backlog(session).refused == 1
    # Staff may not act on it; a lead may, and must say why when resolving by hand.
    with write_transaction(session_factory(engine)) as session, pytest.raises(PermissionDenied):
        lead.retry_event(session, refused.id, operator_id=staff.id, now=utcnow())
    with (
        write_transaction(session_factory(engine)) as session,
        pytest.raises(lead.EventActionRefused, match="note"),
    ):
        lead.resolve_event(session, refused.id, operator_id=lead_op.id, note=" ", now=utcnow())
    with write_transaction(session_factory(engine)) as session:
        lead.resolve_event(
            session,
            refused.id,
            operator_id=lead_op.id,
            note="refunded by hand in the shop admin",
            now=utcnow(),
        )
    dispatcher.drain()
    states = _states(engine)
    assert states["refund:LPN0000100"] == "resolved"
    assert states["refund:LPN0000101"] == "sent"  # no longer held
    with session_factory(engine)() as session:
        assert session.scalar(select(ExceptionCase.status)) == "resolved"
        detail = lead.event_detail(session, refused.id)
        assert [a.outcome for a in detail.attempt_log] == ["refused"]
        assert detail.resolution_note == "refunded by hand in the shop admin"
    assert sandbox_get(sandbox, "summary")["refunds"] == 5


def test_a_lead_retries_a_refused_event_after_the_cause_is_fixed(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 1, per_rma=1)
    # Upstream says the RMA was cancelled (409) ...
    sandbox.store.put_returns([{"rma_number": "RMA-T-00000", "cancelled": True}])
    dispatcher = _dispatcher(engine, sandbox.url)
    assert dispatcher.drain().refused == 1
    # ... the shop reopens it, the lead retries: sent, exception closed.
    sandbox.store.put_returns([{"rma_number": "RMA-T-00000"}])
    with session_factory(engine)() as session:
        event_id = session.scalar(select(OutboxEvent.id).where(OutboxEvent.state == "refused"))
    with write_transaction(session_factory(engine)) as session:
        lead_op = Operator(name="Lea Lead", badge_code="B-2", role=Role.LEAD.value)
        session.add(lead_op)
        session.flush()
        lead.retry_event(session, event_id, operator_id=lead_op.id, now=utcnow())
    assert dispatcher.drain().sent == 2  # the refund, then its "refunded" event
    with session_factory(engine)() as session:
        exception = session.scalar(select(ExceptionCase))
        assert (exception.status, exception.resolution) == ("resolved", "retried")
        assert [a.outcome for a in lead.event_detail(session, event_id).attempt_log] == [
            "refused",
            "sent",
        ]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_upstream_down_then_back_drains_the_backlog_in_order(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 5, per_rma=2)
    down = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    offline = _dispatcher(engine, down, timeout=1)
    result = offline.run_round()
    # The first failure ends the round: one attempt, the rest given back untried.
    assert (result.retried, result.released, result.sent) == (1, 4, 0)
    assert "ConnectionRefusedError" in (result.problem or "") and result.pause >= 0
    with session_factory(engine)() as session:
        first = session.scalar(select(OutboxEvent).order_by(OutboxEvent.id).limit(1))
        assert (
            first.attempts == 1
            and first.state == "pending"
            and "ConnectionRefusedError" in first.last_error
        )
        assert first.next_attempt_at > first.created_at
        assert lead.backlog(session) == lead.Backlog(15, 1, 0, first.last_error)
    for _ in range(3):
        _make_due(engine)
        offline.run_round()
    _make_due(engine)
    online = _dispatcher(engine, sandbox.url)
    online.drain()
    assert set(_states(engine).values()) == {"sent"}
    deliveries = sorted(sandbox_get(sandbox, "deliveries"), key=lambda d: d["id"])
    for r in range(5):
        mine = [
            s
            for s in delivered_subjects(engine, deliveries)
            if s.startswith((f"status:RMA-T-{r:05d}:received", f"refund:LPN{r:05d}"))
        ]
        assert mine == [
            f"status:RMA-T-{r:05d}:received:parcel:P{r}",
            f"refund:LPN{r:05d}00",
            f"refund:LPN{r:05d}01",
        ]


def test_503_with_retry_after_is_honoured(engine: Engine, sandbox: SandboxServer) -> None:
    queue_events(engine, 1, per_rma=0)
    set_faults(sandbox, error_rate=1.0, retry_after=120)
    before = utcnow()
    result = _dispatcher(engine, sandbox.url).run_round()
    assert result.retried == 1 and result.pause >= 120
    with session_factory(engine)() as session:
        event = session.scalar(select(OutboxEvent))
        assert event.next_attempt_at >= before + dt.timedelta(seconds=120)
        assert "HTTP 503" in event.last_error
    assert sandbox_get(sandbox, "summary")["status_events"] == 0


def test_garbage_dropped_and_slow_answers_are_retried_and_applied_once(
    engine: Engine, sandbox: SandboxServer
) -> None:
    keys = queue_events(engine, 30, per_rma=1)
    set_faults(sandbox, garbage_rate=0.2, drop_rate=0.2, error_rate=0.1, retry_after=0)
    dispatcher = _dispatcher(engine, sandbox.url, timeout=2)
    for _ in range(200):
        dispatcher.drain()
        _make_due(engine)
        if all(_states(engine)[k] == "sent" for k in keys):
            break
    states = _states(engine)
    assert all(states[k] == "sent" for k in keys)
    summary = sandbox_get(sandbox, "summary")
    # Each refund applied exactly once, though some were delivered more than once.
    assert summary["refunds"] == 30
    refunds = sandbox_get(sandbox, "refunds")
    assert len({r["idempotency_key"] for r in refunds}) == 30
    assert summary["deliveries"].get("repeat", 0) > 0
    assert summary["deliveries"].get("injected_garbage", 0) > 0
    # Slow: an answer later than our time-out is retried, and still applied once.
    queue_events(engine, 1, per_rma=1, prefix="RMA-SLOW", lpn_prefix="SLOW")
    set_faults(sandbox, garbage_rate=0, drop_rate=0, error_rate=0, latency_ms=1500)
    slow = _dispatcher(engine, sandbox.url, timeout=0.5)
    result = slow.run_round()
    assert result.retried == 1 and "time-out" in (result.problem or "")
    set_faults(sandbox, latency_ms=0)
    _make_due(engine)
    slow.drain()
    assert sum(1 for r in sandbox_get(sandbox, "refunds") if r["rma"] == "RMA-SLOW-00000") == 1


def test_a_bad_signature_is_a_fault_and_nothing_is_applied(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 2, per_rma=1)
    result = _dispatcher(engine, sandbox.url, secret=b"not-the-shared-secret").run_round()
    assert result.fault and result.retried == 1
    assert "shared secret" in (result.problem or "")
    assert sandbox_get(sandbox, "summary")["deliveries"] == {"bad_signature": 1}
    assert sandbox_get(sandbox, "summary")["status_events"] == 0


def test_a_dead_dispatchers_lease_expires_and_the_event_is_sent_by_another(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 1, per_rma=0)
    sessions = session_factory(engine)
    with write_transaction(sessions) as session:  # claimed by a dispatcher that then died
        claimed = claim_events(session, "dead:1", utcnow(), limit=10, lease_seconds=60)
    assert len(claimed) == 1
    alive = _dispatcher(engine, sandbox.url)
    assert alive.run_round().claimed == 0  # leased: not touched
    with write_transaction(sessions) as session:
        session.execute(
            update(OutboxEvent).values(lease_expires_at=utcnow() - dt.timedelta(seconds=1))
        )
    assert alive.run_round().sent == 1
    # The dead one, had it lived, can no longer mark the event: its lease is gone.
    assert _states(engine) == {claimed[0].subject: "sent"}


def _dead_pid() -> int:
    """The process id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_restarted_dispatcher_takes_back_its_machines_dead_leases_at_once(
    engine: Engine, sandbox: SandboxServer
) -> None:
    """Leases of this machine's dispatchers that stopped come back at the first round, each
    counting an attempt and waiting its backoff; a live one's and another machine's stay."""
    queue_events(engine, 4, per_rma=0)
    sessions = session_factory(engine)
    alive = _dispatcher(engine, sandbox.url)
    host, pid = alive.owner.split(":")[:2]
    owners = [
        f"{host}:{_dead_pid()}:dead0001",  # crashed: its process is gone
        f"{host}:{pid}:earlier1",  # our own process id, not us: a restarted container's
        f"{host}:{os.getppid()}:living01",  # another dispatcher on this machine, running
        f"other-host:{_dead_pid()}:remote01",  # another machine's: its lease must run out
    ]
    with write_transaction(sessions) as session:
        for owner in owners:
            claim_events(session, owner, utcnow(), limit=1, lease_seconds=60)
    before = utcnow()
    assert alive.run_round().claimed == 0  # the two taken back wait their backoff first
    with session_factory(engine)() as session:
        rows = {
            e.lease_owner or e.last_error.split()[2]: e
            for e in session.scalars(select(OutboxEvent)).all()
        }
        assert {o for o, e in rows.items() if e.state == "sending"} == set(owners[2:])
        for owner in owners[:2]:
            event = rows[owner]
            assert event.state == "pending" and event.attempts == 1
            # at least the settle time: a request the dead one had in flight finishes first
            settle = dt.timedelta(seconds=TAKE_BACK_SETTLE)
            assert before + settle <= event.next_attempt_at <= before + settle * 2
            assert f"the dispatcher {owner} stopped while it held this event" in event.last_error
        logged = session.execute(select(OutboxAttempt.dispatcher, OutboxAttempt.outcome)).all()
    assert sorted(logged) == sorted((owner, "retry") for owner in owners[:2])
    _make_due(engine)
    assert alive.run_round().sent == 2  # sent again, with the same keys
    assert alive.run_round().claimed == 0  # taken back once, at the start


class _Gate:
    """An adapter in front of the sandbox's that lets `open_for` requests through and then
    holds the next until `release` is set (a dispatcher busy with a slow upstream)."""

    def __init__(self, inner: HttpAdapter, open_for: int) -> None:
        self.inner = inner
        self.description = inner.description
        self.left = open_for
        self.lock = threading.Lock()
        self.release = threading.Event()

    def deliver(self, request):  # type: ignore[no-untyped-def]
        with self.lock:
            self.left -= 1
            wait = self.left < 0
        if wait:
            self.release.wait(30)
        return self.inner.deliver(request)

    def close(self) -> None:
        self.inner.close()


def test_outcomes_are_written_as_they_arrive_not_at_the_end_of_the_round(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 40, per_rma=0)
    gate = StationConnector(_Gate(HttpAdapter(sandbox.url, SECRET), open_for=20))
    dispatcher = Dispatcher(
        session_factory(engine), gate, rng=random.Random(1), concurrency=4, record_every=4
    )
    dispatcher.lease_size = 40
    thread = threading.Thread(target=dispatcher.run_round)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and Counter(_states(engine).values())["sent"] < 16:
            time.sleep(0.05)
        # 20 answered, 4 held at upstream: at least 16 already recorded while the round waits
        assert Counter(_states(engine).values())["sent"] >= 16
        assert thread.is_alive()
    finally:
        gate.adapter.release.set()
        thread.join(30)
        dispatcher.close()
    assert set(_states(engine).values()) == {"sent"}


def test_a_round_leases_what_it_can_send_and_grows_while_upstream_keeps_up(
    engine: Engine, sandbox: SandboxServer
) -> None:
    queue_events(engine, 300, per_rma=0)
    dispatcher = _dispatcher(engine, sandbox.url, concurrency=8, batch=50)
    sizes = [dispatcher.run_round().claimed for _ in range(5)]
    assert sizes == [8, 16, 32, 50, 50]
    set_faults(sandbox, error_rate=1.0)  # upstream answers 503: the next round leases less
    _make_due(engine)
    assert dispatcher.run_round().claimed == 50 and dispatcher.lease_size == 25


def test_backoff_grows_with_full_jitter_and_a_cap() -> None:
    rng = random.Random(3)
    assert all(0 <= backoff_seconds(1, rng) <= 1 for _ in range(50))
    assert all(0 <= backoff_seconds(4, rng) <= 8 for _ in range(50))
    assert max(backoff_seconds(40, rng) for _ in range(200)) <= 300
    assert max(backoff_seconds(12, rng) for _ in range(200)) > 100
    assert backoff_seconds(1, rng, retry_after=30) >= 30


def test_file_drop_writes_signed_lines(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    keys = queue_events(engine, 2, per_rma=1)
    drop = tmp_path / "drop"
    Dispatcher(session_factory(engine), StationConnector(FileAdapter(drop, SECRET))).drain()
    lines = [
        json.loads(line)
        for f in sorted(drop.glob("events-*.jsonl"))
        for line in f.read_text().splitlines()
    ]
    written = [s for s in delivered_subjects(engine, lines) if ":refunded:" not in s]
    assert sorted(written) == sorted(keys)
    for r in range(2):  # in order per RMA
        assert written.index(f"status:RMA-T-{r:05d}:received:parcel:P{r}") < written.index(
            f"refund:LPN{r:05d}00"
        )
    for line in lines:
        problem = signature_problem(
            SECRET,
            line["signature"],
            line["method"],
            line["path"],
            line["idempotency_key"],
            line["body_bytes"].encode(),
            tolerance=float("inf"),  # a file is read later: the key and body are what count
        )
        assert problem is None, problem
        assert json.loads(line["body_bytes"]) == line["body"]
    by_key = subjects_by_key(engine)
    refund = next(line for line in lines if by_key[line["idempotency_key"]] == "refund:LPN0000000")
    assert refund["path"] == "/refunds" and refund["body"] == refund_payload(
        "RMA-T-00000", "LPN0000000"
    )


def test_an_unwritable_drop_folder_is_retried_with_the_reason(engine: Engine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    queue_events(engine, 1, per_rma=0)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = Dispatcher(
        session_factory(engine), StationConnector(FileAdapter(blocker / "drop", SECRET))
    ).run_round()
    assert result.retried == 1 and "cannot write" in (result.problem or "")


def test_a_connection_upstream_closed_while_idle_is_reopened_without_a_failed_attempt(
    engine: Engine, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from receiving_station.demo.sandbox import start_sandbox

    store = f"sqlite:///{tmp_path / 'restarting.sqlite3'}"
    server, thread = start_sandbox(store, SECRET)
    host, port = server.server_address[:2]
    dispatcher = _dispatcher(engine, server.url)
    queue_events(engine, 1, per_rma=0)
    assert dispatcher.run_round().sent == 1  # the keep-alive connection is now open
    server.shutdown()
    server.server_close()  # upstream restarts: our idle connection is dead
    thread.join(5)
    server, thread = start_sandbox(store, SECRET, f"{host}:{port}")
    try:
        queue_events(engine, 1, per_rma=0, prefix="RMA-AFTER")
        result = dispatcher.run_round()
        assert (result.sent, result.retried) == (1, 0)
        with session_factory(engine)() as session:
            assert session.scalar(select(func.count()).select_from(OutboxAttempt)) == 2
    finally:
        dispatcher.close()
        server.shutdown()
        server.server_close()
        thread.join(5)
