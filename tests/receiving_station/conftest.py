"""Fixtures shared by the core's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.clock import local_time


@pytest.fixture
def stockholm() -> Iterator[None]:
    """Local time is Stockholm's (the figures' hand-computed data sets are in it)."""
    with local_time("Europe/Stockholm"):
        yield
