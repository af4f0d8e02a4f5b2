"""Build and run the bench window (the composition root of the GUI).

`receiving-station` opens the window on the configured database and devices;
`receiving-station --demo` on the demo database with simulated devices (`--demo --fresh` starts
the demo over: receiving_station.cli deletes its database and `remove_demo_files` what it left
here); `--screenshot PATH` saves the window as a PNG once it is ready and exits 0.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import signal
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from db.engine import BackgroundCheckpointer, session_factory
from receiving_station.bench.controller import BenchController
from receiving_station.bench.recording import Recorder
from receiving_station.config import StationConfig
from receiving_station.demo.data import Scenario
from receiving_station.labels.layout import load_label_set
from receiving_station.paths import data_dir
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import RuleSet

log = logging.getLogger(__name__)

# What demo mode keeps in the data directory besides its database: the labels the simulated
# printer saved, the print jobs' log and the sandbox shop's store.  Its photos go to the bench's
# own photos folder, next to a real bench's (the same data directory).
DEMO_LABELS = "demo-labels"
DEMO_PRINT_JOBS = "demo-print-jobs.jsonl"
DEMO_UPSTREAM_STORE = "demo-sandbox-upstream.sqlite3"
PHOTOS = "photos"


def default_data_dir() -> Path:
    return data_dir()


def remove_demo_files(data_dir: Path, photos: Iterable[str] = ()) -> list[Path]:
    """Remove what an earlier demo left in `data_dir` (for `--demo --fresh`): its labels, print
    jobs and sandbox shop, and of `photos` (the demo database's units' photos) those in the
    data directory's photos folder; a real bench's photos there are left alone.  The bench
    recordings stay (they are a log, named by station and time).  Returns what it removed."""
    removed: list[Path] = []
    labels = data_dir / DEMO_LABELS
    if labels.is_dir():
        shutil.rmtree(labels)
        removed.append(labels)
    store = data_dir / DEMO_UPSTREAM_STORE
    candidates = [data_dir / DEMO_PRINT_JOBS, store]
    candidates += [store.with_name(store.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    photo_dir = (data_dir / PHOTOS).resolve()
    for photo in photos:
        path = Path(photo).resolve()
        if path.is_relative_to(photo_dir):
            candidates.append(path)
    for path in candidates:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


@dataclass
class LaunchOptions:
    engine: Engine
    rules: RuleSet
    config: StationConfig
    demo: bool = False
    scenarios: list[Scenario] = field(default_factory=list)
    screenshot: Path | None = None
    sounds: bool = True
    data_dir: Path = field(default_factory=default_data_dir)
    record: bool = True
    # Demo mode on a demo database an earlier run received parcels in: said once at start-up
    demo_notice: str | None = None
    # `--demo --platform shopify|woocommerce`: the stand-in shop its returns came from
    # (receiving_station.demo.platforms.DemoPlatform); its units' events go there
    demo_platform: Any = None
    kiosk: bool = False  # full screen; closing needs a supervisor (ui/kiosk.py)


def build_window(options: LaunchOptions):
    """The application's window with its workers and devices, not started yet."""
    from ui.i18n import set_station_locale, use_language
    from ui.input.device_hub import DemoDevices, DeviceHub
    from ui.main_window import MainWindow, WindowOptions
    from ui.workers import BacklogWorker, BenchWorker, LabelWorker

    set_station_locale(options.config.locale)
    use_language(None)  # the station's language until an operator signs in
    config = options.config
    demo_devices = None
    if options.demo:
        demo_devices = DemoDevices(options.data_dir / DEMO_LABELS)
        config = demo_devices.config(config, options.data_dir / DEMO_PRINT_JOBS)
    sessions = session_factory(options.engine)
    checkpointer = BackgroundCheckpointer(options.engine)
    recorder = None
    if options.record:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        recorder = Recorder.to_file(
            options.data_dir / "recordings" / f"{config.station}-{stamp}.jsonl", config.station
        )
    controller = BenchController(
        Workflow(sessions, options.rules),
        sessions,
        config.station,
        recorder=recorder,
        sign_in=config.sign_in,
    )
    hub = DeviceHub(config)
    hub.demo = demo_devices
    printer = config.printer
    labels = LabelWorker(
        sessions,
        lambda: hub.printer,
        size=printer.label_size if printer else "4x2",
        dpi=printer.dpi if printer else 203,
        labels=load_label_set(printer.label_templates if printer else None),
    )
    dispatcher, upstream_note, stop_sandbox, shop = _upstream(options, config, sessions)
    backlog = BacklogWorker(sessions)
    backlog.shop = shop
    window = MainWindow(
        BenchWorker(controller),
        checkpointer,
        hub,
        labels,
        backlog,
        WindowOptions(
            idle_minutes=config.idle_logout_minutes,
            sounds=options.sounds,
            photo_dir=options.data_dir / PHOTOS,
            kiosk=options.kiosk,
        ),
        scanner_settings=config.scanner.settings,
        demo=demo_devices,
        scenarios=options.scenarios,
        demo_earlier_run=options.demo_notice is not None,
        dispatcher=dispatcher,
        upstream_note=upstream_note,
        on_shutdown=stop_sandbox,
    )
    return window


