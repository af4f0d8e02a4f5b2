"""The bench on a real X server, typed at by xdotool as a USB keyboard-wedge scanner types.

Synthetic key events (what the offscreen tests send) never show what the X server does to a
scanner's keys: a Shift press and release around every capital, a quick re-press of the same
key marked as auto-repeat, events that queue up while the window paints.  These tests start
Xvfb (installed by `./station test`), run the real application (`main.py --demo`, on its own
data directory) as a separate process with Qt's xcb platform, and type with `xdotool`, whose
keys take the same path through the X server as a scanner's.

What the bench received is read back from its own recording (every input it handled, in
order: docs/recording.md) and from its database, never from inside the process.

Without Xvfb or xdotool the tests are skipped with the reason printed, except in CI
(`CI=true`), where they fail: there they must run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.xserver import XServerError, start_xvfb

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _missing() -> str | None:
    for program in ("Xvfb", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed (./station test installs xvfb and xdotool)"
    return None


@dataclass
class XServer:
    display: str
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    missing = _missing()
    if missing:
        if IN_CI:
            pytest.fail(f"real-X tests must run in CI: {missing}")
        pytest.skip(missing)
    try:
        display, process = start_xvfb()
    except XServerError as exc:
        pytest.fail(str(exc))
    server = XServer(display, process)
    yield server
    process.terminate()
    process.wait(10)


@dataclass
class Bench:
    """The real application on the X server, and what it recorded."""

    xserver: XServer
    home: Path
    process: subprocess.Popen[bytes]
    log: Path
    started_rows: dict[str, int] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return self.home / "data" / "receiving-station"

    def xdotool(self, *args: str, timeout: float = 120) -> None:
        """Type (or look) with xdotool.  As root (CI) it runs at a higher priority: a scanner's
        keys come at hardware pace, and an xdotool the busy test machine stalls mid-code for
        tens of milliseconds would be a scanner that hesitates, which is not the test."""
        urgent = ["nice", "-n", "-10"] if os.geteuid() == 0 and shutil.which("nice") else []
        subprocess.run(
            [*urgent, "xdotool", *args], env=self.xserver.env(), check=True, timeout=timeout
        )

    def window_named(self, name: str) -> bool:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=self.xserver.env(),
            capture_output=True,
            text=True,
        )
        return found.returncode == 0 and bool(found.stdout.strip())

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            subprocess.run(
                ["import", "-window", "root", str(path)], env=self.xserver.env(), check=False
            )

    def inputs(self) -> list[dict[str, Any]]:
        """Every input the bench handled, oldest first (its recording)."""
        files = sorted((self.data / "recordings").glob("*.jsonl"))
        rows: list[dict[str, Any]] = []
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if "kind" in row:
                    rows.append(row)
        return rows

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.data / "demo.sqlite3", timeout=30)

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        with self.db() as conn:
            return list(conn.execute(sql, args))

    def count(self, table: str) -> int:
        return int(self.query(f"SELECT count(*) FROM {table}")[0][0])

    def wait_for(self, what: str, check: Callable[[], Any], timeout: float = 60) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"the application exited: {self.log.read_text()[-3000:]}")
            value = check()
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"waited {timeout:g} s for {what}")

    def wedge_log(self) -> str:
        """What the wedge filter made of each burst (its DEBUG lines), for a failure's story."""
        lines = self.log.read_text(errors="replace").splitlines()
        return "\n".join(line[:300] for line in lines if "scan_filter" in line)

    def scans(self) -> list[str]:
        return [row["value"] for row in self.inputs() if row["kind"] == "scan"]

    def keys(self) -> list[str]:
        return [row["value"] for row in self.inputs() if row["kind"] == "key"]

    def sign_in(self, badge: str) -> None:
        before = len(self.query("SELECT id FROM audit_log WHERE action = 'signed_in'"))
        self.xdotool("type", "--delay", "2", badge)
        self.xdotool("key", "Return")
        self.wait_for(
            f"{badge} signed in",
            lambda: len(self.query("SELECT id FROM audit_log WHERE action = 'signed_in'")) > before,
        )
        time.sleep(0.5)  # the window switches to the bench


@pytest.fixture
def bench(xserver: XServer, tmp_path: Path) -> Iterator[Bench]:
    """`main.py --demo` on the X server, on a demo database of its own; ready to sign in."""
    home = tmp_path
    env = {
        key: value
        for key, value in xserver.env().items()
        if not key.startswith("RECEIVING_STATION_")
    }
    env.update(
        QT_QPA_PLATFORM="xcb",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONUNBUFFERED="1",
        RECEIVING_STATION_LOG_LEVEL="DEBUG",  # the wedge filter's verdicts, in app.log
    )
    log = home / "app.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--demo"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    app = Bench(xserver, home, process, log)
    try:
        app.wait_for("the window", lambda: app.window_named("Receiving Station"), timeout=120)
        # No window manager: give the window the keyboard, as a kiosk's session would (an
        # earlier test's window took it with it when it closed).
        app.xdotool("mousemove", "800", "500")
        app.xdotool("search", "--onlyvisible", "--name", "Receiving Station", "windowfocus")
        app.wait_for("the demo database", lambda: (app.data / "demo.sqlite3").exists())
        app.wait_for("the recording", lambda: list((app.data / "recordings").glob("*.jsonl")))
        time.sleep(1.0)  # the operators' list loads on the bench worker
        yield app
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(10)
