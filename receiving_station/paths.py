"""Where the shipped resources live (rules, label templates, sounds, carrier definitions), and
where the station's configuration file is (a leaf: reading the file is receiving_station.config's)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"


def resource(name: str) -> Path:
    """Path of a shipped resource file; raises FileNotFoundError naming it when absent."""
    path = RESOURCES / name
    if not path.exists():
        raise FileNotFoundError(f"resource {name!r} not found in {RESOURCES}")
    return path


ENV_CONFIG = "RECEIVING_STATION_CONFIG"
DEFAULT_CONFIG = Path("~/.config/receiving-station/station.toml")


def config_path() -> Path:
    """The station's configuration file: `RECEIVING_STATION_CONFIG`, else the user's."""
    return Path(os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG).expanduser()


def data_dir() -> Path:
    """The station's data directory (demo database, photos, recordings, logs) for this user:
    ~/.local/share/receiving-station (XDG_DATA_HOME respected)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("receiving-station", appauthor=False))
