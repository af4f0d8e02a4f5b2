"""Scan-to-screen through the X server (issue #18): the bench window on a real X server, typed at
by xdotool as a USB keyboard-wedge scanner types, beside the synthetic figure of
benchmarks/window.py (key events sent straight to the widget).

* The window runs in this process with Qt's xcb platform on a private Xvfb (`-displayfd`), built
  as benchmarks/window.py builds it (the benchmark's demo-data database, the real MainWindow,
  signed in with B-1001), and is given the X keyboard focus with `xdotool ... windowfocus`.
* One xdotool process types every scan of a run: `type --delay D` for the characters
  (`key ctrl+bracketright` for a GS), `key Return`, and a pause of 0–100 ms (random, fixed
  seed) before the next scan.  Each scan opens the next parcel; the one before is set aside,
  still open (its items never come), as at a bench.  xdotool's `--delay D` makes the X server stamp the presses
  D/2 ms apart, so D is twice the milliseconds a character.
* scan-to-screen: from the X server's stamp on the scan's Return (the `Scan.at` the wedge
  detector gives, X time in seconds) to `MainWindow.update_shown` for that scan, with the paint
  it asked for done (as benchmarks/window.py does).  X time is put on `time.monotonic()` by the
  offset min(monotonic at receipt − X stamp) over every key the run's window received (an
  application event filter of this benchmark sees each key as Qt takes it from the X server),
  so the figure leaves out the fastest hop from the X server to the window (a fraction of a
  millisecond on one machine) and is good to about a millisecond (X stamps are whole ms).
* scans whole: at 1, 2 and 5 ms a character, 100 scans each: the scans `window.wedge` emitted
  (`scan_received`) compared with the codes typed; the scanner-speed fragments it dropped
  (`scan_not_whole`); and the keys that reached a widget (given back as typing, or let
  through): there must be none.

`python -m benchmarks.run --only xpath` runs it in the benchmark's process; when a Qt
application already runs there (`--only window,xpath`), in a child: `python -m benchmarks.xpath
--database URL`, which prints its results as JSON.
"""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from db.engine import create_engine_for_url, session_factory
from db.models import Parcel, Rma
from tests.helpers.xserver import GS, SCREEN, start_xvfb, type_scans

ROOT = Path(__file__).resolve().parent.parent
WINDOW_NAME = "Receiving Station"
#: milliseconds a character of the scans-whole runs (xdotool --delay 2, 4, 10)
WHOLE_RATES_MS = (1, 2, 5)
#: milliseconds a character of the scan-to-screen run
LATENCY_MS_A_KEY = 2
#: the first scans of the scan-to-screen run warm caches up, as in benchmarks/window.py
WARMUP = 5

Log = Callable[[str], None]


