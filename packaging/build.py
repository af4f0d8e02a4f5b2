"""Build the bench PCs' package: `./station package` runs this with the project's venv.

    python packaging/build.py [--dist DIR] [--work DIR] [--no-deb] [--no-lintian]

1. The bundle, `DIST/receiving-station/` (PyInstaller, onedir; packaging/receiving-station.spec):
   the program `receiving-station` with its own Python, Qt and Python packages.  It runs from
   wherever it is copied to; it needs only the system libraries the .deb depends on.
2. The Debian package `DIST/receiving-station_<version>-<revision>_<arch>.deb` around it: the
   bundle in /opt/receiving-station, /usr/bin/receiving-station, the menu entry and icon, the
   udev rules of packaging/udev/ and the systemd user units of packaging/systemd/ (whatever is
   there when it is built), a copyright file naming every bundled component and its licence.
   Its Depends are what dpkg-shlibdeps finds the bundle's libraries and plugins linked
   against, plus the X11 libraries Qt's xcb plugin needs (README), so a bench that installs it
   with apt gets everything the window needs.
3. lintian over the .deb, with the overrides in packaging/debian/lintian-overrides (each says
   why): the build fails on any error or warning lintian reports.

docs/packaging.md says why PyInstaller and not pyside6-deploy (Nuitka) or Briefcase, with the
measured sizes and times.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DEBIAN = PACKAGING / "debian"
SPEC = PACKAGING / "receiving-station.spec"
NAME = "receiving-station"
# The Debian revision of the package: raise it when only the packaging changed.
REVISION = "1"
MAINTAINER = "Receiving Station developers <receiving-station@example.com>"
PREFIX = Path("opt") / NAME
# What Qt's xcb platform plugin loads and the Qt base libraries (README, ./station), named in
# Depends even where dpkg-shlibdeps would find them anyway: a bench without them cannot open
# the window ("could not load the Qt platform plugin xcb").


def station_debs(*arrays: str) -> list[str]:
    """The Debian packages the `station` script's bash arrays name (QT_DEBS, XCB_DEBS): one
    list, kept there, that the set-up installs and the package depends on."""
    text = (ROOT / "station").read_text(encoding="utf-8")
    found: list[str] = []
    for array in arrays:
        match = re.search(rf"^{array}=\(([^)]*)\)", text, re.MULTILINE)
        if match is None:
            raise SystemExit(f"station: no {array}=(...) list")
        found += [word for word in match.group(1).split() if not word.startswith("$")]
    return found


QT_DEBS = station_debs("QT_DEBS", "XCB_DEBS")
# What the bundle's inputs are: a change to any of them makes a new bundle.
INPUT_DIRS = ("receiving_station", "ui", "devices", "db", "resources", "packaging")
INPUT_FILES = ("main.py", "pyproject.toml", "docs/install.md", "docs/packaging.md")


def say(message: str) -> None:
    print(f"[package] {message}", file=sys.stderr, flush=True)


def version() -> str:
    """The project's version (pyproject.toml), checked against receiving_station.__version__."""
    with (ROOT / "pyproject.toml").open("rb") as stream:
        declared = tomllib.load(stream)["project"]["version"]
    tree = ast.parse((ROOT / "receiving_station" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            in_code = ast.literal_eval(node.value)
            if in_code != declared:
                raise SystemExit(
                    f"version {declared} in pyproject.toml but {in_code} in "
                    "receiving_station/__init__.py: make them the same"
                )
    return declared


def deb_version() -> str:
    return f"{version()}-{REVISION}"


def architecture() -> str:
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def deb_name() -> str:
    return f"{NAME}_{deb_version()}_{architecture()}.deb"


def input_digest() -> str:
    """A hash of everything the package is built from: the sources, resources and packaging
    files, and the Python packages (name and version) of the interpreter that builds it."""
    digest = hashlib.sha256()
    paths = [ROOT / name for name in INPUT_FILES if (ROOT / name).exists()]
    for directory in INPUT_DIRS:
        paths += [
            path
            for path in (ROOT / directory).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        ]
    for path in sorted(paths):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    installed = sorted(
        f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions()
    )
    digest.update("\n".join([sys.version, *installed]).encode())
    return digest.hexdigest()[:16]


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(args, check=True, text=True, **kwargs)


# -- the bundle ------------------------------------------------------------------------------


def build_bundle(dist: Path, work: Path) -> Path:
    """PyInstaller's onedir bundle in `dist/receiving-station/`."""
    target = dist / NAME
    staging = work / "pyinstaller-dist"
    shutil.rmtree(staging, ignore_errors=True)
    say("bundling the application with PyInstaller (packaging/receiving-station.spec)")
    started = time.monotonic()
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(staging),
            "--workpath",
            str(work / "pyinstaller"),
            str(SPEC),
        ],
        cwd=ROOT,
    )
    shutil.rmtree(target, ignore_errors=True)
    dist.mkdir(parents=True, exist_ok=True)
    shutil.move(staging / NAME, target)
    shown = run([str(target / NAME), "--version"], capture_output=True).stdout.strip()
    if shown != f"{NAME} {version()}":
        raise SystemExit(f"the bundle says {shown!r}, not {NAME} {version()}")
    say(
        f"bundle: {target} ({tree_size(target) / 2**20:.0f} MiB, {time.monotonic() - started:.0f} s)"
    )
    return target


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF"


