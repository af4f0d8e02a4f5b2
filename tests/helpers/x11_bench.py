"""The real application on a private X server, typed into with xdotool as a USB scanner types,
and what it recorded (the real-X tests' fixtures in tests/x11/conftest.py build it)."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devices.scanner import ScannerSettings
from tests.helpers.xserver import type_scans


@dataclass
class XServer:
    display: str
    process: subprocess.Popen[bytes]

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.display}


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
        """What the wedge filter made of each burst (its DEBUG lines), for a failure's story,
        and whether the typist hesitated (see `typist_hesitated`)."""
        lines = self.log.read_text(errors="replace").splitlines()
        story = "\n".join(line[:300] for line in lines if "scan_filter" in line)
        hesitated = typist_hesitated(lines)
        return f"{story}\n{hesitated}" if hesitated else story

    def scans(self) -> list[str]:
        return [row["value"] for row in self.inputs() if row["kind"] == "scan"]

    def keys(self) -> list[str]:
        return [row["value"] for row in self.inputs() if row["kind"] == "key"]

    def sign_in(self, badge: str, pin: str | None = None) -> None:
        """The badge scanned as a scanner types it; for a lead or supervisor, the PIN then
        typed by hand (120 ms a key) on the screen that asks for it."""
        before = len(self.query("SELECT id FROM audit_log WHERE action = 'signed_in'"))
        scanned = self.scans().count(badge)
        # One xdotool: the scanner types Enter as it types the code.  (An Enter from a second
        # xdotool process came, on a loaded machine, after the detector's 50 ms pause: the
        # badge was dropped as a fragment and nobody signed in.)
        self.xdotool(*type_scans([(badge, 1, 0)]))
        if pin is not None:  # the bench has the badge (recorded once handled): the PIN next
            self.wait_for(f"{badge} scanned", lambda: self.scans().count(badge) > scanned)
            time.sleep(0.3)  # the window's update reaches the sign-in screen
            self.xdotool("type", "--delay", "120", pin)
            self.xdotool("key", "Return")
        try:
            self.wait_for(
                f"{badge} signed in",
                lambda: (
                    len(self.query("SELECT id FROM audit_log WHERE action = 'signed_in'")) > before
                ),
            )
        except AssertionError as exc:  # what the wedge filter made of the keys tells why
            raise AssertionError(f"{exc}; the keys:\n{self.wedge_log()}") from None
        time.sleep(0.5)  # the window switches to the bench


_BURST = re.compile(r"wedge (typed \(near a scan\)|scan|dropped): '(.*)' at \[([0-9., ]+)\]")


def typist_hesitated(lines: list[str]) -> str | None:
    """A scanner's keys split because xdotool itself stalled: the X server stamped keys of
    one code more than the scan gap apart (a busy test machine descheduling xdotool), so the
    keys were not typed at a scanner's pace and the bench rightly took the head for a
    person's.  Said as "the typist hesitated", which the real-X tests rerun on (and only on:
    keys stamped at a scanner's pace that went wrong fail at once)."""
    limit = ScannerSettings().scan_gap
    for line in lines:
        found = _BURST.search(line)
        if found is None or found[1] == "scan":
            continue
        stamps = [float(t) for t in found[3].split(",")]
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        if found[1].startswith("typed") or (gaps and max(gaps) > limit):
            worst = max(gaps, default=0.0)
            return (
                f"the typist hesitated: {found[2]!r} ({found[1]}), keys stamped up to "
                f"{worst * 1000:.0f} ms apart where a scanner types every {limit * 1000:.0f} ms"
            )
    return None
