"""Where the carrier definitions come from, how they are checked, and how a newer copy of the
shared data is taken.

Three sources, read in this order at start-up (`load_book`):

- **the shared data**: jkeen/tracking_number_data's `couriers/*.json` (MIT), its LICENSE and a
  `SOURCE.json` saying which commit and version it is and the SHA-256 of every file.  The copy
  shipped in `resources/carriers/tracking_number_data/`, or a newer one taken with
  `receiving-station carriers update` into the station's data directory
  (`~/.local/share/receiving-station/carriers/tracking_number_data/`), which then replaces it;
- **our markets' carriers** the shared data lacks (PostNord, Bring, GLS, DHL Paket, …), in the
  same format: `resources/carriers/markets/*.json`;
- **the site's own formats**: every `*.json` in the `carriers/` folder beside the station's
  configuration file (`~/.config/receiving-station/carriers/`, or `RECEIVING_STATION_CARRIERS`);
  an `ignore.txt` there names couriers or formats the site leaves out.

A file that cannot be used is left out with a warning in the log naming it and why (the bench
keeps reading every other carrier: a typo in a site's file must not stop the receiving), and
`receiving-station carriers list` shows the same problems.  A taken copy whose files do not
match its SOURCE.json is not used: the shipped copy is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from receiving_station.codes.carriers import (
    MARKETS,
    SHARED,
    SITE,
    CarrierBook,
    CarrierDefinition,
    DefinitionError,
    compile_courier,
)
from receiving_station.paths import RESOURCES, config_path

log = logging.getLogger(__name__)

SHARED_NAME = "tracking_number_data"
BUNDLED_SHARED = RESOURCES / "carriers" / SHARED_NAME
BUNDLED_MARKETS = RESOURCES / "carriers" / "markets"
ENV_SITE_CARRIERS = "RECEIVING_STATION_CARRIERS"
SOURCE_FILE = "SOURCE.json"
IGNORE_FILE = "ignore.txt"
LICENSE_FILE = "LICENSE"
UPSTREAM = "https://github.com/jkeen/tracking_number_data"


class CarrierFilesError(Exception):
    """A copy of the definitions that cannot be taken; the message says what to do."""


@dataclass
class Loaded:
    """What a load read: the definitions and the files it had to leave out (and why)."""

    definitions: list[CarrierDefinition] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    shared_source: dict[str, Any] = field(default_factory=dict)


def taken_shared_dir() -> Path:
    """Where `carriers update` puts a newer copy of the shared data."""
    from receiving_station.paths import data_dir

    return data_dir() / "carriers" / SHARED_NAME


def site_carriers_dir() -> Path:
    """The site's own courier files: beside the station's configuration file."""
    explicit = os.environ.get(ENV_SITE_CARRIERS)
    if explicit:
        return Path(explicit).expanduser()
    return config_path().parent / "carriers"


def load_book() -> CarrierBook:
    loaded = load_all()
    for problem in loaded.problems:
        log.warning("carrier definitions: %s", problem)
    return CarrierBook(
        loaded.definitions, problems=loaded.problems, shared_source=loaded.shared_source
    )


def load_all(
    *,
    shared: Path | None = None,
    markets: Path | None = BUNDLED_MARKETS,
    site: Path | None = None,
    with_shared: bool = True,
) -> Loaded:
    """Read the three sources (see the module docstring); `shared`/`site` default to the
    places in force; `with_shared=False` reads our markets' and the site's only."""
    loaded = Loaded()
    shared_dir = None
    if with_shared:
        shared_dir = shared if shared is not None else shared_in_force(loaded.problems)
        loaded.shared_source = read_source(shared_dir)
    order = 0
    site_dir = site if site is not None else site_carriers_dir()
    for source, folder in (
        (SITE, site_dir),
        (MARKETS, markets),
        (SHARED, shared_dir / "couriers" if shared_dir is not None else None),
    ):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                definitions = read_courier_file(path, source=source, first_order=order)
            except DefinitionError as exc:
                loaded.problems.append(f"{exc}: left out")
                continue
            order += len(definitions)
            loaded.definitions.extend(definitions)
    _leave_out(loaded, site_dir / IGNORE_FILE)
    return loaded


def _leave_out(loaded: Loaded, path: Path) -> None:
    """The formats a site never sees, named one a line in its `ignore.txt` (`canpar`, or
    `fedex/fedex_ground_sscc_18`; `#` starts a comment): left out, so a code of their shape is
    not taken for a parcel of theirs."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError) as exc:
        loaded.problems.append(f"{path}: cannot be read ({exc}); nothing left out")
        return
    names: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        name = line.split("#", 1)[0].strip().lower()
        if name:
            names.setdefault(name, number)
    used: set[str] = set()
    kept = []
    for definition in loaded.definitions:
        hit = next(
            (n for n in (definition.key.lower(), definition.courier_code.lower()) if n in names),
            None,
        )
        if hit is None:
            kept.append(definition)
        else:
            used.add(hit)
    loaded.definitions = kept
    for name, number in names.items():
        if name not in used:
            loaded.problems.append(
                f"{path}, line {number}: no courier or format {name!r} to leave out "
                "(`receiving-station carriers list` names them)"
            )


