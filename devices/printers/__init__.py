"""Label printers addressed by URL: ZPL over TCP 9100, serial, CUPS raw, a file; PDF labels.

    tcp://HOST:PORT            ZPL, raw TCP (port 9100 by default)
    serial:///dev/ttyUSB0?baud=9600
    cups://QUEUE               ZPL through a CUPS raw queue (lp -d QUEUE -o raw)
    file:///path/labels/       ZPL written to a file (a directory: one file per job)
    pdf+file:///path/labels/   PDF labels (reportlab) to files
    pdf+cups://QUEUE           PDF labels through CUPS

For ZPL printers that talk back (TCP, serial) `~HS` is read before and after each job: a paper
out, head open, paused or ribbon out printer refuses the job with a message that names the
fault.  Every job has an id; the job log (JSON lines) keeps what was sent, and a job id that
was sent once is never sent again by a retry: reprinting is a new job, on purpose.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from devices.printers.zpl import PrinterError, PrinterStatus, parse_host_status
from devices.transport import DeviceGone, SerialPort, SerialSettings

HOST_STATUS = b"~HS"


class NothingSent(PrinterError):
    """The job could not start (no connection, no lp): certainly nothing was printed."""


@dataclass(frozen=True)
class PrinterAddress:
    scheme: str  # tcp, serial, cups, file
    target: str  # host, device path, queue or file path
    port: int = 9100
    baud: int = 9600
    pdf: bool = False

    @property
    def talks_back(self) -> bool:
        return self.scheme in ("tcp", "serial") and not self.pdf

    def __str__(self) -> str:
        prefix = "pdf+" if self.pdf else ""
        if self.scheme == "tcp":
            return f"{prefix}tcp://{self.target}:{self.port}"
        if self.scheme == "serial":
            return f"{prefix}serial://{self.target}?baud={self.baud}"
        if self.scheme == "cups":
            return f"{prefix}cups://{self.target}"
        return f"{prefix}file://{self.target}"


def parse_printer_url(url: str) -> PrinterAddress:
    """Check a printer URL; ValueError says what a valid one looks like."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    pdf = scheme.startswith("pdf+")
    scheme = scheme.removeprefix("pdf+")
    example = "tcp://HOST:9100, serial:///dev/ttyUSB0?baud=9600, cups://QUEUE or file:///PATH"
    if scheme == "tcp":
        if not parts.hostname:
            raise ValueError(f"{url!r}: no host; write {example}")
        try:
            port = parts.port or 9100
        except ValueError as exc:
            raise ValueError(f"{url!r}: the port must be a number") from exc
        return PrinterAddress("tcp", parts.hostname, port=port, pdf=pdf)
    if scheme == "serial":
        path = unquote(parts.path)
        if not path:
            raise ValueError(f"{url!r}: no device path; write serial:///dev/ttyUSB0?baud=9600")
        baud = parse_qs(parts.query).get("baud", ["9600"])[0]
        if not baud.isdigit():
            raise ValueError(f"{url!r}: baud must be a number")
        return PrinterAddress("serial", path, baud=int(baud), pdf=pdf)
    if scheme == "cups":
        queue = parts.netloc or parts.path.strip("/")
        if not queue:
            raise ValueError(f"{url!r}: no queue name; write cups://QUEUE")
        return PrinterAddress("cups", queue, pdf=pdf)
    if scheme == "file":
        path = unquote(parts.path)
        if not path:
            raise ValueError(f"{url!r}: no path; write file:///PATH")
        return PrinterAddress("file", path, pdf=pdf)
    raise ValueError(f"{url!r}: not a printer address; write {example}")


@dataclass(frozen=True)
class JobResult:
    job_id: str
    printer: str
    sent: bool
    bytes_sent: int
    status_before: dict[str, object] | None
    status_after: dict[str, object] | None
    message: str
    already_sent: bool = False


