"""Where the shipped resources live (rules, label templates, sounds)."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"


def resource(name: str) -> Path:
    """Path of a shipped resource file; raises FileNotFoundError naming it when absent."""
    path = RESOURCES / name
    if not path.exists():
        raise FileNotFoundError(f"resource {name!r} not found in {RESOURCES}")
    return path
