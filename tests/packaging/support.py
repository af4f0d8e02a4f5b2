"""What the packaging tests share: where the repository is, CI's rule, a clean environment,
the .deb's fields."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
NAME = "receiving-station"


def skip_or_fail(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"the packaging tests must run in CI: {reason}")
    pytest.skip(reason)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment with nothing of the repository or its venv: no VIRTUAL_ENV, PYTHONPATH
    or venv on PATH, HOME and the XDG folders in `home`."""
    home.mkdir(parents=True, exist_ok=True)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        **extra,
    }


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def deb_field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()
