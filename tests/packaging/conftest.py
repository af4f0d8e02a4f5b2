"""The bench PCs' package, built once for the test session by `./station package` (docs/packaging.md).

The build (the PyInstaller bundle and the .deb around it) is kept in the user's cache,
`~/.cache/receiving-station/package/<digest>/`, under a hash of everything it is built from
(packaging/build.py's `input_digest`: the sources, resources, packaging files and the venv's
packages): a re-run with nothing changed starts the tests at once; a change builds anew (about
1.5 minutes on a 2-core machine, most of it compressing the .deb).

Every test here is marked `packaging`: `-m "not packaging"` leaves them out.  Without the
Debian tools (dpkg-deb, lintian, Xvfb) they are skipped with the reason, except in CI
(`CI=true`), where they fail: there they must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.support import NAME, ROOT, clean_env, skip_or_fail

KEEP_BUILDS = 2  # the newest builds kept in the cache (each ~360 MB)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "packaging: builds and starts the bench PCs' package (tests/packaging)"
    )


@dataclass(frozen=True)
class Package:
    bundle: Path  # the built bundle, dist/receiving-station/ (in the cache: copy it to run it)
    deb: Path
    build_seconds: float | None  # None: taken from the cache


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / NAME / "package"


def _prune(root: Path, keep: Path) -> None:
    builds = sorted(
        (path for path in root.iterdir() if path.is_dir() and path.name not in ("work", keep.name)),
        key=lambda path: path.stat().st_mtime,
        reverse=True,
    )
    for old in builds[KEEP_BUILDS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


@pytest.fixture(scope="session")
def package() -> Package:
    if shutil.which("dpkg-deb") is None:
        skip_or_fail("not a Debian system: dpkg-deb is missing")
    digest = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--print-digest"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    root = cache_root()
    target = root / digest
    build_seconds = None
    if not (target / "complete").exists():
        root.mkdir(parents=True, exist_ok=True)
        partial = root / f"{digest}.partial-{os.getpid()}"
        shutil.rmtree(partial, ignore_errors=True)
        started = time.monotonic()
        # lintian is the test's (test_deb.py), so that its findings are reported there
        done = subprocess.run(
            [
                str(ROOT / "station"),
                "package",
                "--dist",
                str(partial),
                "--work",
                str(root / "work"),
                "--no-lintian",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.fail(f"./station package failed ({done.returncode}):\n{done.stderr[-6000:]}")
        build_seconds = time.monotonic() - started
        (partial / "build-seconds").write_text(f"{build_seconds:.1f}\n")
        shutil.rmtree(target, ignore_errors=True)
        partial.rename(target)
        (target / "complete").touch()
        _prune(root, target)
    os.utime(target)  # the newest in use, for _prune
    debs = sorted(target.glob(f"{NAME}_*.deb"))
    assert len(debs) == 1, f"one .deb expected in {target}: {debs}"
    return Package(target / NAME, debs[0], build_seconds)


@pytest.fixture(scope="module")
def moved_bundle(package: Package, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle copied to an empty directory outside the repository: its program."""
    where = tmp_path_factory.mktemp("elsewhere") / "opt"
    shutil.copytree(package.bundle, where / NAME, symlinks=True)
    return where / NAME / NAME


@pytest.fixture
def run_bundle(
    moved_bundle: Path, tmp_path: Path
) -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    """Run the moved bundle's program in a clean environment, from an empty directory."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (tmp_path / "home" / "runtime").mkdir(parents=True)
    (tmp_path / "home" / "runtime").chmod(0o700)

    def run(*args: str, timeout: float = 300, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(moved_bundle), *args],
            cwd=cwd,
            env=clean_env(tmp_path / "home", **env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    yield run
