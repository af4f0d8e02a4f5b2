"""A USB scanner read from its own input device (evdev): the decoder against byte streams laid
out as the kernel writes them, every keymap, and the device service against a FIFO standing in
for the device node (unplug and replug included) and, where the kernel lets us, a virtual
keyboard made with uinput."""

from __future__ import annotations

import errno
import os
import queue
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices import keymaps
from devices.evdev_scanner import (
    EV_KEY,
    EV_MSC,
    EV_SYN,
    INPUT_EVENT,
    MSC_SCAN,
    SYN_DROPPED,
    SYN_REPORT,
    EvdevDecoder,
    EvdevPort,
    _open_error,
)
from devices.events import ConnectionState, DeviceStateChanged, Scan
from devices.keymaps import (
    KEY_1,
    KEY_2,
    KEY_3,
    KEY_A,
    KEY_B,
    KEY_CAPSLOCK,
    KEY_ENTER,
    KEY_KP0,
    KEY_KP2,
    KEY_KP5,
    KEY_KP6,
    KEY_KP9,
    KEY_KPDOT,
    KEY_KPENTER,
    KEY_L,
    KEY_LEFTALT,
    KEY_LEFTCTRL,
    KEY_LEFTSHIFT,
    KEY_P,
    KEY_RIGHTALT,
    KEY_RIGHTBRACE,
    KEY_SPACE,
    KEY_TAB,
    KEY_Y,
    KEY_Z,
    KEYMAPS,
    Keymap,
    Stroke,
)
from devices.scanner import ScannerSettings
from devices.services import EvdevScannerDevice
from devices.transport import DeviceFaulted, DeviceGone

GS = "\x1d"
KEY_F1 = 59

# -- byte streams as the kernel writes them -------------------------------------------------------

