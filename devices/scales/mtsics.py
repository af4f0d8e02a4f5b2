"""Mettler Toledo MT-SICS (Standard Interface Command Set), level 0/1.

Wire: 9600 8N1 by default, commands upper-case ASCII + CR LF, replies `<cmd> <status> <data>`
+ CR LF with numbers padded by spaces; parsed by splitting on whitespace (MT-SICS reference
manual 11781363; PyLabRobot's notes).  Status: S stable, D dynamic, I busy, + overload,
- underload, A done; error lines ES (syntax), ET (transmission), EL (logical).  A hardware
fault replaces the weight: `S S Error 12t`.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal, InvalidOperation

from devices.events import WeightReading
from devices.framing import LineFramer
from devices.scales import ScaleError, request
from devices.transport import Port, SerialSettings

ERRORS = {
    "ES": "the scale did not understand the command (ES, syntax error)",
    "ET": "transmission error (ET): check the baud rate and parity",
    "EL": "the scale cannot do that now (EL, logical error)",
}
HARDWARE_ERRORS = {"12": "a load cell was unplugged (hot-plug-out)"}


#: A reply line; noise before it (line garbage has no terminator of its own) is cut off.
_REPLY = re.compile(rb"(?<![0-9A-Za-z])(ES|ET|EL|(?:S|SI|SIR|Z|ZI|T|TA|TAC|I4) +\S[ -~]*?) *$")


def clean_reply(line: bytes) -> bytes:
    """The reply in a line that may start with noise (resynchronises after garbage)."""
    match = _REPLY.search(line)
    return match.group(1) if match else line


def parse_weight(line: bytes, at: float | None = None) -> WeightReading:
    """`S S     100.00 g` (and SI/SIR replies) -> WeightReading.  Never raises: a reply that is
    not a weight comes back with `error` set."""
    at = time.monotonic() if at is None else at
    line = clean_reply(line)
    text = line.decode("ascii", errors="replace").strip()
    tokens = text.split()
    if not tokens:
        return WeightReading(None, "", False, at, error="empty reply", raw=line)
    if tokens[0] in ERRORS:
        return WeightReading(None, "", False, at, error=ERRORS[tokens[0]], raw=line)
    if tokens[0] not in ("S", "SI", "SIR") or len(tokens) < 2:
        return WeightReading(None, "", False, at, error=f"not a weight reply: {text!r}", raw=line)
    status = tokens[1]
    if status == "+":
        return WeightReading(None, "", False, at, overload=True, raw=line)
    if status == "-":
        return WeightReading(None, "", False, at, underload=True, raw=line)
    if status == "I":
        return WeightReading(None, "", False, at, error="the scale is busy (I)", raw=line)
    if status not in ("S", "D") or len(tokens) < 3:
        return WeightReading(None, "", False, at, error=f"unknown status in {text!r}", raw=line)
    if tokens[2] == "Error":
        code = tokens[3] if len(tokens) > 3 else "?"
        what = HARDWARE_ERRORS.get(code.rstrip("te"), "see the scale's manual")
        return WeightReading(
            None, "", False, at, error=f"scale hardware error {code}: {what}", raw=line
        )
    try:
        value = Decimal(tokens[2])
    except InvalidOperation:
        return WeightReading(None, "", False, at, error=f"no number in {text!r}", raw=line)
    if not value.is_finite():
        return WeightReading(None, "", False, at, error=f"no number in {text!r}", raw=line)
    unit = tokens[3] if len(tokens) > 3 else ""
    return WeightReading(value, unit, status == "S", at, raw=line)


def _head(frame: bytes) -> str:
    """The reply identifier: the first token of a reply line."""
    tokens = clean_reply(frame).split(maxsplit=1)
    return tokens[0].decode("ascii", errors="replace") if tokens else ""


class MtSicsScale:
    """An MT-SICS scale on a port.  Call its methods on the port's owning thread only."""

    protocol = "mt-sics"
    settings = SerialSettings(9600, 8, "none", 1)

    def __init__(self, port: Port, timeout: float = 2.0) -> None:
        self.port = port
        self.timeout = timeout
        self._framer = LineFramer(b"\r\n", max_length=256)

    def _ask(
        self, command: str, replies: tuple[str, ...], timeout: float | None = None
    ) -> list[str]:
        frame = request(
            self.port,
            command.encode("ascii") + b"\r\n",
            self._framer,
            timeout=self.timeout if timeout is None else timeout,
            wanted=lambda frame: _head(frame) in (*replies, *ERRORS),
        )
        tokens = clean_reply(frame).decode("ascii", errors="replace").split()
        if tokens[0] in ERRORS:
            raise ScaleError(f"{command}: {ERRORS[tokens[0]]}")
        return tokens

    def read(self) -> WeightReading:
        """SI: the weight now, stable or not."""
        frame = request(
            self.port,
            b"SI\r\n",
            self._framer,
            timeout=self.timeout,
            wanted=lambda frame: _head(frame) in ("S", *ERRORS),
        )
        return parse_weight(frame)

    def read_stable_weight(self, timeout: float = 5.0) -> WeightReading:
        """S: the scale waits for stability itself (or answers `S I` when it times out)."""
        frame = request(
            self.port,
            b"S\r\n",
            self._framer,
            timeout=timeout,
            wanted=lambda frame: _head(frame) in ("S", *ERRORS),
        )
        return parse_weight(frame)

    def zero(self) -> None:
        self._check("Z", self._ask("Z", ("Z",), timeout=max(self.timeout, 5.0)), "zero")

    def tare(self) -> WeightReading:
        tokens = self._ask("T", ("T",), timeout=max(self.timeout, 5.0))
        self._check("T", tokens, "tare", done=("S",))
        return parse_weight(("S S " + " ".join(tokens[2:])).encode())

    def clear_tare(self) -> None:
        self._check("TAC", self._ask("TAC", ("TAC",)), "clear the tare")

    def serial_number(self) -> str:
        tokens = self._ask("I4", ("I4",))
        self._check("I4", tokens, "report its serial number")
        return " ".join(tokens[2:]).strip('"')

    def reset(self) -> str:
        """@: cancel pending commands (and SIR); the scale answers with its serial number."""
        tokens = self._ask("@", ("I4",))
        return " ".join(tokens[2:]).strip('"')

    def start_continuous(self) -> None:
        """SIR: the scale streams readings (up to ~23/s) until the next command."""
        self.port.reset_input()
        self._framer.reset()
        self.port.write(b"SIR\r\n")

    def continuous_readings(self, timeout: float = 0.1) -> list[WeightReading]:
        """The readings that arrived (while SIR streams)."""
        data = self.port.read(timeout)
        at = time.monotonic()
        return [parse_weight(frame, at) for frame in self._framer.feed(data)]

    def probe(self) -> str:
        """Side-effect free: I4 (serial number).  Raises ScaleError/ScaleTimeout if no MT-SICS.

        An empty line first ends whatever another protocol's probe left half-sent."""
        self.port.write(b"\r\n")
        time.sleep(0.1)
        return self.serial_number()

    @staticmethod
    def _check(command: str, tokens: list[str], what: str, done: tuple[str, ...] = ("A",)) -> None:
        status = tokens[1] if len(tokens) > 1 else ""
        if status in done:
            return
        reasons = {
            "I": "the scale is busy or the load did not settle",
            "+": "above the upper limit",
            "-": "below the lower limit",
            "L": "bad parameter",
        }
        raise ScaleError(
            f"the scale could not {what} ({command} {status}): {reasons.get(status, 'unknown reply')}"
        )
