"""Connection life: one owning thread per open port, reconnect with backoff.

`DeviceWorker` owns a port from open to close.  Only its thread reads and writes the port; other
threads ask it to do things with `call(fn)`, which queues `fn(port)` and waits for the result,
so commands go to the device one at a time (MT-SICS scales may drop or reorder commands sent
without waiting).  Between calls the worker runs the driver's `poll(port)` (read a scanner
line, stream scale readings, ...).

When the device goes away (`DeviceGone`: unplugged, EIO, socket closed) the worker reports
DISCONNECTED with the reason, closes the port, fails the calls that were waiting, and opens it
again after a backoff (0.5 s doubling to 10 s) until it is stopped: a scale unplugged and
plugged back in works again without restarting the application.  `DeviceFaulted` (the device is
there but refused: permission denied, held by another program) is reported as FAULTED with its
message, and retried the same way.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Protocol, TypeVar

from devices.events import ConnectionState, DeviceStateChanged
from devices.transport import DeviceFaulted, DeviceGone, Port

T = TypeVar("T")
Emit = Callable[[object], None]


class DeviceHandler(Protocol):
    """What a driver does on its port's thread."""

    def on_connect(self, port: Port) -> None:
        """Check the device answers (a side-effect-free probe); raise DeviceGone if not."""

    def poll(self, port: Port) -> None:
        """One short step of unsolicited reading (return within about 0.1 s)."""


class DeviceWorker:
    """The thread that owns one device's port.  See the module docstring."""

    def __init__(
        self,
        name: str,
        open_port: Callable[[], Port],
        handler: DeviceHandler,
        emit: Emit,
        *,
        backoff: tuple[float, float] = (0.5, 10.0),
    ) -> None:
        self.name = name
        self._open_port = open_port
        self._handler = handler
        self._emit = emit
        self._backoff = backoff
        self._calls: queue.Queue[tuple[Callable[[Port], Any], Future[Any]]] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"device-{name}", daemon=True)
        self.state = ConnectionState.DISCONNECTED
        self._connected = threading.Event()

    # -- any thread ---------------------------------------------------------------------------

    def start(self) -> DeviceWorker:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def call(self, fn: Callable[[Port], T], timeout: float = 10.0) -> T:
        """Run `fn(port)` on the owning thread and return its result (or raise its error).

        Raises DeviceGone when the device is not connected or goes away meanwhile, and
        TimeoutError when the worker does not get to it in `timeout` seconds."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("call() from the device thread itself would wait for ever")
        if not self._connected.is_set():
            raise DeviceGone(f"{self.name}: not connected ({self.state.value})")
        future: Future[T] = Future()
        self._calls.put((fn, future))
        return future.result(timeout)

    def wait_connected(self, timeout: float) -> bool:
        return self._connected.wait(timeout)

    # -- the owning thread --------------------------------------------------------------------

    def set_state(self, state: ConnectionState, message: str) -> None:
        if state != self.state or state == ConnectionState.FAULTED:
            self.state = state
            self._emit(DeviceStateChanged(self.name, state, message, time.monotonic()))

    def _run(self) -> None:
        delay = self._backoff[0]
        while not self._stop.is_set():
            self.set_state(ConnectionState.CONNECTING, f"{self.name}: opening the port")
            port: Port | None = None
            try:
                port = self._open_port()
                self._handler.on_connect(port)
                self.set_state(ConnectionState.CONNECTED, f"{self.name}: connected ({port.name})")
                self._connected.set()
                delay = self._backoff[0]
                while not self._stop.is_set():
                    self._run_calls(port)
                    self._handler.poll(port)
            except DeviceGone as exc:
                self._connected.clear()
                self._fail_calls(exc)
                faulted = isinstance(exc, DeviceFaulted)
                self.set_state(
                    ConnectionState.FAULTED if faulted else ConnectionState.DISCONNECTED, str(exc)
                )
            except Exception as exc:  # a driver bug must not kill the thread silently
                self._connected.clear()
                self._fail_calls(exc)
                self.set_state(
                    ConnectionState.FAULTED, f"{self.name}: {exc.__class__.__name__}: {exc}"
                )
            finally:
                self._connected.clear()
                if port is not None:
                    port.close()
            if self._stop.wait(delay):
                break
            delay = min(delay * 2, self._backoff[1])
        self._fail_calls(DeviceGone(f"{self.name}: stopped"))
        self.set_state(ConnectionState.DISCONNECTED, f"{self.name}: stopped")

    def _run_calls(self, port: Port) -> None:
        while True:
            try:
                fn, future = self._calls.get_nowait()
            except queue.Empty:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(port))
            except DeviceGone as exc:
                future.set_exception(exc)
                raise
            except BaseException as exc:
                future.set_exception(exc)

    def _fail_calls(self, exc: BaseException) -> None:
        while True:
            try:
                _fn, future = self._calls.get_nowait()
            except queue.Empty:
                return
            if future.set_running_or_notify_cancel():
                future.set_exception(
                    exc if isinstance(exc, DeviceGone) else DeviceGone(f"{self.name}: {exc}")
                )
