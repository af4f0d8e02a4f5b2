"""A private X server and a keyboard-wedge scanner's typing through it, for the real-X tests
(tests/x11) and the X-path benchmark (benchmarks/xpath.py).

`xdotool` types through the X server the way a USB keyboard-wedge scanner does: a Shift press
and release around every capital, key events stamped by the server, queued like real ones.
"""

from __future__ import annotations

import os
import subprocess
import time

SCREEN = "1600x1000x24"
GS = "\x1d"


class XServerError(RuntimeError):
    pass


def start_xvfb(*, terminate: bool = False) -> tuple[str, subprocess.Popen[bytes]]:
    """A private Xvfb on a free display; its display (":N") and process.  With `terminate`
    it exits when its last client disconnects (a benchmark's window)."""
    read, write = os.pipe()
    args = ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"]
    process = subprocess.Popen(
        [*args, *(["-terminate"] if terminate else [])],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    if not number.strip():
        process.kill()
        process.wait(10)
        raise XServerError("Xvfb did not start (no display number on -displayfd)")
    return f":{number.decode().strip()}", process


def xdotool_delay(ms_a_key: float) -> str:
    """xdotool's --delay for keys `ms_a_key` apart: it waits half its delay after the press
    and half after the release, and the X server stamps its presses --delay / 2 apart (seen
    here: --delay 25 gave presses 13 ms apart, --delay 60 31 ms)."""
    return str(max(1, round(ms_a_key * 2)))


def type_scans(codes: list[tuple[str, float, float]]) -> list[str]:
    """xdotool arguments typing each (code, ms a key, pause after in seconds) as a wedge
    scanner does: Shift for capitals (xdotool's own), Ctrl+] for a GS, Return at the end."""
    args: list[str] = []
    for code, ms_a_key, pause in codes:
        delay = xdotool_delay(ms_a_key)
        for index, part in enumerate(code.split(GS)):
            if index:
                args += ["key", "--delay", delay, "ctrl+bracketright"]
            if part:
                args += ["type", "--delay", delay, "--args", "1", part]
        args += ["key", "--delay", delay, "Return"]
        if pause > 0:
            args += ["sleep", f"{pause:.3f}"]
    return args
