"""A simulated serial device on a pseudo-terminal.

The driver opens `path` exactly as it opens a real /dev/ttyUSB0; the simulator answers on the
master side from its own thread.  `path` is a stable symlink (like /dev/serial/by-id/...) to the
current pty, so an unplug (both ends closed: the driver's reads fail, its writes get EIO) and a
replug (a new pty behind the same symlink) look to the driver as they would with real hardware.
"""

from __future__ import annotations

import contextlib
import os
import select
import tempfile
import threading
import tty
from collections.abc import Callable
from pathlib import Path

Handler = Callable[[bytes], bytes | None]


class PtyDevice:
    """Runs `handler(data) -> reply` for everything the driver writes.

    `handler` is called on the simulator's thread with whatever bytes arrived; it returns the
    bytes to answer (or None).  `send(data)` writes unsolicited bytes (a scanner's scan, a
    streaming scale reading) from any thread."""

    def __init__(self, handler: Handler, name: str = "sim", link: Path | None = None) -> None:
        self._handler = handler
        self.name = name
        if link is None:
            link = Path(tempfile.mkdtemp(prefix="rs-sim-")) / name
        self.path = link
        self._lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.plugged = False

    def start(self) -> PtyDevice:
        self.plug()
        return self

    def plug(self) -> None:
        """Create a pty (a new one after an unplug) behind the stable path."""
        with self._lock:
            if self.plugged:
                return
            master, slave = os.openpty()
            tty.setraw(slave)
            tty.setraw(master)
            self._master, self._slave = master, slave
            tmp = self.path.with_name(self.path.name + ".new")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            tmp.symlink_to(os.ttyname(slave))
            tmp.replace(self.path)
            self.plugged = True
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._serve, args=(master,), name=f"sim-{self.name}", daemon=True
            )
            self._thread.start()

    def unplug(self) -> None:
        """Pull the cable: close both ends (the driver sees EIO / no data) and take the path
        away, as a USB adapter's /dev node goes (a link left to the closed pty could lead to
        another device that the kernel gives the same pty number meanwhile)."""
        with self._lock:
            if not self.plugged:
                return
            self.plugged = False
            self._stop.set()
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = None
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)

    def replug(self) -> None:
        self.unplug()
        self.plug()

    def stop(self) -> None:
        self.unplug()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def send(self, data: bytes) -> None:
        with self._lock:
            master = self._master
            if master is None:
                return
            with contextlib.suppress(OSError):
                os.write(master, data)

    def _serve(self, master: int) -> None:
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([master], [], [], 0.05)
                if not ready:
                    continue
                data = os.read(master, 4096)
            except (OSError, ValueError):
                return  # unplugged
            if not data:
                continue
            reply = self._handler(data)
            if reply:
                self.send(reply)
