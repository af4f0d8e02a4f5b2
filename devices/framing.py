"""Framers: bytes as they come off a port -> complete frames.  Pure, bounded, never raise.

A framer is fed whatever a read returned (one byte, half a frame, three frames and a half) and
returns the complete frames found so far; the rest waits for the next feed.  Every frame is
bounded: an over-long run without a terminator is dropped (and counted) up to the next
terminator, so garbage or a wrong baud rate cannot grow memory or block the frames after it.
"""

from __future__ import annotations

MAX_FRAME = 4096


class LineFramer:
    """Lines ended by any of `terminators` (CR, LF or CR LF: empty lines are dropped).

    Used by serial scanners (one barcode per line) and MT-SICS (replies end with CR LF).
    Bytes other than the terminators, GS (0x1D) included, are kept as they are.
    """

    def __init__(self, terminators: bytes = b"\r\n", max_length: int = MAX_FRAME) -> None:
        if not terminators:
            raise ValueError("a line needs a terminator")
        self._terminators = frozenset(terminators)
        self._max = max_length
        self._buffer = bytearray()
        self._discarding = False
        self.dropped = 0  # frames dropped for being too long

    def feed(self, data: bytes) -> list[bytes]:
        lines: list[bytes] = []
        for byte in data:
            if byte in self._terminators:
                if self._discarding:
                    self._discarding = False
                elif self._buffer:
                    lines.append(bytes(self._buffer))
                self._buffer.clear()
                continue
            if self._discarding:
                continue
            if len(self._buffer) >= self._max:
                self._buffer.clear()
                self._discarding = True
                self.dropped += 1
                continue
            self._buffer.append(byte)
        return lines

    def pending(self) -> bytes:
        """What has come since the last terminator (for diagnostics)."""
        return bytes(self._buffer)

    def reset(self) -> None:
        self._buffer.clear()
        self._discarding = False


class DelimitedFramer:
    """Frames that run from a start byte to an end sequence: STX … CR (Toledo 8217),
    LF … ETX (NCI SCP-12).  Bytes before a start byte are garbage and skipped; a new start byte
    inside a frame restarts it (the earlier one was cut off).  The frame returned excludes the
    start byte and the end sequence.  Where the start byte may also occur inside a frame (NCI's
    LF), pass `restart=False`."""

    def __init__(
        self, start: bytes, end: bytes, max_length: int = MAX_FRAME, *, restart: bool = True
    ) -> None:
        if len(start) != 1 or not end:
            raise ValueError("one start byte and a non-empty end sequence")
        self._start = start[0]
        self._end = end
        self._max = max_length
        self._restart = restart
        self._buffer = bytearray()
        self._inside = False
        self.skipped = 0  # garbage bytes skipped between frames
        self.dropped = 0  # frames dropped for being too long

    def feed(self, data: bytes) -> list[bytes]:
        frames: list[bytes] = []
        for byte in data:
            if not self._inside:
                if byte == self._start:
                    self._inside = True
                    self._buffer.clear()
                else:
                    self.skipped += 1
                continue
            if byte == self._start and self._restart:
                self._buffer.clear()  # a new frame began: the previous one was cut off
                self.dropped += 1
                continue
            self._buffer.append(byte)
            if self._buffer.endswith(self._end):
                frames.append(bytes(self._buffer[: -len(self._end)]))
                self._buffer.clear()
                self._inside = False
            elif len(self._buffer) > self._max:
                self._buffer.clear()
                self._inside = False
                self.dropped += 1
        return frames

    def reset(self) -> None:
        self._buffer.clear()
        self._inside = False
