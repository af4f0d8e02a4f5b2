"""What a scan pays for being woken, apart from its own work (issue #23, item 4).

A scan at the bench wakes two threads in turn: the bench's worker (the GUI thread hands it the
scan) and the GUI thread (the worker hands back the answer to paint).  On PostgreSQL each
statement, BEGIN and COMMIT also wakes the server's backend and then the worker again: a round
trip.  On a quiet machine a wake-up costs tens of microseconds; with every core busy the woken
thread waits for the kernel to give it a core, and no work the station leaves out makes that
wait shorter.  These figures measure that floor on the machine as it is (hogs and all), so the
scan-to-screen figures can be read against it:

* `thread`: a round trip between two threads of this process through `queue.Queue` (the way
  `ui.workers` hands work over), doing nothing else: two wake-ups.
* `database`: `SELECT 1` on an open PostgreSQL connection: one round trip to the server.

Both are taken every 20 ms, so that the threads are asleep when they are woken, as they are
between a person's scans.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine, text

from benchmarks.window import _percentile


def _figures(samples: list[float]) -> dict[str, float]:
    return {
        "samples": len(samples),
        **{f"p{p}_ms": round(_percentile(samples, p), 3) for p in (50, 90, 99)},
        "max_ms": round(max(samples), 3),
    }


def _paced(rounds: int, once: Callable[[], None], gap: float = 0.02) -> list[float]:
    samples = []
    for _ in range(rounds):
        time.sleep(gap)
        started = time.perf_counter()
        once()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def thread_round_trip(rounds: int = 500) -> dict[str, float]:
    """Two wake-ups: this thread wakes a waiting thread, which wakes this one back."""
    asked: queue.Queue[object] = queue.Queue()
    answered: queue.Queue[object] = queue.Queue()

    def echo() -> None:
        while (item := asked.get()) is not None:
            answered.put(item)

    thread = threading.Thread(target=echo, name="wake-up-echo", daemon=True)
    thread.start()

    def once() -> None:
        asked.put(1)
        answered.get()

    try:
        return _figures(_paced(rounds, once))
    finally:
        asked.put(None)
        thread.join(5)


def database_round_trip(engine: Engine, rounds: int = 500) -> dict[str, float]:
    """One round trip to the database server (meaningful on PostgreSQL)."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))

        def once() -> None:
            connection.execute(text("SELECT 1")).scalar()

        samples = _paced(rounds, once)
        connection.rollback()
    return _figures(samples)
