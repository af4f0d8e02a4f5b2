"""The bundle runs away from the repository and its venv: copied to an empty directory, run
from another one with a clean environment (tests/packaging/conftest.py), its verbs, its
database migrations, its PDFs and its window on Qt's offscreen platform and on a real X server
with the xcb platform the bench PCs use."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import _fresh_postgres_engine
from tests.helpers.xserver import XServerError, start_xvfb
from tests.packaging.support import IN_CI, ROOT, deb_field, project_version, skip_or_fail

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


def test_version(run_bundle) -> None:  # type: ignore[no-untyped-def]
    done = run_bundle("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"receiving-station {project_version()}"


def test_devices_list(run_bundle) -> None:  # type: ignore[no-untyped-def]
    done = run_bundle("devices", "list", "--no-probe")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_resources_are_the_bundles_own(run_bundle, moved_bundle: Path) -> None:  # type: ignore[no-untyped-def]
    """The shipped rules are read from inside the bundle, not from the repository."""
    done = run_bundle("rules", "check")
    assert done.returncode == 0, done.stderr
    assert str(moved_bundle.parent) in done.stdout
    assert str(ROOT) not in done.stdout + done.stderr


def test_database_migrations_and_pdf(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    upgraded = run_bundle("db", "upgrade", "--database", url)
    assert upgraded.returncode == 0, upgraded.stderr
    current = run_bundle("db", "current", "--database", url)
    assert current.returncode == 0, current.stderr
    assert "up to date" in current.stdout
    sheet = tmp_path / "sheet.pdf"
    printed = run_bundle("command-sheet", "--output", str(sheet))
    assert printed.returncode == 0, printed.stderr
    assert sheet.read_bytes().startswith(b"%PDF-")


def test_postgresql_driver(run_bundle, postgres_server) -> None:  # type: ignore[no-untyped-def]
    """psycopg's binary build is in the bundle: the migrations run on PostgreSQL."""
    if postgres_server.error:
        skip_or_fail(postgres_server.error)
    _fresh_postgres_engine(postgres_server).dispose()  # an empty schema, whatever ran before
    done = run_bundle("db", "upgrade", "--database", postgres_server.url())
    assert done.returncode == 0, done.stderr


def assert_screenshot(path: Path) -> None:
    assert path.exists(), "no screenshot"
    assert path.stat().st_size > 20_000, f"screenshot of {path.stat().st_size} bytes"
    with Image.open(path) as image:
        assert image.size[0] >= 800 and image.size[1] >= 600, image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
    assert colours is None or len(colours) > 50, (
        f"a nearly blank screenshot: {len(colours)} colours"
    )


