"""The core, db and devices are type-checked (mypy, configured in pyproject.toml)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_on_the_core() -> None:
    api = pytest.importorskip("mypy.api")
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        out, err, status = api.run(["--no-error-summary"])
    finally:
        os.chdir(cwd)
    assert status == 0, out + err
