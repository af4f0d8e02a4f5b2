"""Framers and scanners: no scan lost or split, garbage skipped, never a crash or a hang."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.framing import DelimitedFramer, LineFramer
from devices.scanner import ScannerSettings, SerialScanner

GS = "\x1d"


def test_line_framer_handles_cr_lf_crlf_and_split_reads() -> None:
    framer = LineFramer(b"\r\n")
    assert framer.feed(b"ABC\r\nDE") == [b"ABC"]
    assert framer.feed(b"F\r") == [b"DEF"]
    assert framer.feed(b"\nGHI\n\nJKL\r") == [b"GHI", b"JKL"]
    assert framer.pending() == b""


def test_line_framer_drops_overlong_lines_and_resynchronises() -> None:
    framer = LineFramer(b"\n", max_length=8)
    assert framer.feed(b"0123456789ABCDEF\nOK\n") == [b"OK"]
    assert framer.dropped == 1


def test_delimited_framer_skips_garbage_and_restarts_on_a_new_start() -> None:
    framer = DelimitedFramer(b"\x02", b"\r")
    assert framer.feed(b"junk\x02  1.2") == []
    assert framer.feed(b"\x02  1.234\rxx\x02?\x30\r") == [b"  1.234", b"?0"]
    assert framer.skipped == 6 and framer.dropped == 1


def test_nci_frames_keep_their_inner_line_feeds() -> None:
    framer = DelimitedFramer(b"\n", b"\x03", restart=False)
    assert framer.feed(b"\n0001.25LB\r\n00\r\x03") == [b"0001.25LB\r\n00\r"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.integers(1, 50))
def test_framers_never_crash_and_stay_bounded(data: bytes, chunk: int) -> None:
    for framer in (
        LineFramer(b"\r\n", max_length=64),
        DelimitedFramer(b"\x02", b"\r", max_length=64),
        DelimitedFramer(b"\n", b"\x03", max_length=64, restart=False),
    ):
        for start in range(0, len(data), chunk):
            for frame in framer.feed(data[start : start + chunk]):
                assert len(frame) <= 64 + 2


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=["Cs"]),
            min_size=1,
            max_size=40,
        ).filter(lambda s: s.strip()),
        max_size=20,
    ),
    st.integers(1, 17),
    st.sampled_from(["cr", "lf", "crlf"]),
)
def test_serial_scanner_never_loses_or_splits_back_to_back_scans(
    codes: list[str], chunk: int, suffix: str
) -> None:
    scanner = SerialScanner("serial:test", ScannerSettings(suffix=suffix))
    ending = {"cr": "\r", "lf": "\n", "crlf": "\r\n"}[suffix]
    stream = "".join(code + ending for code in codes).encode()
    got = []
    for start in range(0, len(stream), chunk):
        got += [scan.code for scan in scanner.feed(stream[start : start + chunk])]
    assert got == [code.strip(" \t") for code in codes]


def test_serial_scanner_keeps_aim_prefix_and_group_separator() -> None:
    scanner = SerialScanner("serial:/dev/ttyACM0")
    [scan] = scanner.feed(f"]d20107350000000047{GS}10LOT7{GS}21SN1\r\n".encode())
    assert scan.code == f"]d20107350000000047{GS}10LOT7{GS}21SN1"
    assert scan.symbology == "]d2" and scan.source == "serial:/dev/ttyACM0"
