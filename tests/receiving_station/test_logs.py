"""The station's log (issue #25 item 2): every audited action, once committed, to the systemd
journal with STATION, OPERATOR and ACTION as journal fields, and to a rotating file where
hostile text cannot forge a line.

The journal is the real one: systemd-journald, started for these tests when none runs (as
root, on this machine and in CI), read back with journalctl.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from db.engine import session_factory, write_transaction
from db.types import utcnow
from receiving_station import audit, logs
from receiving_station.bench.controller import BenchController
from receiving_station.bench.state import BenchInput
from receiving_station.demo.data import generate_demo_data
from receiving_station.receiving.workflow import Workflow
from receiving_station.rules import load_rules
from tests.helpers.bench import TODAY

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
JOURNALD = "/lib/systemd/systemd-journald"


@pytest.fixture(scope="module")
def journal() -> Iterator[str]:
    """A running systemd-journald's socket (started here when none runs)."""
    started = None
    if not _answers(logs.JOURNAL_SOCKET):
        if not (os.path.exists(JOURNALD) and shutil.which("journalctl") and os.geteuid() == 0):
            reason = "no systemd-journald to start (the systemd package, as root)"
            if IN_CI:
                pytest.fail(reason)
            pytest.skip(reason)
        started = subprocess.Popen([JOURNALD], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while not _answers(logs.JOURNAL_SOCKET):
            assert started.poll() is None, started.stderr.read() if started.stderr else ""
            assert time.monotonic() < deadline, "systemd-journald did not open its socket"
            time.sleep(0.05)
    yield logs.JOURNAL_SOCKET
    if started is not None:
        started.terminate()
        started.wait(10)


def _answers(path: str) -> bool:
    import socket

    if not os.path.exists(path):
        return False
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    try:
        probe.connect(path)
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _read_journal(identifier: str, wanted: int, timeout: float = 10) -> list[dict[str, str]]:
    deadline = time.monotonic() + timeout
    while True:
        found = subprocess.run(
            ["journalctl", "--no-pager", "-o", "json", f"SYSLOG_IDENTIFIER={identifier}"],
            capture_output=True,
            text=True,
        )
        rows = [json.loads(line) for line in found.stdout.splitlines() if line.startswith("{")]
        if len(rows) >= wanted or time.monotonic() > deadline:
            return rows
        time.sleep(0.1)


def test_the_native_protocol_as_journald_reads_it(journal: str) -> None:
    identifier = f"rs-test-{uuid.uuid4().hex[:8]}"
    handler = logs.JournalHandler(journal, identifier)
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "two\nlines", None, None)
    record.station, record.operator, record.action = "BENCH-07", "Åsa\nÖberg", "signed_in"
    handler.emit(record)
    handler.close()
    (row,) = _read_journal(identifier, 1)
    assert row["MESSAGE"] == "two\nlines" and row["PRIORITY"] == "4"
    assert row["STATION"] == "BENCH-07" and row["OPERATOR"] == "Åsa\nÖberg"
    assert row["ACTION"] == "signed_in" and row["CODE_FILE"] == __file__


def test_bench_actions_reach_the_journal_and_the_file_once_committed(
    engine: Engine, journal: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo_data(engine, returns=5, seed=1, today=TODAY)
    identifier = f"rs-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("JOURNAL_STREAM", "8:1234")  # as systemd sets it for a unit
    station_log = logs.setup_logging("BENCH-07", tmp_path / "logs", name=identifier)
    try:
        sessions = session_factory(engine)
        bench = BenchController(Workflow(sessions, load_rules()), sessions, "BENCH-07")
        bench.operators()  # the sign-in list: the names the actions are logged with
        bench.handle(BenchInput("scan", "B-1001"))
        bench.handle(BenchInput("logout", "done"))
        # a transaction that rolls back leaves no line
        with pytest.raises(RuntimeError), write_transaction(sessions) as session:
            audit.record(
                session,
                action="never_happened",
                entity_type="test",
                entity_id=1,
                at=utcnow(),
                operator_id=None,
                station_id=None,
            )
            raise RuntimeError("rolled back")
    finally:
        station_log.close()
    rows = _read_journal(identifier, 2)
    actions = [(r.get("ACTION"), r.get("OPERATOR"), r.get("STATION")) for r in rows]
    assert ("signed_in", "Sara Holm", "BENCH-07") in actions
    assert ("signed_out", "Sara Holm", "BENCH-07") in actions
    assert not any(r.get("ACTION") == "never_happened" for r in rows)
    text = (tmp_path / "logs" / f"{identifier}.log").read_text(encoding="utf-8")
    assert "station=BENCH-07 operator=Sara Holm action=signed_in" in text
    assert "never_happened" not in text


def test_hostile_text_cannot_forge_a_line_in_the_file(tmp_path: Path) -> None:
    station_log = logs.setup_logging("BENCH-01", tmp_path)
    try:
        logs.at_bench("Eve\n2026-12-07 10:00:00 INFO receiving_station.actions action=refund")
        logging.getLogger("receiving_station.actions").info(
            "scanned %s", "1Z\r\n\x1b[31mFAKE\u2028line", extra={"action": "scan"}
        )
    finally:
        logs.at_bench(None)
        station_log.close()
    lines = (tmp_path / "receiving-station.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert (
        "operator=Eve\\x0a2026" in lines[0] and "1Z\\x0d\\x0a\\x1b[31mFAKE\\u2028" not in lines[0]
    )
    assert "\\x1b[31mFAKE\\x2028line" in lines[0]
