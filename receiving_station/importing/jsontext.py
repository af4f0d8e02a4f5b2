"""A JSON file's values read one at a time from a text stream, with the line of any error.

A return file is one array of small objects (`{"returns": [...]}` or `[...]`): this reads the
file's outer structure itself and hands each inner value to the standard library's decoder
(its C scanner), a block of text at a time, so memory holds one return and not the file.

Why not ijson: its `items()` builds each value's path as text, and a file nested 100,000 deep
(a bomb the import's property tests send) made it take every gigabyte the machine had; here
the standard decoder meets such nesting with a RecursionError at the first value."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, TextIO

BLOCK = 1 << 20  # characters read at a time
MAX_VALUE = 64 << 20  # characters of one return: past this, a value not yet whole is broken

_SPACE = " \t\n\r"


class JsonBroken(Exception):
    """The text is not JSON: at `line`, what the decoder says."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


class JsonText:
    """A cursor over a JSON text read a block at a time.  Numbers with a fraction are Decimal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._decoder = json.JSONDecoder(parse_float=Decimal)
        self._buf = ""
        self.pos = 0  # in _buf
        self._line = 1  # the line _buf[0] is on
        self._eof = False

    def _more(self, at_least: int = BLOCK) -> bool:
        """Read on, letting go of the text before `pos`; False at the end of the file."""
        if self._eof:
            return False
        block = self._stream.read(max(BLOCK, at_least))
        if not block:
            self._eof = True
            return False
        self._line += self._buf.count("\n", 0, self.pos)
        self._buf = self._buf[self.pos :] + block
        self.pos = 0
        return True

    def line(self) -> int:
        """The line the cursor is on."""
        return self._line + self._buf.count("\n", 0, self.pos)

    def broken(self, message: str, pos: int | None = None) -> JsonBroken:
        at = self.pos if pos is None else pos
        return JsonBroken(self._line + self._buf.count("\n", 0, at), message)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not taken."""
        while True:
            while self.pos < len(self._buf) and self._buf[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self._buf):
                return self._buf[self.pos]
            if not self._more():
                return ""

    def take(self, char: str, message: str) -> None:
        """Take `char`, the next character that is not white space, or say the text is broken."""
        if self.peek() != char:
            raise self.broken(message)
        self.pos += 1

    def value(self) -> Any:
        """The next whole value.  Raises JsonBroken; RecursionError for nesting too deep for
        the decoder, ValueError for what it cannot hold (an integer of 5,000 digits)."""
        self.peek()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self.pos)
            except json.JSONDecodeError as exc:
                held = len(self._buf) - self.pos
                if held < MAX_VALUE and self._more(held):  # cut off by the block: read on
                    continue
                if held >= MAX_VALUE:
                    raise self.broken(
                        f"{exc.msg}, or one return is longer than {MAX_VALUE >> 20} MB of text",
                        exc.pos,
                    ) from None
                raise self.broken(exc.msg, exc.pos) from None
            if end == len(self._buf) and self._more(len(self._buf) - self.pos):
                continue  # a number at the block's end may go on in the next block
            self.pos = end
            return value