def shared_in_force(problems: list[str] | None = None) -> Path:
    """The taken copy when there is a sound one, else the shipped copy."""
    taken = taken_shared_dir()
    if (taken / SOURCE_FILE).is_file():
        mismatch = verify_copy(taken)
        taken_version = read_source(taken).get("version")
        shipped_version = read_source(BUNDLED_SHARED).get("version")
        if not mismatch and _older(taken_version, shipped_version):
            mismatch = (
                f"version {taken_version} is older than the {shipped_version} this station "
                "ships with"
            )
        if not mismatch:
            return taken
        if problems is not None:
            problems.append(
                f"{taken}: {mismatch}; using the copy shipped with the station instead "
                "(take the data again with `receiving-station carriers update`, or delete it)"
            )
    return BUNDLED_SHARED


def read_courier_file(path: Path, *, source: int, first_order: int = 0) -> list[CarrierDefinition]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DefinitionError(f"{path}: cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(f"{path}, line {exc.lineno}: not JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise DefinitionError(f"{path}: nested too deeply to read") from exc
    return compile_courier(data, source=source, origin=str(path), first_order=first_order)


def read_source(shared_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((shared_dir / SOURCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def verify_copy(shared_dir: Path) -> str | None:
    """None when every file SOURCE.json lists is there with its SHA-256, else what is wrong."""
    source = read_source(shared_dir)
    files = source.get("files")
    if not isinstance(files, dict) or not files:
        return f"{SOURCE_FILE} lists no files"
    for name, digest in files.items():
        path = shared_dir / name
        if not path.is_file():
            return f"{name} is missing"
        if _sha256(path) != digest:
            return f"{name} was changed after it was taken"
    listed = {name for name in files if name.startswith("couriers/")}
    present = {f"couriers/{p.name}" for p in (shared_dir / "couriers").glob("*.json")}
    if present - listed:
        return f"{', '.join(sorted(present - listed))} not in {SOURCE_FILE}"
    return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- checking definitions against their own test numbers --------------------------------------


@dataclass(frozen=True)
class SelfCheck:
    """A definition's own test numbers read by that definition and by the whole book."""

    failures: tuple[str, ...]  # the definition disagrees with its own numbers: refused
    conflicts: tuple[str, ...]  # the book reads a valid number as another courier's: told


def self_check(
    definitions: Iterable[CarrierDefinition], book: CarrierBook | None = None
) -> SelfCheck:
    """Every valid test number must be accepted by its own definition and every invalid one
    refused by it (the data's own contract); with `book`, say where the book as a whole ranks
    another courier first for a valid number."""
    failures: list[str] = []
    conflicts: list[str] = []
    for definition in definitions:
        for number in definition.valid_examples:
            match = definition.read(_compact(number))
            if match is None or not match.valid:
                why = "does not match the regex" if match is None else match.reason
                failures.append(f"{definition.key}: valid test number {number!r} {why}")
            elif book is not None:
                best = book.best(number)
                if best is not None and best.courier_code != definition.courier_code:
                    conflicts.append(
                        f"{definition.key}: {number!r} is read as {best.definition.key}"
                    )
        for number in definition.invalid_examples:
            match = definition.read(_compact(number))
            if match is not None and match.valid:
                failures.append(f"{definition.key}: invalid test number {number!r} is accepted")
    return SelfCheck(tuple(failures), tuple(conflicts))


def _compact(number: str) -> str:
    from receiving_station.codes.carriers import normalise

    return normalise(number)


# -- taking a newer copy of the shared data -----------------------------------------------------


@dataclass(frozen=True)
class Taken:
    into: Path
    version: str | None
    commit: str | None
    files: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    conflicts: tuple[str, ...]


def take_shared(
    given: Path,
    *,
    into: Path | None = None,
    commit: str | None = None,
    force: bool = False,
    dry_run: bool = False,
    now: dt.datetime | None = None,
) -> Taken:
    """Check `given` (a checkout of tracking_number_data, its `couriers/` folder, or one
    courier file replacing its namesake) and take it as the shared data in force.

    Refused with CarrierFilesError, nothing changed, when a file does not parse, a format
    does not compile or names an algorithm we do not have, a definition disagrees with its
    own test numbers, or the copy is an older version than the one in force (unless
    `force`).  Written to a new folder beside the old and swapped in by renames, so a bench
    starting meanwhile reads the old copy or the new one, never half of each."""
    current = shared_in_force()
    current_source = read_source(current)
    target = (into if into is not None else taken_shared_dir()).expanduser().resolve()
    given = given.expanduser().resolve()
    if not given.exists():
        raise CarrierFilesError(f"{given}: no such file or folder")
    _check_target(target, given)
    files: dict[str, bytes] = {}
    licence: bytes | None = None
    version: str | None = None
    if given.is_file():
        # one courier file replacing the file of the same courier in the copy in force
        for path in sorted((current / "couriers").glob("*.json")):
            files[path.name] = path.read_bytes()
        files[_namesake(given, files)] = given.read_bytes()
        licence = _read_optional(current / LICENSE_FILE)
        version = current_source.get("version")
        commit = commit or current_source.get("commit")
        origin = f"{current_source.get('origin', UPSTREAM)}; {given.name} from {given}"
        changed = [_namesake(given, files)]
    else:
        couriers = given / "couriers" if (given / "couriers").is_dir() else given
        for path in sorted(couriers.glob("*.json")):
            files[path.name] = path.read_bytes()
        if not files:
            raise CarrierFilesError(
                f"{given}: no courier files (*.json) in it or in its couriers/ folder"
            )
        root = given if couriers != given else given.parent
        licence = _read_optional(root / LICENSE_FILE) or _read_optional(current / LICENSE_FILE)
        version = _version_of(root)
        commit = commit or _git_commit(root)
        origin = UPSTREAM
        changed = []
    definitions: list[CarrierDefinition] = []
    problems: list[str] = []
    for name, data in files.items():
        try:
            parsed = json.loads(data.decode("utf-8"))
            definitions.extend(
                compile_courier(parsed, source=SHARED, origin=name, first_order=len(definitions))
            )
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{name}: not JSON ({exc})")
        except DefinitionError as exc:
            problems.append(str(exc))
    checked = self_check(definitions)
    problems.extend(checked.failures)
    if problems:
        raise CarrierFilesError(
            "the copy is refused, nothing was changed:\n  " + "\n  ".join(problems)
        )
    old_version = current_source.get("version")
    if not force and _older(version, old_version):
        raise CarrierFilesError(
            f"the copy is version {version}, older than the {old_version} in force: "
            "nothing was changed (--force takes it anyway)"
        )
    if not force and old_version and not version:
        raise CarrierFilesError(
            f"the copy says no version (no CHANGELOG.md beside its couriers/ folder), so it "
            f"cannot be told newer than the {old_version} in force: nothing was changed "
            "(give the whole checkout, or --force)"
        )
    book = _book_with(definitions)
    conflicts = self_check(book.definitions, book).conflicts
    old_names = {p.name for p in (current / "couriers").glob("*.json")}
    result = Taken(
        into=target,
        version=version,
        commit=commit,
        files=tuple(sorted(files)),
        added=tuple(sorted(set(files) - old_names)),
        removed=tuple(sorted(old_names - set(files))),
        conflicts=conflicts,
    )
    if dry_run:
        return result
    _write_copy(
        target,
        files,
        licence,
        {
            "origin": origin,
            "repository": UPSTREAM,
            "commit": commit,
            "version": version,
            "taken": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
            "licence": "MIT" if licence and b"MIT License" in licence else None,
            "replaced": changed,  # courier files taken on their own over the commit's
        },
    )
    return result


def _check_target(target: Path, given: Path) -> None:
    """Refuse a target folder that is not a copy of ours (its files would be replaced) or that
    holds or is held by what is being taken."""
    if target.exists() and not (target / SOURCE_FILE).is_file():
        raise CarrierFilesError(
            f"{target} exists and is not a copy of the definitions (no {SOURCE_FILE}): "
            "nothing was changed; name a new or an earlier copy's folder"
        )
    if target == given or target in given.parents or given in target.parents:
        raise CarrierFilesError(
            f"{target} and {given} overlap: nothing was changed; take the copy into another folder"
        )


def _namesake(given: Path, files: dict[str, bytes]) -> str:
    """The file in the copy that `given` replaces: the one of the same courier (whatever its
    name), else a new one under its own name."""
    if given.suffix != ".json":
        raise CarrierFilesError(f"{given}: a courier file is a .json file")
    try:
        code = json.loads(given.read_text(encoding="utf-8")).get("courier_code")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, RecursionError) as exc:
        raise CarrierFilesError(f"{given}: not a courier file ({exc})") from exc
    for name, data in files.items():
        try:
            if json.loads(data.decode("utf-8")).get("courier_code") == code:
                return name
        except (UnicodeDecodeError, ValueError, AttributeError):
            continue
    return given.name


def _book_with(shared: list[CarrierDefinition]) -> CarrierBook:
    """The book a bench would read with `shared` in force beside our markets' and the site's."""
    others = load_all(with_shared=False)
    return CarrierBook([*others.definitions, *shared])


def _write_copy(
    target: Path, files: dict[str, bytes], licence: bytes | None, source: dict[str, Any]
) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        (staging / "couriers").mkdir()
        digests = {}
        for name, data in files.items():
            (staging / "couriers" / name).write_bytes(data)
            digests[f"couriers/{name}"] = hashlib.sha256(data).hexdigest()
        if licence is not None:
            (staging / LICENSE_FILE).write_bytes(licence)
            digests[LICENSE_FILE] = hashlib.sha256(licence).hexdigest()
        source = {**source, "files": digests}
        (staging / SOURCE_FILE).write_text(json.dumps(source, indent=2) + "\n", encoding="utf-8")
        for path in staging.rglob("*"):
            _fsync(path)
        old = target.with_name(f".{target.name}-old")
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _fsync(path: Path) -> None:
    if path.is_file():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _version_of(root: Path) -> str | None:
    """The data's version: its CHANGELOG's newest release heading (`# [2.0.0](…)`)."""
    try:
        text = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"^#+\s*\[?v?(\d+\.\d+\.\d+)\]?", text, re.MULTILINE)
    return found.group(1) if found else None


def _git_commit(root: Path) -> str | None:
    try:
        run = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = run.stdout.strip()
    return commit if run.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", commit) else None


def _older(version: str | None, than: str | None) -> bool:
    def parts(text: str) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"\d+", text)[:3])

    if not version or not than:
        return False
    return parts(version) < parts(than)


# -- the book in force ---------------------------------------------------------------------------

_book: CarrierBook | None = None
_book_lock = threading.Lock()


def book() -> CarrierBook:
    """The definitions this process reads numbers with, loaded at the first call."""
    global _book
    current = _book
    if current is not None:
        return current
    with _book_lock:
        if _book is None:
            _book = load_book()
        return _book


def use_book(new: CarrierBook | None) -> None:
    """Put `new` in force (None: load again from the files at the next read)."""
    global _book
    with _book_lock:
        _book = new
