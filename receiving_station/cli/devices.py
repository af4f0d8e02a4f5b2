"""Device verbs of `receiving-station`: diagnostics for the person setting up a bench, and the
simulators for the demo and for trying a bench without hardware.

    receiving-station devices list          (serial ports, and keyboards such as USB scanners)
    receiving-station devices read-weight --port PORT --protocol mt-sics|toledo8217|nci
    receiving-station devices print-test --printer URL
    receiving-station simulate scale --protocol mt-sics [--weight 1.234]
    receiving-station simulate printer --listen 127.0.0.1:9100 --save-dir DIR
    receiving-station simulate scanner [CODE ...]

A simulator runs until Ctrl-C.  It reads commands on its standard input, one per line, to
change what it simulates (`help` lists them), so a person can put a load on the scale or open
the printer's head while the bench runs.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from devices.transport import DeviceGone
from receiving_station.cli.errors import CliError

# -- devices list ---------------------------------------------------------------------------


def list_ports() -> list[dict[str, Any]]:
    """Serial ports, by their stable /dev/serial/by-id name where there is one."""
    from serial.tools import list_ports

    by_id: dict[str, str] = {}
    directory = Path("/dev/serial/by-id")
    if directory.is_dir():
        for link in sorted(directory.iterdir()):
            by_id[str(link.resolve())] = str(link)
    ports = []
    for info in sorted(list_ports.comports(), key=lambda p: p.device):
        ports.append(
            {
                "port": by_id.get(info.device, info.device),
                "device": info.device,
                "description": info.description,
                "usb": f"{info.vid:04x}:{info.pid:04x}" if info.vid is not None else None,
                "serial_number": info.serial_number,
            }
        )
    return ports


def cmd_list(args: argparse.Namespace) -> int:
    from devices.input_devices import list_keyboards
    from devices.scales.registry import detect_scale
    from devices.udev import stable_names

    ports = list_ports()
    named = stable_names()  # /dev/receiving-station/... (the package's udev rules)
    if not ports:
        print("no serial ports found (USB scanners in keyboard mode are among the input devices)")
    for port in ports:
        port["names"] = named.get(os.path.realpath(port["device"]), [])
        if args.probe:
            port["answers"] = detect_scale(port["port"], timeout=args.timeout) or "no scale"
        print(json.dumps(port, ensure_ascii=False))
    # Keyboard-like input devices: a USB scanner in keyboard mode is one of them, and can be
    # read directly ([scanner] mode = "evdev", device = its "input" name).
    listing = list_keyboards()
    if not listing.devices and listing.problem is None:
        print("no keyboard-like input devices found")
    for device in listing.devices:
        shown = device.as_json()
        shown["names"] = named.get(os.path.realpath(device.node), [])
        print(json.dumps(shown, ensure_ascii=False))
    if listing.problem:
        print(listing.problem)
    elif listing.devices:
        print('to read a scanner directly: [scanner] mode = "evdev" and device = its "input" name')
    return 0


# -- devices udev-rules ---------------------------------------------------------------------------


def cmd_udev_rules(args: argparse.Namespace) -> int:
    from devices.udev import SITE_RULES, UdevError, site_rules

    assignments = []
    for item in args.devices:
        name, sep, node = item.partition("=")
        if not sep or not node:
            raise CliError(f"{item!r}: write NAME=DEVICE, e.g. scale0=/dev/ttyUSB0", 2)
        assignments.append((name, node))
    try:
        rules = site_rules(assignments, Path(args.sysfs))
    except UdevError as exc:
        raise CliError(str(exc), 2) from exc
    if args.output is None:
        print(rules, end="")
        print(
            f"# as root: save this as {SITE_RULES}, then: udevadm control --reload && "
            "udevadm trigger",
            file=sys.stderr,
        )
        return 0
    target = Path(args.output)
    staged = target.with_name(f".{target.name}.new")
    try:
        staged.write_text(rules, encoding="utf-8")
        os.replace(staged, target)
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from exc
    print(f"written: {target} (then, as root: udevadm control --reload && udevadm trigger)")
    return 0


# -- devices config -----------------------------------------------------------------------------


def cmd_config(args: argparse.Namespace) -> int:
    import dataclasses

    from receiving_station.config import StationConfigError, config_path, load_station_config
    from receiving_station.logs import escaped

    path = Path(args.file) if args.file else None
    try:
        config = load_station_config(path, site=args.site)
    except StationConfigError as exc:
        raise CliError(str(exc), 2) from exc
    if args.json:
        shown = dataclasses.asdict(config)
        shown["source"] = str(config.source or f"{config_path()} (not there: defaults)")
        print(json.dumps(shown, default=str, indent=2))
        return 0
    print(f"bench file: {config.source or f'{config_path()} (not there: defaults)'}")
    site = config.site
    if site is not None:
        how = f"signed by minisign key {site.key_id}" if site.key_id else "not signed"
        if args.site:
            how = "given on the command line, signature not checked"
        print(f"site file:  {site.where} ({how})")
        if site.warning:
            print(f"  warning: {escaped(site.warning)}")
    else:
        print("site file:  none (the bench file has no [site] source)")
    if not config.sources:
        print("no settings given: every setting is its default")
        return 0
    print("settings given (every other setting is its default):")
    rows = [  # escaped: a site file's text cannot move the terminal's cursor or colour it
        (
            escaped(
                f"[{s.section}] {s.key} = {json.dumps(s.value, default=str, ensure_ascii=False)}"
            ),
            s,
        )
        for s in config.sources
    ]
    width = min(60, max(len(text) for text, _ in rows))
    for text, source in rows:
        line = f":{source.line}" if source.line else ""
        print(f"  {text:<{width}}  {source.layer:<5} {escaped(source.where)}{line}")
    return 0


# -- devices read-weight --------------------------------------------------------------------


def cmd_read_weight(args: argparse.Namespace) -> int:
    from devices.scales import ScaleError, read_stable
    from devices.scales.registry import driver_for
    from devices.transport import SerialPort

    try:
        driver = driver_for(args.protocol)
    except ValueError as exc:
        raise CliError(str(exc), 2) from exc
    try:
        port = SerialPort(args.port, driver.settings)
    except DeviceGone as exc:
        raise CliError(str(exc)) from exc
    try:
        scale = driver(port, timeout=min(args.timeout, 2.0))
        reading = read_stable(scale.read, timeout=args.timeout)
    except (ScaleError, DeviceGone) as exc:
        message = str(exc)
        raise CliError(
            message if message.startswith(args.port) else f"{args.port}: {message}"
        ) from exc
    finally:
        port.close()
    print(
        json.dumps(
            {
                "weight": str(reading.value),
                "unit": reading.unit,
                "kg": str(reading.kilograms()) if reading.kilograms() is not None else None,
                "stable": reading.stable,
                "overload": reading.overload,
                "underload": reading.underload,
                "protocol": args.protocol,
                "port": args.port,
            }
        )
    )
    return 0


# -- devices print-test ----------------------------------------------------------------------


def cmd_print_test(args: argparse.Namespace) -> int:
    from devices.printers import JobLog, Printer
    from devices.printers.pdf import sample_pdf
    from devices.printers.zpl import PrinterError, sample_label

    log = JobLog(Path(args.job_log).expanduser())
    try:
        printer = Printer(args.printer, log, timeout=args.timeout)
    except ValueError as exc:
        raise CliError(str(exc), 2) from exc
    if printer.address.pdf:
        data = sample_pdf(str(printer.address), args.size)
        kind = "pdf"
    else:
        data = sample_label(str(printer.address), args.size, args.dpi)
        kind = "zpl"
    try:
        result = printer.print_job(f"test-{uuid.uuid4().hex[:12]}", data, kind=kind)
    except PrinterError as exc:
        raise CliError(f"not printed: {exc}") from exc
    print(result.message)
    return 0


# -- simulators -------------------------------------------------------------------------------


def _run_until_stopped(commands: Callable[[str], str | None], help_text: str) -> int:
    """Serve until Ctrl-C / SIGTERM; apply stdin commands when there is a stdin."""
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def read_commands() -> None:
        for line in sys.stdin:
            text = line.strip()
            if not text:
                continue
            if text in ("quit", "exit"):
                stop.set()
                return
            if text == "help":
                print(help_text, flush=True)
                continue
            try:
                answer = commands(text)
            except (ValueError, InvalidOperation) as exc:
                answer = f"? {exc}"
            print(answer or f"? unknown command {text!r} (help)", flush=True)

    if sys.stdin is not None and not sys.stdin.closed:
        threading.Thread(target=read_commands, name="sim-stdin", daemon=True).start()
    try:
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    return 0


SCALE_HELP = """commands: weight KG | moving on|off | overload on|off | underload on|off |
  error CODE|off | es | et | garbage | slow SECONDS | unplug | replug | quit"""


def cmd_simulate_scale(args: argparse.Namespace) -> int:
    from devices.simulators.scale_sim import SIMULATORS, ScaleModel

    model = ScaleModel(unit=args.unit)
    model.put(args.weight)
    simulator = SIMULATORS[args.protocol](model)
    device = simulator.attach(Path(args.link) if args.link else None)
    print(f"{args.protocol} scale simulator: {device.path}", flush=True)
    print(
        f"read it: receiving-station devices read-weight --port {device.path} --protocol {args.protocol}",
        flush=True,
    )

    def command(text: str) -> str | None:
        word, _, rest = text.partition(" ")
        on = rest.strip() not in ("off", "0", "no")
        if word == "weight":
            model.put(Decimal(rest.strip()))
            return f"weight {model.gross} {model.unit}"
        if word in ("moving", "overload", "underload"):
            setattr(model, word, on)
            return f"{word} {'on' if on else 'off'}"
        if word == "error":
            model.hardware_error = None if rest.strip() in ("off", "") else rest.strip()
            return f"hardware error {model.hardware_error or 'off'}"
        if word in ("es", "et"):
            model.next_error = word.upper()
            return f"the next reply is {word.upper()}"
        if word == "garbage":
            model.garbage = b"\xff\x00#!garbage"
            return "garbage before the next reply"
        if word == "slow":
            model.delay = float(rest or "1")
            return f"replies after {model.delay} s"
        if word == "unplug":
            device.unplug()
            return "unplugged"
        if word == "replug":
            device.plug()
            return f"plugged in again at {device.path}"
        return None

    try:
        return _run_until_stopped(command, SCALE_HELP)
    finally:
        simulator.stop()


PRINTER_HELP = """commands: paper-out on|off | head-open on|off | paused on|off | ribbon-out on|off |
  paper N (labels until paper out) | quit"""


def cmd_simulate_printer(args: argparse.Namespace) -> int:
    from devices.simulators.printer_sim import PrinterSimulator

    host, _, port_text = args.listen.rpartition(":")
    if not port_text.isdigit():
        raise CliError(f"--listen {args.listen!r}: write HOST:PORT, e.g. 127.0.0.1:9100", 2)
    try:
        simulator = PrinterSimulator(
            host or "127.0.0.1", int(port_text), Path(args.save_dir)
        ).start()
    except OSError as exc:
        raise CliError(f"cannot listen on {args.listen}: {exc.strerror or exc}") from exc
    print(f"ZPL printer simulator: {simulator.url} (labels saved in {args.save_dir})", flush=True)

    def command(text: str) -> str | None:
        word, _, rest = text.partition(" ")
        on = rest.strip() not in ("off", "0", "no")
        names = {
            "paper-out": "paper_out",
            "head-open": "head_open",
            "paused": "paused",
            "ribbon-out": "ribbon_out",
        }
        if word in names:
            simulator.model.set(**{names[word]: on})
            return f"{word} {'on' if on else 'off'}"
        if word == "paper":
            simulator.model.paper_left = int(rest)
            return f"paper out after {rest} labels"
        return None

    try:
        return _run_until_stopped(command, PRINTER_HELP)
    finally:
        simulator.stop()


def cmd_simulate_scanner(args: argparse.Namespace) -> int:
    from devices.scanner import SUFFIXES
    from devices.simulators.pty_device import PtyDevice

    device = PtyDevice(
        lambda _data: None, name="scanner", link=Path(args.link) if args.link else None
    ).start()
    suffix = SUFFIXES[args.suffix]
    print(f"serial scanner simulator: {device.path} (suffix {args.suffix})", flush=True)

    def scan(code: str) -> str:
        device.send(code.encode("utf-8").replace(b"\\x1d", b"\x1d") + suffix)
        return f"scanned {code}"

    try:
        if args.codes:
            time.sleep(args.wait)
            for code in args.codes:
                print(scan(code), flush=True)
                time.sleep(args.interval)
            return 0
        return _run_until_stopped(scan, "type a code and Enter to scan it (\\x1d for GS); quit")
    finally:
        device.stop()


# -- parser -----------------------------------------------------------------------------------


def add_device_verbs(sub: Any) -> None:
    from devices.scales.registry import DRIVERS
    from devices.scanner import SUFFIXES

    devices = sub.add_parser("devices", help="scanners, scales and printers: list and test")
    dsub = devices.add_subparsers(dest="devices_verb", metavar="ACTION", required=True)
    lst = dsub.add_parser(
        "list",
        help="serial ports (and which scale protocol answers on each) and keyboard-like input "
        "devices",
    )
    lst.add_argument("--no-probe", dest="probe", action="store_false", help="do not probe")
    lst.add_argument("--timeout", type=float, default=0.5)
    lst.set_defaults(func=cmd_list)
    ud = dsub.add_parser(
        "udev-rules",
        help="the site's stable names (/dev/receiving-station/scale0 ...) for the devices "
        "plugged in here, as udev rules",
    )
    ud.add_argument(
        "devices",
        nargs="+",
        metavar="NAME=DEVICE",
        help="e.g. scale0=/dev/ttyUSB0 scanner0=/dev/input/event5 printer0=/dev/ttyACM0",
    )
    ud.add_argument("--output", metavar="FILE", help="write the rules file (default: print it)")
    ud.add_argument("--sysfs", default="/sys", help=argparse.SUPPRESS)
    ud.set_defaults(func=cmd_udev_rules)
    cfg = dsub.add_parser(
        "config",
        help="check the station's configuration (its site file and the bench's own) and show "
        "where each setting comes from",
    )
    cfg.add_argument("file", nargs="?", metavar="FILE", help="the bench's file (default: its own)")
    cfg.add_argument(
        "--site",
        metavar="FILE_OR_URL",
        help="check this site file under the bench's (a draft before it is signed and published)",
    )
    cfg.add_argument("--json", action="store_true", help="the whole configuration in force")
    cfg.set_defaults(func=cmd_config)
    rw = dsub.add_parser("read-weight", help="print one stable weight as JSON")
    rw.add_argument("--port", required=True)
    rw.add_argument("--protocol", required=True, choices=sorted(DRIVERS))
    rw.add_argument("--timeout", type=float, default=5.0, metavar="S")
    rw.set_defaults(func=cmd_read_weight)
    pt = dsub.add_parser("print-test", help="print a test label (checking the printer first)")
    pt.add_argument("--printer", required=True, metavar="URL")
    pt.add_argument("--size", default="4x2", choices=["4x2", "4x6"])
    pt.add_argument("--dpi", type=int, default=203, choices=[203, 300])
    pt.add_argument("--timeout", type=float, default=5.0)
    pt.add_argument(
        "--job-log", default="~/.local/share/receiving-station/print-jobs.jsonl", metavar="FILE"
    )
    pt.set_defaults(func=cmd_print_test)

    simulate = sub.add_parser("simulate", help="run a simulated scale, printer or scanner")
    ssub = simulate.add_subparsers(dest="simulate_verb", metavar="DEVICE", required=True)
    sc = ssub.add_parser("scale", help="a scale on a pseudo-terminal")
    sc.add_argument("--protocol", default="mt-sics", choices=sorted(DRIVERS))
    sc.add_argument("--weight", default="0.000", metavar="KG")
    sc.add_argument("--unit", default="kg")
    sc.add_argument("--link", metavar="PATH", help="stable path for the device (a symlink)")
    sc.set_defaults(func=cmd_simulate_scale)
    pr = ssub.add_parser("printer", help="a ZPL printer on a TCP port")
    pr.add_argument("--listen", default="127.0.0.1:9100", metavar="HOST:PORT")
    pr.add_argument("--save-dir", default="received-labels", metavar="DIR")
    pr.set_defaults(func=cmd_simulate_printer)
    sn = ssub.add_parser("scanner", help="a serial scanner on a pseudo-terminal")
    sn.add_argument("codes", nargs="*", metavar="CODE", help="scan these, then stop")
    sn.add_argument("--suffix", default="crlf", choices=sorted(SUFFIXES))
    sn.add_argument("--link", metavar="PATH")
    sn.add_argument("--wait", type=float, default=1.0, help="seconds before the first scan")
    sn.add_argument("--interval", type=float, default=0.2)
    sn.set_defaults(func=cmd_simulate_scanner)
