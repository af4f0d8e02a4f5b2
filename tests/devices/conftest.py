"""Device test helpers: a byte-for-byte expected protocol (after PyMeasure's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


class ExpectedProtocol:
    """A fake Port that accepts exactly the listed writes, in order, and answers each with
    the listed bytes.  Anything unexpected fails at once; pairs left over fail at the end."""

    name = "expected-protocol"

    def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
        self.pairs = list(pairs)
        self._pending = b""

    def write(self, data: bytes) -> None:
        assert self.pairs, f"unexpected write {data!r}: no more writes were expected"
        wanted, answer = self.pairs.pop(0)
        assert data == wanted, f"wrote {data!r}, expected {wanted!r}"
        self._pending += answer

    def read(self, timeout: float) -> bytes:
        data, self._pending = self._pending, b""
        return data

    def reset_input(self) -> None:
        pass

    def close(self) -> None:
        pass

    def assert_done(self) -> None:
        assert not self.pairs, f"expected writes never made: {self.pairs!r}"
        assert not self._pending, f"answers never read: {self._pending!r}"


@pytest.fixture
def expected_protocol() -> Iterator[type[ExpectedProtocol]]:
    made: list[ExpectedProtocol] = []

    class Tracked(ExpectedProtocol):
        def __init__(self, pairs: list[tuple[bytes, bytes]]) -> None:
            super().__init__(pairs)
            made.append(self)

    yield Tracked
    for protocol in made:
        protocol.assert_done()