# -- the Debian package ----------------------------------------------------------------------


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    say("building the Debian package")
    started = time.monotonic()
    root = work / "deb" / NAME
    shutil.rmtree(work / "deb", ignore_errors=True)
    opt = root / PREFIX
    opt.parent.mkdir(parents=True)
    shutil.copytree(bundle, opt, symlinks=True)
    normalize_modes(opt)

    usr = root / "usr"
    (usr / "bin").mkdir(parents=True)
    # across top-level directories: an absolute link (Debian policy 10.5)
    (usr / "bin" / NAME).symlink_to(Path("/") / PREFIX / NAME)
    install(DEBIAN / f"{NAME}.desktop", usr / "share" / "applications" / f"{NAME}.desktop")
    install(PACKAGING / f"{NAME}.svg", usr / "share/icons/hicolor/scalable/apps" / f"{NAME}.svg")
    for rules in sorted((PACKAGING / "udev").glob("*.rules")):
        install(rules, usr / "lib" / "udev" / "rules.d" / rules.name)
    for pattern in ("*.service", "*.timer", "*.socket", "*.path"):
        for unit in sorted((PACKAGING / "systemd").glob(pattern)):
            install(unit, usr / "lib" / "systemd" / "user" / unit.name)
    install(DEBIAN / "lintian-overrides", usr / "share" / "lintian" / "overrides" / NAME)
    doc = usr / "share" / "doc" / NAME
    for guide in ("install.md", "packaging.md"):  # the units' Documentation= names install.md
        if (ROOT / "docs" / guide).exists():
            install(ROOT / "docs" / guide, doc / guide)
    write_copyright(opt, doc, work / "pyinstaller" / NAME / "PYZ-00.toc")
    write_gzip(doc / "changelog.Debian.gz", changelog())
    write_gzip(usr / "share" / "man" / "man1" / f"{NAME}.1.gz", manual_page(opt / NAME))

    control = root / "DEBIAN"
    control.mkdir()
    for script in ("postinst", "postrm"):
        install(DEBIAN / script, control / script, mode=0o755)
    write_md5sums(root)
    depends = dependencies(opt)
    installed_kib = sum(
        (p.lstat().st_size + 1023) // 1024 for p in root.rglob("*") if "DEBIAN" not in p.parts
    )
    (control / "control").write_text(
        "\n".join(
            [
                f"Package: {NAME}",
                f"Version: {deb_version()}",
                f"Architecture: {architecture()}",
                f"Maintainer: {MAINTAINER}",
                f"Installed-Size: {installed_kib}",
                f"Depends: {', '.join(depends)}",
                "Recommends: udev",
                "Section: misc",
                "Priority: optional",
                "Description: returns-receiving bench for the warehouse",
                " Staff scan a returned parcel, weigh it, scan and grade each item; the bench",
                " decides restock, refurbish or discard by rules it explains on screen, prints",
                " the unit's label and releases the customer's refund or exchange to the shop",
                " exactly once.",
                " .",
                " This package is a self-contained bundle with its own Python and Qt, with the",
                " udev rules for the bench's scanners and scales and its systemd user units.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    dist.mkdir(parents=True, exist_ok=True)
    deb = dist / deb_name()
    deb.unlink(missing_ok=True)
    run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(root), str(deb)],
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(work / "deb")  # a copy of the bundle: the .deb has it
    say(
        f"Debian package: {deb} ({deb.stat().st_size / 2**20:.0f} MiB, {time.monotonic() - started:.0f} s)"
    )
    return deb


def install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def normalize_modes(tree: Path) -> None:
    """Directories 0755; programs (ELF executables, scripts with #!) 0755; everything else,
    shared libraries too, 0644 (as Debian's packages have them)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        with path.open("rb") as stream:
            head = stream.read(20)
        program = head.startswith(b"#!") or (
            head.startswith(b"\x7fELF") and int.from_bytes(head[16:18], "little") == 2  # ET_EXEC
        )
        if head.startswith(b"\x7fELF") and int.from_bytes(head[16:18], "little") == 3:
            # ET_DYN: a shared library, or a position-independent executable (no .so name)
            program = ".so" not in path.name
        path.chmod(0o755 if program else 0o644)


def write_gzip(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as stream,
    ):
        stream.write(text.encode("utf-8"))
    target.chmod(0o644)


def build_date() -> tuple[int, str]:
    """The time of the last commit (reproducible), else now; and it as RFC 2822."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH")
    if not stamp:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        )
        stamp = done.stdout.strip() if done.returncode == 0 else ""
    seconds = int(stamp) if stamp.isdigit() else int(time.time())
    return seconds, formatdate(seconds, usegmt=False)


