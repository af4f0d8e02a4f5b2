"""`receiving-station carriers`: the carrier definitions in force, a site's own file checked,
and a newer copy of the shared data taken (docs/carriers.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from receiving_station.cli.errors import CliError


def cmd_carriers_list(args: argparse.Namespace) -> int:
    from receiving_station.codes.carrier_files import load_book
    from receiving_station.codes.carriers import SOURCE_NAMES

    book = load_book()
    rows = []
    for d in book.definitions:
        algorithm = d.checksum.get("name") if d.checksum else None
        rows.append(
            {
                "courier": d.courier_code,
                "courier_name": d.courier_name,
                "format": d.format_id,
                "name": d.name,
                "source": SOURCE_NAMES[d.source],
                "check_digit": algorithm,
                "example": d.valid_examples[0] if d.valid_examples else None,
                "file": d.origin,
            }
        )
    if args.json:
        print(
            json.dumps(
                {
                    "shared_data": dict(book.shared_source),
                    "formats": rows,
                    "problems": list(book.problems),
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if args.markdown:
        print("| carrier | format | example | check digit | from |")
        print("| --- | --- | --- | --- | --- |")
        for row in rows:  # a site's own names and numbers: a | in them would split the cell
            cells = [
                f"{row['courier_name']} (`{row['courier']}`)",
                row["name"],
                f"`{row['example'] or ''}`",
                row["check_digit"] or "none (pattern only)",
                row["source"],
            ]
            print("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
        return 0
    source = book.shared_source
    print(
        f"shared data: tracking_number_data {source.get('version', '?')} "
        f"(commit {str(source.get('commit') or '?')[:12]}, taken {source.get('taken', '?')})"
    )
    width = max(len(f"{r['courier']}/{r['format']}") for r in rows) if rows else 10
    for row in rows:
        key = f"{row['courier']}/{row['format']}"
        print(
            f"{key:<{width}}  {row['source']:<7}  {row['check_digit'] or '-':<38}  "
            f"{row['example'] or ''}"
        )
    for problem in book.problems:
        print(f"left out: {problem}")
    return 1 if book.problems else 0


def cmd_carriers_check(args: argparse.Namespace) -> int:
    """Check courier files (a site's own, say) against their own test numbers, and say how the
    book in force, with them added, reads those numbers."""
    from receiving_station.codes.carrier_files import load_all, read_courier_file, self_check
    from receiving_station.codes.carriers import SITE, CarrierBook, DefinitionError

    definitions = []
    problems: list[str] = []
    for name in args.files:
        path = Path(name).expanduser().resolve()
        paths = sorted(path.glob("*.json")) if path.is_dir() else [path]
        if not paths:
            problems.append(f"{path}: no *.json files in it")
        for one in paths:
            try:
                definitions.extend(read_courier_file(one, source=SITE, first_order=-10_000))
            except DefinitionError as exc:
                problems.append(str(exc))
    checked_files = {d.origin for d in definitions}
    others = [d for d in load_all().definitions if d.origin not in checked_files]
    book = CarrierBook([*definitions, *others])
    checked = self_check(definitions, book)
    problems.extend(checked.failures)
    for definition in definitions:
        examples = len(definition.valid_examples) + len(definition.invalid_examples)
        print(f"{definition.key}: {definition.name}, {examples} test number(s)")
    for conflict in checked.conflicts:
        print(f"note: {conflict}")
    for problem in problems:
        print(f"problem: {problem}")
    if problems:
        raise CliError(
            f"{len(problems)} problem(s): nothing in these files can be used as it is", 1
        )
    print("ok: every test number reads as its definition says")
    return 0


def cmd_carriers_update(args: argparse.Namespace) -> int:
    from receiving_station.codes.carrier_files import CarrierFilesError, take_shared

    try:
        taken = take_shared(
            Path(args.source),
            into=Path(args.into).expanduser() if args.into else None,
            commit=args.commit,
            force=args.force,
            dry_run=args.check,
        )
    except CarrierFilesError as exc:
        raise CliError(str(exc), 1) from exc
    except OSError as exc:
        raise CliError(f"{exc.filename or args.source}: {exc.strerror}", 1) from exc
    summary: dict[str, Any] = {
        "version": taken.version,
        "commit": taken.commit,
        "files": len(taken.files),
        "added": list(taken.added),
        "removed": list(taken.removed),
    }
    for conflict in taken.conflicts:
        print(f"note: {conflict}")
    if args.check:
        print(f"checked, not taken: {json.dumps(summary)}")
    else:
        print(f"taken into {taken.into}: {json.dumps(summary)}")
        print("benches read it at their next start")
    return 0


def add_carrier_verbs(sub: Any) -> None:
    carriers = sub.add_parser(
        "carriers", help="carrier tracking-number definitions: list, check a file, update"
    )
    csub = carriers.add_subparsers(dest="carriers_verb", metavar="ACTION", required=True)
    lst = csub.add_parser("list", help="every carrier format in force, where it came from")
    shape = lst.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="as JSON")
    shape.add_argument("--markdown", action="store_true", help="as a Markdown table")
    lst.set_defaults(func=cmd_carriers_list)

    check = csub.add_parser(
        "check", help="check courier files (a site's own) against their test numbers"
    )
    check.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    check.set_defaults(func=cmd_carriers_check)

    update = csub.add_parser(
        "update",
        help="check and take a newer copy of the shared tracking_number_data definitions",
    )
    update.add_argument(
        "source",
        metavar="FILE_OR_DIR",
        help="a checkout of jkeen/tracking_number_data, its couriers/ folder, or one courier "
        "file that replaces its namesake",
    )
    update.add_argument("--commit", help="the commit the copy is (read from git when a checkout)")
    update.add_argument("--check", action="store_true", help="check only, take nothing")
    update.add_argument(
        "--force", action="store_true", help="take a copy older than the one in force"
    )
    update.add_argument(
        "--into", metavar="DIR", help="where to put it (default: the station's data directory)"
    )
    update.set_defaults(func=cmd_carriers_update)
