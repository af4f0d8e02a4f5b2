"""The Debian package around the bundle: what it installs where, what it depends on, that
lintian finds nothing (but what packaging/debian/lintian-overrides explains), and that the
program it installs starts."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.support import ROOT, clean_env, deb_field, project_version, skip_or_fail

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

# What Qt's xcb platform plugin and Qt itself need from the system: the README's list, as the
# `station` script installs it (QT_DEBS and XCB_DEBS there).
QT_DEBS = [
    word
    for array in ("QT_DEBS", "XCB_DEBS")
    for word in re.search(  # type: ignore[union-attr]
        rf"^{array}=\(([^)]*)\)", (ROOT / "station").read_text(encoding="utf-8"), re.MULTILINE
    )
    .group(1)
    .split()
]


def contents(deb: Path) -> dict[str, str]:
    """Path -> its `dpkg-deb --contents` line."""
    shown = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    listed = {}
    for line in shown.splitlines():
        name = line.split(maxsplit=5)[5].split(" -> ")[0]
        listed[name.removeprefix(".").rstrip("/") or "/"] = line
    return listed


def test_file_name_and_fields(package) -> None:  # type: ignore[no-untyped-def]
    version = deb_field(package.deb, "Version")
    architecture = deb_field(package.deb, "Architecture")
    assert version.startswith(project_version() + "-")
    assert package.deb.name == f"receiving-station_{version}_{architecture}.deb"
    assert deb_field(package.deb, "Package") == "receiving-station"
    depends = {part.split()[0] for part in deb_field(package.deb, "Depends").split(",")}
    assert set(QT_DEBS) <= depends, sorted(set(QT_DEBS) - depends)


def test_contents(package) -> None:  # type: ignore[no-untyped-def]
    listed = contents(package.deb)
    app = "/opt/receiving-station"
    expected = [
        f"{app}/receiving-station",
        f"{app}/_internal/resources/rules.toml",
        f"{app}/_internal/resources/sounds/accepted.wav",
        f"{app}/_internal/db/migrations/env.py",
        f"{app}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        f"{app}/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        f"{app}/_internal/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        f"{app}/_internal/PySide6/Qt/plugins/imageformats/libqjpeg.so",
        f"{app}/_internal/PySide6/Qt/lib/libQt6Pdf.so.6",
        f"{app}/_internal/PySide6/lrelease",
        "/usr/bin/receiving-station",
        "/usr/share/applications/receiving-station.desktop",
        "/usr/share/icons/hicolor/scalable/apps/receiving-station.svg",
        "/usr/share/doc/receiving-station/copyright",
        "/usr/share/doc/receiving-station/changelog.Debian.gz",
        "/usr/share/man/man1/receiving-station.1.gz",
        "/usr/share/lintian/overrides/receiving-station",
    ]
    expected += [
        f"/usr/lib/udev/rules.d/{rules.name}" for rules in (ROOT / "packaging/udev").glob("*.rules")
    ]
    expected += [
        f"/usr/lib/systemd/user/{unit.name}"
        for pattern in ("*.service", "*.timer")
        for unit in (ROOT / "packaging/systemd").glob(pattern)
    ]
    missing = [path for path in expected if path not in listed]
    assert not missing, missing
    assert listed["/usr/bin/receiving-station"].endswith(
        "/usr/bin/receiving-station -> /opt/receiving-station/receiving-station"
    )
    # what the window does not use stays out: QtWebEngine, QML's Quick Controls, Wayland
    unwanted = [
        path
        for path in listed
        if any(part in path for part in ("WebEngine", "QuickControls", "wayland", "__pycache__"))
    ]
    assert not unwanted, unwanted[:10]
    owners = {line.split()[1] for line in listed.values()}
    assert owners == {"root/root"}, owners


def test_copyright_names_the_bundled_licences(package, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    subprocess.run(["dpkg-deb", "-x", str(package.deb), str(tmp_path)], check=True)
    text = (tmp_path / "usr/share/doc/receiving-station/copyright").read_text(encoding="utf-8")
    for component in ("LGPL", "PySide6", "FFmpeg", "SQLAlchemy", "psycopg", "reportlab"):
        assert component.lower() in text.lower(), component


def test_lintian_is_clean(package) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("lintian") is None:
        skip_or_fail("lintian is not installed (./station test installs it)")
    done = subprocess.run(
        ["lintian", "--fail-on", "error,warning", "--info", str(package.deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    findings = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert not findings, findings


def test_installed_program_starts(package, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The files as the .deb installs them (their modes, the /usr/bin link) make a program
    that starts."""
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(package.deb), str(root)], check=True)
    link = root / "usr/bin/receiving-station"
    assert link.is_symlink()
    program = root / str(link.readlink()).lstrip("/")
    done = subprocess.run(
        [str(program), "--version"],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"receiving-station {project_version()}"
