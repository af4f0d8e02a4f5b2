"""Kiosk mode on a real X server (issue #25 item 2): full screen with no title bar, and staff
cannot close it; the close key asks for a supervisor's badge (scanned, as a scanner types) and
PIN (typed by hand), checked in the database; only then does the process end, with the status
its systemd unit does not restart (packaging/systemd/receiving-station.service)."""

from __future__ import annotations

import subprocess
import time

from tests.helpers.x11_bench import Bench
from tests.helpers.xserver import SCREEN, type_scans
from ui.kiosk import CLOSED_BY_SUPERVISOR
from ui.main_window import CLOSE_KEY

CLOSE = CLOSE_KEY.lower()  # xdotool's name for it: ctrl+shift+q
DIALOG = "Close the station"


def _geometry(kiosk: Bench) -> str:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "Receiving Station", "getwindowgeometry"],
        env=kiosk.xserver.env(),
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout


def _audit(kiosk: Bench, action: str) -> list[tuple[object, ...]]:
    return kiosk.query("SELECT operator_id, details FROM audit_log WHERE action = ?", action)


def _ask_to_close(kiosk: Bench) -> None:
    kiosk.xdotool("key", CLOSE)
    kiosk.wait_for("the close dialog", lambda: kiosk.window_named(DIALOG), timeout=20)
    time.sleep(0.3)


def _badge_and_pin(kiosk: Bench, badge: str, pin: str) -> None:
    kiosk.xdotool(*type_scans([(badge, 1, 0.4)]))  # scanned: a burst and Enter
    kiosk.xdotool("type", "--delay", "120", pin)  # typed by hand
    kiosk.xdotool("key", "--delay", "120", "Return")


def test_staff_cannot_close_the_kiosk_a_supervisor_can(kiosk: Bench) -> None:
    width, height = SCREEN.split("x")[:2]
    assert f"Geometry: {width}x{height}" in _geometry(kiosk)  # full screen, nothing round it
    # the close key, then Esc: back to work
    _ask_to_close(kiosk)
    kiosk.xdotool("key", "Escape")
    kiosk.wait_for("the dialog closed", lambda: not kiosk.window_named(DIALOG), timeout=20)
    assert kiosk.process.poll() is None
    # a member of staff: refused, the station stays
    _ask_to_close(kiosk)
    _badge_and_pin(kiosk, "B-1001", "1234")
    kiosk.wait_for("the refusal", lambda: _audit(kiosk, "station_close_refused"), timeout=20)
    assert "not_supervisor" in str(_audit(kiosk, "station_close_refused")[0][1])
    # the supervisor with a wrong PIN: refused and counted towards the lock
    _badge_and_pin(kiosk, "B-3001", "9999")
    kiosk.wait_for(
        "the wrong PIN counted",
        lambda: (
            kiosk.query("SELECT failed_sign_ins FROM operators WHERE badge_code = 'B-3001'")[0][0]
            == 1
        ),
        timeout=20,
    )
    assert kiosk.process.poll() is None and kiosk.window_named("Receiving Station")
    # the supervisor's badge and PIN: the station closes, with the status systemd leaves be
    _badge_and_pin(kiosk, "B-3001", "1234")
    status = kiosk.process.wait(30)
    assert status == CLOSED_BY_SUPERVISOR
    closed = _audit(kiosk, "station_closed")
    supervisor = kiosk.query("SELECT id FROM operators WHERE badge_code = 'B-3001'")[0][0]
    assert [row[0] for row in closed] == [supervisor]