def changelog() -> str:
    _seconds, date = build_date()
    return (
        f"{NAME} ({deb_version()}) stable; urgency=medium\n\n"
        f"  * Receiving Station {version()}, built from the repository by ./station package.\n\n"
        f" -- {MAINTAINER}  {date}\n"
    )


def manual_page(program: Path) -> str:
    """A short manual page: the program's own --help, which names every verb."""
    shown = run([str(program), "--help"], capture_output=True, env=clean_env()).stdout

    def escape(line: str) -> str:
        line = line.replace("\\", "\\e").replace("-", "\\-")
        return ("\\&" + line) if line.startswith((".", "'")) else line

    body = "\n".join(escape(line) for line in shown.splitlines())
    return (
        f'.TH RECEIVING\\-STATION 1 "" "{version()}" "Receiving Station"\n'
        ".SH NAME\n"
        "receiving\\-station \\- returns\\-receiving bench: scan, weigh, grade, decide, release\n"
        ".SH SYNOPSIS\n"
        ".B receiving\\-station\n"
        "[\\fIOPTIONS\\fR] [\\fIVERB\\fR ...]\n"
        ".SH DESCRIPTION\n"
        "Without a verb it opens the bench window; each verb is a headless tool.\n"
        "\\fBreceiving\\-station\\fR \\fIVERB\\fR \\fB\\-\\-help\\fR describes a verb.\n"
        ".PP\n.nf\n"
        f"{body}\n"
        ".fi\n"
    )


def clean_env() -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/"), "LANG": "C.UTF-8"}


def write_md5sums(root: Path) -> None:
    lines = []
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and not path.is_symlink()
            and "DEBIAN" not in path.relative_to(root).parts
        ):
            checksum = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's format
            lines.append(f"{checksum}  {path.relative_to(root).as_posix()}\n")
    target = root / "DEBIAN" / "md5sums"
    target.write_text("".join(lines), encoding="utf-8")
    target.chmod(0o644)