def test_demo_screenshot_offscreen(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shot = tmp_path / "demo.png"
    done = run_bundle(
        "--demo", "--fresh", "--no-sound", "--screenshot", str(shot), QT_QPA_PLATFORM="offscreen"
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert_screenshot(shot)


def test_demo_screenshot_on_x_with_xcb(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Qt's xcb platform plugin loads from the bundle with the system's X libraries, and draws
    the window on a real X server (Xvfb), in the language of the system's locale: the bundled
    lrelease compiled the Swedish translation."""
    try:
        display, server = start_xvfb()
    except (OSError, XServerError) as exc:
        if IN_CI:
            pytest.fail(f"Xvfb must start in CI: {exc}")
        pytest.skip(f"Xvfb does not start: {exc}")
    try:
        shot = tmp_path / "demo-x.png"
        done = run_bundle(
            "--demo",
            "--fresh",
            "--no-sound",
            "--screenshot",
            str(shot),
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            LANG="sv_SE.UTF-8",
        )
    finally:
        server.terminate()
        server.wait(10)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "could not load the Qt platform plugin" not in done.stderr.lower()
    assert_screenshot(shot)
    compiled = list((tmp_path / "home" / "cache").rglob("receiving_station_sv-*.qm"))
    assert compiled, "the Swedish translation was not compiled (lrelease missing?)"


def test_large_import_in_two_processes(run_bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A large import reads the file in a second process started as `sys.executable -m ...`:
    in the bundle that is the program itself (packaging/entry.py stands in for `-m`)."""
    from receiving_station.importing.parallel import PARALLEL_FROM

    sample = (ROOT / "docs" / "samples" / "returns.csv").read_text(encoding="utf-8").splitlines()
    header, rows = sample[0], sample[1:]
    columns = header.split(",")
    rma, order, tracking = (
        columns.index(c) for c in ("rma_number", "order_number", "tracking_number")
    )
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as out:
        out.write(header + "\n")
        copy = 0
        while out.tell() < PARALLEL_FROM + 4096:
            for row in rows:
                cells = row.split(",")
                cells[rma], cells[order], cells[tracking] = (
                    f"{cells[rma]}-{copy}",
                    f"{cells[order]}-{copy}",
                    "",
                )
                out.write(",".join(cells) + "\n")
            copy += 1
    url = f"sqlite:///{tmp_path / 'import.sqlite3'}"
    assert run_bundle("db", "upgrade", "--database", url).returncode == 0
    done = run_bundle("import", str(big), "--database", url)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{copy * len({row.split(',')[rma] for row in rows})} returns" in done.stdout


def test_bundle_libraries_resolve(package) -> None:  # type: ignore[no-untyped-def]
    """Every program, library and plugin of the bundle finds what it links against: in the
    bundle, or in a Debian package the .deb depends on (what it links directly; those
    packages' own dependencies bring the rest)."""
    internal = package.bundle / "_internal"
    elves = [
        path
        for path in package.bundle.rglob("*")
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF"
    ]
    folders = sorted({str(path.parent) for path in elves if ".so" in path.name})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join([str(internal), *folders])}
    system: dict[str, set[str]] = {}  # library of the system -> what links it directly
    unresolved = []
    for path in elves:
        shown = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        ).stdout
        direct = set(re.findall(r"NEEDED\s+(\S+)", objdump(path)))
        for line in shown.splitlines():
            soname = line.split("=>")[0].strip()
            if "not found" in line:
                unresolved.append(f"{path.relative_to(package.bundle)}: {line.strip()}")
            elif "=>" in line and soname in direct:
                found = line.split("=>")[1].split("(")[0].strip()
                if found and not found.startswith(str(package.bundle)):
                    system.setdefault(found, set()).add(path.name)
    assert not unresolved, "\n".join(unresolved)
    depends = deb_field(package.deb, "Depends")
    needed = {name.split()[0] for name in depends.split(",")}
    owner = debian_packages(system)
    assert not set(system) - set(owner), f"in no Debian package: {sorted(set(system) - set(owner))}"
    missing = {f"{owner[path]} ({path}, for {sorted(system[path])[0]})" for path in owner}
    missing = {line for line in missing if line.split()[0] not in needed}
    assert not missing, "not in Depends: " + ", ".join(sorted(missing))


def objdump(path: Path) -> str:
    return subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
    ).stdout


def debian_packages(paths: dict[str, set[str]]) -> dict[str, str]:
    """The Debian package of each library file (with or without /usr: merged /usr)."""
    variants: dict[str, str] = {}
    for path in paths:
        for variant in {
            path,
            os.path.realpath(path),
            "/usr" + path if path.startswith("/lib") else path.removeprefix("/usr"),
        }:
            variants[variant] = path
    shown = subprocess.run(
        ["dpkg", "-S", *sorted(variants)], capture_output=True, text=True, check=False
    ).stdout
    owner = {}
    for line in shown.splitlines():
        packages, _, where = line.partition(": ")
        if where in variants and not packages.startswith("diversion"):
            owner[variants[where]] = packages.split(",")[0].split(":")[0].strip()
    return owner