class JobLog:
    """What was sent to which printer, one JSON object per line; the guard against resending."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def sent(self, job_id: str) -> dict[str, object] | None:
        if not self.path.exists():
            return None
        with self._lock, self.path.open(encoding="utf-8") as handle:
            for line in handle:
                with contextlib.suppress(json.JSONDecodeError):
                    entry = json.loads(line)
                    if entry.get("job_id") == job_id and entry.get("state") in ("sent", "unknown"):
                        return entry
        return None

    def write(self, entry: dict[str, object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=False, default=str)
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())


class Printer:
    """Sends label jobs to one printer address.  Not thread-safe: one owner per printer."""

    def __init__(self, url: str, log: JobLog, *, timeout: float = 5.0) -> None:
        self.address = parse_printer_url(url)
        self.log = log
        self.timeout = timeout

    # -- status ------------------------------------------------------------------------------

    def status(self) -> PrinterStatus | None:
        """`~HS` for printers that talk back; None for CUPS and files (no status path)."""
        if not self.address.talks_back:
            return None
        return parse_host_status(self._exchange(HOST_STATUS, expect_status=True))

    def check_ready(self) -> PrinterStatus | None:
        status = self.status()
        if status is not None and not status.ready:
            raise PrinterError(f"{self.address}: {'; '.join(status.faults())}")
        return status

    # -- jobs --------------------------------------------------------------------------------

    def print_job(self, job_id: str, data: bytes, *, kind: str = "zpl") -> JobResult:
        """Send one job once.  Raises PrinterError (nothing sent) when the printer reports a
        fault or cannot be reached; a job id already sent is not sent again."""
        previous = self.log.sent(job_id)
        if previous is not None:
            return JobResult(
                job_id,
                str(self.address),
                False,
                0,
                None,
                None,
                f"job {job_id} was already sent to {previous.get('printer')} at "
                f"{previous.get('at')}: reprint it as a new job",
                already_sent=True,
            )
        entry: dict[str, object] = {
            "job_id": job_id,
            "printer": str(self.address),
            "kind": kind,
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "content": data.decode("utf-8", errors="replace") if kind == "zpl" else None,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        try:
            before = self.check_ready()
        except (PrinterError, DeviceGone) as exc:
            self.log.write({**entry, "state": "refused", "error": str(exc)})
            raise PrinterError(str(exc)) from exc
        try:
            self._send(data, job_id, kind)
        except NothingSent as exc:
            self.log.write({**entry, "state": "refused", "error": str(exc)})
            raise
        except (PrinterError, DeviceGone) as exc:
            # Part of the job may have gone out: never resend it automatically.
            self.log.write({**entry, "state": "unknown", "error": str(exc)})
            raise PrinterError(
                f"{exc} (the job may be partly printed: check, then reprint)"
            ) from exc
        after: PrinterStatus | None = None
        message = f"sent {len(data)} bytes to {self.address}"
        try:
            after = self.status()
        except (PrinterError, DeviceGone) as exc:
            message += f"; no status after the job ({exc})"
        if after is not None and not after.ready:
            message += f"; the printer now reports: {'; '.join(after.faults())}"
        self.log.write(
            {
                **entry,
                "state": "sent",
                "status_before": _plain(before),
                "status_after": _plain(after),
                "message": message,
            }
        )
        return JobResult(
            job_id, str(self.address), True, len(data), _plain(before), _plain(after), message
        )

    # -- transports ------------------------------------------------------------------------

    def _send(self, data: bytes, job_id: str, kind: str) -> None:
        a = self.address
        if a.scheme in ("tcp", "serial"):
            self._exchange(data, expect_status=False)
        elif a.scheme == "cups":
            args = ["lp", "-d", a.target, "-t", f"receiving-station {job_id}"]
            if kind == "zpl":
                args += ["-o", "raw"]
            try:
                done = subprocess.run(
                    args, input=data, capture_output=True, timeout=self.timeout, check=False
                )
            except FileNotFoundError as exc:
                raise NothingSent(
                    "CUPS is not installed here ('lp' not found): apt-get install cups-client"
                ) from exc
            except subprocess.TimeoutExpired as exc:
                raise PrinterError(f"{a}: lp did not answer in {self.timeout:g} s") from exc
            if done.returncode != 0:
                raise PrinterError(
                    f"{a}: {done.stderr.decode(errors='replace').strip() or 'lp failed'}"
                )
        else:
            path = Path(a.target)
            if a.target.endswith("/") or path.is_dir():
                path.mkdir(parents=True, exist_ok=True)
                path = path / f"{job_id}.{'pdf' if kind == 'pdf' else 'zpl'}"
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            except OSError as exc:
                raise PrinterError(f"{a}: cannot write {path}: {exc.strerror}") from exc

    def _exchange(self, data: bytes, *, expect_status: bool) -> bytes:
        """Write `data`; with expect_status, read the three ~HS frames."""
        a = self.address
        if a.scheme == "tcp":
            try:
                conn = socket.create_connection((a.target, a.port), timeout=self.timeout)
            except OSError as exc:
                raise NothingSent(
                    f"{a}: cannot reach the printer ({exc.strerror or exc}): "
                    "is it on and on the network?"
                ) from exc
            try:
                with conn:
                    conn.sendall(data)
                    return (
                        _read_status(conn.recv, self.timeout, empty_means_closed=True)
                        if expect_status
                        else b""
                    )
            except OSError as exc:
                raise PrinterError(f"{a}: the connection broke ({exc.strerror or exc})") from exc
        try:
            port = SerialPort(a.target, SerialSettings(a.baud))
        except DeviceGone as exc:
            raise NothingSent(str(exc)) from exc
        try:
            port.write(data)
            return (
                _read_status(lambda _n: port.read(0.2), self.timeout, empty_means_closed=False)
                if expect_status
                else b""
            )
        finally:
            port.close()


def _read_status(
    recv: Callable[[int], bytes], timeout: float, *, empty_means_closed: bool
) -> bytes:
    """Read until the three ~HS frames are in (a socket's empty read means it was closed)."""
    got = b""
    deadline = time.monotonic() + timeout
    while got.count(b"\x03") < 3:
        if time.monotonic() > deadline:
            raise PrinterError("the printer did not answer ~HS: is it a ZPL printer, and on?")
        try:
            chunk = recv(1024)
        except TimeoutError:
            continue
        if not chunk and empty_means_closed:
            raise PrinterError("the printer closed the connection before answering ~HS")
        got += chunk
    return got


def _plain(status: PrinterStatus | None) -> dict[str, object] | None:
    if status is None:
        return None
    data = asdict(status)
    data.pop("raw", None)
    return data
