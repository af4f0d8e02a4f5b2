"""MT-SICS: byte for byte, then the real driver against the simulator over a pty."""

from __future__ import annotations

import queue
import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.connection import DeviceWorker
from devices.events import ConnectionState, DeviceStateChanged, WeightReading
from devices.scales import ScaleError, ScaleTimeout, StableWeight, read_stable
from devices.scales.mtsics import MtSicsScale, parse_weight
from devices.simulators.scale_sim import MtSicsSimulator, ScaleModel
from devices.transport import DeviceGone, SerialPort


def test_commands_and_replies_byte_for_byte(expected_protocol) -> None:  # type: ignore[no-untyped-def]
    port = expected_protocol(
        [
            (b"SI\r\n", b"S S      1.234 kg\r\n"),
            (b"SI\r\n", b"S D      1.240 kg\r\n"),
            (b"SI\r\n", b"S +\r\n"),
            (b"SI\r\n", b"S -\r\n"),
            (b"SI\r\n", b"S S Error 12t\r\n"),
            (b"S\r\n", b"S S     100.00 g\r\n"),
            (b"Z\r\n", b"Z A\r\n"),
            (b"T\r\n", b"T S      0.250 kg\r\n"),
            (b"TAC\r\n", b"TAC A\r\n"),
            (b"I4\r\n", b'I4 A "B207696838"\r\n'),
            (b"@\r\n", b'I4 A "B207696838"\r\n'),
        ]
    )
    scale = MtSicsScale(port, timeout=0.5)
    first = scale.read()
    assert (first.value, first.unit, first.stable, first.usable) == (
        Decimal("1.234"),
        "kg",
        True,
        True,
    )
    moving = scale.read()
    assert moving.value == Decimal("1.240") and not moving.stable and not moving.usable
    assert scale.read().overload
    assert scale.read().underload
    fault = scale.read()
    assert fault.error and "hot-plug-out" in fault.error and fault.value is None
    grams = scale.read_stable_weight()
    assert grams.kilograms() == Decimal("0.100")
    scale.zero()
    assert scale.tare().value == Decimal("0.250")
    scale.clear_tare()
    assert scale.serial_number() == "B207696838"
    assert scale.reset() == "B207696838"


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"ES\r\n", "did not understand"),
        (b"ET\r\n", "baud rate and parity"),
        (b"EL\r\n", "cannot do that now"),
        (b"Z I\r\n", "busy or the load did not settle"),
        (b"Z +\r\n", "above the upper limit"),
    ],
)
def test_errors_name_what_to_do(expected_protocol, answer: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    scale = MtSicsScale(expected_protocol([(b"Z\r\n", answer)]), timeout=0.5)
    with pytest.raises(ScaleError, match=message):
        scale.zero()


def test_garbage_and_stale_lines_before_the_reply_are_skipped(expected_protocol) -> None:  # type: ignore[no-untyped-def]
    port = expected_protocol([(b"I4\r\n", b'\xff\x00noise\r\nS S 1.0 kg\r\nI4 A "X1"\r\n')])
    assert MtSicsScale(port, timeout=0.5).serial_number() == "X1"


def test_no_answer_is_a_timeout_naming_the_port(expected_protocol) -> None:  # type: ignore[no-untyped-def]
    scale = MtSicsScale(expected_protocol([(b"SI\r\n", b"")]), timeout=0.3)
    with pytest.raises(ScaleTimeout, match="expected-protocol: no answer"):
        scale.read()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80))
def test_parse_weight_never_raises(line: bytes) -> None:
    reading = parse_weight(line, 0.0)
    assert isinstance(reading, WeightReading)
    assert reading.value is not None or reading.error or reading.overload or reading.underload


def test_stable_weight_needs_agreeing_stable_readings() -> None:
    accept = StableWeight(readings=3, window=Decimal("0.002"))

    def r(v: str, stable: bool = True) -> WeightReading:
        return WeightReading(Decimal(v), "kg", stable, 0.0)

    assert accept.offer(r("1.000")) is None
    assert accept.offer(r("1.001")) is None
    assert accept.offer(r("1.010")) is None  # too far from the others
    assert accept.offer(r("1.011")) is None
    assert accept.offer(r("1.012")) is not None
    assert accept.offer(r("1.012", stable=False)) is None  # moving again: start over
    assert accept.offer(r("1.012")) is None


