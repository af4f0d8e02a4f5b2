"""The sandbox shop as a server one could expose (issue #20): the signature before a large
body is read, a bounded body, a read time-out, its control pages off unless asked, its secret
from the environment only."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from db.engine import create_engine_for_url
from receiving_station.cli import main
from receiving_station.demo import sandbox as sandbox_module
from receiving_station.demo.sandbox import SandboxServer, SandboxStore, parse_listen
from tests.helpers.upstream import SECRET


@pytest.fixture
def exposed(tmp_path: Path) -> Iterator[SandboxServer]:
    """A sandbox as `sandbox-upstream` runs it without --control-pages."""
    store = SandboxStore(create_engine_for_url(f"sqlite:///{tmp_path / 'exposed.sqlite3'}"))
    server = SandboxServer(parse_listen("127.0.0.1:0"), store, SECRET, control_pages=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)
    store.engine.dispose()


def _address(server: SandboxServer) -> tuple[str, int]:
    host, port = server.server_address[:2]
    return str(host), int(port)


def test_the_control_pages_are_off_unless_asked(exposed: SandboxServer) -> None:
    for page in ("summary", "refunds", "deliveries"):
        assert httpx.get(f"{exposed.url}/_sandbox/{page}", timeout=5).status_code in (401, 404)
    faults = httpx.post(f"{exposed.url}/_sandbox/faults", json={"error_rate": 1}, timeout=5)
    assert faults.status_code in (401, 404)
    assert exposed.faults.error_rate == 0


def test_a_body_over_the_limit_is_refused_before_it_is_read(exposed: SandboxServer) -> None:
    with socket.create_connection(_address(exposed), timeout=5) as conn:
        conn.sendall(
            b"POST /refunds HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 50000000\r\n\r\n" + b"{" * 1000
        )
        answer = conn.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413") and b"too_large" in answer


def test_a_client_that_stops_sending_is_cut_off(
    exposed: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox_module._Handler, "timeout", 0.5)
    with socket.create_connection(_address(exposed), timeout=5) as conn:
        conn.sendall(b"POST /refunds HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        started = time.monotonic()
        data = conn.recv(4096)
        while data:  # whatever it answers, it closes the connection
            data = conn.recv(4096)
        assert time.monotonic() - started < 4


def test_the_sandbox_takes_its_secret_from_the_environment_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("RECEIVING_STATION_UPSTREAM_SECRET", raising=False)
    assert main(["sandbox-upstream", "--listen", "127.0.0.1:0"]) == 2
    assert "RECEIVING_STATION_UPSTREAM_SECRET" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["sandbox-upstream", "--secret", "on-the-command-line"])
