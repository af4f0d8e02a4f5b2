"""Stable device names (issue #25 item 3): site rules made from the USB ids and serial number
the kernel reports for each device (a sysfs tree laid out as the kernel lays it out), a
device's hostile serial number kept out of the rules, and `devices list` showing the names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from devices.udev import UdevError, site_rules, stable_names, usb_device
from receiving_station.cli import main

ROOT = Path(__file__).resolve().parents[2]
USB = "devices/pci0000:00/0000:00:14.0/usb1"


def _usb(sysfs: Path, port: str, ids: dict[str, str], leaf: str, klass: str) -> None:
    """A USB device at `port` with `ids`, and its tty or input node `leaf` under it."""
    device = sysfs / USB / port
    device.mkdir(parents=True)
    for name, value in ids.items():
        (device / name).write_text(value + "\n", encoding="utf-8")
    node = device / f"{port}:1.0" / leaf
    node.mkdir(parents=True)
    (sysfs / "class" / klass).mkdir(parents=True, exist_ok=True)
    (sysfs / "class" / klass / Path(leaf).name).symlink_to(node)


@pytest.fixture
def sysfs(tmp_path: Path) -> Path:
    root = tmp_path / "sys"
    _usb(root, "1-2", {"idVendor": "0403", "idProduct": "6001", "serial": "A10KZP45",
         "manufacturer": "FTDI", "product": "FT232R USB UART"}, "ttyUSB0/tty/ttyUSB0", "tty")  # fmt: skip
    _usb(root, "1-3", {"idVendor": "0C2E", "idProduct": "0b87", "serial": "17094B2CA5",
         "manufacturer": "Honeywell Imaging & Mobility", "product": "1900"},
         "0003:0C2E:0B87.0001/input/input5/event5", "input")  # fmt: skip
    _usb(root, "1-4", {"idVendor": "0a5f", "idProduct": "0166",
         "serial": 'X1", RUN+="/bin/sh -c evil"\nSUBSYSTEM=="tty', "manufacturer": "Zebra",
         "product": "ZD421\x1b[2J"}, "ttyACM0/tty/ttyACM0", "tty")  # fmt: skip
    (root / "devices/platform/serial8250/tty/ttyS0").mkdir(parents=True)
    (root / "class/tty/ttyS0").symlink_to(root / "devices/platform/serial8250/tty/ttyS0")
    return root


def test_site_rules_name_each_device_by_its_usb_ids_and_serial(sysfs: Path) -> None:
    rules = site_rules(
        [("scale0", "/dev/ttyUSB0"), ("scanner0", "/dev/input/event5"), ("printer0", "ttyACM0")],
        sysfs,
    )
    lines = [line for line in rules.splitlines() if line and not line.startswith("#")]
    assert lines[0] == (
        'SUBSYSTEM=="tty", ATTRS{idVendor}=="0403", ATTRS{idProduct}=="6001", '
        'ATTRS{serial}=="A10KZP45", TAG+="uaccess", GROUP="receiving-station", MODE="0660", '
        'SYMLINK+="receiving-station/scale0"'
    )
    assert lines[1].startswith(
        'SUBSYSTEM=="input", KERNEL=="event*", ATTRS{idVendor}=="0c2e", ATTRS{idProduct}=="0b87", '
        'ATTRS{serial}=="17094B2CA5"'
    )
    # the printer's serial number would have written a rule of its own: matched without it
    assert lines[2] == (
        'SUBSYSTEM=="tty", ATTRS{idVendor}=="0a5f", ATTRS{idProduct}=="0166", TAG+="uaccess", '
        'GROUP="receiving-station", MODE="0660", SYMLINK+="receiving-station/printer0"'
    )
    assert "RUN" not in rules and "evil" not in rules and "\x1b" not in rules
    assert "# printer0: Zebra ZD421?[2J (0a5f:0166, no usable serial number)" in rules
    assert len(lines) == 3 and all(line.count('"') % 2 == 0 for line in lines)


@pytest.mark.parametrize(
    ("assignments", "reason"),
    [
        ([("scale0", "/dev/ttyS0")], "not a USB device"),
        ([("scale0", "/dev/ttyUSB9")], "no such serial or input device"),
        ([("weight0", "/dev/ttyUSB0")], "a name is scale, scanner or printer"),
        ([("scale0", "/dev/ttyUSB0"), ("scale0", "/dev/ttyACM0")], "named twice"),
    ],
)
def test_what_cannot_be_named(sysfs: Path, assignments: list[tuple[str, str]], reason: str) -> None:
    with pytest.raises(UdevError, match=reason):
        site_rules(assignments, sysfs)


def test_the_cli_prints_or_writes_the_rules(
    sysfs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["devices", "udev-rules", "scale0=/dev/ttyUSB0", "--sysfs", str(sysfs)]) == 0
    out = capsys.readouterr()
    assert 'SYMLINK+="receiving-station/scale0"' in out.out and "udevadm" in out.err
    target = tmp_path / "71-receiving-station-site.rules"
    args = ["devices", "udev-rules", "scale0=/dev/ttyUSB0", "--sysfs", str(sysfs)]
    assert main([*args, "--output", str(target)]) == 0
    assert target.read_text().count("SYMLINK") == 1
    assert main(["devices", "udev-rules", "scale0", "--sysfs", str(sysfs)]) == 2
    assert "NAME=DEVICE" in capsys.readouterr().err


def test_stable_names_of_the_nodes(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    (dev / "receiving-station").mkdir(parents=True)
    (dev / "ttyUSB0").touch()
    (dev / "receiving-station" / "scale0").symlink_to(dev / "ttyUSB0")
    (dev / "receiving-station" / "serial-0403-A10KZP45").symlink_to(dev / "ttyUSB0")
    names = stable_names(dev / "receiving-station")
    assert names == {
        os.path.realpath(dev / "ttyUSB0"): [
            str(dev / "receiving-station" / "scale0"),
            str(dev / "receiving-station" / "serial-0403-A10KZP45"),
        ]
    }
    assert stable_names(tmp_path / "none") == {}
    with pytest.raises(UdevError):
        usb_device("/dev/ttyUSB0", tmp_path / "nosys")


def test_the_packaged_rules_are_well_formed() -> None:
    """Every rule of the package's file: known keys, operators and balanced quotes (udevadm
    itself checks them on a bench: docs/install.md)."""
    text = (ROOT / "packaging/udev/70-receiving-station.rules").read_text(encoding="utf-8")
    rules = re.sub(r"\\\n\s*", "", text)
    keys = re.compile(
        r"\s*(ACTION|SUBSYSTEM|KERNEL|ATTRS\{\w+\}|ENV\{\w+\}|TAG|GROUP|MODE|SYMLINK|GOTO|LABEL|"
        r'IMPORT\{builtin\})(==|!=|\+=|=)"[^"]*"\s*(,|$)'
    )
    labels, gotos = set(), set()
    for line in rules.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rest = line
        while rest.strip():
            found = keys.match(rest)
            assert found, f"not a rule: {rest!r}"
            if found.group(1) == "LABEL":
                labels.add(rest.split('"')[1])
            if found.group(1) == "GOTO":
                gotos.add(rest.split('"')[1])
            rest = rest[found.end() :]
    assert gotos <= labels


def test_udev_reads_the_rules_without_complaint(sysfs: Path) -> None:
    """udev itself reads the package's rules and the site's (`udevadm test`, which reports
    every key it does not know and every malformed line, naming the file)."""
    udevadm = shutil.which("udevadm")
    if udevadm is None or os.geteuid() != 0 or not Path("/sys/class/tty").is_dir():
        reason = "udevadm (Debian's udev) as root, and a sysfs, are needed"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    runtime = Path("/run/udev/rules.d")
    made = [path for path in (runtime.parent, runtime) if not path.exists()]
    runtime.mkdir(parents=True, exist_ok=True)
    placed = [runtime / "70-receiving-station.rules", runtime / "71-receiving-station-site.rules"]
    placed[0].write_text((ROOT / "packaging/udev/70-receiving-station.rules").read_text())
    placed[1].write_text(
        site_rules(
            [
                ("scale0", "/dev/ttyUSB0"),
                ("scanner0", "/dev/input/event5"),
                ("printer0", "/dev/ttyACM0"),
            ],
            sysfs,
        )
    )
    device = next(iter(sorted(Path("/sys/class/tty").iterdir())))
    try:
        done = subprocess.run(
            [udevadm, "test", "--action=add", str(device)], capture_output=True, text=True
        )
    finally:
        for path in placed:
            path.unlink(missing_ok=True)
        for folder in made:  # no udev runs here (udevadm test made /run/udev/data): leave no
            shutil.rmtree(folder, ignore_errors=True)  # sign that one does
    said = (done.stdout + done.stderr).splitlines()
    assert any(str(placed[0]) in line for line in said), "udev did not read the rules"
    complaints = [
        line
        for line in said
        if "receiving-station" in line
        and not line.startswith(("Reading rules file", "Skipping overridden file"))
    ]
    assert not complaints, complaints