def _percentile(samples: Sequence[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def missing() -> str | None:
    """Why this benchmark cannot run here, or None."""
    for program in ("Xvfb", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed (./station test installs xvfb and xdotool)"
    return None


def qt_in_use() -> bool:
    """A QApplication exists in this process already (its platform cannot change)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return False
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() is not None


def xdotool_chain(codes: Sequence[str], ms_a_key: float, gaps: Sequence[float]) -> list[str]:
    """xdotool arguments typing each code as a wedge scanner does (Shift for capitals, Ctrl+]
    for a GS, Return at the end), then the gap (seconds)."""
    return type_scans([(code, ms_a_key, gap) for code, gap in zip(codes, gaps, strict=True)])


def parcel_codes(engine: Engine, count: int, seed: int) -> list[str]:
    """`count` codes of never-opened parcels (taken at random, fixed seed, among those left: a
    run opens and closes the parcels it scans), mixed as on a real bench: tracking numbers, RMA
    numbers (one in five), and PostNord's GS1-128 labels with a GS before the order number."""
    rng = random.Random(seed)
    with session_factory(engine)() as session:
        ids = list(
            session.scalars(
                select(Parcel.id).where(Parcel.status == "expected", Parcel.rma_id.is_not(None))
            )
        )
        if len(ids) < count:
            raise SystemExit(f"only {len(ids)} never-opened parcels left: rebuild the cache")
        chosen = rng.sample(ids, count)
        rows: dict[int, tuple[str, str | None, str, str | None]] = {}
        for start in range(0, count, 500):
            chunk = chosen[start : start + 500]
            for row in session.execute(
                select(
                    Parcel.id, Parcel.tracking_number, Parcel.carrier, Rma.number, Rma.order_number
                )
                .join(Rma, Rma.id == Parcel.rma_id)
                .where(Parcel.id.in_(chunk))
            ):
                rows[row[0]] = (row[1], row[2], row[3], row[4])
    codes = []
    for index, parcel_id in enumerate(chosen):
        tracking, carrier, rma, order = rows[parcel_id]
        if carrier == "postnord" and order and tracking.isdigit() and len(tracking) == 18:
            codes.append(f"]C100{tracking}{GS}400{order}")
        elif index % 5 == 0:
            codes.append(rma)
        else:
            codes.append(tracking)
    return codes


@dataclass
class Run:
    """What one xdotool run typed and what the window made of it."""

    ms_a_key: float
    typed: list[str]
    arrived: list[tuple[str, float]] = field(default_factory=list)  # Scan (code, X seconds)
    shown: dict[str, tuple[float, float]] = field(default_factory=dict)  # fired, painted
    receipts: list[float] = field(default_factory=list)  # monotonic − X seconds, each key
    returns: dict[int, float] = field(default_factory=dict)  # Return's X ms → monotonic taken
    controller_s: dict[str, float] = field(default_factory=dict)  # the bench's own time a scan
    dropped: list[int] = field(default_factory=list)  # scan_not_whole: keys dropped
    not_taken: list[str] = field(default_factory=list)  # key_not_taken
    reached: list[str] = field(default_factory=list)  # typing keys that reached a widget
    verdicts: list[str] = field(default_factory=list)  # the detector's other verdicts
    errors: list[str] = field(default_factory=list)  # scans the bench answered in red
    typing_s: float = 0.0

    def offset(self) -> float:
        return min(self.receipts)

    def latencies_ms(self, skip: int = 0) -> list[float]:
        offset = self.offset()
        out = []
        for code, at in self.arrived[skip:]:
            if code in self.shown:
                out.append((self.shown[code][1] - (at + offset)) * 1000)
        return out

    def fired_ms(self, skip: int = 0) -> list[float]:
        offset = self.offset()
        return [
            (self.shown[code][0] - (at + offset)) * 1000
            for code, at in self.arrived[skip:]
            if code in self.shown
        ]

    def waits_ms(self, skip: int = 0) -> list[float]:
        """From the X stamp of each scan's Return to Qt taking it from the X server (the GUI
        thread busy with what came before)."""
        offset = self.offset()
        out = []
        for _code, at in self.arrived[skip:]:
            taken = self.returns.get(round(at * 1000))
            if taken is not None:
                out.append((taken - (at + offset)) * 1000)
        return out

    def controller_ms(self, skip: int = 0) -> list[float]:
        return [
            self.controller_s[code] * 1000
            for code, _ in self.arrived[skip:]
            if code in self.controller_s
        ]

    def mismatches(self) -> list[str]:
        """Each typed code not matched by what arrived, with what arrived in its place."""
        arrived = [code for code, _ in self.arrived]
        out = []
        matcher = difflib.SequenceMatcher(None, self.typed, arrived, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                out.append(f"typed {self.typed[i1:i2]!r}, arrived {arrived[j1:j2]!r}")
        return out

    def whole(self) -> int:
        arrived = [code for code, _ in self.arrived]
        matcher = difflib.SequenceMatcher(None, self.typed, arrived, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks())


class XBench:
    """The real bench window on the X server, and the probes this benchmark puts beside it."""

    def __init__(self, engine: Engine, display: str, log: Log) -> None:
        import shiboken6
        from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        from receiving_station.bench.state import BenchInput, InputKind
        from receiving_station.config import StationConfig
        from receiving_station.rules import load_rules
        from ui.app import LaunchOptions, build_window
        from ui.theme import apply_theme

        self.log = log
        self.display = display
        self.run: Run | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication) and QApplication.platformName() == "xcb"
        self.app = app
        apply_theme(app)
        bench = self

        class Receipts(QObject):
            """Installed after the window's wedge filter, so it sees each key first: the
            monotonic time at which Qt took it from the X server, beside its X stamp."""

            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                run = bench.run
                if run is not None and event.type() == QEvent.Type.KeyPress:
                    assert isinstance(event, QKeyEvent)
                    if event.spontaneous() and event.timestamp() > 0:
                        now = time.monotonic()
                        run.receipts.append(now - event.timestamp() / 1000)
                        if event.key() == Qt.Key.Key_Return:
                            run.returns.setdefault(event.timestamp(), now)
                return False

        class Reached(QObject):
            """Installed before the window's wedge filter, so it sees only the keys that filter
            let through (a person's keys given back, or keys passing by): a key that types a
            character reaching a widget."""

            last: tuple[int, int] = (0, 0)

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                run = bench.run
                if run is not None and event.type() == QEvent.Type.KeyPress:
                    assert isinstance(event, QKeyEvent)
                    text = event.text()
                    if text and (text.isprintable() or text in "\r\n\t\x1d"):
                        this = (int(shiboken6.getCppPointer(event)[0]), event.timestamp())
                        if this != self.last:  # else the same event, passed on to a parent
                            run.reached.append(f"{text!r} to {type(watched).__name__}")
                        self.last = this
                return False

        class Verdicts(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                run = bench.run
                args = record.args
                if run is not None and isinstance(args, tuple) and str(args[0]) != "scan":
                    run.verdicts.append(record.getMessage())

        self.reached = Reached()
        app.installEventFilter(self.reached)  # before the window's: called after it
        self.verdict_log = logging.getLogger("ui.input.scan_filter")
        self.verdict_handler = Verdicts()
        self.verdict_log.addHandler(self.verdict_handler)
        self.verdict_level = self.verdict_log.level
        self.verdict_log.setLevel(logging.DEBUG)
        self.verdict_propagate = self.verdict_log.propagate
        self.verdict_log.propagate = False

        self.data = Path(tempfile.mkdtemp(prefix="rs-bench-xpath-"))
        self.window = window = build_window(
            LaunchOptions(
                engine=engine,
                rules=load_rules(),
                config=StationConfig(station="BENCH-PERF-X"),
                sounds=False,
                data_dir=self.data,
                record=False,
            )
        )
        self.receipts = Receipts()
        app.installEventFilter(self.receipts)  # after the window's: called before it
        self.loop = QEventLoop()
        window.show()
        window.ready.connect(self.loop.quit)
        window.start()
        self.loop.exec()
        self.last_shown = time.monotonic()
        window.update_shown.connect(self._on_update_shown)
        window.wedge.scan_received.connect(self._on_scan_received)
        window.wedge.scan_not_whole.connect(self._on_scan_not_whole)
        window.wedge.key_not_taken.connect(self._on_key_not_taken)
        self._QEvent = QEvent
        self._QEventLoop = QEventLoop

        self._focus()
        window.submit(BenchInput(InputKind.SCAN, "B-1001"))
        self.wait(lambda: window.bench.controller.state.operator is not None, 10, "sign-in")
        self.wait(lambda: QApplication.focusWidget() is window.bench_view, 5, "the bench view")

    # -- the event loop --------------------------------------------------------------------------

    def spin(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.app.processEvents(self._QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

    def wait(self, check: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise SystemExit(f"xpath: waited {timeout:g} s for {what}")
            self.spin(0.02)

    def xdotool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=60,
        )

    def _focus(self) -> None:
        """No window manager: give the window the X keyboard focus, as a kiosk session would."""
        deadline = time.monotonic() + 30
        while True:
            self.spin(0.1)
            found = self.xdotool("search", "--onlyvisible", "--name", WINDOW_NAME, "windowfocus")
            if found.returncode == 0:
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"xpath: no visible window named {WINDOW_NAME!r}: {found}")
        self.xdotool("mousemove", "800", "500")
        self.wait(self.window.isActiveWindow, 10, "the window to take the keyboard")

    # -- the window's signals ---------------------------------------------------------------------

    def _on_update_shown(self, update: Any) -> None:
        from PySide6.QtWidgets import QApplication

        fired = time.monotonic()
        # The view is updated when it is painted: paint what changed, now (as window.py does).
        update_request = self._QEvent.Type.UpdateRequest
        QApplication.sendPostedEvents(self.window, update_request)
        QApplication.sendPostedEvents(None, update_request)
        painted = time.monotonic()
        self.last_shown = painted
        run = self.run
        if run is None or update.input.kind != "scan" or update.input.source != "wedge":
            return
        run.shown.setdefault(update.input.value, (fired, painted))
        run.controller_s.setdefault(update.input.value, update.seconds)
        if update.feedback.value == "error":
            run.errors.append(f"{update.input.value}: {update.message}")

    def _on_scan_received(self, scan: Any) -> None:
        if self.run is not None:
            self.run.arrived.append((scan.code, scan.at))

    def _on_scan_not_whole(self, keys: int) -> None:
        if self.run is not None:
            self.run.dropped.append(keys)

    def _on_key_not_taken(self, keys: str) -> None:
        if self.run is not None:
            self.run.not_taken.append(keys)

    # -- a run ---------------------------------------------------------------------------------

    def type_scans(
        self, codes: list[str], ms_a_key: float, seed: int, gaps_s: tuple[float, float] = (0, 0.1)
    ) -> Run:
        """Type `codes` at `ms_a_key` with random pauses (`gaps_s`, seconds) between them."""
        rng = random.Random(seed)
        gaps = [rng.uniform(*gaps_s) for _ in codes]
        args = xdotool_chain(codes, ms_a_key, gaps)
        self.spin(0.5)
        self.wait(lambda: not self.window.flash.isVisible(), 5, "the last flash to end")
        self.run = run = Run(ms_a_key, list(codes))
        started = time.monotonic()
        process = subprocess.Popen(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            self.wait(lambda: process.poll() is not None, 60 + 0.2 * len(codes), "xdotool")
        finally:
            if process.poll() is None:
                process.kill()
        run.typing_s = time.monotonic() - started
        if process.returncode:
            assert process.stderr is not None
            raise SystemExit(f"xdotool failed ({process.returncode}): {process.stderr.read()}")

        def settled() -> bool:
            return (
                all(code in run.shown for code, _ in run.arrived)
                and time.monotonic() - self.last_shown > 0.5
            )

        self.wait(settled, 60, "the bench to answer every scan")
        self.spin(0.5)  # anything stray (a key given back) would come by now
        self.run = None
        return run

    def close(self) -> None:
        self.app.removeEventFilter(self.receipts)
        self.app.removeEventFilter(self.reached)
        self.verdict_log.removeHandler(self.verdict_handler)
        self.verdict_log.setLevel(self.verdict_level)
        self.verdict_log.propagate = self.verdict_propagate
        self.window.close()
        self.window.shutdown()
        shutil.rmtree(self.data, ignore_errors=True)


# -- the measure -------------------------------------------------------------------------------


def _screen_figures(run: Run) -> dict[str, Any]:
    latencies = run.latencies_ms(WARMUP)
    fired = run.fired_ms(WARMUP)
    return {
        "scans": len(latencies),
        "ms_a_key": run.ms_a_key,
        "p50_ms": round(_percentile(latencies, 50), 2),
        "p99_ms": round(_percentile(latencies, 99), 2),
        "max_ms": round(max(latencies), 2),
        "fired_p50_ms": round(_percentile(fired, 50), 2),
        "fired_p99_ms": round(_percentile(fired, 99), 2),
        # where the time goes: the Return waiting for the GUI thread, the bench's own time
        "wait_p50_ms": round(_percentile(run.waits_ms(WARMUP), 50), 2),
        "wait_p99_ms": round(_percentile(run.waits_ms(WARMUP), 99), 2),
        "controller_p50_ms": round(_percentile(run.controller_ms(WARMUP), 50), 2),
        "controller_p99_ms": round(_percentile(run.controller_ms(WARMUP), 99), 2),
        "whole": run.whole(),
        "typed": len(run.typed),
        "errors": len(run.errors),
        # X time on the monotonic clock: X stamp + offset (Xvfb stamps with CLOCK_MONOTONIC, so
        # about 0 plus the fastest hop from the X server to the window)
        "offset_ms": round(run.offset() * 1000, 3),
        "typing_s": round(run.typing_s, 1),
    }


def _whole_figures(run: Run) -> dict[str, Any]:
    latencies = run.latencies_ms()
    whole = run.whole()
    return {
        "typed": len(run.typed),
        "whole": whole,
        "ratio": round(whole / len(run.typed), 4),
        "fragments_dropped": len(run.dropped),
        "keys_dropped": sum(run.dropped),
        "given_back": len(run.reached),
        "not_taken": len(run.not_taken),
        "errors": len(run.errors),
        "p50_ms": round(_percentile(latencies, 50), 2) if latencies else float("nan"),
        "p99_ms": round(_percentile(latencies, 99), 2) if latencies else float("nan"),
        "max_ms": round(max(latencies), 2) if latencies else float("nan"),
        "mismatches": run.mismatches()[:10],
        "verdicts": run.verdicts[:10],
        "reached": run.reached[:10],
        "not_taken_keys": run.not_taken[:10],
        "error_answers": run.errors[:5],
    }


def measure(
    engine: Engine, scans: int, seed: int, log: Log, whole_scans: int = 100
) -> dict[str, Any]:
    """Every figure of this benchmark, in this process (no QApplication may exist yet)."""
    if qt_in_use():
        raise RuntimeError("a QApplication runs in this process already: use run_in_child")
    display, server = start_xvfb(terminate=True)
    log(f"xpath: Xvfb on {display}")
    try:
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ["DISPLAY"] = display
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        app.setApplicationName("Receiving Station")
    except BaseException:
        server.kill()
        server.wait(10)
        raise
    # From here Xvfb ends by itself when this process's connection to it closes (-terminate).
    codes = parcel_codes(engine, scans + WARMUP + whole_scans * len(WHOLE_RATES_MS), seed)
    bench = XBench(engine, display, log)
    out: dict[str, Any] = {"display": display, "screen": SCREEN}
    try:
        first = scans + WARMUP
        log(f"xpath: scan-to-screen, {first} scans at {LATENCY_MS_A_KEY} ms a character ...")
        run = bench.type_scans(codes[:first], LATENCY_MS_A_KEY, seed)
        out["screen"] = _screen_figures(run)
        out["screen"]["mismatches"] = run.mismatches()[:10]
        out["screen"]["given_back"] = len(run.reached)
        out["screen"]["fragments_dropped"] = len(run.dropped)
        out["whole"] = {}
        for index, ms in enumerate(WHOLE_RATES_MS):
            start = first + index * whole_scans
            log(f"xpath: scans whole, {whole_scans} scans at {ms} ms a character ...")
            run = bench.type_scans(codes[start : start + whole_scans], ms, seed + 1 + index)
            out["whole"][f"{ms}ms"] = _whole_figures(run)
    finally:
        bench.close()
    from benchmarks.window import scan_to_screen

    log(f"xpath: synthetic scan-to-screen on the same X server, {scans} scans ...")
    out["synthetic"] = scan_to_screen(engine, scans, seed, "xcb")
    app.processEvents()
    return out


def run_in_child(database: str, scans: int, seed: int, whole_scans: int = 100) -> dict[str, Any]:
    """`measure` in a fresh process (for a run whose process has a QApplication already)."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "benchmarks.xpath", "--database", database),
            *("--scans", str(scans), "--seed", str(seed), "--whole-scans", str(whole_scans)),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"python -m benchmarks.xpath exited {done.returncode}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.xpath", description=__doc__)
    parser.add_argument("--database", required=True, help="database URL or SQLite file")
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--whole-scans", type=int, default=100)
    args = parser.parse_args(argv)
    reason = missing()
    if reason:
        print(json.dumps({"skipped": reason}))
        return 0

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    engine = create_engine_for_url(args.database)
    result = measure(engine, args.scans, args.seed, log, args.whole_scans)
    print(json.dumps(result))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
