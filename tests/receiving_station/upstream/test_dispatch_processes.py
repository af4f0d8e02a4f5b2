"""Dispatcher processes killed with SIGKILL at random moments, and several at once on
PostgreSQL, against a sandbox upstream process: every event applied exactly once, none lost."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from db.engine import create_engine_for_url, session_factory, write_transaction
from db.models import OutboxAttempt, OutboxEvent
from db.types import utcnow
from receiving_station.upstream.dispatcher import claim_events
from tests.helpers.upstream import SECRET, delivered_subjects, queue_events

ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "RECEIVING_STATION_UPSTREAM_SECRET": SECRET.decode(), **extra}
    env.pop("RECEIVING_STATION_CONFIG", None)
    return env


@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[str]:
    yield from _sandbox(tmp_path, latency_ms=2)


@pytest.fixture
def slow_sandbox_process(tmp_path: Path) -> Iterator[str]:
    """A shop that takes 40 ms to answer (a round of 100 refunds takes half a second)."""
    yield from _sandbox(tmp_path, latency_ms=40)


def _sandbox(tmp_path: Path, latency_ms: int) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "receiving_station.cli",
            "sandbox-upstream",
            "--control-pages",
            "--listen",
            f"127.0.0.1:{port}",
            "--database",
            f"sqlite:///{tmp_path / 'sandbox.sqlite3'}",
            "--latency-ms",
            str(latency_ms),
        ],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/_sandbox/summary", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail(f"sandbox did not start: {process.communicate()[0]}")
    yield url
    process.send_signal(signal.SIGTERM)
    process.wait(10)


def _dispatch(
    database_url: str, upstream: str, *extra: str, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "receiving_station.cli",
            "dispatch",
            "--database",
            database_url,
            "--upstream",
            upstream,
            "--batch",
            "10",
            "--lease",
            "1",
            "--poll",
            "0.05",
            *extra,
        ],
        cwd=ROOT,
        env=env or _env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _outbox(database_url: str) -> dict[str, str]:
    """Each event's state by its subject."""
    engine = create_engine_for_url(database_url)
    try:
        with session_factory(engine)() as session:
            return dict(session.execute(select(OutboxEvent.subject, OutboxEvent.state)).all())
    finally:
        engine.dispose()


def _subjects(database_url: str, sent: list[dict[str, Any]]) -> list[str]:
    """The subjects of what upstream holds or saw (by idempotency key), in its order."""
    engine = create_engine_for_url(database_url)
    try:
        return delivered_subjects(engine, sent)
    finally:
        engine.dispose()


def test_sigkill_at_random_moments_never_loses_or_doubles_a_refund(
    database_url: str, sandbox_process: str
) -> None:
    engine = create_engine_for_url(database_url)
    keys = queue_events(engine, 40, per_rma=2, exchanges=5)
    rng = random.Random(5)
    # The process also kills itself at the three dangerous points: right after the claim is
    # committed (before sending), just before a send, and after a send before it is marked.
    crashy = _env(RECEIVING_STATION_TEST_CRASH="after_claim=0.04,before_send=0.02,after_send=0.04")
    killed = batch = 0
    for _round in range(60):
        process = _dispatch(database_url, sandbox_process, env=crashy)
        assert process.stdout is not None
        process.stdout.readline()  # "dispatching ...": started (imports done), now sending
        try:
            process.wait(timeout=rng.uniform(0.02, 0.5))
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)  # from outside, at a random moment
            process.wait(10)
        killed += process.returncode == -signal.SIGKILL
        if killed >= 12:
            break
        if all(state == "sent" for state in _outbox(database_url).values()):
            # A fast machine drained everything before enough dispatchers died: more work, so
            # every kill counted lands while events are in flight.
            batch += 1
            keys += queue_events(
                engine, 20, per_rma=2, exchanges=3, prefix=f"RMA-K{batch}", lpn_prefix=f"K{batch}"
            )
        time.sleep(0.6)  # leases of the killed one expire (0.5 s here; a minute in production)
    engine.dispose()
    assert killed >= 12, "the test did not kill enough dispatchers to mean anything"
    # Finish cleanly, then check: every event sent, each applied upstream exactly once.
    time.sleep(0.6)
    states = _finish(database_url, sandbox_process)
    assert set(keys) <= set(states)
    refund_keys = sorted(k for k in keys if k.startswith("refund:"))
    exchange_keys = {k for k in keys if k.startswith("exchange:")}
    summary = httpx.get(f"{sandbox_process}/_sandbox/summary", timeout=5).json()
    refunds = httpx.get(f"{sandbox_process}/_sandbox/refunds", timeout=5).json()
    assert summary["refunds"] == len(refund_keys) == len(refunds)
    assert sorted(_subjects(database_url, refunds)) == refund_keys
    exchanges = httpx.get(f"{sandbox_process}/_sandbox/exchanges", timeout=5).json()
    assert summary["exchanges"] == len(exchange_keys)
    assert set(_subjects(database_url, exchanges)) == exchange_keys
    # received + refunded status events, once each
    assert summary["status_events"] == len(states) - len(refund_keys) - len(exchange_keys)
    assert summary["deliveries"].get("repeat", 0) > 0, "no crash hit the window after a send"