# USB HID keyboard usages (HID Usage Tables, page 0x07) of the Linux key codes a scanner uses:
# the kernel sends each as EV_MSC/MSC_SCAN 0x7xxxx before the EV_KEY event.
HID_USAGE = {
    **{keymaps.US.strokes(c)[0].key: 0x04 + i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")},
    **{keymaps.KEY_1 + i: 0x1E + i for i in range(10)},  # 1 ... 9, 0
    keymaps.KEY_ENTER: 0x28,
    keymaps.KEY_ESC: 0x29,
    keymaps.KEY_BACKSPACE: 0x2A,
    keymaps.KEY_TAB: 0x2B,
    keymaps.KEY_SPACE: 0x2C,
    keymaps.KEY_MINUS: 0x2D,
    keymaps.KEY_EQUAL: 0x2E,
    keymaps.KEY_LEFTBRACE: 0x2F,
    keymaps.KEY_RIGHTBRACE: 0x30,
    keymaps.KEY_BACKSLASH: 0x32,  # ISO "non-US #", the key left of Enter
    keymaps.KEY_SEMICOLON: 0x33,
    keymaps.KEY_APOSTROPHE: 0x34,
    keymaps.KEY_GRAVE: 0x35,
    keymaps.KEY_COMMA: 0x36,
    keymaps.KEY_DOT: 0x37,
    keymaps.KEY_SLASH: 0x38,
    keymaps.KEY_CAPSLOCK: 0x39,
    KEY_F1: 0x3A,
    keymaps.KEY_KPSLASH: 0x54,
    keymaps.KEY_KPASTERISK: 0x55,
    keymaps.KEY_KPMINUS: 0x56,
    keymaps.KEY_KPPLUS: 0x57,
    keymaps.KEY_KPENTER: 0x58,
    **{
        key: 0x59 + i
        for i, key in enumerate(
            [79, 80, 81, 75, 76, 77, 71, 72, 73, keymaps.KEY_KP0, keymaps.KEY_KPDOT]
        )
    },
    keymaps.KEY_102ND: 0x64,
    keymaps.KEY_LEFTCTRL: 0xE0,
    keymaps.KEY_LEFTSHIFT: 0xE1,
    keymaps.KEY_LEFTALT: 0xE2,
    keymaps.KEY_RIGHTCTRL: 0xE4,
    keymaps.KEY_RIGHTSHIFT: 0xE5,
    keymaps.KEY_RIGHTALT: 0xE6,
}


def record(when: float, type_: int, code: int, value: int) -> bytes:
    """One `struct input_event`, native layout: timeval (long, long), u16, u16, s32."""
    seconds = int(when)
    return struct.pack("@llHHi", seconds, round((when - seconds) * 1e6), type_, code, value)


class Keyboard:
    """Writes what the kernel's HID driver writes for a USB keyboard (a scanner in keyboard
    mode): per HID report, for each key that changed, MSC_SCAN with its usage then EV_KEY, and
    SYN_REPORT to close the report.  A Shifted key: Shift and the key go down in one report,
    the key comes up in the next, Shift in the one after.  A report every `step` seconds."""

    def __init__(self, keymap: Keymap = keymaps.US, start: float = 1_700_000_000.25) -> None:
        self.keymap = keymap
        self.now = start
        self.step = 0.002

    def report(self, *changes: tuple[int, int]) -> bytes:
        data = b""
        for key, value in changes:
            data += record(self.now, EV_MSC, MSC_SCAN, 0x70000 | HID_USAGE.get(key, 0))
            data += record(self.now, EV_KEY, key, value)
        data += record(self.now, EV_SYN, SYN_REPORT, 0)
        self.now += self.step
        return data

    def tap(self, key: int, *modifiers: int) -> bytes:
        down = [(m, 1) for m in modifiers]
        data = self.report(*down, (key, 1)) + self.report((key, 0))
        return data + (self.report(*[(m, 0) for m in modifiers]) if modifiers else b"")

    def stroke(self, stroke: Stroke) -> bytes:
        modifiers = [
            key
            for key, held in (
                (KEY_LEFTCTRL, stroke.ctrl),
                (KEY_LEFTSHIFT, stroke.shift),
                (KEY_RIGHTALT, stroke.altgr),
            )
            if held
        ]
        return self.tap(stroke.key, *modifiers)

    def type(self, text: str, end: int | None = KEY_ENTER) -> bytes:
        data = b""
        for char in text:
            strokes = self.keymap.strokes(char)
            assert strokes, f"{self.keymap.name} cannot type {char!r}"
            for stroke in strokes:
                data += self.stroke(stroke)
        return data + (self.tap(end) if end is not None else b"")

    def pause(self, seconds: float) -> None:
        self.now += seconds


def decoder(keymap: str = "us", **settings: object) -> EvdevDecoder:
    return EvdevDecoder("evdev:test", ScannerSettings(keymap=keymap, **settings))  # type: ignore[arg-type]


def codes(scans: Iterable[Scan]) -> list[str]:
    return [scan.code for scan in scans]


def feed_in_chunks(dec: EvdevDecoder, data: bytes, sizes: Iterable[int]) -> list[Scan]:
    scans: list[Scan] = []
    position = 0
    for size in sizes:
        if position >= len(data):
            break
        scans += dec.feed(data[position : position + size])
        position += size
    return scans + dec.feed(data[position:])


# -- the record layout and the key codes ------------------------------------------------------------


@pytest.mark.skipif(struct.calcsize("l") != 8, reason="the 24-byte layout is 64-bit Linux's")
def test_input_event_is_24_bytes_on_64_bit() -> None:
    assert INPUT_EVENT.size == 24
    assert record(1.5, EV_KEY, KEY_A, 1) == INPUT_EVENT.pack(1, 500000, EV_KEY, KEY_A, 1)


def test_key_codes_are_the_kernels() -> None:
    ecodes = pytest.importorskip("evdev.ecodes", reason="python-evdev is not installed")
    for name in dir(keymaps):
        if name.startswith("KEY_"):
            assert getattr(ecodes, name) == getattr(keymaps, name), name
    assert (EV_SYN, EV_KEY, EV_MSC) == (ecodes.EV_SYN, ecodes.EV_KEY, ecodes.EV_MSC)
    assert (SYN_REPORT, SYN_DROPPED, MSC_SCAN) == (
        ecodes.SYN_REPORT,
        ecodes.SYN_DROPPED,
        ecodes.MSC_SCAN,
    )


# -- decoding ---------------------------------------------------------------------------------------


def test_a_recorded_stream_with_capitals_shift_msc_and_syn() -> None:
    """ "Ab1" and Enter, record by record as a USB keyboard's reports come out of the kernel."""
    t = 1_700_000_000.0
    stream = b"".join(
        [
            # report: Left Shift and A down
            record(t, EV_MSC, MSC_SCAN, 0x700E1),
            record(t, EV_KEY, KEY_LEFTSHIFT, 1),
            record(t, EV_MSC, MSC_SCAN, 0x70004),
            record(t, EV_KEY, KEY_A, 1),
            record(t, EV_SYN, SYN_REPORT, 0),
            # report: A up, then Shift up
            record(t + 0.001, EV_MSC, MSC_SCAN, 0x70004),
            record(t + 0.001, EV_KEY, KEY_A, 0),
            record(t + 0.001, EV_SYN, SYN_REPORT, 0),
            record(t + 0.002, EV_MSC, MSC_SCAN, 0x700E1),
            record(t + 0.002, EV_KEY, KEY_LEFTSHIFT, 0),
            record(t + 0.002, EV_SYN, SYN_REPORT, 0),
            # b
            record(t + 0.003, EV_MSC, MSC_SCAN, 0x70005),
            record(t + 0.003, EV_KEY, KEY_B, 1),
            record(t + 0.003, EV_SYN, SYN_REPORT, 0),
            record(t + 0.004, EV_MSC, MSC_SCAN, 0x70005),
            record(t + 0.004, EV_KEY, KEY_B, 0),
            record(t + 0.004, EV_SYN, SYN_REPORT, 0),
            # 1
            record(t + 0.005, EV_MSC, MSC_SCAN, 0x7001E),
            record(t + 0.005, EV_KEY, KEY_1, 1),
            record(t + 0.005, EV_SYN, SYN_REPORT, 0),
            record(t + 0.006, EV_MSC, MSC_SCAN, 0x7001E),
            record(t + 0.006, EV_KEY, KEY_1, 0),
            record(t + 0.006, EV_SYN, SYN_REPORT, 0),
            # Enter
            record(t + 0.007, EV_MSC, MSC_SCAN, 0x70028),
            record(t + 0.007, EV_KEY, KEY_ENTER, 1),
            record(t + 0.007, EV_SYN, SYN_REPORT, 0),
            record(t + 0.008, EV_MSC, MSC_SCAN, 0x70028),
            record(t + 0.008, EV_KEY, KEY_ENTER, 0),
            record(t + 0.008, EV_SYN, SYN_REPORT, 0),
        ]
    )
    [scan] = decoder().feed(stream, at=12.5)
    assert (scan.code, scan.source, scan.at, scan.symbology) == ("Ab1", "evdev:test", 12.5, None)


@pytest.mark.parametrize(
    ("code", "symbology"),
    [
        ("4006381333931", None),
        ("3000000942", None),  # repeated characters: every 0 is its own press and release
        ("LPN000123ABC", None),  # capitals: Shift around each
        ("RMA-SE-0000001", None),
        ("1Z999AA10123456784", None),
        ("RR123456785SE", None),
        ("]E04006381333931", "]E0"),  # AIM symbology identifier, kept
        (f"]C1010735000000004710ABC123{GS}21SN1", "]C1"),  # GS1-128: GS kept
        (f"]d20107350000000047{GS}21SN1", "]d2"),
        ("HTTPS://EXAMPLE.COM/R?ID=42&X=1%20", None),
        ("PART 7/8 +5 $9.99 *A* :B; _C_ =D", None),
    ],
)
def test_codes(code: str, symbology: str | None) -> None:
    board = Keyboard()
    stream = board.type(code) + board.type("0001", end=KEY_TAB)
    scans = decoder().feed(stream)
    assert codes(scans) == [code, "0001"]
    assert scans[0].symbology == symbology


def test_split_reads_across_record_boundaries() -> None:
    board = Keyboard()
    stream = board.type(f"]C101073500000000471{GS}10LOT-7") + board.type("3000000942")
    wanted = [f"]C101073500000000471{GS}10LOT-7", "3000000942"]
    assert codes(feed_in_chunks(decoder(), stream, [1] * len(stream))) == wanted
    assert codes(feed_in_chunks(decoder(), stream, [7, 13, 24 + 5, 23, 25, 1000])) == wanted


def test_a_code_completes_on_the_enter_press() -> None:
    board = Keyboard()
    body = board.type("ABC123", end=None)
    press, release = board.report((KEY_ENTER, 1)), board.report((KEY_ENTER, 0))
    dec = decoder()
    assert codes(dec.feed(body + press)) == ["ABC123"]
    assert dec.feed(release) == [] and dec.dropped == 0


def test_autorepeat_and_releases_add_nothing() -> None:
    board = Keyboard()
    held = (
        board.report((KEY_3, 1))
        + b"".join(board.report((KEY_3, 2)) for _ in range(5))  # the kernel's autorepeat
        + board.report((KEY_3, 0))
    )
    dec = decoder()
    assert codes(dec.feed(held + board.type("00"))) == ["300"]


@pytest.mark.parametrize("name", sorted(KEYMAPS))
def test_every_keymap_types_every_symbol_a_barcode_carries(name: str) -> None:
    text = "]C1AZaz09 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + GS + "END"
    board = Keyboard(KEYMAPS[name])
    assert codes(decoder(name).feed(board.type(text))) == [text]


@pytest.mark.parametrize(
    ("name", "strokes", "char"),
    [
        ("us", [Stroke(KEY_2, shift=True)], "@"),
        ("se", [Stroke(KEY_2, altgr=True)], "@"),
        ("se", [Stroke(KEY_2, shift=True)], '"'),
        ("se", [Stroke(keymaps.KEY_MINUS, altgr=True)], "\\"),
        ("se", [Stroke(keymaps.KEY_102ND, altgr=True)], "|"),
        ("se", [Stroke(KEY_RIGHTBRACE, shift=True), Stroke(KEY_SPACE)], "^"),
        ("no", [Stroke(keymaps.KEY_GRAVE)], "|"),
        ("no", [Stroke(keymaps.KEY_EQUAL)], "\\"),
        ("dk", [Stroke(keymaps.KEY_EQUAL, altgr=True)], "|"),
        ("dk", [Stroke(keymaps.KEY_102ND, altgr=True)], "\\"),
        ("de", [Stroke(keymaps.KEY_Q, altgr=True)], "@"),
        ("de", [Stroke(KEY_Y)], "z"),
        ("de", [Stroke(KEY_Z, shift=True)], "Y"),
        ("de", [Stroke(keymaps.KEY_BACKSLASH)], "#"),
        ("de", [Stroke(KEY_RIGHTBRACE, altgr=True)], "~"),  # not a dead key on de
        ("nl", [Stroke(keymaps.KEY_APOSTROPHE, shift=True), Stroke(KEY_SPACE)], '"'),
        ("nl", [Stroke(KEY_2, shift=True)], "@"),
    ],
)
def test_keys_that_move(name: str, strokes: list[Stroke], char: str) -> None:
    board = Keyboard(KEYMAPS[name])
    stream = board.type("AB", end=None) + b"".join(board.stroke(s) for s in strokes)
    stream += board.type("9")
    dec = decoder(name)
    assert codes(dec.feed(stream)) == [f"AB{char}9"], dec.last_drop


def test_a_swedish_scanner_read_with_the_us_keymap_is_dropped_not_misread() -> None:
    board = Keyboard(keymaps.SE)
    dec = decoder("us")
    assert dec.feed(board.type("A@1")) == []  # AltGr+2 is no character on a US keyboard
    assert dec.dropped == 1 and dec.drops["unknown key"] == 1
    assert "'us' keymap" in str(dec.last_drop)


def test_ctrl_b_and_ctrl_bracket_give_stx_and_gs() -> None:
    board = Keyboard()
    stream = (
        board.tap(KEY_B, KEY_LEFTCTRL)
        + board.type("01", end=None)
        + board.tap(KEY_RIGHTBRACE, KEY_LEFTCTRL)
    )
    stream += board.type("21")
    assert codes(decoder().feed(stream)) == [f"\x0201{GS}21"]


def test_prefix_stx_starts_a_code_and_keys_before_it_are_ignored() -> None:
    board = Keyboard()
    dec = decoder(prefix="\x02")
    stray = board.type("123", end=None)  # no prefix: not a code
    scan = board.tap(KEY_B, KEY_LEFTCTRL) + board.type("LPN0000000042")
    assert codes(dec.feed(stray + scan)) == ["LPN0000000042"]
    assert dec.drops["no prefix"] == 1
    assert codes(dec.feed(board.type("999"))) == []  # a whole code without the prefix
    assert dec.drops["no prefix"] == 2
    again = board.tap(KEY_B, KEY_LEFTCTRL) + board.type("12", end=None)
    assert codes(dec.feed(again + scan)) == ["LPN0000000042"]  # STX again: the first is cut off
    assert dec.drops["no terminator"] == 1


def test_unknown_key_drops_the_whole_code_with_a_reason() -> None:
    board = Keyboard()
    dec = decoder()
    broken = board.type("4006", end=None) + board.tap(KEY_F1) + board.type("381333931")
    assert codes(dec.feed(broken + board.type("4006381333931"))) == ["4006381333931"]
    assert dec.dropped == 1 and dec.drops == {"unknown key": 1}
    assert "key 59 (KEY_F1)" in str(dec.last_drop)


def test_short_codes_and_lone_enters() -> None:
    board = Keyboard()
    dec = decoder(min_length=4)
    stream = board.type("123") + board.tap(KEY_ENTER) + board.type("1234")
    assert codes(dec.feed(stream)) == ["1234"]
    assert dec.drops == {"too short": 1}  # a lone Enter is nothing, not a dropped code
    assert dec.last_drop == "3 characters, shorter than min_length 4"


def test_a_code_without_enter_is_dropped_when_the_next_one_starts() -> None:
    board = Keyboard()
    dec = decoder()
    first = board.type("4006381", end=None)
    board.pause(2.0)
    assert codes(dec.feed(first + board.type("4006381333931"))) == ["4006381333931"]
    assert dec.drops == {"no terminator": 1}


def test_events_lost_by_the_kernel_drop_the_code() -> None:
    board = Keyboard()
    dec = decoder()
    lost = (
        board.type("40063", end=None)
        + record(board.now, EV_SYN, SYN_DROPPED, 0)
        + record(board.now, EV_KEY, KEY_A, 1)  # discarded up to the next SYN_REPORT
        + record(board.now, EV_SYN, SYN_REPORT, 0)
        + board.type("81333931")
    )
    assert codes(dec.feed(lost + board.type("ABC"))) == ["ABC"]
    assert dec.drops == {"events lost": 1}


def test_dead_key_followed_by_a_letter_is_dropped() -> None:
    board = Keyboard(keymaps.SE)
    dec = decoder("se")
    stream = board.type("AB", end=None) + board.tap(KEY_RIGHTBRACE, KEY_LEFTSHIFT)
    stream += board.type("a1")  # ^ then a: â on a PC, not what a barcode holds
    assert dec.feed(stream) == [] and dec.drops == {"dead key": 1}


def test_alt_keypad_codes_caps_lock_and_ctrl_alt_as_altgr() -> None:
    board = Keyboard(keymaps.SE)
    alt_gs = board.report((KEY_LEFTALT, 1))
    for key in (KEY_KP0, KEY_KP2, KEY_KP9):
        alt_gs += board.report((key, 1)) + board.report((key, 0))
    alt_gs += board.report((KEY_LEFTALT, 0))
    alt_a = board.report((KEY_LEFTALT, 1))
    for key in (KEY_KP6, KEY_KP5):
        alt_a += board.report((key, 1)) + board.report((key, 0))
    alt_a += board.report((KEY_LEFTALT, 0))
    caps = board.tap(KEY_CAPSLOCK) + board.tap(KEY_L) + board.tap(KEY_P, KEY_LEFTSHIFT)
    caps += board.tap(KEY_CAPSLOCK)
    ctrl_alt_at = board.tap(KEY_2, KEY_LEFTCTRL, KEY_LEFTALT)
    keypad = board.tap(KEY_KP9) + board.tap(KEY_KPDOT) + board.tap(KEY_KPENTER)
    stream = board.type("01", end=None) + alt_gs + alt_a + caps + ctrl_alt_at + keypad
    dec = decoder("se")
    assert codes(dec.feed(stream)) == [f"01{GS}ALp@9,"], dec.last_drop


def test_unknown_keymap() -> None:
    with pytest.raises(ValueError, match="keymap 'fr': one of us, se, no, dk, de, nl"):
        decoder("fr")


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(sorted(KEYMAPS)),
    code=st.text(
        alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.just(GS),
        min_size=3,
        max_size=60,
    ),
    sizes=st.lists(st.integers(1, 100), max_size=40),
)
def test_property_any_printable_code_survives_any_keymap_and_any_split(
    name: str, code: str, sizes: list[int]
) -> None:
    board = Keyboard(KEYMAPS[name])
    stream = board.type(code) + board.type("X" + code[::-1])
    dec = decoder(name)
    assert codes(feed_in_chunks(dec, stream, sizes)) == [code, "X" + code[::-1]]
    assert dec.dropped == 0


