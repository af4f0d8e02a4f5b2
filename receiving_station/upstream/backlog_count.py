"""The upstream backlog a bench shows in its status bar (waiting, failing, refused), counted on
its own thread and paced for a site of many benches.

A bench counts when something may have changed it: its own confirmed unit, and on PostgreSQL
every change to the outbox anywhere on the site (the change watcher's NOTIFY).  Forty benches
hearing of every change and counting at once, each time any bench confirmed a unit or the
dispatcher sent one, were a herd the site benchmark saw (benchmarks/site.py, issue #23).  So a
count asked for is made no sooner than `gap` seconds after the last one, after a random wait of
up to `spread` seconds (the benches' counts reach the server spread out), and every `interval`
seconds in any case.  Plain threading, no Qt: the window wraps it in signals.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session, sessionmaker

from receiving_station.upstream.events import Backlog, backlog

log = logging.getLogger(__name__)

INTERVAL = 15.0
GAP = 2.0
SPREAD = 1.0


class BacklogCounter:
    """Calls `report(Backlog)` (None when the database did not answer) from its thread: at the
    start, when asked (`count_now`, paced as above) and every `interval` seconds."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        report: Callable[[Backlog | None], None],
        *,
        interval: float = INTERVAL,
        gap: float = GAP,
        spread: float = SPREAD,
    ) -> None:
        self.sessions, self.report = sessions, report
        self.interval, self.gap, self.spread = interval, gap, spread
        self.counts = 0
        self._random = random.Random()
        self._stop = threading.Event()
        self._asked = threading.Event()
        self._thread = threading.Thread(target=self._run, name="upstream-backlog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def count_now(self) -> None:
        self._asked.set()

    def stop(self) -> None:
        self._stop.set()
        self._asked.set()
        if self._thread.is_alive():
            self._thread.join(5)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._asked.clear()
            try:
                with self.sessions() as session:
                    counts: Backlog | None = backlog(session)
            except Exception:
                log.warning("upstream backlog count failed", exc_info=True)
                counts = None
            self.counts += 1
            last = time.monotonic()
            self.report(counts)
            if self._asked.wait(self.interval) and not self._stop.is_set():
                soonest = max(0.0, last + self.gap - time.monotonic())
                self._stop.wait(soonest + self._random.uniform(0, self.spread))
