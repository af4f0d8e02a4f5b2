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

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.x11_bench import Bench, XServer
from tests.helpers.xserver import XServerError, start_xvfb

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _missing() -> str | None:
    for program in ("Xvfb", "xdotool"):
        if shutil.which(program) is None:
            return f"{program} is not installed (./station test installs xvfb and xdotool)"
    return None


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


@pytest.fixture
def bench(xserver: XServer, tmp_path: Path) -> Iterator[Bench]:
    """`main.py --demo` on the X server, on a demo database of its own; ready to sign in."""
    with run_bench(xserver, tmp_path) as app:
        yield app


@pytest.fixture
def kiosk(xserver: XServer, tmp_path: Path) -> Iterator[Bench]:
    """`main.py --demo --kiosk` on the X server: full screen, closed only by a supervisor."""
    with run_bench(xserver, tmp_path, "--kiosk") as app:
        yield app


@contextlib.contextmanager
def run_bench(xserver: XServer, tmp_path: Path, *args: str) -> Iterator[Bench]:
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
            [sys.executable, str(ROOT / "main.py"), "--demo", *args],
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