def test_open_errors_say_what_to_check() -> None:
    path = "/dev/input/by-id/usb-Scanner-event-kbd"
    denied = _open_error(path, PermissionError(errno.EACCES, "Permission denied"))
    assert isinstance(denied, DeviceFaulted) and "'input' group" in str(denied)
    assert str(denied).startswith(path)
    gone = _open_error(path, FileNotFoundError(errno.ENOENT, "No such file"))
    assert not isinstance(gone, DeviceFaulted) and "plugged in" in str(gone)
    busy = _open_error(path, OSError(errno.EBUSY, "Device or resource busy"))
    assert isinstance(busy, DeviceFaulted) and "grabbed" in str(busy)


# -- the device service ------------------------------------------------------------------------------


def wait_for(
    events: queue.Queue[object], test: Callable[[object], bool], timeout: float = 5.0
) -> object:
    deadline = time.monotonic() + timeout
    seen = []
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            event = events.get(timeout=remaining)
        except queue.Empty:
            break
        if test(event):
            return event
        seen.append(event)
    raise AssertionError(f"the event never came; came: {seen!r}")


def state(wanted: ConnectionState, text: str = "") -> Callable[[object], bool]:
    return lambda e: isinstance(e, DeviceStateChanged) and e.state == wanted and text in e.message