def _finish(database_url: str, upstream: str) -> dict[str, str]:
    """A dispatcher that is not killed, until every event is sent (those taken back from dead
    dispatchers wait their backoff first); each event's state by its subject."""
    final = _dispatch(database_url, upstream, env=_env())
    deadline = time.monotonic() + 180
    try:
        while time.monotonic() < deadline:
            states = _outbox(database_url)
            if set(states.values()) == {"sent"}:
                break
            time.sleep(0.3)
    finally:
        final.send_signal(signal.SIGTERM)
        out, _ = final.communicate(timeout=30)
    assert final.returncode == 0, out
    assert set(states.values()) == {"sent"}, (Counter(states.values()), out[-2000:])
    return states


def test_a_dispatcher_killed_again_and_again_still_makes_progress(
    database_url: str, slow_sandbox_process: str
) -> None:
    """Production leases (a minute), killed 0.05–1.5 s after each start and started again at
    once, as a crash loop under systemd would: outcomes recorded as they arrive and the dead
    one's leases taken back at once, so a kill costs only what was in flight (at most the
    requests being sent and the answers not yet written, 16 here), never a round."""
    engine = create_engine_for_url(database_url)
    queue_events(engine, 600, per_rma=2)
    rng = random.Random(22)
    kills = batch = 0
    while kills < 20:
        process = _dispatch(database_url, slow_sandbox_process, "--lease", "60", "--batch", "100")
        assert process.stdout is not None
        process.stdout.readline()  # "dispatching ...": started
        time.sleep(rng.uniform(0.05, 1.5))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(10)
        if all(state == "sent" for state in _outbox(database_url).values()):
            batch += 1  # drained between kills: more work, so the next kills land mid-send
            queue_events(engine, 300, per_rma=2, prefix=f"RMA-P{batch}", lpn_prefix=f"P{batch}")
    with session_factory(engine)() as session:
        recorded = session.scalar(
            select(func.count()).select_from(OutboxAttempt).where(OutboxAttempt.outcome == "sent")
        )
        # Each dispatcher took back the leases its killed predecessor held: only the last
        # one killed still holds any (before, every killed one's lease stood for a minute).
        holders = session.scalar(
            select(func.count(func.distinct(OutboxEvent.lease_owner))).where(
                OutboxEvent.state == "sending"
            )
        )
    assert holders <= 1, f"{holders} dead dispatchers still hold leases"
    engine.dispose()
    summary = httpx.get(f"{slow_sandbox_process}/_sandbox/summary", timeout=5).json()
    posts = sum(summary["deliveries"].values())
    wasted = posts - recorded  # POSTs whose answer no dispatcher lived to write down
    assert recorded > 0 and wasted <= kills * 16, (posts, recorded, kills)
    states = _finish(database_url, slow_sandbox_process)
    summary = httpx.get(f"{slow_sandbox_process}/_sandbox/summary", timeout=5).json()
    assert summary["refunds"] == sum(subject.startswith("refund:") for subject in states)


def test_several_dispatchers_at_once_never_send_the_same_event_twice(
    database_url: str, sandbox_process: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several dispatchers at once are a PostgreSQL set-up (SKIP LOCKED)")
    engine = create_engine_for_url(database_url)
    keys = queue_events(engine, 100, per_rma=2)
    engine.dispose()
    processes = [_dispatch(database_url, sandbox_process, "--lease", "60") for _ in range(3)]
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        states = _outbox(database_url)
        if len(states) == 500 and set(states.values()) == {"sent"}:
            break
        time.sleep(0.3)
    for process in processes:
        process.send_signal(signal.SIGTERM)
    outputs = [process.communicate(timeout=20)[0] for process in processes]
    states = _outbox(database_url)
    assert set(keys) <= set(states) and set(states.values()) == {"sent"}, outputs
    deliveries = httpx.get(f"{sandbox_process}/_sandbox/deliveries", timeout=5).json()
    by_key = Counter(d["idempotency_key"] for d in deliveries)
    assert len(by_key) == 500 and max(by_key.values()) == 1  # never sent twice
    # All three took part, and the order per RMA held across them.
    engine = create_engine_for_url(database_url)
    with session_factory(engine)() as session:
        owners = session.scalar(select(func.count(func.distinct(OutboxAttempt.dispatcher))))
    engine.dispose()
    assert owners == 3
    order = _subjects(database_url, sorted(deliveries, key=lambda d: d["id"]))
    for r in range(100):
        received = order.index(f"status:RMA-T-{r:05d}:received:parcel:P{r}")
        first, second = order.index(f"refund:LPN{r:05d}00"), order.index(f"refund:LPN{r:05d}01")
        assert received < first < second


def test_concurrent_claims_on_postgresql_are_disjoint(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("FOR UPDATE SKIP LOCKED is PostgreSQL's")
    engine = create_engine_for_url(database_url)
    queue_events(engine, 200, per_rma=0)
    sessions = session_factory(engine)
    barrier = threading.Barrier(4)
    claimed: dict[str, list[int]] = {}

    def claim(owner: str) -> None:
        barrier.wait()
        mine: list[int] = []
        for _ in range(20):
            with write_transaction(sessions) as session:
                mine += [
                    e.id for e in claim_events(session, owner, utcnow(), limit=7, lease_seconds=60)
                ]
        claimed[owner] = mine

    threads = [threading.Thread(target=claim, args=(f"d{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    every = [i for ids in claimed.values() for i in ids]
    assert len(every) == len(set(every)) == 200
    assert sum(1 for ids in claimed.values() if ids) >= 2
    engine.dispose()
