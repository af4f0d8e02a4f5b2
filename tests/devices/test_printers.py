"""Label printers: URLs, ZPL content, ~HS, and the real printer code against the simulator."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printers import JobLog, Printer, parse_printer_url
from devices.printers.pdf import sample_pdf
from devices.printers.zpl import (
    PrinterError,
    PrinterStatus,
    escape,
    host_status_frames,
    parse_host_status,
    sample_label,
)
from devices.simulators.printer_sim import PrinterSimulator

#: A job as the bench sends it (unit labels' content is tested in
#: tests/receiving_station/test_label_layout.py).
JOB = sample_label("Rain jacket ^Storm~ _M_")


@pytest.mark.parametrize(
    ("url", "text"),
    [
        ("tcp://10.0.0.5:9100", "tcp://10.0.0.5:9100"),
        ("tcp://printer-3", "tcp://printer-3:9100"),
        ("serial:///dev/ttyUSB0?baud=19200", "serial:///dev/ttyUSB0?baud=19200"),
        ("cups://Zebra_Bench1", "cups://Zebra_Bench1"),
        ("file:///tmp/labels/", "file:///tmp/labels/"),
        ("pdf+file:///tmp/labels/", "pdf+file:///tmp/labels/"),
    ],
)
def test_printer_urls(url: str, text: str) -> None:
    assert str(parse_printer_url(url)) == text


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://printer", "not a printer address"),
        ("tcp://", "no host"),
        ("tcp://printer:nine", "port must be a number"),
        ("serial://?baud=9600", "no device path"),
        ("serial:///dev/ttyUSB0?baud=fast", "baud must be a number"),
        ("cups://", "no queue name"),
    ],
)
def test_bad_printer_urls_say_what_a_good_one_looks_like(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_printer_url(url)


def test_test_label_sizes_and_escaped_note() -> None:
    small = JOB.decode()
    assert small.startswith("^XA") and small.rstrip().endswith("^XZ")
    assert "^CI28" in small and "^PW812" in small and "^LL406" in small
    assert "Rain jacket _5EStorm_7E _5FM_5F" in small and "^Storm" not in small
    assert "^LL1218" in sample_label("x", size="4x6", dpi=203).decode()
    assert "^PW1200" in sample_label("x", size="4x2", dpi=300).decode()
    with pytest.raises(ValueError, match="label size"):
        sample_label("x", size="3x1")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=50))
def test_escaped_fields_never_contain_a_command_character(text: str) -> None:
    escaped = escape(text)
    assert "^" not in escaped and "~" not in escaped
    assert all(ord(c) >= 0x20 for c in escaped)


@pytest.mark.parametrize(
    "fault", ["paper_out", "paused", "head_open", "ribbon_out", "buffer_full", "over_temperature"]
)
def test_host_status_round_trip(fault: str) -> None:
    status = PrinterStatus(**{fault: True}, labels_remaining=3)
    parsed = parse_host_status(host_status_frames(status))
    assert getattr(parsed, fault) and parsed.labels_remaining == 3
    assert not parsed.ready and len(parsed.faults()) == 1


def test_host_status_needs_three_frames() -> None:
    with pytest.raises(PrinterError, match="1 of 3"):
        parse_host_status(b"\x02030,0,0\x03\r\n")


@pytest.fixture
def simulator(tmp_path: Path):  # type: ignore[no-untyped-def]
    sim = PrinterSimulator(save_dir=tmp_path / "received").start()
    yield sim
    sim.stop()


def test_a_job_is_checked_sent_once_and_logged(simulator: PrinterSimulator, tmp_path: Path) -> None:
    log = JobLog(tmp_path / "jobs.jsonl")
    printer = Printer(simulator.url, log, timeout=2)
    result = printer.print_job("unit-1", JOB)
    assert result.sent and result.status_before and result.status_after
    assert simulator.status_requests == 2  # before and after
    saved = sorted((tmp_path / "received").iterdir())
    assert [p.name for p in saved] == ["label-0001.zpl"]
    assert saved[0].read_bytes() == JOB

    again = printer.print_job("unit-1", JOB)
    assert again.already_sent and not again.sent and "reprint it as a new job" in again.message
    assert len(simulator.labels) == 1

    entries = [json.loads(line) for line in (tmp_path / "jobs.jsonl").read_text().splitlines()]
    assert [(e["job_id"], e["state"]) for e in entries] == [("unit-1", "sent")]
    assert entries[0]["content"].startswith("^XA")


@pytest.mark.parametrize(
    ("fault", "words"),
    [
        ("paper_out", "paper out"),
        ("head_open", "print head open"),
        ("paused", "paused"),
        ("ribbon_out", "ribbon out"),
    ],
)
def test_faults_refuse_the_job_and_name_the_fault(
    simulator: PrinterSimulator, tmp_path: Path, fault: str, words: str
) -> None:
    simulator.model.set(**{fault: True})
    printer = Printer(simulator.url, JobLog(tmp_path / "jobs.jsonl"), timeout=2)
    with pytest.raises(PrinterError, match=words):
        printer.print_job("unit-2", JOB)
    assert simulator.labels == [] and simulator.held == []
    simulator.model.set(**{fault: False})
    assert printer.print_job("unit-2", JOB).sent  # refused is not sent


def test_paper_running_out_during_the_job_is_reported(
    simulator: PrinterSimulator, tmp_path: Path
) -> None:
    simulator.model.paper_left = 1
    printer = Printer(simulator.url, JobLog(tmp_path / "jobs.jsonl"), timeout=2)
    result = printer.print_job("unit-3", JOB)
    assert result.sent and "paper out" in result.message
    with pytest.raises(PrinterError, match="paper out"):
        printer.print_job("unit-4", JOB)


def test_unreachable_printer(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    printer = Printer(f"tcp://127.0.0.1:{port}", JobLog(tmp_path / "jobs.jsonl"), timeout=1)
    with pytest.raises(PrinterError, match="cannot reach the printer"):
        printer.print_job("unit-5", sample_label("test"))


def test_file_and_pdf_printers(tmp_path: Path) -> None:
    log = JobLog(tmp_path / "jobs.jsonl")
    zpl = Printer(f"file://{tmp_path}/zpl/", log).print_job("unit-6", JOB)
    assert zpl.sent and (tmp_path / "zpl" / "unit-6.zpl").read_bytes() == JOB
    data = sample_pdf("office printer")
    assert data.startswith(b"%PDF")
    pdf = Printer(f"pdf+file://{tmp_path}/pdf/", log).print_job("unit-7", data, kind="pdf")
    assert pdf.sent and (tmp_path / "pdf" / "unit-7.pdf").read_bytes().startswith(b"%PDF")


def test_cups_without_cups_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    printer = Printer("cups://Zebra", JobLog(tmp_path / "jobs.jsonl"))
    with pytest.raises(PrinterError, match="cups-client"):
        printer.print_job("unit-8", sample_label("cups"))
    assert printer.log.sent("unit-8") is None  # certainly not sent: a retry may send it


def test_zpl_over_serial(tmp_path: Path) -> None:
    from devices.simulators.pty_device import PtyDevice

    received = bytearray()
    status = {"value": PrinterStatus()}

    def printer(data: bytes) -> bytes | None:
        received.extend(data)
        if b"~HS" in data:
            return host_status_frames(status["value"])
        return None

    device = PtyDevice(printer, name="zebra-serial").start()
    try:
        url = f"serial://{device.path}?baud=9600"
        log = JobLog(tmp_path / "jobs.jsonl")
        result = Printer(url, log, timeout=2).print_job("unit-9", JOB)
        assert result.sent and JOB in bytes(received)
        status["value"] = PrinterStatus(head_open=True)
        with pytest.raises(PrinterError, match="print head open"):
            Printer(url, log, timeout=2).print_job("unit-10", JOB)
    finally:
        device.stop()


def test_zpl_through_a_real_cups_raw_queue(
    cups_server, simulator: PrinterSimulator, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cups_server.add_raw_queue("rs-zebra", f"socket://{simulator.host}:{simulator.port}")
    log = JobLog(tmp_path / "jobs.jsonl")
    result = Printer("cups://rs-zebra", log, timeout=10).print_job("unit-11", JOB)
    assert result.sent and result.status_before is None  # CUPS has no status path back
    deadline = time.monotonic() + 15
    while not simulator.labels and time.monotonic() < deadline:
        time.sleep(0.1)
    assert simulator.labels == [JOB]


class RawSink:
    """A network printer port that keeps every connection's bytes (as a PDF printer on 9100)."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                chunks = []
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
                self.jobs.append(b"".join(chunks))

    def close(self) -> None:
        self.server.close()


def test_pdf_through_a_real_cups_queue(cups_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sink = RawSink()
    try:
        cups_server.add_raw_queue("rs-pdf", f"socket://127.0.0.1:{sink.port}")
        document = sample_pdf("office printer")
        result = Printer(
            "pdf+cups://rs-pdf", JobLog(tmp_path / "jobs.jsonl"), timeout=10
        ).print_job("unit-12", document, kind="pdf")
        assert result.sent
        deadline = time.monotonic() + 15
        while not sink.jobs and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sink.jobs == [document]
    finally:
        sink.close()


def test_cups_unknown_queue_is_refused_by_cups(cups_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printer = Printer("cups://no-such-queue", JobLog(tmp_path / "jobs.jsonl"), timeout=10)
    with pytest.raises(PrinterError, match="no-such-queue"):
        printer.print_job("unit-13", JOB)
