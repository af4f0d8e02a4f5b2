"""The threads behind the window, so the GUI thread never waits on the database, a device or
the network:

* `BenchWorker`: one thread that feeds the bench controller every input in arrival order and
  hands each `BenchUpdate` back as a Qt signal (queued onto the GUI thread).
* `LabelWorker`: prints confirmed units' labels on the printer's own thread.
* `BacklogWorker`: counts the upstream events still to send, every few seconds.
* `TaskWorker`: short database tasks of a view (a lead's upstream events), off the GUI thread.
* `DatabaseWatch`: other benches' changes (to refresh the views) and the database's health.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from db.changes import ChangeWatcher
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, BenchUpdate
from receiving_station.labels.jobs import LabelOutcome, print_label_job
from receiving_station.labels.layout import LabelSet
from receiving_station.receiving.results import Feedback
from receiving_station.upstream.backlog_count import BacklogCounter
from receiving_station.upstream.events import Backlog
from ui.i18n import site_writing

log = logging.getLogger(__name__)
_STOP = object()


class _QueueThread(QObject):
    """A named Python thread working through a queue, one item at a time, in order."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._queue.put(_STOP)
        if self._thread.is_alive():
            self._thread.join(timeout)

    def put(self, item: Any) -> None:
        self._queue.put(item)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            try:
                self.work(item)
            except Exception:  # a bug: log it and keep the bench alive
                log.exception("%s failed on %r", self._thread.name, item)

    def work(self, item: Any) -> None:
        raise NotImplementedError


class _Call:
    def __init__(self, function: Callable[[], Any], done: Callable[[Any], None] | None) -> None:
        self.function, self.done = function, done


class BenchWorker(_QueueThread):
    """Feeds the controller on its own thread.  `submit` is called on the GUI thread."""

    updated = Signal(object)  # BenchUpdate, delivered on the GUI thread
    called = Signal(object)  # (done, result) of a `call`, delivered on the GUI thread

    def __init__(self, controller: BenchController, parent: QObject | None = None) -> None:
        super().__init__("bench-worker", parent)
        self.controller = controller

    def submit(self, event: BenchInput) -> None:
        self.put(event)

    def call(self, function: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        """Run a read-only function in turn with the inputs (the login list, say)."""
        self.put(_Call(function, done))

    def work(self, item: Any) -> None:
        if isinstance(item, _Call):
            self.called.emit((item.done, item.function()))
            return
        try:
            update = self.controller.handle(item)
        except Exception as exc:  # a bug: say so at the bench, keep the bench alive
            log.exception("bench input %r", item)
            update = BenchUpdate(
                item,
                Feedback.ERROR,
                f"Something went wrong ({exc.__class__.__name__}): this input was not "
                "handled. Try again; if it repeats, call IT (the log has the details)",
                self.controller.state,
            )
        self.updated.emit(update)


class LabelWorker(_QueueThread):
    """Prints label jobs one at a time with the bench's printer; `printer()` gives the
    printer in use (None: no printer configured)."""

    printed = Signal(object)  # LabelOutcome

    def __init__(
        self,
        sessions: sessionmaker[Session],
        printer: Callable[[], Any],
        *,
        size: str = "4x2",
        dpi: int = 203,
        labels: LabelSet | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__("label-printer", parent)
        self.sessions, self.printer, self.size, self.dpi = sessions, printer, size, dpi
        self.labels = labels
        self.waiting: list[int] = []  # jobs the database did not answer for

    def retry_waiting(self) -> None:
        """The database is back: print what waited for it.  A label that did reach the printer
        before the database went is not printed twice (the printer knows the job's name)."""
        waiting, self.waiting = self.waiting, []
        for job_id in waiting:
            self.put(job_id)

    def work(self, item: int) -> None:
        try:
            outcome = print_label_job(
                self.sessions,
                item,
                self.printer(),
                size=self.size,
                dpi=self.dpi,
                labels=self.labels,
                writing=site_writing(),
            )
        except SQLAlchemyError as exc:
            log.warning("label job %s waits for the database: %s", item, exc)
            self.waiting.append(item)
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
            outcome = LabelOutcome(
                item,
                "",
                False,
                f"A label waits: the database did not answer ({reason}). "
                "It prints by itself when the database is back.",
            )
        except Exception as exc:
            log.exception("label job %s", item)
            outcome = LabelOutcome(item, "", False, f"label job {item} not printed: {exc}")
        self.printed.emit(outcome)


class TaskWorker(_QueueThread):
    """Runs short database tasks for a view (the upstream events a lead looks at, say) on
    its own thread, in order; `done(result)` is called on the GUI thread with the result, or
    with the exception the task raised (the view shows it)."""

    finished = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(name, parent)
        self.finished.connect(self._on_finished)

    def call(self, function: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.put(_Call(function, done))

    def work(self, item: _Call) -> None:
        try:
            result = item.function()
        except Exception as exc:  # shown by the view, e.g. "only leads may ..."
            log.info("%s: %s", self._thread.name, exc)
            result = exc
        self.finished.emit((item.done, result))

    def _on_finished(self, payload: tuple[Callable[[Any], None] | None, Any]) -> None:
        done, result = payload
        if done is not None:
            done(result)


class BacklogWorker(QObject):
    """The upstream backlog count (receiving_station.upstream.backlog_count: waiting, failing
    and refused events, paced for a site of many benches) as Qt signals."""

    counted = Signal(object)  # events.Backlog, or None when the database did not answer
    shop_counted = Signal(object)  # demo mode: what the sandbox shop has received (a dict)

    def __init__(self, sessions: sessionmaker[Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shop: Callable[[], dict[str, Any]] | None = None
        self.counter = BacklogCounter(sessions, self._counted)

    def start(self) -> None:
        self.counter.start()

    def count_now(self) -> None:
        self.counter.count_now()

    def stop(self) -> None:
        self.counter.stop()

    def _counted(self, counts: Backlog | None) -> None:
        self.counted.emit(counts)
        if self.shop is not None:
            try:
                self.shop_counted.emit(self.shop())
            except Exception:
                log.warning("demo shop count failed", exc_info=True)


class DatabaseWatch(QObject):
    """`db.changes.ChangeWatcher` as Qt signals: `changed(set of tables)` when another bench
    (or a dispatcher, or a verb) commits a change the views show; `health(ok, message)` when
    the database stops or starts answering."""

    changed = Signal(object)
    health = Signal(bool, str)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(engine, self.changed.emit, self.health.emit)

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
