"""The package's systemd user units (issue #25 item 2), checked by systemd itself
(`systemd-analyze verify`, with the installed path replaced by this checkout's), and held to
what the application does: the status a supervisor's close exits with is the one the kiosk's
unit does not restart, and the verbs the units run exist."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from receiving_station.cli.main import build_parser
from ui.kiosk import CLOSED_BY_SUPERVISOR

ROOT = Path(__file__).resolve().parents[1]
UNITS = sorted((ROOT / "packaging" / "systemd").glob("*.service"))
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path)
    return parser


def test_systemd_reads_every_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        if IN_CI:
            pytest.fail("systemd-analyze is missing (Debian's systemd package)")
        pytest.skip("systemd-analyze is not installed")
    program = shutil.which("receiving-station") or str(ROOT / ".venv/bin/receiving-station")
    copies = []
    for unit in UNITS:
        copy = tmp_path / unit.name
        copy.write_text(unit.read_text().replace("/usr/bin/receiving-station", program))
        copies.append(str(copy))
    done = subprocess.run([analyze, "verify", *copies], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_the_kiosk_unit_restarts_all_but_a_supervisors_close() -> None:
    kiosk = _unit(ROOT / "packaging/systemd/receiving-station.service")
    assert kiosk["Service"]["ExecStart"].split()[1:] == ["--kiosk"]
    assert kiosk["Service"]["Restart"] == "always"
    assert kiosk["Service"]["RestartPreventExitStatus"] == str(CLOSED_BY_SUPERVISOR)
    assert kiosk["Install"]["WantedBy"] == "graphical-session.target"


def test_the_verbs_the_units_run_exist() -> None:
    parser = build_parser()
    for unit in UNITS:
        args = _unit(unit)["Service"]["ExecStart"].split()[1:]
        parser.parse_args(args)  # SystemExit on an unknown verb or option
    dispatch = _unit(ROOT / "packaging/systemd/receiving-station-dispatch.service")
    assert dispatch["Service"]["Restart"] == "on-failure"
    assert int(dispatch["Service"]["RestartSec"]) >= 5
