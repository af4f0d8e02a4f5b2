"""The people of the site benchmark (benchmarks/site.py), one process each, as at a site where
every bench, lead and supervisor has a PC of their own:

* bench: the bench controller playing a recorded session (whole parcels: scan, weigh, items,
  checklist, grade, confirm, close; some parcels short of an item, which go to a lead), at a
  person's pace (2-10 s between actions) or at full speed; what the bench window runs beside it
  runs too: the change watcher (LISTEN), the upstream backlog count (the window's own
  BacklogCounter, asked on every upstream change the watcher hears of) and the label
  printer (the real ZPL driver, to a printer simulator).  Each
  action's time is the controller's, from the input to the answer the window would draw.
* lead: the real Exceptions section (Qt offscreen), open and following the other benches'
  changes as the window does, resolving the oldest open exception every 10-30 s with the queue's
  own actions.
* figures: the real Figures section, open and worked out again every 60 s (its refresher first
  brings the figures kept per hour up to date).

Each waits after starting for "go" on its standard input, runs for the seconds asked, and
prints one JSON line of what it measured.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import queue
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.collector import CollectorPauses
from db.changes import EVERYTHING, ChangeWatcher
from db.engine import create_engine_for_url, session_factory, write_transaction
from db.enums import ExceptionStatus
from db.models import ExceptionCase, Operator
from db.types import utcnow
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput, Feedback, InputKind
from receiving_station.codes.identify import warm_up
from receiving_station.exceptions import actions
from receiving_station.exceptions.actions import ExceptionActionRefused
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from receiving_station.upstream.backlog_count import BacklogCounter

CLOSING_NOTE = "Carrier confirms the parcel came short; customer told (site test)"
REJECT_NOTE = "Nothing on the order to refund against: sent back to the customer (site test)"


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _wait_for_go() -> None:
    print(json.dumps({"ready": True}), flush=True)
    line = sys.stdin.readline()
    if line.strip() != "go":
        raise SystemExit(0)


def _finish(result: dict[str, Any]) -> None:
    print(json.dumps(result), flush=True)


# -- a bench ------------------------------------------------------------------------------


class _Beside:
    """What the bench window runs beside the controller: the change watcher, the backlog
    count and the label printer, each on its thread."""

    def __init__(self, engine: Any, sessions: Any, print_dir: Path) -> None:
        from devices.printers import JobLog, Printer
        from devices.simulators.printer_sim import PrinterSimulator

        self.sessions = sessions
        self.counter = BacklogCounter(sessions, lambda counts: None)
        self.labels: queue.Queue[int | None] = queue.Queue()
        self.printed = self.label_failures = 0
        self.changes = 0
        self.simulator = PrinterSimulator().start()
        self.printer = Printer(self.simulator.url, JobLog(print_dir / "jobs.jsonl"))
        self.watcher = ChangeWatcher(engine, self._changed, lambda ok, message: None)
        self.printing = threading.Thread(target=self._print, daemon=True)

    def start(self) -> None:
        self.watcher.start()
        self.counter.start()
        self.printing.start()

    def close(self) -> None:
        self.labels.put(None)
        self.printing.join(30)
        self.counter.stop()
        self.watcher.stop()
        self.simulator.stop()

    def _changed(self, tables: set[str]) -> None:
        self.changes += 1
        if EVERYTHING in tables or "outbox_events" in tables:
            self.counter.count_now()

    def _print(self) -> None:
        from receiving_station.labels.jobs import print_label_job

        while (job := self.labels.get()) is not None:
            outcome = print_label_job(self.sessions, job, self.printer)
            if outcome.printed:
                self.printed += 1
            else:
                self.label_failures += 1


def _time_in_database(engine: Any) -> list[float]:
    """Seconds the controller's thread spent from sending a statement to having its answer
    (the server's work, the network and the server's queue): [0] is reset by the caller."""
    from sqlalchemy import event

    spent = [0.0]
    mine = threading.get_ident()
    started: list[float] = []

    def before(*_args: Any) -> None:
        if threading.get_ident() == mine:
            started.append(time.perf_counter())

    def after(*_args: Any) -> None:
        if threading.get_ident() == mine and started:
            spent[0] += time.perf_counter() - started.pop()

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    return spent


def run_bench(args: argparse.Namespace) -> None:
    engine = create_engine_for_url(args.url)
    sessions = session_factory(engine)
    rules = load_rules()
    controller = BenchController(Workflow(sessions, rules), sessions, args.station)
    steps = [json.loads(line) for line in Path(args.recording).read_text().splitlines()]
    rng = random.Random(args.seed)
    beside = _Beside(engine, sessions, Path(tempfile.mkdtemp(prefix="rs-site-bench-")))
    beside.start()
    # Signed in and the first parcel's lookup warm before the clock starts, as at a bench
    # that has been open for a while.
    sign_in = controller.handle(BenchInput(InputKind.SCAN, args.badge))
    if sign_in.feedback == Feedback.ERROR:
        raise SystemExit(f"{args.station}: sign-in refused: {sign_in.message}")
    while steps:  # the first parcel, untimed: every kind of action has run once in the process
        step = steps.pop(0)
        warm = controller.handle(BenchInput(InputKind(step["kind"]), step["value"]))
        if warm.print_job is not None:
            beside.labels.put(warm.print_job)
        if step["action"] == "close parcel" and controller.state.parcel is None:
            break
    warm_up()  # as the window does once it is up (ui/app.py, after_ready)
    gc.collect()
    gc.freeze()
    collector = CollectorPauses().start()  # for the whole run
    _wait_for_go()
    times: dict[str, list[float]] = {}
    waited: dict[str, list[float]] = {}  # of which waiting for the database's answers
    collected: dict[str, list[float]] = {}  # and Python's garbage collector
    in_database = _time_in_database(engine)
    errors: list[str] = []
    units = parcels = 0
    cpu_before, started = _cpu_seconds(), time.perf_counter()
    ends = started + args.seconds
    for step in steps:
        if args.pace == "person":
            time.sleep(rng.uniform(2.0, 10.0))
        if time.perf_counter() >= ends:
            break
        event = BenchInput(InputKind(step["kind"]), step["value"])
        began = time.perf_counter()
        in_database[0] = 0.0
        mark = len(collector.pauses)
        try:
            update = controller.handle(event)
        except Exception as exc:  # the window's worker would show it; count it here
            errors.append(f"{step['action']}: {type(exc).__name__}: {exc}"[:300])
            continue
        times.setdefault(step["action"], []).append((time.perf_counter() - began) * 1000)
        waited.setdefault(step["action"], []).append(in_database[0] * 1000)
        collected.setdefault(step["action"], []).append(collector.since(mark))
        if update.feedback == Feedback.ERROR and not step.get("refusal"):
            errors.append(f"{step['action']} {step['value']!r}: {update.message}"[:300])
        if update.print_job is not None:
            units += 1
            beside.labels.put(update.print_job)
        if step["action"] == "close parcel" and controller.state.parcel is None:
            parcels += 1
    elapsed = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before
    beside.close()
    engine.dispose()
    _finish(
        {
            "role": "bench",
            "station": args.station,
            "times_ms": times,
            "database_ms": waited,
            "gc_ms": collected,
            "errors": errors,
            "units": units,
            "parcels": parcels,
            "seconds": elapsed,
            "cpu_seconds": cpu,
            "labels_printed": beside.printed,
            "label_failures": beside.label_failures,
            "backlog_counts": beside.counter.counts,
            "changes_seen": beside.changes,
            "recording_used_up": time.perf_counter() < ends,
        }
    )


# -- a lead and a supervisor, through the real sections -------------------------------------


def _application() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    return app


def _run_for(app: Any, seconds: float, every: tuple[float, float] | None, act: Any) -> None:
    """The Qt event loop for `seconds`, calling `act()` every `every` (random range) s."""
    from PySide6.QtCore import QTimer

    rng = random.Random(os.getpid())
    timer = QTimer()
    timer.setSingleShot(True)
    if every is not None:

        def tick() -> None:
            act()
            timer.start(int(rng.uniform(*every) * 1000))

        timer.timeout.connect(tick)
        timer.start(int(rng.uniform(*every) * 1000))
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    timer.stop()


def _followed(engine: Any, view: Any) -> tuple[ChangeWatcher, Any]:
    """The window's DatabaseWatch: other benches' changes reach the view on the GUI thread."""
    from PySide6.QtCore import QObject, Signal

    class Relay(QObject):
        changed = Signal(object)

    relay = Relay()
    relay.changed.connect(lambda tables: view.database_changed())
    watcher = ChangeWatcher(engine, relay.changed.emit, lambda ok, message: None).start()
    return watcher, relay


def run_lead(args: argparse.Namespace) -> None:
    app = _application()
    from ui.sections.exceptions.section import ExceptionsSection

    engine = create_engine_for_url(args.url)
    sessions = session_factory(engine)
    with sessions() as session:
        lead = session.scalar(select(Operator.id).where(Operator.badge_code == args.badge))
    if lead is None:
        raise SystemExit(f"no operator with badge {args.badge}")
    view = ExceptionsSection(sessions, lambda: (lead, "lead", None), ["1", "2", "3", "4", "5"])
    view.resize(1600, 900)
    view.start()
    reloads: list[float] = []
    asked: list[float] = []
    original = view.model.reload

    def reload(*, keep: bool = True) -> None:
        asked.append(time.perf_counter())
        original(keep=keep)

    def loaded() -> None:  # a reload asked for while one was on its way replaces it
        if asked:
            reloads.append((time.perf_counter() - asked[-1]) * 1000)
            asked.clear()

    view.model.reload = reload  # type: ignore[method-assign]
    view.model.loaded.connect(loaded)
    view.show()
    watcher, _relay = _followed(engine, view)
    _wait_for_go()
    acted: list[float] = []
    refused: list[str] = []
    cpu_before, started = _cpu_seconds(), time.perf_counter()

    skipped: set[int] = set()  # refused once: the lead turns to the next

    def resolve_oldest() -> None:
        began = time.perf_counter()
        case_id = 0
        try:
            with write_transaction(sessions) as session:
                # Its id and unit only, as the section passes them: the action reads it
                # itself, under its lock.
                case = session.execute(
                    select(ExceptionCase.id, ExceptionCase.unit_id)
                    .where(
                        ExceptionCase.status == ExceptionStatus.OPEN.value,
                        ExceptionCase.id.not_in(skipped),
                    )
                    .order_by(ExceptionCase.id)
                    .limit(1)
                ).first()
                if case is None:
                    return
                who: dict[str, Any] = {"operator_id": lead, "now": utcnow()}
                case_id = case.id
                if case.unit_id is None:
                    actions.close_exception(session, case_id, note=CLOSING_NOTE, **who)
                else:
                    _decide_held(session, case_id, who, refused)
        except ExceptionActionRefused as exc:
            refused.append(str(exc)[:200])
            skipped.add(case_id)
        acted.append((time.perf_counter() - began) * 1000)
        view.refresh()  # as after an action in the section

    _run_for(app, args.seconds, (10.0, 30.0), resolve_oldest)
    cpu = _cpu_seconds() - cpu_before
    elapsed = time.perf_counter() - started
    watcher.stop()
    view.stop()
    engine.dispose()
    _finish(
        {
            "role": "lead",
            "reloads_ms": reloads,
            "actions_ms": acted,
            "refused": refused[:5],
            "refused_count": len(refused),
            "rows_shown": view.model.rowCount(),
            "seconds": elapsed,
            "cpu_seconds": cpu,
        }
    )


def _decide_held(session: Any, case_id: int, who: dict[str, Any], refused: list[str]) -> None:
    """A held unit: its refund released or, when there is nothing to refund against (a blind
    item), sent back to the customer."""
    try:
        with session.begin_nested():
            actions.approve_refund(session, case_id, **who)
    except ExceptionActionRefused as exc:
        refused.append(str(exc)[:200])
        actions.reject_return(session, case_id, note=REJECT_NOTE, **who)


def run_figures(args: argparse.Namespace) -> None:
    app = _application()
    from ui.sections.figures import FiguresSection

    engine = create_engine_for_url(args.url)
    sessions = session_factory(engine)
    view = FiguresSection(sessions)
    view.resize(1600, 900)
    view.start()
    shown: list[float] = []
    call = view.worker.call

    def timed_call(function: Any, done: Any) -> None:  # each working out, until drawn
        began = time.perf_counter()

        def drawn(result: Any) -> None:
            done(result)
            shown.append((time.perf_counter() - began) * 1000)

        call(function, drawn)

    view.worker.call = timed_call  # type: ignore[method-assign]
    view.show()
    _wait_for_go()
    cpu_before, started = _cpu_seconds(), time.perf_counter()
    _run_for(app, args.seconds, None, None)  # the section's own 60 s timer works them out
    cpu = _cpu_seconds() - cpu_before
    elapsed = time.perf_counter() - started
    view.stop()
    engine.dispose()
    _finish({"role": "figures", "refreshes_ms": shown, "seconds": elapsed, "cpu_seconds": cpu})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.site_roles")
    parser.add_argument("role", choices=("bench", "lead", "figures"))
    parser.add_argument("--url", required=True)
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--station", default="BENCH-SITE")
    parser.add_argument("--badge", default="")
    parser.add_argument("--recording", default="")
    parser.add_argument("--pace", choices=("person", "full"), default="person")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    {"bench": run_bench, "lead": run_lead, "figures": run_figures}[args.role](args)


if __name__ == "__main__":
    main()
