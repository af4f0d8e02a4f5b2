"""The platform stand-ins in tests: serving one for a `with` block, reading its books, and
GTINs for their products."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from receiving_station.demo.standins import StandInServer


def gtin13(first12: str) -> str:
    """A GTIN-13 from its first twelve digits and the GS1 check digit."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


@contextmanager
def serving(server: StandInServer, thread: threading.Thread) -> Iterator[Any]:
    """A stand-in serving for the `with` block, stopped after it."""
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def standin_get(server: StandInServer, page: str) -> Any:
    """One of a stand-in's /_standin/ pages (what it holds)."""
    return httpx.get(f"{server.url}/_standin/{page}", timeout=5).json()
