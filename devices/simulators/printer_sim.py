"""A simulated ZPL label printer on a loopback TCP port (raw 9100 protocol).

It answers `~HS` with the status of its simulated state (paper out, head open, paused, ribbon
out can be injected), and stores each label format (`^XA` … `^XZ`) it receives as a text file
in `save_dir` (ZPL is kept as it came: nothing is rendered).  Labels that arrive while it is
faulted are held, as a real printer buffers them.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from devices.printers.zpl import PrinterStatus, host_status_frames


@dataclass
class PrinterModel:
    status: PrinterStatus = field(default_factory=PrinterStatus)
    paper_left: int | None = None  # labels until paper out (None: endless)

    def set(self, **faults: bool) -> None:
        self.status = replace(self.status, **faults)  # type: ignore[arg-type]


class PrinterSimulator:
    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, save_dir: Path | None = None
    ) -> None:
        self.model = PrinterModel()
        self.save_dir = save_dir
        self.labels: list[bytes] = []
        self.held: list[bytes] = []
        self.status_requests = 0
        self._lock = threading.Lock()
        simulator = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                simulator._serve(self.request)

        # One connection at a time, in the order they came, as a Zebra's port 9100 serves
        # them: a status query after a job is answered once the job has been read.
        class Server(socketserver.TCPServer):
            allow_reuse_address = True

        self._server = Server((host, port), Handler)
        address = self._server.server_address
        self.host, self.port = str(address[0]), int(address[1])
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="sim-printer", daemon=True
        )

    @property
    def url(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> PrinterSimulator:
        if self.save_dir is not None:
            self.save_dir.mkdir(parents=True, exist_ok=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        buffer = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            buffer += chunk
            buffer = self._process(buffer, conn)
        self._process(buffer, conn)

    def _process(self, buffer: bytes, conn: socket.socket) -> bytes:
        while True:
            status_at = buffer.find(b"~HS")
            start = buffer.find(b"^XA")
            end = buffer.find(b"^XZ", start) if start >= 0 else -1
            if status_at >= 0 and (start < 0 or status_at < start):
                with self._lock:
                    self.status_requests += 1
                    frames = host_status_frames(self.model.status)
                with contextlib.suppress(OSError):
                    conn.sendall(frames)
                buffer = buffer[status_at + 3 :]
                continue
            if start >= 0 and end >= 0:
                self._label(buffer[start : end + 3])
                buffer = buffer[end + 3 :]
                continue
            return buffer[-65536:]

    def _label(self, zpl: bytes) -> None:
        with self._lock:
            if not self.model.status.ready:
                self.held.append(zpl)
                return
            self.labels.append(zpl)
            if self.save_dir is not None:
                (self.save_dir / f"label-{len(self.labels):04d}.zpl").write_bytes(zpl)
            if self.model.paper_left is not None:
                self.model.paper_left -= 1
                if self.model.paper_left <= 0:
                    self.model.set(paper_out=True)
