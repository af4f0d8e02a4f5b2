"""Bench window figures (issue #4): scan-to-screen latency, replay throughput, start-up time
and resident memory.

* scan-to-screen: the real window (offscreen), a keyboard-wedge scan typed into it as key
  events; the clock runs from the Enter key (the scanner's last keystroke) to the moment the
  window has drawn the bench's answer (`MainWindow.update_shown`).  Each scan opens the next
  parcel of a database with a million returns (which closes the one before: the real path,
  with its writes).
* replay: a recorded session of whole returns (parcel, weight, items, checklist, grade,
  confirm, close) fed through the bench controller headlessly; software time per unit.
* start-up: `main.py --screenshot` in a fresh process, from launch to "ready".
* memory: VmRSS of the benchmark process with the window open, after the scans.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select

from benchmarks.collector import CollectorPauses
from db.engine import create_engine_for_url, session_factory
from db.migrate import upgrade_database
from db.models import Parcel, Rma
from receiving_station.bench.controller import BenchController
from receiving_station.bench.recording import read_recording, replay
from receiving_station.bench.state import BenchInput, InputKind
from receiving_station.demo.data import generate_demo_data
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def expected_parcels(engine: Engine, count: int, seed: int) -> list[str]:
    """Tracking numbers of parcels still expected (never opened), spread over the table; each
    run takes others (a run opens and closes the parcels it scans)."""
    with session_factory(engine)() as session:
        top = session.scalar(select(Parcel.id).order_by(Parcel.id.desc()).limit(1)) or 0
        step = max(1, top // (count * 4))
        rows = session.execute(
            select(Parcel.tracking_number)
            .join(Rma, Rma.id == Parcel.rma_id)
            .where(Parcel.status == "expected", Parcel.id % step == (seed + time.time_ns()) % step)
            .limit(count)
        ).all()
    return [r[0] for r in rows]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def scan_to_screen(engine: Engine, scans: int, seed: int, label: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from receiving_station.config import StationConfig
    from ui.app import LaunchOptions, after_ready, build_window
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    codes = expected_parcels(engine, scans + 1, seed)
    data = Path(tempfile.mkdtemp(prefix="rs-bench-window-"))
    window = build_window(
        LaunchOptions(
            engine=engine,
            rules=load_rules(),
            config=StationConfig(station=f"BENCH-PERF-{label}"),
            sounds=False,
            data_dir=data,
            record=False,
        )
    )
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.start()
    loop.exec()
    after_ready()  # what the app does a second after it is ready (ui/app.py's run)
    collector = CollectorPauses().start()  # its pauses while the scans run

    shown: list[float] = []
    paint_ms: list[float] = []

    def on_shown(_update: object) -> None:
        # The view is updated when it is painted: paint what changed, now.
        painting = time.perf_counter()
        QApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
        QApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        shown.append(time.perf_counter())
        paint_ms.append((shown[-1] - painting) * 1000)
        loop.quit()

    window.update_shown.connect(on_shown)
    window.submit(BenchInput(InputKind.SCAN, "B-1001"))
    loop.exec()
    target = window.bench_view
    target.setFocus()

    def type_scan(code: str) -> float:
        for char in code:
            key = ord(char.upper()) if char.isalnum() else int(Qt.Key.Key_unknown.value)
            QApplication.sendEvent(
                target, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
            )
        started = time.perf_counter()
        QApplication.sendEvent(
            target,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            ),
        )
        return started

    latencies: list[float] = []
    controller_ms: list[float] = []
    errors = 0
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    for index, code in enumerate(codes[:scans] if len(codes) > scans else codes):
        if window.bench.controller.state.parcel is not None:  # close the last one (untimed):
            # F9, and F9 again when it asks (its items never came: they go to a lead)
            for _ in range(2):
                window.submit(BenchInput(InputKind.KEY, "F9"))
                guard.start(10_000)
                loop.exec()
                if window.bench.controller.state.closing is None:
                    break
            # A person takes seconds between parcels: the last answer is painted and its
            # flash is over before the next scan.
            deadline = time.perf_counter() + 2
            app.processEvents()
            while window.flash.isVisible() and time.perf_counter() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        before = len(shown)
        started = type_scan(code)
        guard.start(10_000)
        loop.exec()
        if len(shown) == before:
            raise SystemExit(f"no answer on screen for scan {code}")
        if window.last_update is not None and window.last_update.feedback.value == "error":
            errors += 1
        if index >= 5:  # the first few warm caches up
            latencies.append((shown[-1] - started) * 1000)
            if window.last_update is not None:
                controller_ms.append(window.last_update.seconds * 1000)
    collector.stop()
    memory = rss_mb()
    window.close()
    window.shutdown()
    return {
        "scans": len(latencies),
        "errors": errors,
        "p50_ms": round(_percentile(latencies, 50), 2),
        "p99_ms": round(_percentile(latencies, 99), 2),
        "max_ms": round(max(latencies), 2),
        "controller_p50_ms": round(_percentile(controller_ms, 50), 2),
        "paint_p50_ms": round(_percentile(paint_ms[-len(latencies) :], 50), 2),
        "controller_p99_ms": round(_percentile(controller_ms, 99), 2),
        "gc_runs": len(collector.pauses),
        "gc_max_ms": round(max(collector.pauses, default=0.0), 2),
        "rss_mb": round(memory, 1),
    }


def replay_throughput(returns: int = 3000, parcels: int = 200) -> dict[str, float]:
    """Whole returns through the controller from a recording, on a fresh demo database."""
    directory = Path(tempfile.mkdtemp(prefix="rs-bench-replay-"))
    engine = create_engine_for_url(f"sqlite:///{directory / 'replay.sqlite3'}")
    upgrade_database(engine)
    generate_demo_data(engine, returns=returns, seed=5)
    sessions = session_factory(engine)
    rules = load_rules()
    lines = ['{"recording": 1, "station": "BENCH-REPLAY"}', '{"kind": "scan", "value": "B-1001"}']
    with sessions() as session:
        rmas = session.scalars(
            select(Rma).where(Rma.status == "expected", Rma.source == "demo-data").limit(parcels)
        ).all()
        for rma in rmas:
            if not rma.parcels or rma.channel == "store":
                continue
            lines += [_line(step["kind"], step["value"]) for step in parcel_steps(rma, rules)]
    controller = BenchController(Workflow(sessions, rules), sessions, "BENCH-REPLAY")
    statements = [0]

    def count(*_args: object) -> None:
        statements[0] += 1

    event.listen(engine, "before_cursor_execute", count)
    summary = replay(controller, read_recording(iter(lines)))
    event.remove(engine, "before_cursor_execute", count)
    engine.dispose()
    return {
        "inputs": summary.inputs,
        "units": summary.units_confirmed,
        "errors": len(summary.errors),
        "seconds": round(summary.seconds, 2),
        "units_per_s": round(summary.units_per_second, 1),
        "ms_per_unit": round(1000 * summary.seconds / max(1, summary.units_confirmed), 2),
        # Deterministic, unlike the times on a shared machine: compare it before and after.
        "statements_per_unit": round(statements[0] / max(1, summary.units_confirmed), 1),
    }


def parcel_steps(rma: Rma, rules: Any, *, short: bool = False) -> list[dict[str, str]]:
    """A person's inputs for one parcel of `rma` (its RMA lines loaded): scan it, weigh it,
    each unit (scan, checklist, grade 2, confirm), close (F9).  `short`: the last unit is not
    in the parcel; the bench asks about it at F9 and F9 again sends it to a lead."""
    steps = [
        {"kind": "scan", "value": rma.parcels[0].tracking_number, "action": "scan parcel"},
    ]
    weight = sum((x.expected_weight_kg or Decimal(0) for x in rma.lines), Decimal(0))
    steps.append(
        {
            "kind": "weight",
            "value": str(weight.quantize(Decimal("0.001")) or "1.000"),
            "action": "weight",
        }
    )
    units = []
    for line in rma.lines:
        serials = list(line.serials_shipped)
        for index in range(line.quantity):
            code = (
                f"]d201{line.gtin}21{serials[index]}"
                if index < len(serials)
                else (line.gtin or "").removeprefix("0")
            )
            units.append((code, rules.checklist(line.category or "default")))
    if short and len(units) > 1:
        units.pop()
    else:
        short = False
    for code, checklist in units:
        steps.append({"kind": "scan", "value": code, "action": "scan item"})
        steps += [{"kind": "key", "value": "Y", "action": "checklist"} for _ in checklist]
        steps.append({"kind": "key", "value": "2", "action": "grade"})
        steps.append({"kind": "key", "value": "ENTER", "action": "confirm"})
    steps.append({"kind": "key", "value": "F9", "action": "close parcel"})
    if short:  # the first F9 asks about the missing unit: a refusal on screen, not an error
        steps[-1]["refusal"] = "1"
        steps.append({"kind": "key", "value": "F9", "action": "close parcel"})
    return steps


def _line(kind: str, value: str) -> str:
    import json

    return json.dumps({"kind": kind, "value": value})


def startup(database: str, runs: int = 3) -> dict[str, float]:
    """Launch to ready window, in a fresh process each time (best and worst of `runs`)."""
    times = []
    for _ in range(runs):
        shot = Path(tempfile.mkdtemp(prefix="rs-bench-start-")) / "s.png"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "RECEIVING_STATION_REPORT_STARTUP": "1",
        }
        started = time.perf_counter()
        process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                "--database",
                database,
                "--screenshot",
                str(shot),
                "--no-sound",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        ready = None
        for out in process.stdout:
            if re.match(r"ready in \d+ ms", out):
                ready = time.perf_counter() - started
                break
        process.wait(60)
        if ready is None:
            raise SystemExit("the window never reported ready")
        times.append(ready * 1000)
    return {"best_ms": round(min(times)), "worst_ms": round(max(times)), "runs": runs}
