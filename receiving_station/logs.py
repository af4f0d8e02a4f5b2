"""The station's log: every audited action (signed in, parcel opened, unit decided, refund
released, station closed ...) and every warning, with the station, the operator at the bench
and the action as fields of their own, to the systemd journal when systemd runs the station
and to a rotating file in the data directory always.

    journalctl --user -u receiving-station ACTION=station_closed
    journalctl --user -u receiving-station STATION=BENCH-07 OPERATOR="Sara Holm"

The journal is written in its native protocol (systemd.io/JOURNAL_NATIVE_PROTOCOL: one
datagram a record to /run/systemd/journal/socket, a field a line, a value with a line break in
the binary-safe form), so the fields are the journal's own, searchable, not words in a line of
text.  The file keeps the same fields as `key=value`, control characters escaped: a scanned
code or a name from a shop's data cannot forge a line of the log.

Layers: the core writes the actions (receiving_station.audit, once committed); this module is
set up by the processes (the window, the dispatcher).  No Qt.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import socket
import struct
import sys
from pathlib import Path

JOURNAL_SOCKET = "/run/systemd/journal/socket"
IDENTIFIER = "receiving-station"
#: record attribute -> journal field
FIELDS = {"station": "STATION", "operator": "OPERATOR", "action": "ACTION", "entity": "ENTITY"}
_PRIORITY = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class _Context:
    """Who works at this bench, for the records that do not say (one bench a process)."""

    station: str | None = None
    operator: str | None = None
    names: dict[int, str] = {}  # operator id -> name, as the sign-in list has them


context = _Context()


def at_bench(operator: str | None) -> None:
    """The operator now signed in at this bench (None: nobody)."""
    context.operator = operator


def name_operators(names: dict[int, str]) -> None:
    """The operators' names, for the actions that name an operator by id."""
    context.names = {**context.names, **names}


def operator_name(operator_id: int | None) -> str | None:
    if operator_id is None:
        return None
    return context.names.get(operator_id) or f"operator {operator_id}"


class StationFields(logging.Filter):
    """Give every record the station and the operator at the bench, unless it names its own."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "station", None) is None:
            record.station = context.station
        if getattr(record, "operator", None) is None:
            record.operator = context.operator
        for name in ("action", "entity"):
            if not hasattr(record, name):
                setattr(record, name, None)
        return True


def escaped(text: str) -> str:
    """`text` with its control characters written as escapes: one record stays one line."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class LineFormatter(logging.Formatter):
    """One line a record: time, level, logger, the fields that are set, the message."""

    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(
            f"{name}={escaped(str(value))!s}"
            for name in FIELDS
            if (value := getattr(record, name, None)) is not None
        )
        message = escaped(record.getMessage())
        line = f"{self.formatTime(record)} {record.levelname} {record.name} {fields}: {message}"
        if record.exc_info:
            line += " | " + escaped(self.formatException(record.exc_info))
        return line


def journal_datagram(fields: dict[str, str | None]) -> bytes:
    """Fields in the journal's native protocol: `KEY=value\\n`, or for a value with a line
    break `KEY\\n`, its length as 64-bit little-endian, the value, `\\n`."""
    out = bytearray()
    for key, value in fields.items():
        if value is None:
            continue
        data = value.encode("utf-8", "replace")
        name = key.encode("ascii")
        if b"\n" in data:
            out += name + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += name + b"=" + data + b"\n"
    return bytes(out)


class JournalHandler(logging.Handler):
    """Records to the systemd journal, the station's fields as journal fields."""

    def __init__(self, path: str = JOURNAL_SOCKET, identifier: str = IDENTIFIER) -> None:
        super().__init__()
        self.path, self.identifier = path, identifier
        self.failed = False
        self.socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
            if record.exc_info:
                message += "\n" + logging.Formatter().formatException(record.exc_info)
            fields: dict[str, str | None] = {
                "MESSAGE": message[:60_000],
                "PRIORITY": str(_PRIORITY.get(record.levelno, 6)),
                "SYSLOG_IDENTIFIER": self.identifier,
                "LOGGER": record.name,
                "CODE_FILE": record.pathname,
                "CODE_LINE": str(record.lineno),
                "CODE_FUNC": record.funcName,
            }
            for name, key in FIELDS.items():
                value = getattr(record, name, None)
                if value is not None:
                    fields[key] = str(value)[:1000]
            self.socket.sendto(journal_datagram(fields), self.path)
        except OSError as exc:  # the journal gone: the file still has it; said once
            if not self.failed:
                self.failed = True
                print(f"receiving-station: the journal does not answer: {exc}", file=sys.stderr)
        else:
            self.failed = False

    def close(self) -> None:
        self.socket.close()
        super().close()


def under_systemd() -> bool:
    """Whether systemd started this process with its output going to the journal."""
    return bool(os.environ.get("JOURNAL_STREAM")) and os.path.exists(
        os.environ.get("RECEIVING_STATION_JOURNAL_SOCKET", JOURNAL_SOCKET)
    )


class StationLog:
    """The handlers one process added; `close()` takes them away again (and the level)."""

    def __init__(self, handlers: list[logging.Handler], paths: list[Path], level: int) -> None:
        self.handlers, self.paths, self._level = handlers, paths, level

    def close(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self._level)


def setup_logging(
    station: str, log_dir: Path, *, level: str | None = None, name: str = IDENTIFIER
) -> StationLog:
    """The process's log: the station's actions and warnings (INFO, or `level`) to a rotating
    file in `log_dir` (5 files of 5 MB), and to the journal when systemd runs the process
    (else to stderr when `level` asks for it)."""
    context.station = station
    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    paths: list[Path] = []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"{name}.log"
        handlers.append(
            logging.handlers.RotatingFileHandler(
                path, maxBytes=5_000_000, backupCount=5, encoding="utf-8"
            )
        )
        paths.append(path)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", log_dir, exc)
    if under_systemd():
        socket_path = os.environ.get("RECEIVING_STATION_JOURNAL_SOCKET", JOURNAL_SOCKET)
        handlers.append(JournalHandler(socket_path, name))
    elif level:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.setFormatter(LineFormatter())
        handler.addFilter(StationFields())
        root.addHandler(handler)
    before = root.level
    root.setLevel(level.upper() if level else logging.INFO)
    for noisy in ("sqlalchemy", "alembic", "urllib3", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return StationLog(handlers, paths, before)
