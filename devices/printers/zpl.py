"""Zebra ZPL II: label content -> ZPL bytes, and the `~HS` host status.

Labels are 4×2 in (812×406 dots at 203 dpi) or 4×6 in, UTF-8 (`^CI28`), every data field sent
with `^FH` and `_hh` hex escapes so that a `^` or `~` in a product name cannot start a command.
(ZPL II Programming Guide; techdocs.zebra.com)

`~HS` answers three frames STX … ETX CR LF.  String 1 `aaa,b,c,dddd,eee,f,g,h,iii,j,k,l`:
b paper out, c paused, dddd label length, eee formats in buffer, f buffer full, j corrupt RAM,
k under temperature, l over temperature.  String 2 `mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`:
n unused, o head up (open), p ribbon out, r print mode, t label waiting, u labels remaining.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOTS_PER_MM = {203: 8, 300: 12}
SIZES = {"4x2": (4.0, 2.0), "4x6": (4.0, 6.0)}


class PrinterError(Exception):
    """The printer cannot take the job; the message names the fault and what to do."""


@dataclass(frozen=True)
class PrinterStatus:
    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False
    buffer_full: bool = False
    corrupt_ram: bool = False
    under_temperature: bool = False
    over_temperature: bool = False
    formats_in_buffer: int = 0
    labels_remaining: int = 0
    raw: bytes = field(default=b"", repr=False)

    def faults(self) -> list[str]:
        """What stops printing, in words for the person at the bench."""
        checks = [
            (self.paper_out, "paper out: load labels"),
            (self.head_open, "print head open: close it"),
            (self.ribbon_out, "ribbon out: load a ribbon"),
            (self.paused, "paused: press the pause button"),
            (self.buffer_full, "receive buffer full: wait, then try again"),
            (self.corrupt_ram, "memory error: switch the printer off and on"),
            (self.under_temperature, "print head too cold"),
            (self.over_temperature, "print head too hot: let it cool"),
        ]
        return [text for flag, text in checks if flag]

    @property
    def ready(self) -> bool:
        return not self.faults()


_FRAME = re.compile(rb"\x02([^\x02\x03]*)\x03")


def parse_host_status(data: bytes) -> PrinterStatus:
    """The three `~HS` frames -> PrinterStatus.  Raises PrinterError when they are not there."""
    frames = _FRAME.findall(data)
    if len(frames) < 3:
        raise PrinterError(f"not a ~HS answer ({len(frames)} of 3 status lines): {data[:80]!r}")
    one = [f.strip() for f in frames[0].split(b",")]
    two = [f.strip() for f in frames[1].split(b",")]

    def flag(fields: list[bytes], index: int) -> bool:
        return index < len(fields) and fields[index] == b"1"

    def number(fields: list[bytes], index: int) -> int:
        try:
            return int(fields[index])
        except (IndexError, ValueError):
            return 0

    return PrinterStatus(
        paper_out=flag(one, 1),
        paused=flag(one, 2),
        formats_in_buffer=number(one, 4),
        buffer_full=flag(one, 5),
        corrupt_ram=flag(one, 9),
        under_temperature=flag(one, 10),
        over_temperature=flag(one, 11),
        head_open=flag(two, 2),
        ribbon_out=flag(two, 3),
        labels_remaining=number(two, 8),
        raw=data,
    )


def host_status_frames(status: PrinterStatus) -> bytes:
    """The bytes a printer in `status` answers to `~HS` (for the simulator and tests)."""
    b = lambda flag: "1" if flag else "0"  # noqa: E731
    one = (
        f"030,{b(status.paper_out)},{b(status.paused)},1218,{status.formats_in_buffer:03d},"
        f"{b(status.buffer_full)},0,0,000,{b(status.corrupt_ram)},"
        f"{b(status.under_temperature)},{b(status.over_temperature)}"
    )
    two = (
        f"001,0,{b(status.head_open)},{b(status.ribbon_out)},0,2,6,0,"
        f"{status.labels_remaining:08d},1,000"
    )
    three = "1234,0"
    return b"".join(b"\x02" + line.encode() + b"\x03\r\n" for line in (one, two, three))


def escape(text: str) -> str:
    """Field data for `^FH_`: `^`, `~`, `_` and control characters as `_hh` hex escapes."""
    out = []
    for char in text:
        if char in "^~_" or ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"_{ord(char):02X}")
        else:
            out.append(char)
    return "".join(out)


def label_dots(size: str, dpi: int) -> tuple[int, int]:
    try:
        width_in, height_in = SIZES[size]
    except KeyError:
        raise ValueError(f"label size {size!r}: one of {', '.join(SIZES)}") from None
    if dpi not in DOTS_PER_MM:
        raise ValueError(f"dpi {dpi}: one of {', '.join(map(str, DOTS_PER_MM))}")
    return round(width_in * dpi), round(height_in * dpi)


def sample_label(note: str, size: str = "4x2", dpi: int = 203) -> bytes:
    """The test label `devices print-test` prints: a title, a Code 128 and `note` (the printer).

    Unit labels are drawn from the site's templates (receiving_station.labels.layout); this one
    needs nothing but the printer, to check the cable, the media and the darkness."""
    width, height = label_dots(size, dpi)
    k = dpi / 203
    return (
        f"^XA\n^CI28\n^PW{width}\n^LL{height}\n"
        f"^FO{round(30 * k)},{round(24 * k)}^A0N,{round(44 * k)},{round(36 * k)}"
        "^FH_^FDReceiving Station test label^FS\n"
        f"^FO{round(40 * k)},{round(90 * k)}^BY{round(3 * k)},3,{round(110 * k)}"
        f"^BCN,{round(110 * k)},Y,N,N^FDLPN0000000017^FS\n"
        f"^FO{round(30 * k)},{round(260 * k)}^A0N,{round(30 * k)},{round(24 * k)}"
        f"^FH_^FD{escape(note)}^FS\n^XZ"
    ).encode()