# -- the real driver, the simulator, a pty ---------------------------------------------------


@pytest.fixture
def simulator():  # type: ignore[no-untyped-def]
    sim = MtSicsSimulator(ScaleModel())
    sim.attach()
    yield sim
    sim.stop()


def test_driver_reads_the_simulator_over_a_pty(simulator: MtSicsSimulator) -> None:
    simulator.model.put("2.345")
    port = SerialPort(str(simulator._device.path), MtSicsScale.settings)  # type: ignore[union-attr]
    try:
        scale = MtSicsScale(port, timeout=1.0)
        assert scale.probe() == "B207696838"
        reading = read_stable(scale.read, timeout=2.0)
        assert reading.kilograms() == Decimal("2.345")
        scale.tare()
        assert scale.read().value == Decimal("0.000")
        scale.clear_tare()
        simulator.model.moving = True
        with pytest.raises(ScaleTimeout, match="still moving"):
            read_stable(scale.read, timeout=0.4)
        simulator.model.moving = False
        simulator.model.overload = True
        with pytest.raises(ScaleError, match="overload"):
            read_stable(scale.read, timeout=0.3)
        simulator.model.overload = False
        simulator.model.underload = True
        with pytest.raises(ScaleError, match="underload"):
            read_stable(scale.read, timeout=0.3)
        simulator.model.underload = False
        simulator.model.next_error = "ET"
        assert "baud rate" in (scale.read().error or "")
        simulator.model.garbage = b"\x00\xff#@!"
        simulator.model.delay = 0.2
        assert scale.read().value == Decimal("2.345")
        simulator.model.delay = 0.0
        simulator.model.hardware_error = "12t"
        assert "hot-plug-out" in (scale.read().error or "")
    finally:
        port.close()


def test_sir_streams_23_readings_a_second(simulator: MtSicsSimulator) -> None:
    simulator.model.put("0.500")
    port = SerialPort(str(simulator._device.path), MtSicsScale.settings)  # type: ignore[union-attr]
    try:
        scale = MtSicsScale(port)
        scale.start_continuous()
        readings: list[WeightReading] = []
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            readings += scale.continuous_readings(0.05)
        assert 15 <= len(readings) <= 30
        assert all(r.value == Decimal("0.500") and r.stable for r in readings)
        assert scale.reset() == "B207696838"  # any command ends SIR
    finally:
        port.close()


def test_worker_survives_unplug_and_replug(simulator: MtSicsSimulator) -> None:
    events: queue.Queue[object] = queue.Queue()
    path = str(simulator._device.path)  # type: ignore[union-attr]

    class Handler:
        scale: MtSicsScale | None = None

        def on_connect(self, port) -> None:  # type: ignore[no-untyped-def]
            self.scale = MtSicsScale(port, timeout=1.0)
            self.scale.probe()

        def poll(self, port) -> None:  # type: ignore[no-untyped-def]
            time.sleep(0.02)

    handler = Handler()
    worker = DeviceWorker(
        "scale",
        lambda: SerialPort(path, MtSicsScale.settings),
        handler,
        events.put,
        backoff=(0.1, 0.4),
    ).start()
    try:
        assert worker.wait_connected(5)
        simulator.model.put("1.500")
        reading = worker.call(lambda port: MtSicsScale(port).read())
        assert reading.value == Decimal("1.500")

        simulator._device.unplug()  # type: ignore[union-attr]
        with pytest.raises(DeviceGone):
            for _ in range(50):
                worker.call(lambda port: MtSicsScale(port, timeout=0.3).read(), timeout=2)
                time.sleep(0.05)
        states = _drain(events)
        assert ConnectionState.DISCONNECTED in states

        simulator._device.plug()  # type: ignore[union-attr]
        assert worker.wait_connected(5)
        assert worker.call(lambda port: MtSicsScale(port).read()).value == Decimal("1.500")
        assert ConnectionState.CONNECTED in _drain(events)
    finally:
        worker.stop()


def _drain(events: queue.Queue[object], seconds: float = 1.0) -> list[ConnectionState]:
    """The states reported within `seconds` (the worker keeps retrying while unplugged)."""
    states = []
    deadline = time.monotonic() + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=remaining)
        except queue.Empty:
            break
        if isinstance(event, DeviceStateChanged):
            states.append(event.state)
    return states
