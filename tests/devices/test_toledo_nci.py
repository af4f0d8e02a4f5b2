"""Toledo 8217 and NCI SCP-12: byte for byte, against their simulators, and detection."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scales import ScaleError, ScaleTimeout, read_stable
from devices.scales import nci as nci_module
from devices.scales import toledo8217 as toledo_module
from devices.scales.nci import NciFramer, NciScale
from devices.scales.registry import detect_scale, driver_for
from devices.scales.toledo8217 import Toledo8217Scale
from devices.simulators.scale_sim import SIMULATORS, NciSimulator, ScaleModel, Toledo8217Simulator
from devices.transport import SerialPort


def test_toledo8217_byte_for_byte(expected_protocol) -> None:  # type: ignore[no-untyped-def]
    port = expected_protocol(
        [
            (b"W", b"\x02  1.234\r"),
            (b"W", b"\x02  0.734N\r"),
            (b"W", b"\x02?A\r"),  # bit 0: moving
            (b"W", b"\x02?B\r"),  # bit 1: over capacity
            (b"W", b"\x02?D\r"),  # bit 2: negative
            (b"Z", b"\x02?P\r"),
            (b"T", b"\x02?`\r"),
            (b"C", b"\x02?P\r"),
            (b"Ehello", b"\x02E\rhello"),
        ]
    )
    scale = Toledo8217Scale(port, timeout=0.3)
    assert scale.read().value == Decimal("1.234")
    assert scale.read().value == Decimal("0.734")
    moving = scale.read()
    assert moving.value is None and not moving.stable and moving.error is None
    assert scale.read().overload
    assert scale.read().underload
    scale.zero()
    scale.tare()
    scale.clear_tare()
    assert scale.probe() == "toledo8217"


def test_nci_byte_for_byte(expected_protocol) -> None:  # type: ignore[no-untyped-def]
    port = expected_protocol(
        [
            (b"W\r", b"\n0001.25LB\r\n00\r\x03"),
            (b"W\r", b"\n0001.27LB\r\n10\r\x03"),  # in motion
            (b"W\r", b"\n0000.00LB\r\n02\r\x03"),  # over capacity
            (b"W\r", b"\n0000.00LB\r\n08\r\x03"),  # calibration error
            (b"S\r", b"\n00\r\x03"),
            (b"Z\r", b"\n20\r\x03"),
            (b"X\r", b"\n?\r"),
        ]
    )
    scale = NciScale(port, timeout=0.3)
    first = scale.read()
    assert (first.value, first.unit, first.stable) == (Decimal("1.25"), "lb", True)
    assert first.kilograms() == Decimal("0.567")
    assert not scale.read().stable
    assert scale.read().overload
    assert "calibration error" in (scale.read().error or "")
    assert scale.status().error == "no weight in a status reply"
    scale.zero()
    with pytest.raises(ScaleError, match="did not understand"):
        scale._ask(b"X\r")
    with pytest.raises(ScaleError, match="keypad"):
        scale.tare()


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=60))
def test_parsers_never_raise(frame: bytes) -> None:
    assert toledo_module.parse_frame(frame, "kg", 0.0) is not None
    assert nci_module.parse_frame(frame, 0.0) is not None
    NciFramer().feed(frame)


@pytest.mark.parametrize("simulator_class", [Toledo8217Simulator, NciSimulator])
def test_drivers_against_their_simulators(simulator_class) -> None:  # type: ignore[no-untyped-def]
    sim = simulator_class(ScaleModel())
    device = sim.attach()
    driver = driver_for(sim.protocol)
    port = SerialPort(str(device.path), driver.settings)
    try:
        scale = driver(port, timeout=0.5)  # type: ignore[call-arg]
        assert scale.probe() == sim.protocol
        sim.model.put("3.40")
        assert read_stable(scale.read, timeout=2).kilograms() == Decimal("3.400")
        sim.model.moving = True
        with pytest.raises(ScaleTimeout, match="still moving"):
            read_stable(scale.read, timeout=0.3)
        sim.model.moving = False
        sim.model.overload = True
        with pytest.raises(ScaleError, match="overload"):
            read_stable(scale.read, timeout=0.3)
        sim.model.overload = False
        sim.model.underload = True
        with pytest.raises(ScaleError, match="underload"):
            read_stable(scale.read, timeout=0.3)
        sim.model.underload = False
        sim.model.garbage = b"\xff\x00garbage"
        assert scale.read().value == Decimal("3.40")
        sim.model.delay = 0.2  # slow, but inside the driver's time-out
        assert scale.read().value == Decimal("3.40")
        sim.model.delay = 0.8  # too slow: a time-out, and the late answer is not taken for the next
        with pytest.raises(ScaleTimeout):
            scale.read()
        sim.model.delay = 0.0
        time.sleep(0.9)
        sim.model.put("3.50")
        assert read_stable(scale.read, timeout=2).kilograms() == Decimal("3.500")
        if sim.protocol == "nci":
            sim.model.hardware_error = "calibration"
            assert "calibration error" in (scale.read().error or "")
            sim.model.hardware_error = None
        scale.zero()
        assert scale.read().value == Decimal("0.00")
    finally:
        port.close()
        sim.stop()


@pytest.mark.parametrize("protocol", ["mt-sics", "toledo8217", "nci"])
def test_detection_by_side_effect_free_probes(protocol: str) -> None:
    sim = SIMULATORS[protocol](ScaleModel(gross=Decimal("1.000")))
    device = sim.attach()
    try:
        assert detect_scale(str(device.path), timeout=0.3) == protocol
        assert sim.model.gross == Decimal("1.000") and sim.model.tare_weight == 0
        forbidden = {
            "mt-sics": {"Z", "T", "TAC", "@"},
            "toledo8217": {"Z", "T", "C", "W"},
            "nci": {"Z"},
        }[protocol]
        assert not forbidden & set(sim.commands), sim.commands
    finally:
        sim.stop()


def test_detection_of_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert detect_scale(str(tmp_path / "no-such-port")) is None
