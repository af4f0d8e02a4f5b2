"""The main window: sign-in, then sections by role (Bench for everyone, Exceptions for leads
and supervisors, Labels & Figures for supervisors), a status bar with the station, the
operator, the devices and the upstream backlog (ui/statusbar.py), the feedback flash and
sounds, and in demo mode the demo panel (ui/demo_panel.py).

Every input (wedge scans, serial scans, stable weights, keys, photos, sign-in) goes to the bench
worker in arrival order; the window only draws the updates it gets back.

Threading: GUI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.changes import EVERYTHING
from db.engine import BackgroundCheckpointer
from db.enums import Role
from devices.scanner import ScannerSettings
from receiving_station.auth import has_role
from receiving_station.bench.sign_in import CloseAnswer
from receiving_station.bench.state import BenchInput, BenchUpdate, InputKind, Stage
from receiving_station.codes.identify import COMMAND_PREFIX
from receiving_station.demo.data import Scenario
from receiving_station.i18n.text import Text
from receiving_station.labels.jobs import LabelOutcome
from receiving_station.labels.layout import load_label_set
from receiving_station.upstream.events import Backlog
from ui.demo_panel import DemoPanel
from ui.dialogs import BenchDialog
from ui.i18n import Retranslating, alt_letter, mnemonic, plain_caption, say, tr, use_language
from ui.input.camera import Camera
from ui.input.device_hub import DemoDevices, DeviceHub
from ui.input.scan_filter import WedgeScanFilter
from ui.sections.base import name_scroll_buttons
from ui.sections.bench import BenchSection
from ui.sections.exceptions.section import ExceptionsSection
from ui.sections.figures import FiguresSection
from ui.sections.labels import LabelsSection
from ui.sections.login import LoginSection
from ui.sections.upstream import UpstreamSection
from ui.statusbar import StationStatus
from ui.theme import AMBER, GREEN, RED, paint
from ui.widgets.feedback import FlashOverlay, Sounds
from ui.widgets.focus_ring import FocusRing
from ui.workers import BacklogWorker, BenchWorker, DatabaseWatch, LabelWorker

if TYPE_CHECKING:  # the dispatcher (and httpx) load only when upstream is set up
    from receiving_station.upstream.dispatcher import DispatcherThread

log = logging.getLogger(__name__)
#: In kiosk mode, asks to close the station (a supervisor's badge and PIN).
CLOSE_KEY = "Ctrl+Shift+Q"

# The sections after the bench (tab index) and who may open them: the others do not see them.
SECTION_ROLES = {1: Role.LEAD, 2: Role.SUPERVISOR, 3: Role.LEAD, 4: Role.SUPERVISOR}


@dataclass
class WindowOptions:
    idle_minutes: float = 10.0
    sounds: bool = True
    photo_dir: Path = Path("photos")
    kiosk: bool = False  # closing needs a supervisor's badge and PIN (ui/kiosk.py)


class MainWindow(Retranslating, QMainWindow):
    ready = Signal()  # the window shows its first state (the operators list is loaded)
    update_shown = Signal(object)  # each BenchUpdate after it is drawn (tests, benchmarks)

    def __init__(
        self,
        bench: BenchWorker,
        checkpointer: BackgroundCheckpointer,
        hub: DeviceHub,
        labels: LabelWorker,
        backlog: BacklogWorker,
        options: WindowOptions,
        *,
        dispatcher: DispatcherThread | None = None,
        upstream_note: str | None = None,
        on_shutdown: Callable[[], None] | None = None,
        scanner_settings: ScannerSettings | None = None,
        demo: DemoDevices | None = None,
        scenarios: list[Scenario] | None = None,
        demo_earlier_run: bool = False,
    ) -> None:
        super().__init__()
        self.bench, self.hub, self.labels, self.backlog = bench, hub, labels, backlog
        self.checkpointer = checkpointer
        self.dispatcher, self.upstream_note, self.on_shutdown = (
            dispatcher,
            upstream_note,
            on_shutdown,
        )
        self.options = options
        self.close_allowed = False  # a kiosk: set when a supervisor allowed it to close
        if options.kiosk:  # no title bar to close it by: a key no scanner types asks
            close_key = QShortcut(QKeySequence(CLOSE_KEY), self)
            close_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
            close_key.activated.connect(self.close)
        self.demo = demo
        self.scenarios = scenarios or []
        controller = bench.controller
        self.station = controller.state.station
        self.resize(1600, 1000)

        self.stack = QStackedWidget()
        self.login = LoginSection(self.station, self._on_login_requested)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # No frame around the sections: Fusion paints a tab widget's frame under every
        # change of the bench view (half of a scan's paint time, 2 ms, measured in benchmarks/).
        self.tabs.setDocumentMode(True)
        self.bench_view = BenchSection(controller.rules.grades, self._on_bench_key)
        self.tabs.addTab(self.bench_view, "")  # Alt+B
        self.exceptions_view = ExceptionsSection(
            controller.sessions,
            self._acting_lead,
            [grade.code for grade in controller.rules.grades],
            controller.rules.questions(),
        )
        self.tabs.addTab(self.exceptions_view, "")  # Alt+E
        self.labels_view = LabelsSection(
            controller.sessions,
            self._acting_lead,
            labels,
            labels.labels or load_label_set(),
            labels.size,
        )
        self.tabs.addTab(self.labels_view, "")  # Alt+L
        self.upstream_view = UpstreamSection(controller.sessions, self._acting_lead)
        self.tabs.addTab(self.upstream_view, "")  # Alt+U
        self.figures_view = FiguresSection(controller.sessions)
        self.tabs.addTab(self.figures_view, "")  # Alt+I
        # Only the section on screen asks for room: a hidden section's wide filter row (at a
        # large text size) must not widen the bench beyond the screen
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._on_tabs_current_changed(self.tabs.currentIndex())
        self.stack.addWidget(self.login)
        self.stack.addWidget(self.tabs)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        self.demo_panel: DemoPanel | None = None
        if demo is not None:
            self.demo_panel = DemoPanel(
                demo, self.scenarios, self._feedback, earlier_run=demo_earlier_run
            )
            layout.addWidget(self.demo_panel)
        self.setCentralWidget(body)
        self.flash = FlashOverlay(body)
        self.focus_ring = FocusRing(body, skip=(self.bench_view, self.tabs))
        self.sounds = Sounds(self, enabled=options.sounds)
        self.camera = Camera(options.photo_dir, simulated=demo is not None, parent=self)

        # -- status bar ---------------------------------------------------------------------
        self.station_status = StationStatus(self.station)
        self.statusBar().addPermanentWidget(self.station_status.row, 1)
        self.database = DatabaseWatch(checkpointer.engine, self)
        self.database.changed.connect(self._on_database_changed)
        self.database.health.connect(self._on_database_health)

        # -- inputs -------------------------------------------------------------------------
        self.wedge = WedgeScanFilter(scanner_settings, self)
        QApplication.instance().installEventFilter(self.wedge)  # type: ignore[union-attr]
        self.wedge.scan_received.connect(self._on_wedge_scan_received)
        self.wedge.scan_not_whole.connect(self._on_wedge_scan_not_whole)
        self.wedge.key_not_taken.connect(self._on_wedge_key_not_taken)
        hub.scan_received.connect(self._on_hub_scan_received)
        hub.stable_weight_accepted.connect(self._on_hub_stable_weight_accepted)
        hub.weight_changed.connect(self.bench_view.show_weight)
        hub.state_changed.connect(self._show_device)
        self.camera.photo_taken.connect(self._on_camera_photo_taken)
        self.camera.failed.connect(self._on_camera_failed)
        bench.updated.connect(self._on_bench_updated)
        bench.called.connect(self._on_bench_called)
        labels.printed.connect(self._on_label_printed)
        backlog.counted.connect(self._on_backlog_counted)
        backlog.shop_counted.connect(self._on_backlog_shop_counted)
        self.upstream_view.changed.connect(self._on_upstream_view_changed)
        self.exceptions_view.changed.connect(self._on_upstream_view_changed)

        self.idle_timer = QTimer(self)
        self.idle_timer.setObjectName("idle-logout-timer")
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)

        self.last_update: BenchUpdate | None = None
        self.database_lost = False
        self._is_ready = False
        self.stack.setCurrentWidget(self.login)
        self.bench_view.show_state(controller.state)
        self.retranslate()

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The window's own texts in the language in use (the views do their own)."""
        self.setWindowTitle(
            tr("main_window", "Receiving Station · {station}", station=self.station)
        )
        titles = (
            tr("main_window", "&Bench"),
            tr("main_window", "&Exceptions"),
            tr("main_window", "&Labels"),
            tr("main_window", "&Upstream"),
            tr("main_window", "F&igures"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        name_scroll_buttons(self.tabs)
        self.station_status.retranslate(self.bench.controller.state.operator)
        if self.station_status.backlog is not None:
            self._on_backlog_counted(self.station_status.backlog)
        if self.demo_panel is not None:
            self.demo_panel.retranslate()

    def _on_tabs_current_changed(self, current: int) -> None:
        for index in range(self.tabs.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            page = self.tabs.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)

    def _show_operator(self) -> None:
        self.station_status.show_operator(self.bench.controller.state.operator)

    # -- life --------------------------------------------------------------------------------

    def start(self) -> None:
        for state in self.hub.states.items():
            self._show_device(state[0], *state[1])
        self.checkpointer.start()
        self.bench.start()
        self.labels.start()
        self.backlog.start()
        self.upstream_view.start()
        self.exceptions_view.start()
        self.labels_view.start()
        self.figures_view.start()
        self.database.start()
        if self.dispatcher is not None:
            self.dispatcher.start()
        self.hub.start()
        self.bench.call(self.bench.controller.operators, self._on_operators_loaded)

    def closeEvent(self, event) -> None:
        if self.options.kiosk and not self.close_allowed:
            event.ignore()  # a kiosk closes for a supervisor only: ask, after this event
            QTimer.singleShot(0, self._ask_to_close)
            return
        self.shutdown()
        super().closeEvent(event)

    def _ask_to_close(self) -> None:
        from ui.kiosk import CloseDialog

        if QApplication.activeModalWidget() is not None:
            return  # a dialog is open (this one, or another): finish that first
        controller = self.bench.controller

        def check(badge: str, pin: str, done: Callable[[Any], None]) -> None:
            def authorise() -> Any:
                try:
                    return controller.authorise_close(badge, pin)
                except Exception as exc:  # the database gone, say: stay open, say why
                    log.exception("kiosk close")
                    return CloseAnswer(False, Text("kiosk", "not checked: {why}", why=str(exc)))

            self.bench.call(authorise, done)

        dialog = CloseDialog(self, check)
        try:
            allowed = bool(dialog.exec()) and dialog.answer is not None
        finally:
            dialog.deleteLater()
        if allowed:
            log.info("closed by a supervisor", extra={"action": "station_closed"})
            self.close_allowed = True
            self.close()

    def shutdown(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.wedge)
        self.idle_timer.stop()
        self.hub.stop()
        self.backlog.stop()
        self.upstream_view.stop()
        self.exceptions_view.stop()
        self.labels_view.stop()
        self.figures_view.stop()
        self.database.stop()
        if self.dispatcher is not None:
            self.dispatcher.stop()
            self.dispatcher = None
        if self.on_shutdown is not None:
            self.on_shutdown()
            self.on_shutdown = None
        self.labels.stop()
        self.bench.stop()
        self.checkpointer.stop()
        recorder = self.bench.controller.recorder
        if recorder is not None:
            recorder.close()
            self.bench.controller.recorder = None

    def _on_operators_loaded(self, operators: object) -> None:
        self.login.set_operators(operators)  # type: ignore[arg-type]
        self.exceptions_view.set_operators(
            [(o.operator_id, o.name, o.role) for o in operators]  # type: ignore[attr-defined]
        )
        self.login.reset()
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    # -- inputs -> the bench worker ------------------------------------------------------------

    def submit(self, event: BenchInput) -> None:
        if self.options.idle_minutes > 0:
            self.idle_timer.start(int(self.options.idle_minutes * 60_000))
        self.bench.submit(event)

    def _on_wedge_scan_received(self, scan) -> None:
        self._scanned(scan.code, "wedge")

    def _on_hub_scan_received(self, scan) -> None:
        self._scanned(scan.code, "serial")

    def _on_wedge_scan_not_whole(self, _keys: int) -> None:
        self._refuse(Text("main_window", "Scan not read whole: scan again."))

    def _on_wedge_key_not_taken(self, keys: str) -> None:
        self._refuse(
            Text(
                "main_window",
                "The key {key} came just as a scan began and was not taken: press it again.",
                key=keys,
            ),
            kind="attention",
        )

    def _refuse(self, text: Text, kind: str = "error") -> None:
        """An input not taken: said where the person looks (the open dialog, else the section
        on screen), with the flash and the sound."""
        self._feedback(kind)
        self.statusBar().showMessage(say(text), 8000)
        modal = QApplication.activeModalWidget()
        if isinstance(modal, BenchDialog):
            modal.refuse(text)
            return
        section = self.tabs.currentWidget() if self.stack.currentWidget() is self.tabs else None
        if section is None or section is self.bench_view:
            self.bench_view.show_message(text)
            paint(self.bench_view.message, bg=AMBER if kind == "attention" else RED, fg="#000000")
        else:
            section.show_outcome(text, AMBER if kind == "attention" else RED)  # type: ignore[attr-defined]

    def _scanned(self, code: str, source: str) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            # A dialog is open: a scan is its business only if it asks for one; nothing behind
            # it changes (its subject was fixed when it opened).
            if isinstance(modal, BenchDialog) and modal.accepts_scan(code):
                return
            self._refuse(
                Text(
                    "main_window",
                    "A dialog is open: the scan {code} was not taken. Finish the dialog or "
                    "close it (Esc), then scan again.",
                    code=code,
                )
            )
            return
        # In the Exceptions section a scanned parcel or LPN label finds its exceptions; command
        # barcodes (sign out, ...) and every scan elsewhere are bench work.
        if (
            self.stack.currentWidget() is self.tabs
            and self.tabs.currentWidget() is self.exceptions_view
            and not code.strip().upper().startswith(COMMAND_PREFIX)
        ):
            self.exceptions_view.find_code(code)
            return
        if (
            self.stack.currentWidget() is self.tabs
            and self.tabs.currentWidget() is self.labels_view
            and not code.strip().upper().startswith(COMMAND_PREFIX)
        ):
            self.labels_view.find_lpn(code)  # a torn label scanned: its jobs, to reprint
            return
        signing_in = self.stack.currentWidget() is self.login and self.login.chosen
        self.submit(
            BenchInput(
                InputKind.SCAN,
                code,
                source=source,
                language=self.login.chosen if signing_in else None,
            )
        )

    def _on_hub_stable_weight_accepted(self, kilograms: Decimal) -> None:
        self.bench.submit(BenchInput(InputKind.WEIGHT, str(kilograms), source="scale"))

    def _on_bench_key(self, key: str) -> None:
        self.submit(BenchInput(InputKind.KEY, key, source="keyboard"))

    def _on_login_requested(self, badge: str, pin: str) -> None:
        self.submit(
            BenchInput(
                InputKind.LOGIN, badge, pin=pin, source="keyboard", language=self.login.chosen
            )
        )

    def _on_camera_photo_taken(self, path: str) -> None:
        self.submit(BenchInput(InputKind.PHOTO, path, source="camera"))

    def _on_camera_failed(self, message: str) -> None:
        self._feedback("error", message)

    def _on_idle_timer_timeout(self) -> None:
        if self.bench.controller.state.operator is not None:
            minutes = f"{self.options.idle_minutes:g}"
            self.bench.submit(
                BenchInput(InputKind.LOGOUT, f"idle for {minutes} min", source="timer")
            )

    # -- updates from the bench worker ----------------------------------------------------------

    def _on_bench_called(self, payload: object) -> None:
        assert isinstance(payload, tuple)
        done: Callable[[object], None] | None = payload[0]
        result: object = payload[1]
        if done is not None:
            done(result)

    def _on_bench_updated(self, update: BenchUpdate) -> None:
        self.last_update = update
        state = update.state
        if state.stage == Stage.SIGNED_OUT:
            if self.stack.currentWidget() is not self.login:
                self.stack.setCurrentWidget(self.login)
                self.login.reset()
                use_language(None)  # the next person starts in the station's language
            said = update.input.kind in (InputKind.LOGIN, InputKind.SCAN)  # not a weight
            if said and state.pin_for is not None and update.feedback.value == "attention":
                self.login.ask_pin(state.pin_for.badge, update.message)  # badge: now the PIN
            elif said and update.feedback.value == "error":
                self.login.show_error(update.message)
            self._show_operator()
            self.idle_timer.stop()
            if self.demo_panel is not None:
                self.demo_panel.show_signed_in(False)
        else:
            if self.stack.currentWidget() is not self.tabs:
                self.stack.setCurrentWidget(self.tabs)
                self.tabs.setCurrentWidget(self.bench_view)
                self.bench_view.setFocus()
            operator = state.operator
            assert operator is not None
            use_language(operator.language)
            self._show_operator()
            for index, role in SECTION_ROLES.items():
                self.tabs.setTabVisible(index, has_role(operator.role, role))
            if self.demo_panel is not None:
                self.demo_panel.show_signed_in(True)
        if update.input.kind == InputKind.SCAN and self.tabs.currentWidget() is not self.bench_view:
            self.tabs.setCurrentWidget(self.bench_view)  # a scan is bench work, wherever one is
        self.bench_view.show_update(update)
        if update.changed:
            self._feedback(update.feedback.value)
        if update.print_job is not None:
            self.labels.put(update.print_job)
        if update.changed and self.dispatcher is not None:
            self.dispatcher.wake()  # a confirmed unit's refund goes out now, not at the next poll
            self.backlog.count_now()
        if update.wants_photo and state.unit is not None:
            self.camera.take(state.unit.lpn)
        self.update_shown.emit(update)

    def _on_label_printed(self, outcome: LabelOutcome) -> None:
        if outcome.printed:
            self.statusBar().showMessage(say(outcome.message), 8000)
        else:
            self._feedback("attention", outcome.message)

    def _on_backlog_counted(self, counts: Backlog | None) -> None:
        self.station_status.show_backlog(counts, self.dispatcher, self.upstream_note)

    def _on_backlog_shop_counted(self, summary: dict) -> None:
        if self.demo_panel is not None:
            self.demo_panel.show_shop(summary)

    def _on_upstream_view_changed(self) -> None:
        self.backlog.count_now()
        if self.dispatcher is not None:
            self.dispatcher.wake()

    def _on_database_changed(self, tables: set[str]) -> None:
        """Another bench (or a dispatcher) committed a change: the open views read again."""
        everything = EVERYTHING in tables
        if everything or "exceptions" in tables:
            self.exceptions_view.database_changed()
        if everything or "outbox_events" in tables:
            self.upstream_view.database_changed()
            self.backlog.count_now()

    def _on_database_health(self, ok: bool, message: str) -> None:
        if ok:
            self._show_device("database", "connected", Text("main_window", "the database answers"))
            if self.database_lost:
                self.database_lost = False
                self.labels.retry_waiting()
                self.bench_view.show_message(
                    Text(
                        "main_window",
                        "The database answers again: carry on (what was confirmed is saved).",
                    )
                )
                paint(self.bench_view.message, bg=GREEN, fg="#000000")
            return
        self.database_lost = True
        self._show_device("database", "disconnected", message)
        self._feedback(
            "error",
            Text(
                "main_window",
                "The database does not answer ({problem}). Everything confirmed so far is saved; "
                "nothing new can be saved until it is back. It reconnects by itself: wait, or "
                "call IT.",
                problem=message,
            ),
        )

    def _acting_lead(self) -> tuple[int, str, int | None] | None:
        operator = self.bench.controller.state.operator
        if operator is None:
            return None
        return operator.operator_id, operator.role, self.bench.controller.station_id

    # -- feedback ----------------------------------------------------------------------------------

    def _feedback(self, kind: str, message: str | None = None) -> None:
        # The sound at once; the flash a moment later, so the new state is painted first (the
        # flash covers the whole window, and painting it is the slowest thing the view does).
        self.sounds.play(kind)
        self.flash.last_feedback = kind
        QTimer.singleShot(0, lambda: self.flash.flash(kind))
        if message:
            self.bench_view.show_message(message)
            paint(self.bench_view.message, bg=AMBER if kind == "attention" else RED, fg="#000000")

    def _show_device(self, device: str, state: str, message: str) -> None:
        """Connected to the device hub's state_changed (and called for the database)."""
        self.station_status.show_device(device, state, message)

    def keyPressEvent(self, event) -> None:
        """Keys no widget took; in demo mode F5-F8 drive the simulated devices."""
        demo_keys = self.demo_panel.keys if self.demo_panel is not None else {}
        action = demo_keys.get(Qt.Key(event.key()))
        if action is not None:
            action()
            return
        pressed = alt_letter(event)
        if pressed is not None and self.tabs.isVisible():
            # Alt + the underlined letter opens a section (also without an active window); the
            # letters are the language's own (&Bänk, &Avvikelser ...), read from the tabs.
            for index in range(self.tabs.count()):
                if mnemonic(self.tabs.tabText(index)) != pressed:
                    continue
                if self.tabs.isTabVisible(index):
                    self.tabs.setCurrentIndex(index)
                else:  # another role's section: say so, rather than nothing
                    self._feedback("attention", self._not_yours(index))
                return
        super().keyPressEvent(event)

    def _not_yours(self, index: int) -> Text:
        section = plain_caption(self.tabs.tabText(index))
        if SECTION_ROLES.get(index) == Role.SUPERVISOR:
            return Text("main_window", "{section} is for supervisors", section=section)
        return Text("main_window", "{section} is for shift leads and supervisors", section=section)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        parent = self.flash.parentWidget()
        if parent is not None:
            self.flash.setGeometry(parent.rect())