def _upstream(
    options: LaunchOptions, config: StationConfig, sessions: Any
) -> tuple[Any, str | None, Callable[[], None] | None, Callable[[], dict[str, Any]] | None]:
    """The bench's dispatcher thread: to a sandbox upstream in demo mode (started here, so a
    newcomer sees refunds arrive), else to the `[upstream]` of the station config.  Without
    one, events wait in the outbox (a site may run `receiving-station dispatch` instead)."""
    from receiving_station.upstream.adapters import HttpAdapter, StationConnector
    from receiving_station.upstream.connector import UpstreamSetupError
    from receiving_station.upstream.dispatcher import Dispatcher, DispatcherThread
    from receiving_station.upstream.platforms import build_connector

    if options.demo:
        from receiving_station.demo.sandbox import DEMO_SECRET, start_sandbox

        store = options.data_dir / DEMO_UPSTREAM_STORE
        # RECEIVING_STATION_DEMO_UPSTREAM_LISTEN=HOST:PORT fixes its address, so a trainer (or
        # docs/screenshots/make.sh) can flip its failure switches: POST /_sandbox/faults.
        listen = os.environ.get("RECEIVING_STATION_DEMO_UPSTREAM_LISTEN", "127.0.0.1:0")
        server, thread = start_sandbox(f"sqlite:///{store}", DEMO_SECRET.encode(), listen)
        log.info("demo sandbox upstream at %s", server.url)
        connector: Any = StationConnector(HttpAdapter(server.url, DEMO_SECRET.encode(), timeout=5))
        if options.demo_platform is not None:
            from receiving_station.upstream.platforms import RoutedConnector

            connector = RoutedConnector(options.demo_platform.connector, connector)

        def stop_sandbox() -> None:
            server.shutdown()
            server.server_close()
            thread.join(5)
            server.store.engine.dispose()

        summary = server.store.summary
        demo_platform = options.demo_platform
        if demo_platform is not None:

            def summary() -> dict[str, Any]:  # the sandbox's, and the stand-in's beside it
                return {
                    **server.store.summary(),
                    "platform": {"name": demo_platform.name, **demo_platform.summary()},
                }

        return (
            DispatcherThread(Dispatcher(sessions, connector)),
            None,
            stop_sandbox,
            summary,
        )
    if config.upstream is None:
        return None, "no [upstream] in the station config", None, None
    try:
        connector = build_connector(config.upstream)
    except UpstreamSetupError as exc:
        log.warning("upstream: %s", exc)
        return None, str(exc), None, None
    return DispatcherThread(Dispatcher(sessions, connector)), None, None, None


def after_ready(bench: Any = None) -> None:
    """A second after the window is ready: what the first scans would otherwise wait for (the
    carrier definitions read from disk, the GS1 tables) is loaded — on the bench's worker
    when one is given, off the GUI thread — then what is built so far is settled (below)."""
    from receiving_station.codes.identify import warm_up

    if bench is None:
        warm_up()
        settle_memory()
    else:
        bench.call(warm_up, lambda _: settle_memory())


def settle_memory() -> None:
    """Once the window is up: move everything built so far (Qt wrappers, modules, the ORM's
    mappings) out of the garbage collector's sight.  A full collection then looks only at what
    came later, which keeps its pauses, felt as a stall in a scrolling table, short."""
    import gc

    gc.collect()
    gc.freeze()


STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def run(options: LaunchOptions) -> int:
    started = time.perf_counter()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.theme import apply_theme

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Receiving Station")
    apply_theme(app, options.config.display.theme, options.config.display.font_size)
    window = build_window(options)
    exit_code = 0
    if options.demo_notice:
        log.info("demo: %s", options.demo_notice)

    def on_ready() -> None:
        log.info("ready in %.0f ms", (time.perf_counter() - started) * 1000)
        QTimer.singleShot(1000, lambda: after_ready(window.bench))
        if os.environ.get("RECEIVING_STATION_REPORT_STARTUP"):
            print(f"ready in {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
        if options.screenshot is not None:
            QTimer.singleShot(300, take_screenshot)

    def take_screenshot() -> None:
        nonlocal exit_code
        assert options.screenshot is not None
        options.screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(options.screenshot), "PNG"):
            print(f"receiving-station: could not write {options.screenshot}", file=sys.stderr)
            exit_code = 1
        else:
            print(f"screenshot saved: {options.screenshot}")
        window.close_allowed = True
        window.close()
        app.quit()

    def stop_on_signal(*_: Any) -> None:  # systemctl stop, a shutdown: close as a person would
        log.info("stopped by a signal", extra={"action": "station_stopped"})
        window.close_allowed = True
        window.close()
        app.quit()

    previous = {number: signal.signal(number, stop_on_signal) for number in STOP_SIGNALS}
    wake = QTimer()  # Python runs a signal's handler only when it has the interpreter
    wake.timeout.connect(lambda: None)
    wake.start(250)
    window.ready.connect(on_ready)
    if options.kiosk:
        from ui.kiosk import kiosk_window

        kiosk_window(window)
    else:
        window.show()
    window.start()
    try:
        app.exec()
    finally:
        wake.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
    window.shutdown()
    return exit_code
