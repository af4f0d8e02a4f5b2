"""The upstream backlog count, paced for a site of many benches: counts asked for in a burst
(every outbox change anywhere on the site) are made once per gap, not once each; a count asked
for is made within the gap and the spread; and every interval without being asked."""

from __future__ import annotations

import threading
import time

from sqlalchemy import Engine

from db.engine import session_factory
from receiving_station.upstream.backlog_count import BacklogCounter
from receiving_station.upstream.events import Backlog


def _counter(engine: Engine, **pace: float) -> tuple[BacklogCounter, list[float], threading.Event]:
    counted: list[float] = []
    each = threading.Event()

    def report(counts: Backlog | None) -> None:
        assert counts == Backlog(0, 0, 0, None)
        counted.append(time.monotonic())
        each.set()

    return BacklogCounter(session_factory(engine), report, **pace), counted, each


def test_a_burst_of_changes_is_counted_once_a_gap(engine: Engine) -> None:
    counter, counted, each = _counter(engine, interval=60.0, gap=0.5, spread=0.1)
    counter.start()
    try:
        assert each.wait(10)  # the first count, at the start
        each.clear()
        asked = time.monotonic()
        for _ in range(50):  # fifty benches' changes heard at once
            counter.count_now()
            time.sleep(0.01)
        assert each.wait(10)
        time.sleep(1.0)  # the burst is over: nothing more is asked
    finally:
        counter.stop()
    after_burst = [t for t in counted if t >= asked]
    assert 1 <= len(after_burst) <= 2, after_burst  # not fifty
    assert after_burst[0] - counted[0] >= 0.5  # no sooner than the gap after the last


def test_counts_every_interval_without_being_asked(engine: Engine) -> None:
    counter, counted, _each = _counter(engine, interval=0.2, gap=0.05, spread=0.0)
    counter.start()
    try:
        time.sleep(1.1)
    finally:
        counter.stop()
    assert len(counted) >= 4
