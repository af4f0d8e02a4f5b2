"""Device latency benchmarks: last byte on the port -> typed event.

Both run the real framing and parsing code on a pty, with a thread writing as the device does:

* scanner: a scan line written to the pty; measured from just before the write of its last
  byte to the `Scan` event the scanner device emits (target: < 1 ms beyond the wire time; a pty
  has no wire time).
* scale: MT-SICS `SIR` at 23 readings/s for a while; each reading's delay from its write to the
  parsed `WeightReading`, and whether a backlog builds up (the last readings as fast as the
  first, and none missing).
"""

from __future__ import annotations

import os
import queue
import statistics
import threading
import time

from devices.events import Scan
from devices.scales.mtsics import MtSicsScale
from devices.services import SerialScannerDevice
from devices.simulators.pty_device import PtyDevice
from devices.transport import SerialPort


def _percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def scanner_latency(scans: int = 2000) -> dict[str, float]:
    device = PtyDevice(lambda _data: None, name="bench-scanner").start()
    events: queue.Queue[tuple[Scan, float]] = queue.Queue()
    scanner = SerialScannerDevice(
        "scanner",
        str(device.path),
        lambda e: events.put((e, time.monotonic())) if isinstance(e, Scan) else None,
    ).start()
    try:
        if not scanner.worker.wait_connected(5):
            raise RuntimeError("the scanner device did not connect")
        time.sleep(0.2)
        delays = []
        for n in range(scans):
            line = f"LPN{n:09d}7\r\n".encode()
            device.send(line[:-1])
            sent = time.monotonic()
            device.send(line[-1:])  # the last byte
            scan, _emitted = events.get(timeout=2)
            delays.append((scan.at - sent) * 1000)
            time.sleep(0.002)
        return {
            "p50_ms": round(_percentile(delays, 50), 3),
            "p99_ms": round(_percentile(delays, 99), 3),
            "max_ms": round(max(delays), 3),
            "scans": scans,
        }
    finally:
        scanner.stop()
        device.stop()


def sir_sustained(seconds: float = 10.0, rate: float = 23.0) -> dict[str, float]:
    """MT-SICS SIR at `rate` readings/s: delay from each line's write to its parsed reading."""
    sent_at: list[float] = []
    device = PtyDevice(lambda _data: None, name="bench-sir").start()
    port = SerialPort(str(device.path), MtSicsScale.settings)
    scale = MtSicsScale(port)
    stop = threading.Event()

    def stream() -> None:
        period = 1 / rate
        next_at = time.monotonic()
        n = 0
        while not stop.is_set():
            n += 1
            line = f"S S {n:10.3f} kg\r\n".encode()
            sent_at.append(time.monotonic())
            os.write(device._master, line)  # type: ignore[arg-type]
            next_at += period
            stop.wait(max(0.0, next_at - time.monotonic()))

    writer = threading.Thread(target=stream, name="bench-sir-writer", daemon=True)
    readings = []
    try:
        writer.start()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            readings += scale.continuous_readings(0.05)
        stop.set()
        writer.join()
        readings += scale.continuous_readings(0.2)
    finally:
        port.close()
        device.stop()
    delays = []
    for reading in readings:
        index = int(reading.value) - 1 if reading.value is not None else -1
        if 0 <= index < len(sent_at):
            delays.append((reading.at - sent_at[index]) * 1000)
    tail = delays[-20:] if len(delays) >= 20 else delays
    return {
        "rate_per_s": round(len(readings) / seconds, 1),
        "sent": len(sent_at),
        "received": len(readings),
        "missing": len(sent_at) - len(readings),
        "delay_p50_ms": round(_percentile(delays, 50), 3),
        "delay_p99_ms": round(_percentile(delays, 99), 3),
        "last_20_mean_ms": round(statistics.fmean(tail), 3),
    }