def dependencies(opt: Path) -> list[str]:
    """Depends: what dpkg-shlibdeps finds every program, library and plugin of the bundle
    linked against from the system, with the xcb and Qt base packages added."""
    elves = [path for path in opt.rglob("*") if is_elf(path)]
    private = sorted({str(path.parent) for path in elves if ".so" in path.name})
    with tempfile.TemporaryDirectory(prefix="receiving-station-shlibdeps-") as scratch:
        (Path(scratch) / "debian").mkdir()
        (Path(scratch) / "debian" / "control").write_text(
            f"Source: {NAME}\n\nPackage: {NAME}\nArchitecture: any\n", encoding="utf-8"
        )
        done = run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                "--warnings=0",
                *[f"-l{directory}" for directory in private],
                *[str(path) for path in elves],
            ],
            cwd=scratch,
            capture_output=True,
        )
    found = re.search(r"^shlibs:Depends=(.*)$", done.stdout, re.MULTILINE)
    wanted = [part.strip() for part in found.group(1).split(",")] if found else []
    names = {part.split()[0] for part in wanted}
    wanted += [package for package in QT_DEBS if package not in names]
    wanted.append("adduser")  # postinst: the receiving-station group
    return sorted(set(wanted), key=lambda dep: dep.split()[0])


# -- the copyright file ----------------------------------------------------------------------


def bundled_distributions(opt: Path, pyz_toc: Path) -> list[importlib.metadata.Distribution]:
    """The Python packages (distributions) whose modules are in the bundle: the folders of
    `_internal/` and the modules of PyInstaller's archive (its table, `PYZ-00.toc`)."""
    modules = {path.name.split(".")[0] for path in (opt / "_internal").iterdir()}
    if pyz_toc.exists():
        modules |= set(re.findall(r"\('([A-Za-z0-9_]+)[.']", pyz_toc.read_text(encoding="utf-8")))
    owners = importlib.metadata.packages_distributions()
    names = {dist for top in modules for dist in owners.get(top, [])}
    found = []
    for name in sorted(names, key=str.lower):
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        if dist.metadata["Name"] != NAME:
            found.append(dist)
    return found


def licence_of(dist: importlib.metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        value.split("::")[-1].strip()
        for value in meta.get_all("Classifier") or []
        if value.startswith("License ::")
    ]
    declared = (meta.get("License") or "").strip()
    if classifiers:
        return "; ".join(classifiers)
    if declared and "\n" not in declared and len(declared) < 80:
        return declared
    return "see its licence files"


def write_copyright(opt: Path, doc: Path, pyz_toc: Path) -> None:
    doc.mkdir(parents=True, exist_ok=True)
    lines = [(DEBIAN / "copyright.in").read_text(encoding="utf-8").rstrip("\n"), ""]
    for dist in bundled_distributions(opt, pyz_toc):
        name = dist.metadata["Name"]
        lines.append(f"- {name} {dist.version}: {licence_of(dist)}")
        for file in dist.files or []:
            base = file.name.upper()
            if base.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")) or (
                "licenses" in file.parts
            ):
                source = Path(str(file.locate()))
                if source.is_file():
                    target = doc / "licenses" / name / file.name
                    install(source, target)
    (doc / "copyright").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (doc / "copyright").chmod(0o644)


# -- lintian ---------------------------------------------------------------------------------


def lintian(deb: Path) -> None:
    say("lintian (overrides and their reasons: packaging/debian/lintian-overrides)")
    done = subprocess.run(
        ["lintian", "--fail-on", "error,warning", str(deb)],
        capture_output=True,
        text=True,
        check=False,
    )
    shown = (done.stdout + done.stderr).strip()
    if shown:
        print(shown, file=sys.stderr)
    if done.returncode != 0:
        raise SystemExit(f"lintian found errors or warnings in {deb.name} (above)")
    say("lintian: clean")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "package", help="PyInstaller's work files"
    )
    parser.add_argument("--no-deb", action="store_true", help="the bundle only")
    parser.add_argument("--no-lintian", action="store_true", help="do not run lintian")
    parser.add_argument("--print-digest", action="store_true", help=input_digest.__doc__)
    args = parser.parse_args(argv)
    if args.print_digest:
        print(input_digest())
        return 0
    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    bundle = build_bundle(dist, work)
    if args.no_deb:
        return 0
    deb = build_deb(bundle, dist, work)
    if not args.no_lintian:
        lintian(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