class FifoNode:
    """A FIFO at a stable path standing in for /dev/input/by-id/...-event-kbd: `plug()` makes
    it, `unplug()` removes the path and closes the writing end (the reader sees end of file, as
    a real node's reader sees ENODEV)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._writer: int | None = None

    def plug(self) -> None:
        os.mkfifo(self.path)

    def connect(self) -> None:
        self._writer = os.open(self.path, os.O_WRONLY)  # the reader (the service) is open

    def write(self, data: bytes) -> None:
        assert self._writer is not None
        os.write(self._writer, data)

    def unplug(self) -> None:
        self.path.unlink()
        if self._writer is not None:
            os.close(self._writer)
            self._writer = None


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[FifoNode]:
    node = FifoNode(tmp_path / "usb-Test_Scanner-event-kbd")
    node.plug()
    yield node
    if node._writer is not None:
        os.close(node._writer)


def test_service_reads_scans_and_survives_unplug_and_replug(fifo: FifoNode) -> None:
    events: queue.Queue[object] = queue.Queue()
    device = EvdevScannerDevice(
        "scanner", str(fifo.path), events.put, ScannerSettings(keymap="se"), grab=False
    )
    device.worker._backoff = (0.05, 0.2)
    device.start()
    board = Keyboard(keymaps.SE)
    try:
        assert device.worker.wait_connected(5)
        fifo.connect()
        wanted = [f"LPN{n:010d}" for n in range(20)] + [f"]C10107350000000047{GS}10A@B"]
        stream = b"".join(board.type(code) for code in wanted)
        fifo.write(stream[:1001])  # a read may end anywhere in a record
        fifo.write(stream[1001:])
        got = [wait_for(events, lambda e: isinstance(e, Scan)).code for _ in wanted]  # type: ignore[attr-defined]
        assert got == wanted

        fifo.unplug()
        wait_for(events, state(ConnectionState.DISCONNECTED))
        wait_for(events, state(ConnectionState.DISCONNECTED, "is the scanner plugged in?"))
        fifo.plug()
        wait_for(events, state(ConnectionState.CONNECTED, str(fifo.path)))
        fifo.connect()
        fifo.write(board.type("4006381333931"))
        scan = wait_for(events, lambda e: isinstance(e, Scan))
        assert scan.code == "4006381333931"  # type: ignore[attr-defined]
        assert scan.source == f"evdev:{fifo.path}"  # type: ignore[attr-defined]
    finally:
        device.stop()


def test_service_reports_a_dropped_scan_then_reading_again(fifo: FifoNode) -> None:
    events: queue.Queue[object] = queue.Queue()
    device = EvdevScannerDevice("scanner", str(fifo.path), events.put, grab=False).start()
    board = Keyboard()
    try:
        assert device.worker.wait_connected(5)
        fifo.connect()
        fifo.write(board.type("12", end=None) + board.tap(KEY_F1) + board.type("34"))
        fault = wait_for(events, state(ConnectionState.FAULTED, "scan it again"))
        assert "KEY_F1" in fault.message  # type: ignore[attr-defined]
        fifo.write(board.type("1234"))
        wait_for(events, lambda e: isinstance(e, Scan))
        wait_for(events, state(ConnectionState.CONNECTED, "reading again"))
    finally:
        device.stop()


def test_service_with_grab_on_something_that_is_no_input_device(fifo: FifoNode) -> None:
    pytest.importorskip("evdev", reason="python-evdev is not installed")
    events: queue.Queue[object] = queue.Queue()
    device = EvdevScannerDevice("scanner", str(fifo.path), events.put).start()
    try:
        fault = wait_for(events, state(ConnectionState.FAULTED))
        assert fault.message == (  # type: ignore[attr-defined]
            f"{fifo.path}: not an input event device: use the scanner's "
            "/dev/input/by-id/...-event-kbd path"
        )
    finally:
        device.stop()


def test_service_on_a_missing_path(tmp_path: Path) -> None:
    events: queue.Queue[object] = queue.Queue()
    missing = tmp_path / "usb-Gone-event-kbd"
    device = EvdevScannerDevice("scanner", str(missing), events.put, grab=False).start()
    try:
        gone = wait_for(events, state(ConnectionState.DISCONNECTED))
        assert gone.message.startswith(f"{missing}: not found: is the scanner plugged in?")  # type: ignore[attr-defined]
    finally:
        device.stop()


def test_service_refuses_an_unknown_keymap_at_once(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="keymap 'xx'"):
        EvdevScannerDevice("scanner", str(tmp_path), print, ScannerSettings(keymap="xx"))


def test_port_read_returns_whole_records_and_detects_the_end(fifo: FifoNode) -> None:
    port = EvdevPort(str(fifo.path), grab=False)
    try:
        fifo.connect()
        assert port.read(0.01) == b""
        fifo.write(Keyboard().type("1"))
        assert len(port.read(1.0)) % INPUT_EVENT.size == 0
        fifo.unplug()
        with pytest.raises(DeviceGone, match="unplugged"):
            while True:
                port.read(1.0)
    finally:
        port.close()


# -- a virtual keyboard (uinput), where the kernel offers one ----------------------------------------


def test_uinput_keyboard_read_with_the_grab() -> None:
    if not Path("/dev/uinput").exists():
        pytest.skip(
            "no /dev/uinput here (a container or a kernel without the uinput module): "
            "the virtual-keyboard test needs it (modprobe uinput, and write access to it)"
        )
    if not os.access("/dev/uinput", os.W_OK):
        pytest.skip("/dev/uinput is not writable by this user (root, or a udev rule)")
    evdev = pytest.importorskip("evdev", reason="python-evdev is not installed")
    from evdev import ecodes

    try:
        virtual = evdev.UInput(
            {ecodes.EV_KEY: sorted(HID_USAGE)}, name="receiving-station test scanner"
        )
    except OSError as exc:
        pytest.skip(f"cannot create a virtual keyboard: {exc}")
    events: queue.Queue[object] = queue.Queue()
    try:
        path = virtual.device.path
        device = EvdevScannerDevice("scanner", path, events.put).start()
        try:
            assert device.worker.wait_connected(5)
            with pytest.raises(OSError) as grabbed:  # the service holds it: nobody else can
                other = evdev.InputDevice(path)
                try:
                    other.grab()
                finally:
                    other.close()
            assert grabbed.value.errno == errno.EBUSY

            def press(key: int, value: int) -> None:
                virtual.write(ecodes.EV_KEY, key, value)
                virtual.syn()

            code = f"]C1LPN-42{GS}21AB"
            for stroke in [s for char in code for s in keymaps.US.strokes(char)]:
                modifiers = [KEY_LEFTCTRL] * stroke.ctrl + [KEY_LEFTSHIFT] * stroke.shift
                for modifier in modifiers:
                    press(modifier, 1)
                press(stroke.key, 1)
                press(stroke.key, 0)
                for modifier in modifiers:
                    press(modifier, 0)
            press(KEY_ENTER, 1)
            press(KEY_ENTER, 0)
            scan = wait_for(events, lambda e: isinstance(e, Scan))
            assert scan.code == code and scan.symbology == "]C1"  # type: ignore[attr-defined]
        finally:
            device.stop()
    finally:
        virtual.close()


def test_threads_are_named_after_the_device(fifo: FifoNode) -> None:
    device = EvdevScannerDevice("scanner", str(fifo.path), lambda _e: None, grab=False).start()
    try:
        assert device.worker.wait_connected(5)
        assert "device-scanner" in [t.name for t in threading.enumerate()]
    finally:
        device.stop()
