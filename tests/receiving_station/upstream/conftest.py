"""Fixtures for upstream tests: a sandbox upstream on a thread, outbox events to send."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from receiving_station.demo.sandbox import SandboxServer, start_sandbox
from tests.helpers.upstream import SECRET


@pytest.fixture
def sandbox(tmp_path) -> Iterator[SandboxServer]:  # type: ignore[no-untyped-def]
    server, thread = start_sandbox(f"sqlite:///{tmp_path / 'sandbox.sqlite3'}", SECRET)
    yield server
    server.shutdown()
    server.server_close()
    thread.join(5)
    server.store.engine.dispose()
