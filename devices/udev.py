"""Stable names for a bench's devices: /dev/receiving-station/scale0, scanner0, printer0.

The package's udev rules (packaging/udev/70-receiving-station.rules) permit the makes
docs/devices.md lists to the person at the bench and name each by make and serial number.  The
short names a site configures once for every bench (`[scale] port =
"/dev/receiving-station/scale0"`) come from rules made here, from the devices plugged in at
one bench: each device's USB vendor id, product id and serial number, read from sysfs, so the
name follows the device to any USB port and survives a replug.

    receiving-station devices udev-rules scale0=/dev/ttyUSB0 scanner0=/dev/input/event5

A device reports its own serial number; one that is not plain letters and digits (which could
otherwise break out of the rule's quotes and write a rule of its own) is matched without it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

STABLE_ROOT = Path("/dev/receiving-station")
SITE_RULES = Path("/etc/udev/rules.d/71-receiving-station-site.rules")
NAME = re.compile(r"(scale|scanner|printer)[0-9]{1,2}")
_SAFE = re.compile(r"[A-Za-z0-9._-]{1,64}")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")


class UdevError(ValueError):
    """A device that cannot be named: not there, not USB, a bad name."""


@dataclass(frozen=True)
class UsbDevice:
    """What udev matches a device by."""

    node: str  # /dev/ttyUSB0, /dev/input/event5
    subsystem: str  # tty or input
    vendor: str  # idVendor, 4 hex digits
    product: str  # idProduct
    serial: str | None  # the device's serial number, when it is safe to write into a rule
    description: str  # manufacturer and product, for the rule's comment
    unsafe_serial: bool = False  # it reported one we would not write


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None


def usb_device(node: str, sysfs: Path = Path("/sys")) -> UsbDevice:
    """The USB device behind a device node (its sysfs parents up to the one with idVendor)."""
    name = Path(node).resolve().name if Path(node).exists() else Path(node).name
    for subsystem in ("tty", "input"):
        entry = sysfs / "class" / subsystem / name
        if entry.exists():
            break
    else:
        raise UdevError(f"{node}: no such serial or input device (is it plugged in?)")
    here = entry.resolve()
    while here != here.parent and not (here / "idVendor").exists():
        here = here.parent
    vendor, product = _read(here / "idVendor"), _read(here / "idProduct")
    if not vendor or not product or not _HEX4.fullmatch(vendor) or not _HEX4.fullmatch(product):
        raise UdevError(f"{node}: not a USB device (a name by USB ids is for USB devices)")
    serial = _read(here / "serial")
    maker = _read(here / "manufacturer") or ""
    model = _read(here / "product") or ""
    safe = serial if serial and _SAFE.fullmatch(serial) else None
    return UsbDevice(
        node,
        subsystem,
        vendor.lower(),
        product.lower(),
        safe,
        _comment(f"{maker} {model}".strip() or "USB device"),
        unsafe_serial=bool(serial) and safe is None,
    )


def _comment(text: str) -> str:
    """Text safe on one comment line of a rules file."""
    return re.sub(r"[^\x20-\x7e]", "?", text)[:80]


def site_rules(assignments: list[tuple[str, str]], sysfs: Path = Path("/sys")) -> str:
    """The rules file giving each (name, device node) its stable name under
    /dev/receiving-station, with the bench user's permissions."""
    seen: set[str] = set()
    lines = [
        "# Receiving Station: this site's names for its bench devices, made by",
        "# `receiving-station devices udev-rules`; installed as " + str(SITE_RULES) + ".",
        "# Each rule matches the device by its USB ids and serial number, on any USB port.",
        "",
    ]
    for name, node in assignments:
        if not NAME.fullmatch(name):
            raise UdevError(f"{name!r}: a name is scale, scanner or printer and a number: scale0")
        if name in seen:
            raise UdevError(f"{name} is named twice")
        seen.add(name)
        device = usb_device(node, sysfs)
        match = [
            f'SUBSYSTEM=="{device.subsystem}"',
            f'ATTRS{{idVendor}}=="{device.vendor}"',
            f'ATTRS{{idProduct}}=="{device.product}"',
        ]
        if device.subsystem == "input":
            match.insert(1, 'KERNEL=="event*"')
        if device.serial:
            match.append(f'ATTRS{{serial}}=="{device.serial}"')
        note = f"serial {device.serial}" if device.serial else "no usable serial number"
        lines.append(f"# {name}: {device.description} ({device.vendor}:{device.product}, {note})")
        if device.serial is None:
            lines.append(
                "# (matched by make and model only: one such device a bench"
                + (", its serial number has characters a rule cannot hold)" if
                   device.unsafe_serial else ")")
            )  # fmt: skip
        lines.append(
            ", ".join(match) + ', TAG+="uaccess", GROUP="receiving-station", MODE="0660", '
            f'SYMLINK+="receiving-station/{name}"'
        )
    return "\n".join(lines) + "\n"


def stable_names(root: Path = STABLE_ROOT) -> dict[str, list[str]]:
    """Device node -> its names under /dev/receiving-station."""
    names: dict[str, list[str]] = {}
    if not root.is_dir():
        return names
    for link in sorted(root.iterdir()):
        try:
            target = os.path.realpath(link)
        except OSError:
            continue
        names.setdefault(target, []).append(str(link))
    return names
