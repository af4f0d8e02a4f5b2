"""Device test helpers: a byte-for-byte expected protocol (after PyMeasure's), and a private
CUPS scheduler for printing through real CUPS queues."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


class ExpectedProtocol:
    """A fake Port that accepts exactly the listed writes, in order, and answers each with
    the listed bytes.  Anything unexpected fails at once; pairs left over fail at the end."""

    name = "expected-protocol"

    def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
        self.pairs = list(pairs)
        self._pending = b""

    def write(self, data: bytes) -> None:
        assert self.pairs, f"unexpected write {data!r}: no more writes were expected"
        wanted, answer = self.pairs.pop(0)
        assert data == wanted, f"wrote {data!r}, expected {wanted!r}"
        self._pending += answer

    def read(self, timeout: float) -> bytes:
        data, self._pending = self._pending, b""
        return data

    def reset_input(self) -> None:
        pass

    def close(self) -> None:
        pass

    def assert_done(self) -> None:
        assert not self.pairs, f"expected writes never made: {self.pairs!r}"
        assert not self._pending, f"answers never read: {self._pending!r}"


@pytest.fixture
def expected_protocol() -> Iterator[type[ExpectedProtocol]]:
    made: list[ExpectedProtocol] = []

    class Tracked(ExpectedProtocol):
        def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
            super().__init__(pairs)
            made.append(self)

    yield Tracked
    for protocol in made:
        protocol.assert_done()


# -- a private CUPS scheduler, for printing through real CUPS queues ---------------------------

CUPSD_CONF = """\
Listen 127.0.0.1:{port}
LogLevel warn
WebInterface No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""
CUPS_FILES = """\
ServerRoot {root}/etc
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
FileDevice Yes
Sandboxing Relaxed
"""


class CupsServer:
    def __init__(self, root: Path, port: int, process: subprocess.Popen[bytes]) -> None:
        self.root, self.port, self.process = root, port, process
        self.address = f"127.0.0.1:{port}"

    def add_raw_queue(self, name: str, device_uri: str) -> None:
        subprocess.run(
            ["lpadmin", "-h", self.address, "-p", name, "-E", "-v", device_uri, "-m", "raw"],
            check=True,
            capture_output=True,
            timeout=20,
        )


@pytest.fixture(scope="session")
def cups_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsServer]:
    """A cupsd of the test run's own (not the system's), on a free local port.

    Missing CUPS is a skip with the reason, except in CI (CI=true) where it fails: `./station
    test` installs cups and cups-client."""
    missing = [tool for tool in ("cupsd", "lpadmin", "lp") if shutil.which(tool) is None]
    missing += [] if Path("/usr/sbin/cupsd").exists() or shutil.which("cupsd") else ["cupsd"]
    missing += [] if Path("/usr/lib/cups/backend/socket").exists() else ["the socket backend"]
    if missing:
        message = f"CUPS is not installed ({', '.join(sorted(set(missing)))}): apt-get install cups cups-client"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    # CUPS runs its filters and backends as the unprivileged 'lp' user: its directories must be
    # reachable by it (pytest's own temporary directories are private to the test user).
    root = Path(tempfile.mkdtemp(prefix="rs-cups-"))
    root.chmod(0o755)
    for sub in ("etc", "spool", "cache", "state", "tmp", "log", "out"):
        (root / sub).mkdir()
        (root / sub).chmod(0o1777 if sub in ("tmp", "out") else 0o755)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (root / "etc" / "cupsd.conf").write_text(CUPSD_CONF.format(port=port))
    (root / "etc" / "cups-files.conf").write_text(CUPS_FILES.format(root=root))
    cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
    process = subprocess.Popen(
        [
            cupsd,
            "-f",
            "-c",
            str(root / "etc" / "cupsd.conf"),
            "-s",
            str(root / "etc" / "cups-files.conf"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    if process.poll() is not None:
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        message = f"the test cupsd did not start: {error.strip()[:300]}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = CupsServer(root, port, process)
    previous = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = server.address
    yield server
    if previous is None:
        os.environ.pop("CUPS_SERVER", None)
    else:
        os.environ["CUPS_SERVER"] = previous
    process.terminate()
    process.wait(10)
    shutil.rmtree(root, ignore_errors=True)
