"""Finding keyboard-like input devices (Linux evdev), for `receiving-station devices list`.

A USB scanner in keyboard mode is a keyboard to Linux: it gets an event node
(`/dev/input/eventN`, a number that changes from boot to boot) and a stable name
(`/dev/input/by-id/usb-<maker>_<model>_<serial>-event-kbd`), which is the one to configure.
Detection reads only directory entries and sysfs (the device's name and which keys it has), so
it needs no permission on the devices and never opens, let alone grabs, one.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from devices.keymaps import KEY_A, KEY_L, KEY_M, KEY_P, KEY_Q, KEY_Z

INPUT_ROOT = Path("/dev/input")
SYS_INPUT_ROOT = Path("/sys/class/input")
LETTER_KEYS = frozenset(
    {*range(KEY_Q, KEY_P + 1), *range(KEY_A, KEY_L + 1), *range(KEY_Z, KEY_M + 1)}
)
#: sysfs writes capability bitmaps as hex words of the kernel's `long`, most significant first.
_LONG_BITS = struct.calcsize("l") * 8


@dataclass(frozen=True)
class KeyboardDevice:
    path: str  # the name to configure: by-id, else by-path, else the event node itself
    node: str  # /dev/input/eventN (changes from boot to boot)
    name: str | None  # what the device calls itself (sysfs), e.g. "Honeywell ... 1900"
    stable: bool  # `path` is a by-id or by-path name
    readable: bool  # this user may open it (member of the `input` group, or a udev rule)
    links: tuple[str, ...] = field(default=())  # every by-id / by-path name of the node

    def as_json(self) -> dict[str, object]:
        return {
            "input": self.path,
            "device": self.node,
            "name": self.name,
            "stable": self.stable,
            "readable": self.readable,
        }


@dataclass(frozen=True)
class InputListing:
    devices: tuple[KeyboardDevice, ...]
    problem: str | None = None  # why none can be listed or read, for a person


def list_keyboards(dev_root: Path | None = None, sys_root: Path | None = None) -> InputListing:
    """Keyboard-like input devices: those with a `by-id/...-event-kbd` name, and any other
    event node whose keys include the letters A to Z (a scanner may not say "kbd")."""
    dev_root = dev_root or INPUT_ROOT
    sys_root = sys_root or SYS_INPUT_ROOT
    if not dev_root.is_dir():
        return InputListing(
            (),
            f"{dev_root} does not exist here (not Linux, or a container without input "
            "devices): no scanner can be read through evdev on this machine",
        )
    try:
        nodes = sorted(
            (p for p in dev_root.iterdir() if re.fullmatch(r"event\d+", p.name)),
            key=lambda p: int(p.name[5:]),
        )
    except OSError as exc:
        return InputListing((), f"{dev_root} is not readable by this user ({exc.strerror or exc})")
    links = _links(dev_root)
    devices = []
    for node in nodes:
        names = links.get(os.path.realpath(node), [])
        kbd = [n for n in names if "/by-id/" in n and n.endswith("-event-kbd")]
        if not kbd and not _keys(sys_root / node.name) >= LETTER_KEYS:
            continue
        by_id = [n for n in names if "/by-id/" in n]
        path = (kbd or by_id or names or [str(node)])[0]
        devices.append(
            KeyboardDevice(
                path=path,
                node=str(node),
                name=_read(sys_root / node.name / "device" / "name"),
                stable=path != str(node),
                readable=os.access(node, os.R_OK),
                links=tuple(names),
            )
        )
    problem = None
    if devices and not any(d.readable for d in devices):
        problem = (
            f"the input devices in {dev_root} are not readable by this user: add it to the "
            "'input' group (sudo usermod -aG input USER, then log in again) or use a udev rule"
        )
    return InputListing(tuple(devices), problem)


def _links(dev_root: Path) -> dict[str, list[str]]:
    """Event node (its real path) -> its by-id and by-path names, by-id first."""
    links: dict[str, list[str]] = {}
    for sub in ("by-id", "by-path"):
        directory = dev_root / sub
        try:
            entries = sorted(directory.iterdir()) if directory.is_dir() else []
        except OSError:
            continue
        for link in entries:
            links.setdefault(os.path.realpath(link), []).append(str(link))
    return links


def _keys(sys_node: Path) -> set[int]:
    """The key codes an event device has, from sysfs's capabilities/key bitmap."""
    text = _read(sys_node / "device" / "capabilities" / "key")
    keys: set[int] = set()
    if not text:
        return keys
    for index, word in enumerate(reversed(text.split())):
        try:
            value = int(word, 16)
        except ValueError:
            return set()
        bit = 0
        while value:
            if value & 1:
                keys.add(index * _LONG_BITS + bit)
            value >>= 1
            bit += 1
    return keys


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace").strip() or None
    except OSError:
        return None
