"""Scale protocols by name, and detecting which one a port speaks."""

from __future__ import annotations

from devices.scales import ScaleError
from devices.scales.mtsics import MtSicsScale
from devices.scales.nci import NciScale
from devices.scales.toledo8217 import Toledo8217Scale
from devices.transport import DeviceGone, SerialPort

DRIVERS: dict[str, type[MtSicsScale] | type[Toledo8217Scale] | type[NciScale]] = {
    "mt-sics": MtSicsScale,
    "toledo8217": Toledo8217Scale,
    "nci": NciScale,
}


def driver_for(protocol: str) -> type[MtSicsScale] | type[Toledo8217Scale] | type[NciScale]:
    try:
        return DRIVERS[protocol]
    except KeyError:
        raise ValueError(
            f"unknown scale protocol {protocol!r}: one of {', '.join(DRIVERS)}"
        ) from None


def detect_scale(path: str, timeout: float = 0.5) -> str | None:
    """Which scale protocol answers on `path`, by side-effect-free probes only (MT-SICS I4,
    Toledo 8217 Ehello, NCI status), each with the protocol's own wire settings."""
    for protocol, driver in DRIVERS.items():
        try:
            port = SerialPort(path, driver.settings)
        except DeviceGone:
            return None
        try:
            driver(port, timeout=timeout).probe()
            return protocol
        except (ScaleError, DeviceGone):
            continue
        finally:
            port.close()
    return None
